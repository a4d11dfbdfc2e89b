/**
 * The go-plugin handshake, as pure functions: the magic cookie check, protocol version
 * negotiation, and the one line a plugin prints on stdout
 * `CORE|APP|NETWORK|ADDRESS|PROTOCOL|CERT` (cert = DER, standard base64 without padding).
 */
export const MAGIC_COOKIE_KEY = "TF_PLUGIN_MAGIC_COOKIE";
export const MAGIC_COOKIE_VALUE = "d602bf8f470bc67ca7faa0386276bbdd4330efaf76d1a219cb4d6991ca9872b2";
export const CORE_PROTOCOL_VERSION = 1;
export const PROVIDER_PROTOCOL_VERSION = 6;

export function cookieProblem(env: NodeJS.ProcessEnv, hint?: string): string | undefined {
  if (env[MAGIC_COOKIE_KEY] === MAGIC_COOKIE_VALUE) return undefined;
  return (
    "This program is a Terraform/OpenTofu provider plugin. It is not meant to be run directly: " +
    "Terraform starts it when a configuration uses the provider. " +
    (hint ?? "Install it in a filesystem mirror (or point a dev_overrides entry at its directory) and run `terraform plan`.") +
    "\n"
  );
}

/**
 * Picks the app protocol version: 6 if the client offers it. Like go-plugin, if the client does
 * not offer it we still answer with ours and let the client report the mismatch.
 */
export function negotiateProtocolVersion(env: NodeJS.ProcessEnv): { version: number; offered: number[] } {
  const offered = (env.PLUGIN_PROTOCOL_VERSIONS ?? "")
    .split(",")
    .map((s) => Number.parseInt(s.trim(), 10))
    .filter((n) => Number.isFinite(n));
  return { version: PROVIDER_PROTOCOL_VERSION, offered };
}

export type Network = "tcp" | "unix";

export interface HandshakeInfo {
  readonly coreVersion: number;
  readonly appVersion: number;
  readonly network: Network;
  readonly address: string;
  readonly protocol: "grpc";
  /** DER of the server certificate; absent in plaintext mode. */
  readonly serverCert?: Uint8Array;
}

export function formatHandshake(info: Omit<HandshakeInfo, "coreVersion" | "protocol">): string {
  const cert = info.serverCert ? Buffer.from(info.serverCert).toString("base64").replace(/=+$/, "") : "";
  return `${CORE_PROTOCOL_VERSION}|${info.appVersion}|${info.network}|${info.address}|grpc|${cert}\n`;
}

export class HandshakeError extends Error {
  override readonly name = "HandshakeError";
}

const RAW_STD_BASE64 = /^[A-Za-z0-9+/]*$/;

/**
 * Parses a handshake line as go-plugin's client does, but stricter where Go's decoder is strict
 * and Node's is not: padding or foreign characters in the certificate are errors.
 */
export function parseHandshake(line: string, acceptedVersions: readonly number[] = [PROVIDER_PROTOCOL_VERSION]): HandshakeInfo {
  const parts = line.trim().split("|");
  if (parts.length < 4) throw new HandshakeError(`Unrecognized remote plugin message: ${JSON.stringify(line)} (needs at least 4 fields separated by "|")`);
  const [core, app, network, address, protocol = "netrpc", cert = ""] = parts as [string, string, string, string, string?, string?];
  if (Number(core) !== CORE_PROTOCOL_VERSION) throw new HandshakeError(`incompatible core API version with plugin: plugin says ${core}, expected ${CORE_PROTOCOL_VERSION}`);
  const appVersion = Number(app);
  if (!acceptedVersions.includes(appVersion)) throw new HandshakeError(`incompatible API version with plugin: plugin version ${app}, client versions ${acceptedVersions.join(",")}`);
  if (network !== "tcp" && network !== "unix") throw new HandshakeError(`unsupported network ${JSON.stringify(network)} in handshake`);
  if (address === "") throw new HandshakeError("empty address in handshake");
  if (protocol !== "grpc") throw new HandshakeError(`Unsupported plugin protocol ${JSON.stringify(protocol)}. Supported: grpc`);
  let serverCert: Uint8Array | undefined;
  if (cert.length > 50) {
    if (!RAW_STD_BASE64.test(cert) || cert.length % 4 === 1) {
      throw new HandshakeError(`error parsing server cert: not unpadded standard base64 (Go's RawStdEncoding): ${cert.slice(-8)}`);
    }
    serverCert = new Uint8Array(Buffer.from(cert, "base64"));
  }
  return { coreVersion: CORE_PROTOCOL_VERSION, appVersion, network, address, protocol: "grpc", ...(serverCert ? { serverCert } : {}) };
}
