import { existsSync } from "node:fs";
import type { HostConnection } from "../host/host-session";
import { labConnection } from "../lab-connection";
import { parseFlags, type FlagSpec } from "./flags";

/** Options every command that talks to a host accepts. */
export const TARGET_FLAGS: FlagSpec = {
  lab: "string",
  user: "string",
  host: "string",
  port: "string",
  username: "string",
  key: "string",
  "host-key": "string",
  "known-hosts": "string",
  pathspace: "string",
  sudo: "boolean",
  "insecure-ignore-host-key": "boolean",
};

export const TARGET_USAGE = `A host is a lab node (NODE, with --lab FILE|NAME, default $FRR_IAC_LAB_FILE or the only .lab/*.json,
and --user root|operator) or given with --host ADDRESS [--port N] [--username U] --key PATH
(--host-key SHA256:... | --known-hosts FILE | --insecure-ignore-host-key) [--pathspace P] [--sudo].
Run it from a place that reaches the host: for the lab, \`frr-iac lab exec mgmt -- frr-iac ...\`.`;

export function resolveTarget(node: string | undefined, flags: ReturnType<typeof parseFlags>): { connection: HostConnection; name: string } {
  if (typeof flags["host"] === "string") {
    const spec: Record<string, unknown> = {
      host: flags["host"],
      ...(flags["port"] ? { port: Number(flags["port"]) } : {}),
      ...(flags["username"] ? { username: flags["username"] } : {}),
      ...(flags["key"] ? { privateKeyPath: flags["key"] } : {}),
      ...(flags["host-key"] ? { hostKey: flags["host-key"] } : {}),
      ...(flags["known-hosts"] ? { knownHostsFile: flags["known-hosts"] } : {}),
      ...(flags["insecure-ignore-host-key"] ? { insecureIgnoreHostKey: true } : {}),
      ...(flags["pathspace"] ? { pathspace: flags["pathspace"] } : {}),
      ...(flags["sudo"] ? { sudo: true } : {}),
    };
    return { connection: { spec, persist: true }, name: String(flags["host"]) };
  }
  if (!node) throw new Error(`name a lab node or give --host.\n${TARGET_USAGE}`);
  const labFile = labFilePath(typeof flags["lab"] === "string" ? flags["lab"] : undefined);
  const spec = labConnection(labFile, node, { user: typeof flags["user"] === "string" ? flags["user"] : "root" });
  return { connection: { spec: spec as Record<string, unknown>, persist: true }, name: node };
}

function labFilePath(ref: string | undefined): string {
  // The lab library resolves names, $FRR_IAC_LAB_FILE and the only .lab/*.json the same way `lab` does.
  const { resolveLabFile } = require("../lab/lab-file") as typeof import("../lab/lab-file");
  const path = resolveLabFile(ref);
  if (!existsSync(path)) throw new Error(`no lab file at ${path}; start a lab with \`frr-iac lab up lab/topologies/tor.yaml\``);
  return path;
}
