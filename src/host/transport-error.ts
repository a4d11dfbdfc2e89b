// Failures at the host edge (SSH, vtysh, the remote lock) as data: a stable code, the host they
// happened on (never with a secret), whether trying again may help, and the original error as
// `cause`. The brand is the one FrrIacError uses, so `FrrIacError.is()` recognises these too.

export type TransportErrorCode =
  | "FRR_INVALID_CONNECTION"
  | "FRR_SSH_CREDENTIALS_UNREADABLE"
  | "FRR_SSH_HOST_KEY_MISMATCH"
  | "FRR_SSH_HOST_KEY_UNKNOWN"
  | "FRR_SSH_HOST_KEY_REVOKED"
  | "FRR_SSH_AUTH_FAILED"
  | "FRR_SSH_CONNECT_FAILED"
  | "FRR_SSH_CONNECT_TIMEOUT"
  | "FRR_SSH_CHANNEL_FAILED"
  | "FRR_SSH_CONNECTION_LOST"
  | "FRR_SSH_COMMAND_TIMEOUT"
  | "FRR_SSH_OUTPUT_TOO_LARGE"
  | "FRR_SSH_POOL_CLOSED"
  | "FRR_SUDO_FAILED"
  | "FRR_VTYSH_FAILED"
  | "FRR_INVALID_COMMAND"
  | "FRR_HOST_LOCK_TIMEOUT"
  | "FRR_HOST_LOCK_FAILED";

const brand = Symbol.for("frr-iac.error");

export interface TransportErrorOptions {
  /** `describe(options)` of the host, e.g. `root@10.0.0.1:22`. */
  readonly host?: string;
  /** True when the same operation may succeed if tried again (connection refused, reset, ...). */
  readonly transient?: boolean;
  readonly cause?: unknown;
}

export class TransportError extends Error {
  readonly [brand] = true;
  readonly host: string | undefined;
  readonly transient: boolean;

  constructor(
    readonly code: TransportErrorCode,
    message: string,
    options: TransportErrorOptions = {},
  ) {
    super(`${code}: ${message}`, options.cause === undefined ? undefined : { cause: options.cause });
    this.name = "TransportError";
    this.host = options.host;
    this.transient = options.transient ?? false;
  }

  /** Recognises transport errors across two copies of the package (no `instanceof`). */
  static is(value: unknown, code?: TransportErrorCode): value is TransportError {
    if (typeof value !== "object" || value === null) return false;
    const candidate = value as { [brand]?: boolean; name?: unknown; code?: unknown };
    return candidate[brand] === true && candidate.name === "TransportError" && (code === undefined || candidate.code === code);
  }
}
