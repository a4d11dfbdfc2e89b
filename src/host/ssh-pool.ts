import { createHash } from "node:crypto";
import type { Socket } from "node:net";
import type { Duplex } from "node:stream";
import { describeConnection, type ResolvedConnectionOptions } from "./connection-options";
import { localFiles, prepareConnection, type LocalFiles, type PreparedConnection } from "./prepare-connection";
import { RemoteProcess, type ExecResult } from "./remote-process";
import { backoffDelay, type BackoffOptions } from "./retry-policy";
import { shellCommand } from "./shell-quote";
import { connectSsh, tunnelError, type SshLink } from "./ssh-connect";
import { TransportError } from "./transport-error";

export interface SshPoolOptions {
  /** Close a connection nobody has used for this long. @default 30000 */
  readonly idleTimeoutMs?: number;
  /** Channels open at once on one connection (OpenSSH allows 10 sessions by default). @default 8 */
  readonly maxChannelsPerConnection?: number;
  /** Tries for an operation that fails before anything ran remotely. @default 3 */
  readonly attempts?: number;
  readonly backoff?: BackoffOptions;
  /** @default 64 MiB */
  readonly maxOutputBytes?: number;
  /** Where warnings go (insecure host key checking). @default a line on stderr */
  readonly warn?: (message: string) => void;
  readonly files?: LocalFiles;
}

/** Counters per connection key, for benchmarks and the CLI. */
export interface HostMetrics {
  readonly connectAttempts: number;
  readonly connects: number;
  readonly connectFailures: number;
  readonly retries: number;
  /** Exec channels and, on a bastion, direct-tcpip tunnels. */
  readonly channelsOpened: number;
  readonly commandsRun: number;
  readonly bytesSent: number;
  readonly bytesReceived: number;
}

/** An argument vector (each word quoted for the remote shell) or a POSIX shell script used as is. */
export type RemoteCommand = readonly string[] | string;

export interface ExecOptions {
  /** Sent on the command's stdin, which is then closed. */
  readonly stdin?: string | Buffer;
  /** @default the connection's commandTimeoutMs */
  readonly timeoutMs?: number;
  /** How the command is named in messages. @default the first word, or "a remote script" */
  readonly label?: string;
  /**
   * The command may safely run twice: retry it also when the connection drops while it runs.
   * Commands that did not start are always retried (up to `attempts`). @default false
   */
  readonly idempotent?: boolean;
}

/** A command started with `SshPool.start`, holding its channel until `done` settles. */
export interface PooledProcess {
  readonly process: RemoteProcess;
  readonly done: Promise<ExecResult>;
}

type Mutable<T> = { -readonly [K in keyof T]: T[K] };

/**
 * One SSH connection per (user, host, port, bastion), shared by every operation of the process.
 * Connections open on first use, are kept alive, closed after being idle, reopened after a drop,
 * and never keep the process alive while idle.
 */
export class SshPool {
  private readonly entries = new Map<string, PooledConnection>();
  private readonly warned = new Set<string>();
  readonly settings: Required<Omit<SshPoolOptions, "backoff">> & { readonly backoff: BackoffOptions };

  constructor(options: SshPoolOptions = {}) {
    this.settings = {
      idleTimeoutMs: options.idleTimeoutMs ?? 30_000,
      maxChannelsPerConnection: options.maxChannelsPerConnection ?? 8,
      attempts: options.attempts ?? 3,
      backoff: options.backoff ?? {},
      maxOutputBytes: options.maxOutputBytes ?? 64 * 1024 * 1024,
      warn: options.warn ?? ((message) => process.stderr.write(`${message}\n`)),
      files: options.files ?? localFiles,
    };
  }

  /** Runs a command and returns its output and exit status; a non-zero exit is not an error here. */
  async exec(target: ResolvedConnectionOptions, command: RemoteCommand, options: ExecOptions = {}): Promise<ExecResult> {
    const conn = this.connection(target);
    const timeoutMs = options.timeoutMs ?? target.commandTimeoutMs;
    const stdin = options.stdin;
    return conn.withRetries(options.idempotent === true, async () => {
      const { process, release } = await conn.startProcess(command, options.label);
      try {
        conn.metrics.bytesSent += stdin === undefined ? 0 : Buffer.byteLength(stdin);
        const result = await process.run(stdin, timeoutMs);
        conn.metrics.bytesReceived += Buffer.byteLength(result.stdout) + Buffer.byteLength(result.stderr);
        return result;
      } finally {
        release();
      }
    });
  }

  /**
   * Starts a command and hands it back while it runs (for long-lived sessions such as the remote
   * lock). The connection stays in use until `done` settles. No timeout: the caller ends it.
   */
  async start(target: ResolvedConnectionOptions, command: RemoteCommand, options: Pick<ExecOptions, "label"> & { readonly onStdout?: (chunk: Buffer) => void } = {}): Promise<PooledProcess> {
    const conn = this.connection(target);
    conn.retain();
    try {
      const { process, release } = await conn.withRetries(false, () => conn.startProcess(command, options.label, options.onStdout));
      const done = process.done.finally(() => {
        release();
        conn.release();
      });
      done.catch(() => undefined);
      return { process, done };
    } catch (error) {
      conn.release();
      throw error;
    }
  }

  /** Counters per host, keyed by `describeConnection(...)`. */
  metrics(): Record<string, HostMetrics> {
    const out: Record<string, Mutable<HostMetrics>> = {};
    for (const entry of this.entries.values()) {
      const sum = (out[entry.description] ??= { ...ZERO_METRICS });
      for (const name of Object.keys(ZERO_METRICS) as (keyof HostMetrics)[]) sum[name] += entry.metrics[name];
    }
    return out;
  }

  metricsFor(target: ResolvedConnectionOptions): HostMetrics {
    return this.metrics()[describeConnection(target)] ?? { ...ZERO_METRICS };
  }

  /** Closes every connection (targets before their bastions). The pool can still be used after. */
  async closeAll(): Promise<void> {
    const byDepth = [...this.entries.values()].sort((a, b) => b.depth - a.depth);
    for (const entry of byDepth) await entry.close();
  }

  /** @internal */
  connection(target: ResolvedConnectionOptions): PooledConnection {
    const key = connectionKey(target);
    let entry = this.entries.get(key);
    if (entry === undefined) {
      const parent = target.jumpHost === undefined ? undefined : this.connection(target.jumpHost);
      entry = new PooledConnection(this, describeConnection(target), target, parent);
      this.entries.set(key, entry);
    }
    return entry;
  }

  /** @internal */
  warnOnce(key: string, message: string): void {
    if (this.warned.has(key)) return;
    this.warned.add(key);
    this.settings.warn(message);
  }
}

const ZERO_METRICS: HostMetrics = {
  connectAttempts: 0, connects: 0, connectFailures: 0, retries: 0, channelsOpened: 0, commandsRun: 0, bytesSent: 0, bytesReceived: 0,
};

/**
 * Connections are shared per user, host, port and bastion, and only between callers that verify
 * the host key and log in the same way: a connection checked against one pin is never handed to a
 * caller that pinned another key. Secrets enter only as a hash.
 */
function connectionKey(target: ResolvedConnectionOptions): string {
  const identity = JSON.stringify([
    target.hostKeyCheck, target.privateKeyPath ?? null, target.agent ?? null,
    target.secrets.privateKey ?? null, target.secrets.passphrase ?? null, target.secrets.password ?? null,
    target.connectTimeoutMs, target.keepaliveIntervalMs,
    target.jumpHost === undefined ? null : connectionKey(target.jumpHost),
  ]);
  return `${describeConnection(target)}#${createHash("sha256").update(identity).digest("hex").slice(0, 16)}`;
}

class PooledConnection {
  readonly metrics: Mutable<HostMetrics> = { ...ZERO_METRICS };
  readonly depth: number;
  private link: SshLink | undefined;
  private connecting: Promise<SshLink> | undefined;
  private prepared: Promise<PreparedConnection> | undefined;
  private busy = 0;
  private dependents = 0;
  private idleTimer: NodeJS.Timeout | undefined;
  private keepaliveTimer: NodeJS.Timeout | undefined;
  private readonly slots: Semaphore;

  constructor(
    private readonly pool: SshPool,
    readonly description: string,
    private readonly options: ResolvedConnectionOptions,
    private readonly parent: PooledConnection | undefined,
  ) {
    this.depth = parent === undefined ? 0 : parent.depth + 1;
    this.slots = new Semaphore(pool.settings.maxChannelsPerConnection);
  }

  /** Runs `attempt`, again after a backoff while it fails with a transient error. */
  async withRetries<T>(idempotent: boolean, attempt: () => Promise<T>): Promise<T> {
    const tries = Math.max(1, this.pool.settings.attempts);
    this.retain();
    try {
      for (let n = 1; ; n++) {
        try {
          return await attempt();
        } catch (error) {
          const retryable = TransportError.is(error) && (error.transient || (idempotent && error.code === "FRR_SSH_CONNECTION_LOST"));
          if (!retryable || n >= tries) throw error;
          this.metrics.retries++;
          await sleep(backoffDelay(n, this.pool.settings.backoff));
        }
      }
    } finally {
      this.release();
    }
  }

  /** Opens an exec channel (connecting first if needed) within the per-connection channel limit. */
  async startProcess(command: RemoteCommand, label: string | undefined, onStdout?: (chunk: Buffer) => void): Promise<{ process: RemoteProcess; release: () => void }> {
    const commandLine = typeof command === "string" ? command : shellCommand(command);
    const name = label ?? (typeof command === "string" ? "a remote script" : `\`${command[0] ?? ""}\``);
    const link = await this.ready();
    const release = await this.slots.acquire();
    try {
      this.metrics.channelsOpened++;
      const process = await RemoteProcess.start(link.client, commandLine, {
        description: this.description,
        label: name,
        maxOutputBytes: this.pool.settings.maxOutputBytes,
        ...(onStdout === undefined ? {} : { onStdout }),
      });
      this.metrics.commandsRun++;
      return { process, release };
    } catch (error) {
      release();
      // ssh2 says "Not connected" / "No response from server" for a connection that died unnoticed:
      // forget it, so the retry dials again.
      const cause = (error as { cause?: { message?: unknown } }).cause?.message;
      if (typeof cause === "string" && /Not connected|No response from server/i.test(cause)) {
        this.forget(link);
        link.client.destroy();
      }
      throw error;
    }
  }

  /** Opens a direct-tcpip tunnel through this connection (as a bastion). */
  async tunnel(host: string, port: number): Promise<Duplex> {
    const link = await this.ready();
    this.metrics.channelsOpened++;
    return new Promise((resolve, reject) => {
      try {
        link.client.forwardOut("127.0.0.1", 0, host, port, (error, channel) => (error ? reject(error) : resolve(channel)));
      } catch (error) {
        reject(error as Error);
      }
    });
  }

  /** The connected link, connecting once if there is none (the caller retries). */
  async ready(): Promise<SshLink> {
    if (this.link !== undefined) return this.link;
    this.connecting ??= this.connectOnce().finally(() => (this.connecting = undefined));
    return this.connecting;
  }

  private async connectOnce(): Promise<SshLink> {
    this.prepared ??= prepareConnection(this.options, this.pool.settings.files);
    this.prepared.catch(() => (this.prepared = undefined));
    const prepared = await this.prepared;
    this.metrics.connectAttempts++;
    let link: SshLink;
    try {
      if (this.parent === undefined) {
        link = await connectSsh(prepared);
      } else {
        let tunnel: Duplex;
        try {
          tunnel = await this.parent.tunnel(this.options.host, this.options.port);
        } catch (error) {
          throw TransportError.is(error) ? error : tunnelError(error as Error, prepared);
        }
        tunnel.on("error", () => undefined);
        link = await connectSsh(prepared, tunnel);
      }
    } catch (error) {
      this.metrics.connectFailures++;
      throw error;
    }
    this.metrics.connects++;
    this.adopt(link, prepared);
    return link;
  }

  private adopt(link: SshLink, prepared: PreparedConnection): void {
    this.link = link;
    if (this.parent !== undefined) this.parent.dependents++;
    link.client.on("error", () => undefined);
    link.client.on("close", () => this.forget(link));
    this.updateRef();
    this.startKeepalive(link);
    if (prepared.policy.kind === "insecure") {
      this.pool.warnOnce(this.description,
        `WARNING: frr-iac is NOT verifying the SSH host key of ${this.description} (insecureIgnoreHostKey: true). ` +
        `Anyone on the path can impersonate this host and read the configuration and passwords sent to it. ` +
        `It offered ${link.hostKey.keyType} ${link.hostKey.fingerprint}; pin it with hostKey (host_key in Terraform) = "${link.hostKey.fingerprint}" once you have checked it on the host.`);
    }
    this.maybeIdle();
  }

  /** Stops using a link that closed or is known to be dead. */
  private forget(link: SshLink): void {
    if (this.link !== link) return;
    this.link = undefined;
    clearInterval(this.keepaliveTimer);
    clearTimeout(this.idleTimer);
    this.idleTimer = undefined;
    if (this.parent !== undefined) {
      this.parent.dependents--;
      this.parent.maybeIdle();
    }
  }

  /** Sends a request that needs a reply; a connection that misses three in a row is dropped. */
  private startKeepalive(link: SshLink): void {
    const interval = this.options.keepaliveIntervalMs;
    if (interval <= 0) return;
    let outstanding = 0;
    this.keepaliveTimer = setInterval(() => {
      if (outstanding >= 3) {
        link.client.destroy();
        return;
      }
      outstanding++;
      try {
        // Cancelling a forwarding we never asked for is harmless and always answered
        // (with a failure), which is all a keepalive needs; ssh2's own keepalive timer
        // cannot be unref'd and would keep an idle process alive.
        link.client.unforwardIn("127.255.255.254", 1, () => (outstanding = 0));
      } catch {
        link.client.destroy();
      }
    }, interval);
    this.keepaliveTimer.unref();
  }

  retain(): void {
    this.busy++;
    if (this.busy === 1) {
      clearTimeout(this.idleTimer);
      this.idleTimer = undefined;
      this.parent?.retain();
      this.updateRef();
    }
  }

  release(): void {
    this.busy--;
    if (this.busy === 0) {
      this.updateRef();
      this.parent?.release();
      this.maybeIdle();
    }
  }

  private updateRef(): void {
    const socket: Socket | undefined = this.link?.socket;
    if (socket === undefined) return;
    if (this.busy > 0) socket.ref();
    else socket.unref();
  }

  maybeIdle(): void {
    if (this.busy > 0 || this.dependents > 0 || this.link === undefined || this.idleTimer !== undefined) return;
    this.idleTimer = setTimeout(() => {
      this.idleTimer = undefined;
      if (this.busy === 0 && this.dependents === 0) this.link?.client.end();
    }, this.pool.settings.idleTimeoutMs);
    this.idleTimer.unref();
  }

  async close(): Promise<void> {
    clearTimeout(this.idleTimer);
    this.idleTimer = undefined;
    clearInterval(this.keepaliveTimer);
    const link = this.link;
    if (link === undefined) return;
    // Held (ref'd) until the close completes, so `await pool.closeAll()` cannot be cut short by
    // an event loop with nothing else to do.
    link.socket?.ref();
    await new Promise<void>((resolve) => {
      const timer = setTimeout(() => {
        link.client.destroy();
        resolve();
      }, 2000);
      link.client.once("close", () => {
        clearTimeout(timer);
        resolve();
      });
      link.client.end();
    });
  }
}

class Semaphore {
  private readonly waiting: (() => void)[] = [];
  private free: number;

  constructor(size: number) {
    this.free = Math.max(1, size);
  }

  async acquire(): Promise<() => void> {
    if (this.free > 0) this.free--;
    else await new Promise<void>((resolve) => this.waiting.push(resolve));
    let released = false;
    return () => {
      if (released) return;
      released = true;
      const next = this.waiting.shift();
      if (next === undefined) this.free++;
      else next();
    };
  }
}

function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

