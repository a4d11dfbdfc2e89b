// Which failures are worth another try, and how long to wait before it. Pure.

const TRANSIENT_CODES: ReadonlySet<string> = new Set(["ECONNREFUSED", "ECONNRESET", "ETIMEDOUT", "EPIPE", "EAI_AGAIN"]);

/**
 * True for failures that a later attempt may not meet: refused, reset or timed-out TCP, a server
 * that dropped us before the handshake (sshd MaxStartups), a channel the server would not open.
 * Never for authentication or host-key failures.
 */
export function isTransientSshError(error: unknown): boolean {
  if (typeof error !== "object" || error === null) return false;
  const e = error as { code?: unknown; level?: unknown; message?: unknown; reason?: unknown };
  if (e.level === "client-authentication") return false;
  if (typeof e.code === "string" && TRANSIENT_CODES.has(e.code)) return true;
  if (e.level === "client-timeout") return true;
  const message = typeof e.message === "string" ? e.message : "";
  return /Connection lost before handshake|Channel open failure|No response from server|Not connected/i.test(message);
}

export interface BackoffOptions {
  /** @default 250 */
  readonly baseDelayMs?: number;
  /** @default 4000 */
  readonly maxDelayMs?: number;
}

/** Delay before attempt `attempt + 1` (attempt counts from 1): base·2^(attempt−1), capped, with ±25 % jitter. */
export function backoffDelay(attempt: number, options: BackoffOptions = {}, random: () => number = Math.random): number {
  const base = options.baseDelayMs ?? 250;
  const max = options.maxDelayMs ?? 4000;
  const plain = Math.min(max, base * 2 ** Math.max(0, attempt - 1));
  return Math.round(plain * (0.75 + 0.5 * random()));
}
