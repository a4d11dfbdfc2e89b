// How programs, examples and tests reach a lab host: the connection options of a host in a lab
// file, for the root login or the non-root operator.
import { readFileSync } from "node:fs";
import type { InputOf } from "./schema/field";
import type { connectionShape } from "./schema/connection";

type Connection = InputOf<typeof connectionShape>;

interface LabFileView {
  readonly name: string;
  readonly hosts: Readonly<
    Record<
      string,
      {
        readonly pathspace: string;
        readonly ssh: { readonly address: string; readonly port: number; readonly hostKey: { readonly fingerprint: string }; readonly knownHostsFile: string };
        readonly users: readonly { readonly username: string; readonly privateKeyPath: string; readonly sudoNeeded: boolean }[];
      }
    >
  >;
}

export interface LabConnectionOptions {
  /** "root" (default) or the operator's user name, or "operator" for the first non-root user. */
  readonly user?: string;
  /** Verify the host key against the lab's known_hosts file instead of the pinned fingerprint. */
  readonly knownHosts?: boolean;
}

export function readLab(path: string): LabFileView {
  return JSON.parse(readFileSync(path, "utf8")) as LabFileView;
}

/** Connection options for `host` of the lab described by the lab file at `path`. */
export function labConnection(path: string, host: string, options: LabConnectionOptions = {}): Connection {
  const lab = readLab(path);
  const entry = lab.hosts[host];
  if (!entry) throw new Error(`lab ${lab.name} (${path}) has no host "${host}"; hosts: ${Object.keys(lab.hosts).join(", ")}`);
  const wanted = options.user ?? "root";
  const user = wanted === "operator" ? entry.users.find((u) => u.username !== "root") : entry.users.find((u) => u.username === wanted);
  if (!user) throw new Error(`lab host ${host} has no user "${wanted}"; users: ${entry.users.map((u) => u.username).join(", ")}`);
  return {
    host: entry.ssh.address,
    port: entry.ssh.port,
    username: user.username,
    privateKeyPath: user.privateKeyPath,
    ...(options.knownHosts ? { knownHostsFile: entry.ssh.knownHostsFile } : { hostKey: entry.ssh.hostKey.fingerprint }),
    pathspace: entry.pathspace,
    ...(user.sudoNeeded ? { sudo: true } : {}),
  };
}
