// The OpenSSH client command that logs in to a lab host from the management namespace, with the
// host key pinned by the lab's known_hosts (no trust on first use).

import { LabError } from "./lab-error";
import type { LabFile } from "./lab-file";

export interface SshCommandOptions {
  /** Defaults to the lab's known_hosts. */
  readonly knownHostsFile?: string;
  readonly connectTimeoutSeconds?: number;
  /** Ask for a terminal (`-t`), for interactive logins. */
  readonly tty?: boolean;
}

export function sshCommand(lab: LabFile, host: string, username: string, remoteCommand: string, options: SshCommandOptions = {}): string[] {
  const target = lab.hosts[host];
  if (target === undefined) throw new LabError("FRR_LAB_NOT_FOUND", `lab ${lab.name} has no host "${host}"; hosts: ${Object.keys(lab.hosts).join(", ")}`);
  const user = target.users.find((u) => u.username === username);
  if (user === undefined) throw new LabError("FRR_LAB_NOT_FOUND", `host ${host} has no lab user "${username}"; users: ${target.users.map((u) => u.username).join(", ")}`);
  return [
    ...lab.management.exec,
    "ssh",
    "-F", "/dev/null",
    "-i", user.privateKeyPath,
    "-o", "IdentitiesOnly=yes",
    "-o", "BatchMode=yes",
    "-o", "StrictHostKeyChecking=yes",
    "-o", `UserKnownHostsFile=${options.knownHostsFile ?? target.ssh.knownHostsFile}`,
    "-o", "GlobalKnownHostsFile=/dev/null",
    "-o", `ConnectTimeout=${options.connectTimeoutSeconds ?? 5}`,
    "-o", "LogLevel=ERROR",
    "-p", String(target.ssh.port),
    ...(options.tty === true ? ["-t"] : []),
    `${username}@${target.ssh.address}`,
    ...(remoteCommand === "" ? [] : ["--", remoteCommand]),
  ];
}
