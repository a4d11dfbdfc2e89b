import { readFile, stat } from "node:fs/promises";
import { homedir } from "node:os";
import { join } from "node:path";
import { utils as sshUtils } from "ssh2";
import { ValidationError } from "../errors";
import { describeConnection, type ResolvedConnectionOptions } from "./connection-options";
import { preferKeyTypes, type HostKeyType } from "./host-key";
import type { HostKeyPolicy } from "./host-key-policy";
import { knownHostsName, knownKeyTypes, parseKnownHosts } from "./known-hosts";
import { TransportError } from "./transport-error";

/** Everything a connection needs from the local machine, read before any packet is sent. */
export interface PreparedConnection {
  readonly options: ResolvedConnectionOptions;
  readonly description: string;
  readonly policy: HostKeyPolicy;
  /** Host key algorithms to offer, those we can check first. */
  readonly hostKeyAlgorithms: readonly string[];
  readonly privateKey?: Buffer | string;
  readonly jump?: PreparedConnection;
}

/** The local file system, replaceable in tests. */
export interface LocalFiles {
  readFile(path: string): Promise<Buffer>;
  isSocket(path: string): Promise<boolean>;
  homedir(): string;
}

export const localFiles: LocalFiles = {
  readFile: (path) => readFile(path),
  isSocket: async (path) => (await stat(path)).isSocket(),
  homedir,
};

/**
 * Reads the key file, the known_hosts file (or `~/.ssh/known_hosts` when nothing else was said)
 * and checks the agent socket. Fails with an error naming the field and the path.
 */
export async function prepareConnection(options: ResolvedConnectionOptions, files: LocalFiles = localFiles): Promise<PreparedConnection> {
  const description = describeConnection(options);
  const jump = options.jumpHost === undefined ? undefined : await prepareConnection(options.jumpHost, files);
  const expand = (path: string) => (path === "~" || path.startsWith("~/") ? join(files.homedir(), path.slice(1)) : path);
  const unreadable = (field: string, path: string, error: unknown) =>
    new TransportError("FRR_SSH_CREDENTIALS_UNREADABLE", `${field} ${path} for ${description} cannot be read (${errorText(error)}); check the path and its permissions on the machine running frr-iac.`, { host: description, cause: error });

  let privateKey: Buffer | string | undefined = options.secrets.privateKey;
  if (options.privateKeyPath !== undefined) {
    const path = expand(options.privateKeyPath);
    try {
      privateKey = await files.readFile(path);
    } catch (error) {
      throw unreadable("privateKeyPath", path, error);
    }
    const parsed = sshUtils.parseKey(privateKey, options.secrets.passphrase);
    if (parsed instanceof Error) {
      const encrypted = /encrypted|passphrase|bad decrypt/i.test(parsed.message);
      throw new ValidationError(`connection to ${description}`, [{
        code: "FRR_INVALID_SECRET",
        path: encrypted ? "passphrase" : "privateKeyPath",
        ...(encrypted ? {} : { input: path }),
        message: encrypted
          ? `does not unlock ${path}: the key is encrypted and the passphrase is missing or wrong`
          : "is not a private key ssh2 can read (expected OpenSSH, PEM (RSA, ECDSA, Ed25519) or PuTTY format)",
      }]);
    }
  }

  if (options.agent !== undefined) {
    const ok = await files.isSocket(options.agent).catch(() => false);
    if (!ok) {
      throw new TransportError("FRR_SSH_CREDENTIALS_UNREADABLE", `agent socket ${options.agent} for ${description} does not exist or is not a socket; start ssh-agent and set \`agent\` (or $SSH_AUTH_SOCK) to its socket.`, { host: description });
    }
  }

  let policy: HostKeyPolicy;
  let types: HostKeyType[] = [];
  const check = options.hostKeyCheck;
  if (check.kind === "insecure") {
    policy = { kind: "insecure" };
  } else if (check.kind === "pin") {
    policy = { kind: "pin", pin: check.pin };
    types = [...(check.pin.types ?? [])];
  } else {
    const path = check.kind === "known-hosts" ? expand(check.file) : join(files.homedir(), ".ssh", "known_hosts");
    let text: string | undefined;
    try {
      text = (await files.readFile(path)).toString("utf8");
    } catch (error) {
      if (check.kind === "known-hosts") throw unreadable("knownHostsFile", path, error);
    }
    const entries = text === undefined ? [] : parseKnownHosts(text, path);
    types = knownKeyTypes(entries, options.host, options.port);
    if (check.kind === "user-known-hosts" && types.length === 0) {
      throw new ValidationError(`connection to ${description}`, [{
        code: "FRR_REQUIRED",
        path: "hostKey",
        message: `no way to verify the host key: ${text === undefined ? `${path} does not exist` : `${path} has no entry for ${knownHostsName(options.host, options.port)}`}. ` +
          "Set one of `hostKey` (the host's `SHA256:...` fingerprint from `ssh-keygen -lf`), `knownHostsFile` (a known_hosts file listing the host) " +
          "or `insecureIgnoreHostKey: true` (no verification: only for throw-away labs).",
      }]);
    }
    policy = { kind: "known-hosts", entries, files: [path] };
  }

  return {
    options,
    description,
    policy,
    hostKeyAlgorithms: preferKeyTypes(types),
    ...(privateKey === undefined ? {} : { privateKey }),
    ...(jump === undefined ? {} : { jump }),
  };
}

function errorText(error: unknown): string {
  const code = (error as { code?: unknown } | null)?.code;
  return typeof code === "string" ? code : error instanceof Error ? error.message : String(error);
}
