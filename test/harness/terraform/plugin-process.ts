import * as grpc from "@grpc/grpc-js";
import { spawn, type ChildProcess } from "node:child_process";
import { X509Certificate } from "node:crypto";
import {
  certificateProblems,
  createSelfSignedCert,
  MAGIC_COOKIE_KEY,
  MAGIC_COOKIE_VALUE,
  parseHandshake,
  toPem,
  type HandshakeInfo,
} from "../../../src/terraform/protocol";
import type { Message } from "../../../src/terraform/protocol/proto-codec";
import {
  brokerMethods,
  controllerMethods,
  deserialize,
  providerMethods,
  serialize,
  stdioMethods,
  type ProviderMethodName,
} from "../../../src/terraform/protocol/plugin-services";

/**
 * One provider process launched exactly the way Terraform 1.11 (go-plugin) launches it: no
 * arguments, the caller's environment plus the magic cookie, protocol versions, port range and
 * a fresh P-521 client certificate; stdout read for one strictly parsed handshake line.
 */
export interface LaunchOptions {
  /** Extra environment on top of process.env. */
  readonly env?: NodeJS.ProcessEnv;
  /** false = TF_DISABLE_PLUGIN_TLS behaviour (no PLUGIN_CLIENT_CERT, plaintext gRPC). @default true */
  readonly tls?: boolean;
  /** @default 60 s, like go-plugin */
  readonly startTimeoutMs?: number;
  /** Send SIGINT right after the handshake: a provider must ignore it. @default true */
  readonly sendSigint?: boolean;
  readonly cwd?: string;
}

export class PluginProtocolError extends Error {
  override readonly name = "PluginProtocolError";
}

export class ProviderProcess {
  private stdoutAfterHandshake = "";
  private stderrText = "";
  private exitInfo: { code: number | null; signal: NodeJS.Signals | null } | undefined;
  private readonly exited: Promise<void>;
  private client!: grpc.Client;
  private streams: Array<{ cancel(): void }> = [];
  /** Milliseconds from spawn to the handshake line. */
  handshakeMs = 0;
  handshake!: HandshakeInfo;
  readonly calls: string[] = [];

  private constructor(readonly child: ChildProcess) {
    this.exited = new Promise((resolve) => {
      child.once("exit", (code, signal) => {
        this.exitInfo = { code, signal };
        resolve();
      });
    });
    child.stderr?.on("data", (d: Buffer) => {
      this.stderrText += d.toString();
    });
  }

  get stderr(): string {
    return this.stderrText;
  }

  static async launch(executable: string, options: LaunchOptions = {}): Promise<ProviderProcess> {
    const tls = options.tls ?? true;
    const clientCert = tls ? createSelfSignedCert({ curve: "P-521", organization: "HashiCorp", backdateSeconds: 30 }) : undefined;
    const env: NodeJS.ProcessEnv = {
      ...process.env,
      ...options.env,
      [MAGIC_COOKIE_KEY]: MAGIC_COOKIE_VALUE,
      PLUGIN_PROTOCOL_VERSIONS: "5,6",
      PLUGIN_MIN_PORT: "10000",
      PLUGIN_MAX_PORT: "25000",
    };
    delete env.PLUGIN_CLIENT_CERT;
    if (clientCert) env.PLUGIN_CLIENT_CERT = clientCert.certPem;
    const started = performance.now();
    const child = spawn(executable, [], { env, cwd: options.cwd, stdio: ["ignore", "pipe", "pipe"] });
    const proc = new ProviderProcess(child);
    const line = await proc.readHandshakeLine(options.startTimeoutMs ?? 60_000, executable);
    proc.handshakeMs = performance.now() - started;
    proc.handshake = parseHandshake(line, [6]);
    if (tls !== (proc.handshake.serverCert !== undefined)) {
      await proc.kill();
      throw new PluginProtocolError(tls ? "plugin answered without a server certificate although PLUGIN_CLIENT_CERT was set" : "plugin sent a certificate in plaintext mode");
    }
    let credentials = grpc.credentials.createInsecure();
    if (clientCert && proc.handshake.serverCert) {
      const serverPem = toPem("CERTIFICATE", proc.handshake.serverCert);
      const problems = certificateProblems(new X509Certificate(serverPem));
      if (problems.length) {
        await proc.kill();
        throw new PluginProtocolError(`server certificate unusable for go-plugin's TLS client: ${problems.join("; ")}`);
      }
      credentials = grpc.credentials.createSsl(Buffer.from(serverPem), Buffer.from(clientCert.keyPem), Buffer.from(clientCert.certPem));
    }
    const target = proc.handshake.network === "unix" ? `unix:${proc.handshake.address}` : proc.handshake.address;
    proc.client = new grpc.Client(target, credentials, {
      "grpc.ssl_target_name_override": "localhost",
      "grpc.default_authority": "localhost",
      "grpc.max_receive_message_length": 256 * 1024 * 1024,
      "grpc.max_send_message_length": 256 * 1024 * 1024,
    });
    if (options.sendSigint ?? true) child.kill("SIGINT");
    proc.openSideStreams();
    return proc;
  }

  private readHandshakeLine(timeoutMs: number, executable: string): Promise<string> {
    return new Promise((resolve, reject) => {
      let buf = "";
      const timer = setTimeout(() => {
        cleanup();
        this.child.kill("SIGKILL");
        reject(new PluginProtocolError(`${executable} printed no handshake line within ${timeoutMs} ms. stderr:\n${this.stderrText}`));
      }, timeoutMs);
      const onData = (d: Buffer): void => {
        buf += d.toString();
        const nl = buf.indexOf("\n");
        if (nl >= 0) {
          cleanup();
          this.stdoutAfterHandshake = buf.slice(nl + 1);
          this.child.stdout?.on("data", (more: Buffer) => {
            this.stdoutAfterHandshake += more.toString();
          });
          resolve(buf.slice(0, nl));
        }
      };
      const onExit = (code: number | null): void => {
        cleanup();
        reject(new PluginProtocolError(`Failed to read any lines from plugin's stdout: ${executable} exited with ${code}. stderr:\n${this.stderrText}`));
      };
      const cleanup = (): void => {
        clearTimeout(timer);
        this.child.stdout?.off("data", onData);
        this.child.off("exit", onExit);
      };
      this.child.stdout?.on("data", onData);
      this.child.once("exit", onExit);
    });
  }

  /** Core opens StreamStdio and StartStream right after connecting. */
  private openSideStreams(): void {
    const stdio = stdioMethods.StreamStdio;
    const s = this.client.makeServerStreamRequest(stdio.path, serialize(stdio.request), deserialize(stdio.response), {});
    s.on("error", () => undefined);
    s.on("data", () => undefined);
    const broker = brokerMethods.StartStream;
    const b = this.client.makeBidiStreamRequest(broker.path, serialize(broker.request), deserialize(broker.response));
    b.on("error", () => undefined);
    b.on("data", () => undefined);
    this.streams = [s, b];
  }

  call(method: ProviderMethodName, request: Message): Promise<Message> {
    const m = providerMethods[method];
    this.calls.push(request.typeName ? `${method}(${request.typeName})` : method);
    return new Promise((resolve, reject) => {
      this.client.makeUnaryRequest(m.path, serialize(m.request), deserialize(m.response), request, (err, res) =>
        err ? reject(new PluginProtocolError(`${method} failed at the gRPC level: ${err.message}\nprovider stderr:\n${this.stderrText}`)) : resolve(res as Message),
      );
    });
  }

  /**
   * Ends the process like core: GRPCController.Shutdown, close the connection, wait up to 2 s,
   * else SIGKILL. Throws if the process needed killing, died of a signal, exited non-zero, or
   * wrote anything but the handshake to stdout.
   */
  async shutdown(): Promise<{ exitMs: number }> {
    const started = performance.now();
    const m = controllerMethods.Shutdown;
    await new Promise<void>((resolve) => {
      this.client.makeUnaryRequest(m.path, serialize(m.request), deserialize(m.response), {}, () => resolve());
    });
    for (const s of this.streams) s.cancel();
    this.client.close();
    const killed = await Promise.race([this.exited.then(() => false), delay(2000).then(() => true)]);
    if (killed) {
      this.child.kill("SIGKILL");
      await this.exited;
      throw new PluginProtocolError("plugin failed to exit gracefully within 2 s after Shutdown (core would SIGKILL it and lose 2 s per process)");
    }
    const exitMs = performance.now() - started;
    await onceClosed(this.child);
    if (this.exitInfo?.signal) throw new PluginProtocolError(`plugin died of ${this.exitInfo.signal} (a provider must ignore SIGINT)`);
    if (this.exitInfo?.code !== 0) throw new PluginProtocolError(`plugin exited with code ${this.exitInfo?.code} after Shutdown. stderr:\n${this.stderrText}`);
    if (this.stdoutAfterHandshake !== "") {
      throw new PluginProtocolError(`plugin wrote to stdout after the handshake: ${JSON.stringify(this.stdoutAfterHandshake.slice(0, 200))}`);
    }
    return { exitMs };
  }

  async kill(): Promise<void> {
    if (!this.exitInfo) {
      this.child.kill("SIGKILL");
      await this.exited;
    }
  }
}

function delay(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

function onceClosed(child: ChildProcess): Promise<void> {
  return new Promise((resolve) => {
    if (child.stdout?.readableEnded !== false) resolve();
    else child.stdout.once("close", () => resolve());
    setTimeout(resolve, 200);
  });
}
