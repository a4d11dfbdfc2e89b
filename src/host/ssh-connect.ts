import { Socket, connect as tcpConnect } from "node:net";
import type { Duplex } from "node:stream";
import { Client, type AnyAuthMethod, type ConnectConfig, type ServerHostKeyAlgorithm } from "ssh2";
import { verifyHostKey, type HostKeyVerdict } from "./host-key-policy";
import type { PreparedConnection } from "./prepare-connection";
import { isTransientSshError } from "./retry-policy";
import { TransportError } from "./transport-error";

export interface SshLink {
  readonly client: Client;
  /** The TCP socket when we dialled directly (ref/unref follows use); undefined through a bastion. */
  readonly socket?: Socket;
  /** Key type and fingerprint the server proved it holds. */
  readonly hostKey: { readonly keyType: string; readonly fingerprint: string };
}

/**
 * Opens one authenticated SSH connection, over `tunnel` (a bastion's direct-tcpip channel) or a
 * new TCP socket. Resolves when the session is ready; every failure becomes a TransportError, and
 * the client keeps an `error` listener for life so a late error can never crash the process.
 */
export function connectSsh(prepared: PreparedConnection, tunnel?: Duplex): Promise<SshLink> {
  const { options, description } = prepared;
  const client = new Client();
  const socket = tunnel === undefined ? tcpConnect({ host: options.host, port: options.port }) : undefined;
  socket?.setNoDelay(true);
  let verdict: HostKeyVerdict | undefined;
  const methods = authMethods(prepared);

  return new Promise<SshLink>((resolve, reject) => {
    let settled = false;
    const fail = (error: TransportError) => {
      if (settled) return;
      settled = true;
      client.destroy();
      socket?.destroy();
      tunnel?.destroy();
      reject(error);
    };
    client.on("error", (error: Error & { level?: string }) => {
      if (settled) return;
      fail(mapConnectError(error, prepared, verdict, methods.names));
    });
    client.on("close", () => fail(new TransportError("FRR_SSH_CONNECT_FAILED",
      `${description} closed the connection during the SSH handshake; check that an SSH server listens on port ${options.port}.`,
      { host: description, transient: true })));
    client.on("ready", () => {
      if (settled) return;
      settled = true;
      if (verdict === undefined || !verdict.ok) {
        client.destroy();
        reject(new TransportError("FRR_SSH_HOST_KEY_UNKNOWN", `${description}: the host key was never checked; refusing the connection.`, { host: description }));
        return;
      }
      resolve({ client, ...(socket === undefined ? {} : { socket }), hostKey: { keyType: verdict.keyType, fingerprint: verdict.fingerprint } });
    });

    const config: ConnectConfig = {
      sock: (tunnel ?? socket) as Duplex,
      username: options.username,
      readyTimeout: options.connectTimeoutMs,
      keepaliveInterval: 0,
      algorithms: { serverHostKey: prepared.hostKeyAlgorithms as ServerHostKeyAlgorithm[] },
      hostVerifier: (key: Buffer) => {
        verdict = verifyHostKey(prepared.policy, { host: options.host, port: options.port, description }, key);
        return verdict.ok;
      },
      authHandler: methods.handlers,
    };
    client.connect(config);
  });
}

function authMethods(prepared: PreparedConnection): { handlers: AnyAuthMethod[]; names: string[] } {
  const { options } = prepared;
  const username = options.username;
  const handlers: AnyAuthMethod[] = [];
  const names: string[] = [];
  if (prepared.privateKey !== undefined) {
    const passphrase = options.secrets.passphrase;
    handlers.push({ type: "publickey", username, key: prepared.privateKey, ...(passphrase === undefined ? {} : { passphrase }) });
    names.push(options.privateKeyPath === undefined ? "publickey (privateKey)" : `publickey (${options.privateKeyPath})`);
  }
  if (options.agent !== undefined) {
    handlers.push({ type: "agent", username, agent: options.agent });
    names.push(`agent (${options.agent})`);
  }
  const password = options.secrets.password;
  if (password !== undefined) {
    handlers.push({ type: "password", username, password });
    handlers.push({
      type: "keyboard-interactive",
      username,
      prompt: (_name: string, _instructions: string, _lang: string, prompts: readonly unknown[], finish: (answers: string[]) => void) =>
        finish(prompts.map(() => password)),
    });
    names.push("password", "keyboard-interactive");
  }
  return { handlers, names };
}

function mapConnectError(error: Error & { level?: string; code?: string }, prepared: PreparedConnection, verdict: HostKeyVerdict | undefined, methods: readonly string[]): TransportError {
  const { description, options } = prepared;
  if (verdict !== undefined && !verdict.ok) return verdict.error;
  const opts = { host: description, cause: error };
  if (error.level === "client-authentication") {
    return new TransportError("FRR_SSH_AUTH_FAILED",
      `${description} refused every login method tried for user ${options.username}: ${methods.join(", ")}. ` +
      "Check the user name, that the key is in the user's authorized_keys (or the password), and the server's allowed methods.", opts);
  }
  if (error.level === "client-timeout") {
    return new TransportError("FRR_SSH_CONNECT_TIMEOUT",
      `${description} did not complete the SSH handshake within ${options.connectTimeoutMs} ms (connectTimeoutMs); check that the address is reachable and sshd is running.`,
      { ...opts, transient: true });
  }
  const code = error.code === undefined ? "" : ` (${error.code})`;
  const hint = error.code === "ECONNREFUSED" ? `nothing accepts connections on port ${options.port}; is sshd running and listening there?`
    : error.code === "ENOTFOUND" ? `the name ${options.host} does not resolve; check \`host\`.`
    : error.code === "EHOSTUNREACH" || error.code === "ENETUNREACH" ? "there is no route to the host from here."
    : "check the address, the port and the server.";
  return new TransportError("FRR_SSH_CONNECT_FAILED", `cannot connect to ${description}: ${error.message}${code}; ${hint}`, { ...opts, transient: isTransientSshError(error) });
}

/** A TransportError for a bastion that would not open the tunnel to the target. */
export function tunnelError(error: Error, prepared: PreparedConnection): TransportError {
  const jump = prepared.jump?.description ?? "the bastion";
  return new TransportError("FRR_SSH_CONNECT_FAILED",
    `${jump} could not open a tunnel to ${prepared.options.host}:${prepared.options.port} (${error.message}); check that the bastion can reach the host and allows TCP forwarding (AllowTcpForwarding).`,
    { host: prepared.description, cause: error, transient: isTransientSshError(error) });
}
