import type { Client, ClientChannel } from "ssh2";
import { TransportError } from "./transport-error";

export interface ExecResult {
  readonly stdout: string;
  readonly stderr: string;
  /** Null when the remote process was killed by a signal or never reported a status. */
  readonly exitCode: number | null;
  readonly signal?: string;
  readonly durationMs: number;
}

export interface RemoteProcessOptions {
  /** For messages: `describeConnection(...)`. */
  readonly description: string;
  /** What ran, for messages; never the command line itself when it could hold a secret. */
  readonly label: string;
  /** Output beyond this is an error, so a runaway command cannot exhaust memory. */
  readonly maxOutputBytes: number;
  /** Called with each stdout chunk as it arrives. */
  readonly onStdout?: (chunk: Buffer) => void;
}

/**
 * One command running in an SSH exec channel: stdin to write, output gathered, the exit status as
 * a promise that always settles: on exit, on a lost connection, or after `kill()`.
 */
export class RemoteProcess {
  readonly done: Promise<ExecResult>;
  private readonly started = Date.now();
  private killedFor: TransportError | undefined;
  private settle!: { resolve: (r: ExecResult) => void; reject: (e: TransportError) => void };

  private constructor(
    private readonly channel: ClientChannel,
    private readonly options: RemoteProcessOptions,
  ) {
    this.done = new Promise<ExecResult>((resolve, reject) => (this.settle = { resolve, reject }));
    this.done.catch(() => undefined);
    const stdout: Buffer[] = [];
    const stderr: Buffer[] = [];
    let size = 0;
    let exit: { code: number | null; signal?: string } | undefined;
    const take = (into: Buffer[], forward?: (c: Buffer) => void) => (chunk: Buffer) => {
      size += chunk.length;
      if (size > options.maxOutputBytes) {
        this.kill(new TransportError("FRR_SSH_OUTPUT_TOO_LARGE", `${options.label} on ${options.description} printed more than ${options.maxOutputBytes} bytes; stopped it.`, { host: options.description }));
        return;
      }
      into.push(chunk);
      forward?.(chunk);
    };
    channel.on("data", take(stdout, options.onStdout));
    channel.stderr.on("data", take(stderr));
    channel.on("error", () => undefined);
    channel.stderr.on("error", () => undefined);
    channel.on("exit", (code: number | null, signal?: string) => {
      exit = { code: typeof code === "number" ? code : null, ...(typeof signal === "string" ? { signal } : {}) };
    });
    channel.on("close", () => {
      if (this.killedFor !== undefined) return this.settle.reject(this.killedFor);
      if (exit === undefined) {
        return this.settle.reject(new TransportError("FRR_SSH_CONNECTION_LOST",
          `the connection to ${options.description} was lost while ${options.label} was running; it may or may not have completed. Check the host before trying again.`,
          { host: options.description }));
      }
      this.settle.resolve({
        stdout: Buffer.concat(stdout).toString("utf8"),
        stderr: Buffer.concat(stderr).toString("utf8"),
        exitCode: exit.code,
        ...(exit.signal === undefined ? {} : { signal: exit.signal }),
        durationMs: Date.now() - this.started,
      });
    });
  }

  /** Opens an exec channel. A failure to open is transient: nothing ran. */
  static start(client: Client, commandLine: string, options: RemoteProcessOptions): Promise<RemoteProcess> {
    return new Promise((resolve, reject) => {
      try {
        client.exec(commandLine, (error, channel) => {
          if (error !== undefined && error !== null) {
            reject(new TransportError("FRR_SSH_CHANNEL_FAILED",
              `${options.description} would not start ${options.label} (${error.message}); nothing ran.`,
              { host: options.description, cause: error, transient: true }));
            return;
          }
          resolve(new RemoteProcess(channel, options));
        });
      } catch (error) {
        reject(new TransportError("FRR_SSH_CHANNEL_FAILED", `cannot start ${options.label} on ${options.description}: ${(error as Error).message}; nothing ran.`,
          { host: options.description, cause: error, transient: true }));
      }
    });
  }

  /** Writes `data` (if any) and closes stdin, so the remote side sees end of file. */
  end(data?: string | Buffer): void {
    if (data === undefined || data.length === 0) this.channel.end();
    else this.channel.end(data);
  }

  /**
   * Stops the remote process (signal, then channel close) and rejects `done` with `reason` at once:
   * sshd answers the close only when the process has exited, which a hung process may never do.
   */
  kill(reason: TransportError): void {
    if (this.killedFor !== undefined) return;
    this.killedFor = reason;
    this.settle.reject(reason);
    sendSignal(this.channel, "KILL");
    this.channel.close();
  }

  /** Runs to completion: stdin sent, then the result or a timeout that kills the channel. */
  async run(stdin: string | Buffer | undefined, timeoutMs: number): Promise<ExecResult> {
    const timer = setTimeout(() => this.kill(new TransportError("FRR_SSH_COMMAND_TIMEOUT",
      `${this.options.label} on ${this.options.description} did not finish within ${timeoutMs} ms (commandTimeoutMs); stopped it. ` +
      "Raise `commandTimeoutMs` if the host is just slow, or look for what it is waiting on.", { host: this.options.description })), timeoutMs);
    try {
      this.end(stdin);
      return await this.done;
    } finally {
      clearTimeout(timer);
    }
  }
}

/**
 * ssh2's `channel.signal()` sends nothing once stdin is closed (it checks `writable`), and we
 * close stdin right after the command starts. The request itself is valid on a half-closed
 * channel (RFC 4254 §6.9), so this sends it through the protocol object ssh2 keeps on the channel,
 * and does nothing if that internal shape ever changes (the channel close still follows).
 */
function sendSignal(channel: ClientChannel, name: string): void {
  const internal = channel as unknown as {
    _client?: { _protocol?: { signal?: (id: number, signal: string) => void } };
    outgoing?: { id?: number; state?: string };
  };
  const protocol = internal._client?._protocol;
  const id = internal.outgoing?.id;
  const state = internal.outgoing?.state;
  if (typeof protocol?.signal !== "function" || typeof id !== "number" || (state !== "open" && state !== "eof")) return;
  try {
    protocol.signal(id, name);
  } catch {
    // The connection is already gone: nothing left to signal.
  }
}
