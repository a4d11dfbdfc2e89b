// How the workers reach the lab's hosts: the non-root operator login of each host (a plain
// shell; root's ~/.bashrc on the project machine runs `pyenv init`, ~0.2 s per SSH exec, which
// no real host pays), as the engine's connection and as the transport's resolved target.
import type * as HostSession from "../src/host/host-session";
import type * as Index from "../src/index";
import type * as LabFileModule from "../src/lab/lab-file";
import { product } from "./repo";

export const LAB_USER = "operator";

export function hostConnection(labFile: string, host: string): HostSession.HostConnection {
  const { labConnection } = product<typeof Index>("src/index");
  return { spec: labConnection(labFile, host, { user: LAB_USER }) as Record<string, unknown>, persist: true };
}

export function readLab(labFile: string): LabFileModule.LabFile {
  return product<typeof LabFileModule>("src/lab/lab-file").readLabFile(labFile);
}

/** Index of the operator in the lab file's `users` of a host (for Terraform's provider block). */
export function operatorIndex(labFile: string, host: string): number {
  const users = readLab(labFile).hosts[host]?.users ?? [];
  const index = users.findIndex((u) => u.username !== "root");
  if (index < 0) throw new Error(`lab host ${host} has no non-root user`);
  return index;
}
