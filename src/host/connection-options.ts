import { inspect } from "node:util";
import { utils as sshUtils } from "ssh2";
import { ValidationError, type Issue } from "../errors";
import { parseHostKeyPin, type HostKeyPin } from "./host-key";

/**
 * How to reach one FRR host over SSH, as users give it through Pulumi inputs, the Terraform
 * provider block and the CLI. Host keys are always verified unless `insecureIgnoreHostKey` says
 * otherwise.
 */
export interface ConnectionOptions {
  /** Host name or address. */
  readonly host: string;
  /** @default 22 */
  readonly port?: number;
  /** @default "root" */
  readonly username?: string;
  /** Private key in PEM or OpenSSH format (secret). */
  readonly privateKey?: string;
  /** Path of a private key file on the machine running frr-iac. */
  readonly privateKeyPath?: string;
  /** Passphrase of the private key (secret). */
  readonly passphrase?: string;
  /** Password for password or keyboard-interactive authentication (secret). */
  readonly password?: string;
  /** ssh-agent socket path, or true for `$SSH_AUTH_SOCK`. */
  readonly agent?: string | boolean;
  /** Pinned host key: `SHA256:<base64>` or a whole `ssh-keygen -lf` line (which also names the key type). */
  readonly hostKey?: string;
  /** known_hosts file to check the host key against (hashed entries and `[host]:port` supported). */
  readonly knownHostsFile?: string;
  /** Accept any host key. Prints a warning once per host. @default false */
  readonly insecureIgnoreHostKey?: boolean;
  /** Bastion to tunnel through (`direct-tcpip`); its own host key is verified the same way. */
  readonly jumpHost?: ConnectionOptions;
  /** Run vtysh through `sudo -n`. @default false */
  readonly sudo?: boolean;
  /** @default "vtysh" */
  readonly vtyshPath?: string;
  /** FRR pathspace (`vtysh -N NAME`). */
  readonly pathspace?: string;
  /** @default 10000 */
  readonly connectTimeoutMs?: number;
  /** @default 120000 */
  readonly commandTimeoutMs?: number;
  /** 0 turns keepalives off. @default 15000 */
  readonly keepaliveIntervalMs?: number;
}

export const CONNECTION_DEFAULTS = {
  port: 22,
  username: "root",
  insecureIgnoreHostKey: false,
  sudo: false,
  vtyshPath: "vtysh",
  connectTimeoutMs: 10_000,
  commandTimeoutMs: 120_000,
  keepaliveIntervalMs: 15_000,
} as const;

/** Secrets travel in an object that prints as `<redacted>` through JSON.stringify and console.log. */
export interface ConnectionSecrets {
  readonly privateKey?: string;
  readonly passphrase?: string;
  readonly password?: string;
}

export type HostKeyCheck =
  | { readonly kind: "pin"; readonly pin: HostKeyPin }
  | { readonly kind: "known-hosts"; readonly file: string }
  /** Neither given: `~/.ssh/known_hosts`, if it exists and lists the host. */
  | { readonly kind: "user-known-hosts" }
  | { readonly kind: "insecure" };

export interface ResolvedConnectionOptions {
  readonly host: string;
  readonly port: number;
  readonly username: string;
  readonly secrets: ConnectionSecrets;
  readonly privateKeyPath?: string;
  /** Agent socket path (`agent: true` resolved against `$SSH_AUTH_SOCK`). */
  readonly agent?: string;
  readonly hostKeyCheck: HostKeyCheck;
  readonly jumpHost?: ResolvedConnectionOptions;
  readonly sudo: boolean;
  readonly vtyshPath: string;
  readonly pathspace?: string;
  readonly connectTimeoutMs: number;
  readonly commandTimeoutMs: number;
  readonly keepaliveIntervalMs: number;
}

const FIELDS: ReadonlySet<string> = new Set([
  "host", "port", "username", "privateKey", "privateKeyPath", "passphrase", "password", "agent", "hostKey",
  "knownHostsFile", "insecureIgnoreHostKey", "jumpHost", "sudo", "vtyshPath", "pathspace", "connectTimeoutMs",
  "commandTimeoutMs", "keepaliveIntervalMs",
]);
const SECRET_FIELDS: ReadonlySet<string> = new Set(["privateKey", "passphrase", "password"]);

const HOST = /^(?:[A-Za-z0-9](?:[A-Za-z0-9_-]{0,62})(?:\.[A-Za-z0-9_-]{1,63})*\.?|[0-9A-Fa-f:.]*:[0-9A-Fa-f:.]*)$/;
const USERNAME = /^[A-Za-z_][A-Za-z0-9_.-]{0,31}$/;
// Only characters that no POSIX shell treats specially: these two are written into remote commands.
const VTYSH_PATH = /^[A-Za-z0-9_./+-]+$/;
const PATHSPACE = /^[A-Za-z0-9_-]{1,64}$/;
const MAX_JUMP_DEPTH = 4;

export interface ValidateOptions {
  /** Environment for `agent: true`. @default process.env */
  readonly env?: Readonly<Record<string, string | undefined>>;
}

/** Every problem with the options, each naming the field, the value (never a secret) and what is allowed. */
export function validateConnectionOptions(input: unknown, options: ValidateOptions = {}): Issue[] {
  const issues: Issue[] = [];
  collectIssues(input, "", 0, options.env ?? process.env, issues);
  return issues;
}

function collectIssues(input: unknown, prefix: string, depth: number, env: ValidateOptions["env"] & object, issues: Issue[]): void {
  const at = (field: string) => `${prefix}${field}`;
  const add = (code: Issue["code"], field: string, value: unknown, message: string) =>
    issues.push({ code, path: at(field), ...(SECRET_FIELDS.has(field) || value === undefined ? {} : { input: value }), message });

  if (typeof input !== "object" || input === null || Array.isArray(input)) {
    issues.push({ code: "FRR_INVALID_TYPE", path: prefix.replace(/\.$/, ""), input: typeof input, message: "connection options must be an object with at least `host`" });
    return;
  }
  const o = input as Record<string, unknown>;
  for (const key of Object.keys(o)) {
    if (!FIELDS.has(key)) add("FRR_UNKNOWN_FIELD", key, undefined, `is not a connection option; the options are ${[...FIELDS].join(", ")}`);
  }

  if (o.host === undefined || o.host === "") add("FRR_REQUIRED", "host", undefined, "is required: the host name or address of the FRR host");
  else if (typeof o.host !== "string" || !HOST.test(o.host) || o.host.length > 253) {
    add("FRR_INVALID_ADDRESS", "host", o.host, "must be a host name (letters, digits, `-`, `_`, dots) or an IPv4/IPv6 address without brackets or port");
  }
  checkInteger(o.port, "port", 1, 65_535, add);
  if (o.username !== undefined && (typeof o.username !== "string" || !USERNAME.test(o.username))) {
    add("FRR_INVALID_NAME", "username", o.username, "must be a login name: a letter or `_`, then letters, digits, `_`, `.`, `-` (at most 32 characters)");
  }

  for (const field of ["privateKey", "privateKeyPath", "passphrase", "password"] as const) {
    if (o[field] !== undefined && (typeof o[field] !== "string" || o[field] === "")) {
      add(SECRET_FIELDS.has(field) ? "FRR_INVALID_SECRET" : "FRR_INVALID_TYPE", field, SECRET_FIELDS.has(field) ? undefined : o[field], "must be a non-empty string when set");
    }
  }
  if (o.privateKey !== undefined && o.privateKeyPath !== undefined) {
    add("FRR_CONFLICT", "privateKeyPath", o.privateKeyPath, "cannot be combined with `privateKey`: give the key either inline or as a file");
  }
  if (o.passphrase !== undefined && o.privateKey === undefined && o.privateKeyPath === undefined) {
    add("FRR_CONFLICT", "passphrase", undefined, "is set but there is no key to unlock: set `privateKey` or `privateKeyPath` too");
  }
  if (typeof o.privateKey === "string" && o.privateKey !== "") {
    const parsed = sshUtils.parseKey(o.privateKey, typeof o.passphrase === "string" ? o.passphrase : undefined);
    if (parsed instanceof Error) {
      const encrypted = /encrypted|passphrase|bad decrypt/i.test(parsed.message);
      add("FRR_INVALID_SECRET", encrypted ? "passphrase" : "privateKey", undefined, encrypted
        ? "does not unlock `privateKey`: the key is encrypted and the passphrase is missing or wrong"
        : "is not a private key ssh2 can read (expected OpenSSH, PEM (RSA, ECDSA, Ed25519) or PuTTY format)");
    } else if (Array.isArray(parsed) ? parsed.some((k) => k.isPrivateKey() !== true) : parsed.isPrivateKey() !== true) {
      add("FRR_INVALID_SECRET", "privateKey", undefined, "is a public key; give the private key");
    }
  }
  if (o.agent !== undefined) {
    if (o.agent === true) {
      const sock = env.SSH_AUTH_SOCK;
      if (sock === undefined || sock === "") add("FRR_REQUIRED", "agent", true, "is true but $SSH_AUTH_SOCK is not set in frr-iac's environment; start ssh-agent or give the socket path");
    } else if (o.agent !== false && (typeof o.agent !== "string" || o.agent === "")) {
      add("FRR_INVALID_TYPE", "agent", o.agent, "must be true (use $SSH_AUTH_SOCK), false, or the agent socket path");
    }
  }
  const hasAuth = ["privateKey", "privateKeyPath", "password"].some((f) => o[f] !== undefined) || (o.agent !== undefined && o.agent !== false);
  if (!hasAuth) {
    add("FRR_REQUIRED", "privateKey", undefined, "no way to log in was given: set one or more of `privateKey`, `privateKeyPath`, `agent`, `password`");
  }

  if (o.hostKey !== undefined) {
    const pin = typeof o.hostKey === "string" ? parseHostKeyPin(o.hostKey) : "must be a string";
    if (typeof pin === "string") add("FRR_INVALID_TEXT", "hostKey", o.hostKey, pin);
  }
  if (o.knownHostsFile !== undefined && (typeof o.knownHostsFile !== "string" || o.knownHostsFile === "")) {
    add("FRR_INVALID_TYPE", "knownHostsFile", o.knownHostsFile, "must be the path of a known_hosts file");
  }
  checkBoolean(o.insecureIgnoreHostKey, "insecureIgnoreHostKey", add);
  if (o.insecureIgnoreHostKey === true && (o.hostKey !== undefined || o.knownHostsFile !== undefined)) {
    add("FRR_CONFLICT", "insecureIgnoreHostKey", true, "cannot be combined with `hostKey` or `knownHostsFile`: either verify the host key or explicitly do not");
  }

  checkBoolean(o.sudo, "sudo", add);
  if (o.vtyshPath !== undefined && (typeof o.vtyshPath !== "string" || !VTYSH_PATH.test(o.vtyshPath) || o.vtyshPath.startsWith("-"))) {
    add("FRR_INVALID_TEXT", "vtyshPath", o.vtyshPath, "must be a command name or path made of letters, digits and `_ . / + -` (no spaces or shell metacharacters), not starting with `-`");
  }
  if (o.pathspace !== undefined && (typeof o.pathspace !== "string" || !PATHSPACE.test(o.pathspace) || o.pathspace.startsWith("-"))) {
    add("FRR_INVALID_NAME", "pathspace", o.pathspace, "must be an FRR pathspace name: 1 to 64 letters, digits, `_` or `-`, not starting with `-` (vtysh forbids `/` and `.`)");
  }
  checkInteger(o.connectTimeoutMs, "connectTimeoutMs", 100, 3_600_000, add);
  checkInteger(o.commandTimeoutMs, "commandTimeoutMs", 100, 86_400_000, add);
  if (o.keepaliveIntervalMs !== 0) checkInteger(o.keepaliveIntervalMs, "keepaliveIntervalMs", 1000, 3_600_000, add, " (or 0 for no keepalives)");

  if (o.jumpHost !== undefined) {
    if (depth + 1 >= MAX_JUMP_DEPTH) add("FRR_INVALID_TYPE", "jumpHost", undefined, `nests more than ${MAX_JUMP_DEPTH - 1} bastions`);
    else collectIssues(o.jumpHost, `${at("jumpHost")}.`, depth + 1, env, issues);
  }
}

type Add = (code: Issue["code"], field: string, value: unknown, message: string) => void;

function checkInteger(value: unknown, field: string, min: number, max: number, add: Add, extra = ""): void {
  if (value === undefined) return;
  if (typeof value !== "number" || !Number.isInteger(value) || value < min || value > max) {
    add("FRR_INVALID_NUMBER", field, value, `must be a whole number from ${min} to ${max}${extra}`);
  }
}

function checkBoolean(value: unknown, field: string, add: Add): void {
  if (value !== undefined && typeof value !== "boolean") add("FRR_INVALID_TYPE", field, value, "must be true or false");
}

/** Validates and fills in defaults; throws a ValidationError listing every issue. No I/O. */
export function resolveConnectionOptions(input: ConnectionOptions, options: ValidateOptions = {}): ResolvedConnectionOptions {
  const issues = validateConnectionOptions(input, options);
  if (issues.length > 0) {
    const host = typeof input === "object" && input !== null && typeof input.host === "string" ? input.host : "(no host)";
    throw new ValidationError(`connection to ${host}`, issues);
  }
  return resolveValid(input, options.env ?? process.env);
}

function resolveValid(o: ConnectionOptions, env: Readonly<Record<string, string | undefined>>): ResolvedConnectionOptions {
  const secrets = sealSecrets({
    ...(o.privateKey === undefined ? {} : { privateKey: o.privateKey }),
    ...(o.passphrase === undefined ? {} : { passphrase: o.passphrase }),
    ...(o.password === undefined ? {} : { password: o.password }),
  });
  const agent = o.agent === true ? env.SSH_AUTH_SOCK : typeof o.agent === "string" ? o.agent : undefined;
  let hostKeyCheck: HostKeyCheck;
  if (o.insecureIgnoreHostKey === true) hostKeyCheck = { kind: "insecure" };
  else if (o.hostKey !== undefined) hostKeyCheck = { kind: "pin", pin: parseHostKeyPin(o.hostKey) as HostKeyPin };
  else if (o.knownHostsFile !== undefined) hostKeyCheck = { kind: "known-hosts", file: o.knownHostsFile };
  else hostKeyCheck = { kind: "user-known-hosts" };
  return {
    host: o.host,
    port: o.port ?? CONNECTION_DEFAULTS.port,
    username: o.username ?? CONNECTION_DEFAULTS.username,
    secrets,
    ...(o.privateKeyPath === undefined ? {} : { privateKeyPath: o.privateKeyPath }),
    ...(agent === undefined ? {} : { agent }),
    hostKeyCheck,
    ...(o.jumpHost === undefined ? {} : { jumpHost: resolveValid(o.jumpHost, env) }),
    sudo: o.sudo ?? CONNECTION_DEFAULTS.sudo,
    vtyshPath: o.vtyshPath ?? CONNECTION_DEFAULTS.vtyshPath,
    ...(o.pathspace === undefined ? {} : { pathspace: o.pathspace }),
    connectTimeoutMs: o.connectTimeoutMs ?? CONNECTION_DEFAULTS.connectTimeoutMs,
    commandTimeoutMs: o.commandTimeoutMs ?? CONNECTION_DEFAULTS.commandTimeoutMs,
    keepaliveIntervalMs: o.keepaliveIntervalMs ?? CONNECTION_DEFAULTS.keepaliveIntervalMs,
  };
}

function sealSecrets(secrets: ConnectionSecrets): ConnectionSecrets {
  const redacted = () => "<redacted>";
  Object.defineProperty(secrets, "toJSON", { value: redacted, enumerable: false });
  Object.defineProperty(secrets, inspect.custom, { value: redacted, enumerable: false });
  return Object.freeze(secrets);
}

/**
 * The host for messages, never with a secret: `root@10.0.0.1:22`, `frr@[fd00::1]:2222`,
 * `root@10.0.0.2:22 via admin@bastion:22`.
 */
export function describeConnection(options: Pick<ConnectionOptions, "host" | "port" | "username"> & { readonly jumpHost?: Pick<ConnectionOptions, "host" | "port" | "username" | "jumpHost"> | undefined }): string {
  const host = options.host.includes(":") ? `[${options.host}]` : options.host;
  const self = `${options.username ?? CONNECTION_DEFAULTS.username}@${host}:${options.port ?? CONNECTION_DEFAULTS.port}`;
  return options.jumpHost === undefined ? self : `${self} via ${describeConnection(options.jumpHost)}`;
}
