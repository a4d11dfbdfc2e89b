import * as grpc from "@grpc/grpc-js";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { cookieProblem, formatHandshake, negotiateProtocolVersion, type Network } from "./handshake";
import { createLogger, logLevelFromEnv, type Logger } from "./logger";
import type { Message } from "./proto-codec";
import {
  brokerMethods,
  controllerMethods,
  healthMethods,
  providerMethods,
  serviceDefinition,
  stdioMethods,
  type ProviderMethodName,
} from "./plugin-services";
import type { ProviderImpl } from "./provider-impl";
import { createProviderService } from "./provider-service";
import { createSelfSignedCert } from "./self-signed-cert";

export interface ServeOptions {
  /** @default "unix" (a socket in a private temp dir), like go-plugin on Linux; "tcp" binds 127.0.0.1 */
  readonly network?: Network;
  /** Name used in log lines. @default "provider" */
  readonly name?: string;
  /** @default process.env */
  readonly env?: NodeJS.ProcessEnv;
  /** Appended to the message printed when someone runs the executable by hand. */
  readonly usageHint?: string;
  /** How often to check that Terraform (the parent) is still there. @default 1000 ms */
  readonly parentCheckIntervalMs?: number;
}

const MAX_MESSAGE = 256 * 1024 * 1024;
/** sun_path is 108 bytes on Linux, 104 on macOS. */
const MAX_SOCKET_PATH = 100;
/** Core SIGKILLs a provider 2 s after Shutdown; leave room for the rest of the exit. */
const CLOSE_BUDGET_MS = 1000;

/**
 * Runs a provider as a go-plugin gRPC plugin in this process, the way Terraform and OpenTofu
 * launch providers: checks the magic cookie, listens, prints the handshake line (the only thing
 * that ever reaches stdout), serves tfplugin6.Provider plus go-plugin's controller, stdio and
 * broker services and the health check, and exits on GRPCController.Shutdown or when the parent
 * process goes away. SIGINT is ignored: core sends StopProvider instead.
 */
export async function serveProvider(impl: ProviderImpl, options: ServeOptions = {}): Promise<void> {
  const writeStdout = guardStdout();
  const env = options.env ?? process.env;
  const problem = cookieProblem(env, options.usageHint);
  if (problem) {
    process.stderr.write(problem);
    process.exit(1);
  }
  const log = createLogger(logLevelFromEnv(env), (line) => process.stderr.write(line), options.name ?? "provider");
  process.on("SIGINT", () => log.debug("ignoring SIGINT; Terraform sends StopProvider instead"));
  process.on("uncaughtException", (err) => log.error(`uncaught exception (the provider keeps running): ${err.stack ?? err.message}`));
  process.on("unhandledRejection", (err) => log.error(`unhandled rejection (the provider keeps running): ${err instanceof Error ? (err.stack ?? err.message) : String(err)}`));

  const { version, offered } = negotiateProtocolVersion(env);
  if (!offered.includes(version)) log.warn(`client offers protocol versions [${offered.join(",")}], this provider speaks ${version}`);

  let service: ReturnType<typeof createProviderService>;
  try {
    service = createProviderService(impl, log);
  } catch (err) {
    process.stderr.write(`[ERROR] ${options.name ?? "provider"}: cannot start: ${err instanceof Error ? (err.stack ?? err.message) : String(err)}\n`);
    process.exit(1);
  }

  const server = new grpc.Server({
    "grpc.max_receive_message_length": MAX_MESSAGE,
    "grpc.max_send_message_length": MAX_MESSAGE,
  });
  const openStreams = new Set<grpc.ServerWritableStream<Message, Message> | grpc.ServerDuplexStream<Message, Message>>();
  let socketDir: string | undefined;
  let shuttingDown = false;

  const shutdown = (reason: string): void => {
    if (shuttingDown) return;
    shuttingDown = true;
    log.debug(`shutting down: ${reason}`);
    const exit = (): void => {
      if (socketDir) rmSync(socketDir, { recursive: true, force: true });
      process.exit(0);
    };
    const closeImpl = Promise.resolve()
      .then(() => impl.close?.())
      .catch((err: unknown) => log.warn(`close failed: ${err instanceof Error ? err.message : String(err)}`));
    const budget = new Promise((resolve) => setTimeout(resolve, CLOSE_BUDGET_MS).unref());
    void Promise.race([closeImpl, budget]).then(() => {
      for (const s of openStreams) {
        try {
          s.end();
        } catch {
          // already closed by the client
        }
      }
      openStreams.clear();
      setTimeout(() => {
        server.forceShutdown();
        exit();
      }, 300).unref();
      server.tryShutdown(exit);
    });
  };

  server.addService(serviceDefinition(providerMethods), unaryHandlers(service));
  server.addService(serviceDefinition(controllerMethods), {
    Shutdown: (_call: grpc.ServerUnaryCall<Message, Message>, callback: grpc.sendUnaryData<Message>) => {
      callback(null, {});
      setImmediate(() => shutdown("GRPCController.Shutdown"));
    },
  });
  server.addService(serviceDefinition(stdioMethods), {
    // We never mirror stdio (logs go to stderr directly); hold the stream until the end.
    StreamStdio: (call: grpc.ServerWritableStream<Message, Message>) => {
      openStreams.add(call);
      call.on("cancelled", () => openStreams.delete(call));
    },
  });
  server.addService(serviceDefinition(brokerMethods), {
    // Terraform providers never use the broker; accept the stream and ignore what comes in.
    StartStream: (call: grpc.ServerDuplexStream<Message, Message>) => {
      openStreams.add(call);
      call.on("data", () => undefined);
      call.on("end", () => {
        openStreams.delete(call);
        call.end();
      });
      call.on("cancelled", () => openStreams.delete(call));
    },
  });
  server.addService(serviceDefinition(healthMethods), {
    Check: (_call: grpc.ServerUnaryCall<Message, Message>, callback: grpc.sendUnaryData<Message>) => callback(null, { status: 1 }),
  });

  const clientCertPem = env.PLUGIN_CLIENT_CERT ?? "";
  let credentials = grpc.ServerCredentials.createInsecure();
  let serverCertDer: Uint8Array | undefined;
  if (clientCertPem.trim() !== "") {
    const cert = createSelfSignedCert({ curve: "P-256" });
    serverCertDer = cert.der;
    credentials = grpc.ServerCredentials.createSsl(
      Buffer.from(clientCertPem),
      [{ private_key: Buffer.from(cert.keyPem), cert_chain: Buffer.from(cert.certPem) }],
      true,
    );
  }

  let network: Network = options.network ?? (process.platform === "win32" ? "tcp" : "unix");
  let address = "";
  if (network === "unix") {
    socketDir = mkdtempSync(join(env.PLUGIN_UNIX_SOCKET_DIR || tmpdir(), "plugin"));
    address = join(socketDir, "plugin.sock");
    if (Buffer.byteLength(address) > MAX_SOCKET_PATH) {
      log.debug(`socket path ${address} is too long for a unix socket; using TCP instead`);
      rmSync(socketDir, { recursive: true, force: true });
      socketDir = undefined;
      network = "tcp";
    }
  }
  if (network === "unix") {
    await bind(server, `unix:${address}`, credentials);
  } else {
    const port = await bind(server, "127.0.0.1:0", credentials);
    address = `127.0.0.1:${port}`;
  }
  process.on("SIGTERM", () => shutdown("SIGTERM"));
  process.on("exit", () => {
    if (socketDir) rmSync(socketDir, { recursive: true, force: true });
  });

  watchParent(options.parentCheckIntervalMs ?? 1000, () => shutdown("parent process exited"));
  log.debug(`serving tfplugin${version} on ${network} ${address}${serverCertDer ? " with mTLS" : " without TLS"}`);
  writeStdout(formatHandshake({ appVersion: version, network, address, ...(serverCertDer ? { serverCert: serverCertDer } : {}) }));
}

function unaryHandlers(service: Record<ProviderMethodName, (req: Message) => Promise<Message>>): grpc.UntypedServiceImplementation {
  const out: grpc.UntypedServiceImplementation = {};
  for (const [name, handler] of Object.entries(service)) {
    out[name] = (call: grpc.ServerUnaryCall<Message, Message>, callback: grpc.sendUnaryData<Message>) => {
      handler(call.request).then(
        (res) => callback(null, res),
        (err: unknown) => callback({ code: grpc.status.INTERNAL, details: err instanceof Error ? err.message : String(err) }),
      );
    };
  }
  return out;
}

function bind(server: grpc.Server, address: string, credentials: grpc.ServerCredentials): Promise<number> {
  return new Promise((resolve, reject) =>
    server.bindAsync(address, credentials, (err, port) => (err ? reject(new Error(`cannot listen on ${address}: ${err.message}`)) : resolve(port))),
  );
}

/**
 * From now on anything written to process.stdout (console.log in a dependency, say) goes to
 * stderr: Terraform reads stdout for the handshake only. Returns a writer for the real stdout.
 */
export function guardStdout(): (text: string) => void {
  const stdout = process.stdout as NodeJS.WriteStream & { __pluginStdoutGuard?: (text: string) => void };
  if (stdout.__pluginStdoutGuard) return stdout.__pluginStdoutGuard;
  const realWrite = stdout.write.bind(stdout);
  const writeReal = (text: string): void => {
    realWrite(text);
  };
  stdout.write = ((chunk: unknown, ...rest: unknown[]) =>
    (process.stderr.write as (...args: unknown[]) => boolean)(chunk, ...rest)) as typeof stdout.write;
  stdout.__pluginStdoutGuard = writeReal;
  return writeReal;
}

function watchParent(intervalMs: number, onGone: () => void): void {
  const parent = process.ppid;
  const timer = setInterval(() => {
    if (process.ppid !== parent) {
      clearInterval(timer);
      onGone();
    }
  }, intervalMs);
  timer.unref();
}

export type { Logger };
