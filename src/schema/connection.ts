// How users tell frr-iac to reach a host: the same fields for Pulumi inputs, the Terraform provider
// block, the CLI and the docs. src/host/connection-options.ts validates them in depth (key
// formats, conflicts) before any connection is made.
import { fail, ok } from "../values/result";
import { object, type Shape } from "./field";
import { bool, int, str } from "./kinds";

const anyString = (what: string) => (input: unknown) => (typeof input === "string" && input !== "" ? ok(input) : fail("FRR_INVALID_TYPE", `is not ${what}`));

const sshFields = {
  host: str("Host name or address of the FRR host (or bastion).", anyString("a host name or address")).required(),
  port: int("SSH port.", 1, 65535).defaults("22"),
  username: str("SSH user: root, or a user in the `frrvty` group or allowed `sudo -n vtysh`.", anyString("a user name")).defaults("\"root\""),
  privateKey: str("Private key (OpenSSH or PEM text).", anyString("a private key")).secret(),
  privateKeyPath: str("Path of a private key file on the machine running frr-iac.", anyString("a file path")),
  passphrase: str("Passphrase of the private key.", anyString("a passphrase")).secret(),
  password: str("SSH password (prefer keys).", anyString("a password")).secret(),
  agent: str("ssh-agent socket path, or `auto` for `$SSH_AUTH_SOCK`.", anyString("a socket path or \"auto\"")),
  hostKey: str("Pinned host key fingerprint, `SHA256:...` as `ssh-keygen -lf` prints it.", anyString("a SHA256 fingerprint")),
  knownHostsFile: str("known_hosts file to verify the host key against.", anyString("a file path")),
  insecureIgnoreHostKey: bool("Skip host key verification. Only for throw-away labs; frr-iac warns loudly.").defaults("false"),
  connectTimeoutMs: int("Connection timeout in milliseconds.", 100, 3_600_000).defaults("10000"),
};

export const jumpHostShape = sshFields;

export const connectionShape = {
  ...sshFields,
  jumpHost: object("Bastion host to tunnel through; its host key is verified the same way.", jumpHostShape),
  sudo: bool("Run vtysh through `sudo -n` (for users not in `frrvty`).").defaults("false"),
  vtyshPath: str("vtysh command on the host.", anyString("a command")).defaults("\"vtysh\""),
  pathspace: str("FRR pathspace (`vtysh -N NAME`) for hosts running several FRR instances.", anyString("a pathspace name")),
  commandTimeoutMs: int("Timeout of one remote command in milliseconds.", 100, 86_400_000).defaults("120000"),
  keepaliveIntervalMs: int("SSH keepalive interval in milliseconds (0 disables).", 0, 3_600_000).defaults("15000"),
  persist: bool("Run `write memory` after every verified change, so it survives an FRR restart.").defaults("true"),
} satisfies Shape;

/** The transport's options from a validated connection spec (`agent: "auto"` → `$SSH_AUTH_SOCK`). */
export function toTransportOptions(spec: Record<string, unknown>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(spec)) {
    if (value === undefined || value === null || key === "persist") continue;
    if (key === "agent") out[key] = value === "auto" ? true : value;
    else if (key === "jumpHost" && typeof value === "object") out[key] = toTransportOptions(value as Record<string, unknown>);
    else out[key] = value;
  }
  return out;
}

