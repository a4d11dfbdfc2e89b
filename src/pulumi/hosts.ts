// Where a program finds how to reach its hosts: stack config `frr:hosts` (connection objects, kept
// secret because they may hold keys), or a lab file (`frr:labFile` or $FRR_IAC_LAB_FILE) naming
// the hosts of a local frr-iac lab.
import * as pulumi from "@pulumi/pulumi";
import { FrrIacError } from "../errors";
import { labConnection } from "../lab-connection";
import type { Connection } from "./resources";

export interface HostConnectionOptions {
  /**
   * Config namespace holding `hosts`, `labFile` and `labUser`.
   * @default "frr"
   */
  readonly namespace?: string;
  /**
   * Lab login: "root" or "operator" (the lab's non-root user, vtysh through sudo).
   * @default config `frr:labUser`, else "root"
   */
  readonly labUser?: string;
}

/**
 * The connection of host `name`, looked up in this order:
 * 1. stack config `frr:hosts`, an object of connection objects keyed by host name
 *    (`pulumi config set --secret --path 'frr:hosts.node1.privateKey' < key`);
 * 2. a lab file: stack config `frr:labFile`, else `$FRR_IAC_LAB_FILE`.
 * The result is a secret Output, since connections may carry keys or passwords.
 */
export function hostConnection(name: string, options: HostConnectionOptions = {}): pulumi.Output<Connection> {
  const namespace = options.namespace ?? "frr";
  const config = new pulumi.Config(namespace);
  // Read in plaintext to fail at once (not inside an apply) when the entry is missing; the
  // result is made secret again below.
  const hosts = config.getObject<Record<string, Connection>>("hosts");
  if (hosts !== undefined) {
    const found = hosts[name];
    if (!found) {
      throw new FrrIacError(
        "FRR_VALIDATION_FAILED",
        `stack config \`${namespace}:hosts\` has no entry "${name}" (entries: ${Object.keys(hosts).join(", ") || "none"}); add one with \`pulumi config set --path '${namespace}:hosts.${name}.host' ADDRESS\``,
      );
    }
    return pulumi.secret(found);
  }
  const labFile = config.get("labFile") ?? process.env["FRR_IAC_LAB_FILE"];
  if (labFile === undefined || labFile === "") {
    throw new FrrIacError(
      "FRR_VALIDATION_FAILED",
      `no connection for host "${name}": set stack config \`${namespace}:hosts\` (connection objects by host name), or \`${namespace}:labFile\` / $FRR_IAC_LAB_FILE to a lab file written by \`frr-iac lab up\``,
    );
  }
  const user = options.labUser ?? config.get("labUser") ?? "root";
  return pulumi.secret(labConnection(labFile, name, { user }));
}
