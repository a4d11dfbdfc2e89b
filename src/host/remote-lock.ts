import { randomBytes } from "node:crypto";
import { describeConnection, type ResolvedConnectionOptions } from "./connection-options";
import type { SshPool } from "./ssh-pool";
import { TransportError } from "./transport-error";
import { lockScript } from "./vtysh-script";

export interface RemoteLockOptions {
  /** How long to wait for another holder. @default the connection's commandTimeoutMs */
  readonly waitMs?: number;
  /** Lock name; one lock per FRR instance. @default the pathspace, or "default" */
  readonly name?: string;
}

/** A lock held on the host; it lives as long as one SSH exec channel. */
export interface HeldLock {
  readonly waitedMs: number;
  /** Aborted if the lock session ends before `release()` (connection lost): the lock is gone. */
  readonly signal: AbortSignal;
  release(): Promise<void>;
}

/**
 * Takes the host's advisory lock: `flock` on `/run/lock/frr-iac.<name>.lock` inside an exec that
 * keeps running until we close its stdin. The lock goes when the channel goes, so a crashed
 * process or a dropped connection never leaves it behind.
 */
export async function acquireRemoteLock(pool: SshPool, target: ResolvedConnectionOptions, options: RemoteLockOptions = {}): Promise<HeldLock> {
  const description = describeConnection(target);
  const name = options.name ?? target.pathspace ?? "default";
  if (!/^[A-Za-z0-9_-]{1,64}$/.test(name)) {
    throw new TransportError("FRR_HOST_LOCK_FAILED", `lock name ${JSON.stringify(name)} for ${description} must be 1 to 64 letters, digits, \`_\` or \`-\`.`, { host: description });
  }
  const waitMs = options.waitMs ?? target.commandTimeoutMs;
  const marker = `frr-iac-${randomBytes(8).toString("hex")}`;
  const started = Date.now();
  let seen = "";
  let onLocked: () => void = () => undefined;
  const locked = new Promise<void>((resolve) => (onLocked = resolve));
  const held = await pool.start(target, lockScript(name, Math.ceil(waitMs / 1000), marker), {
    label: `the frr-iac lock (${name})`,
    onStdout: (chunk) => {
      seen += chunk.toString("utf8");
      if (seen.includes(`${marker} locked\n`)) onLocked();
    },
  });

  const guard = setTimeout(() => held.process.kill(new TransportError("FRR_HOST_LOCK_TIMEOUT",
    `the frr-iac lock (${name}) on ${description} was not granted within ${waitMs} ms.`, { host: description })), waitMs + 10_000);
  const outcome = await Promise.race([
    locked.then(() => "locked" as const),
    held.done.then((r) => r, (e: unknown) => e as TransportError),
  ]);
  clearTimeout(guard);

  if (outcome !== "locked") {
    if (TransportError.is(outcome)) throw outcome;
    const code = outcome.exitCode;
    if (code === 4) {
      throw new TransportError("FRR_HOST_LOCK_TIMEOUT",
        `another process held the frr-iac lock (${name}) on ${description} for more than ${waitMs} ms. Another frr-iac run (Pulumi, Terraform or the CLI) is changing this host; ` +
        "wait for it, or if none runs, look for a stuck session holding /run/lock/frr-iac.*.lock (`fuser -v` on the host).", { host: description });
    }
    const why = code === 3 ? "the lock file cannot be opened (no readable /run/lock, /var/lock or /tmp)"
      : code === 5 ? "`flock` (util-linux) is not installed"
      : `the lock command exited with status ${code ?? "none"}: ${(outcome.stderr || outcome.stdout).trim().slice(0, 300)}`;
    throw new TransportError("FRR_HOST_LOCK_FAILED", `cannot take the frr-iac lock (${name}) on ${description}: ${why}.`, { host: description });
  }

  const controller = new AbortController();
  let releasing = false;
  held.done.then(
    () => (releasing ? undefined : controller.abort(new TransportError("FRR_SSH_CONNECTION_LOST", `the frr-iac lock (${name}) on ${description} ended before it was released.`, { host: description }))),
    (error: unknown) => (releasing ? undefined : controller.abort(error)),
  );
  return {
    waitedMs: Date.now() - started,
    signal: controller.signal,
    async release() {
      if (releasing) return;
      releasing = true;
      held.process.end();
      await held.done.catch(() => undefined);
    },
  };
}

/** Runs `work` under the host's lock and releases it afterwards, whatever happens. */
export async function withRemoteLock<T>(pool: SshPool, target: ResolvedConnectionOptions, work: (lock: HeldLock) => Promise<T>, options: RemoteLockOptions = {}): Promise<T> {
  const lock = await acquireRemoteLock(pool, target, options);
  try {
    return await work(lock);
  } finally {
    await lock.release();
  }
}
