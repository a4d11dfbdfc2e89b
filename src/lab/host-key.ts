// SSH host key facts in the formats clients use: OpenSSH's "SHA256:..." fingerprint and a
// known_hosts line. Pure.

import { createHash } from "node:crypto";

export interface PublicKey {
  /** "ssh-ed25519" */
  readonly algorithm: string;
  /** Base64 of the key blob, as in a .pub file. */
  readonly base64: string;
}

/** Parses one line of an OpenSSH .pub file: "ssh-ed25519 AAAA... comment". */
export function parsePublicKey(line: string): PublicKey {
  const [algorithm, base64] = line.trim().split(/\s+/);
  // The key blob starts with the algorithm name again, as a length-prefixed string.
  const blob = base64 !== undefined && /^[A-Za-z0-9+/]+=*$/.test(base64) ? Buffer.from(base64, "base64") : Buffer.alloc(0);
  const named = blob.length > 4 ? blob.subarray(4, 4 + blob.readUInt32BE(0)).toString("latin1") : "";
  if (algorithm === undefined || base64 === undefined || named !== algorithm) {
    throw new Error(`not an OpenSSH public key line: "${line.slice(0, 40)}..."`);
  }
  return { algorithm, base64 };
}

/** OpenSSH's fingerprint: SHA-256 of the key blob, base64 without padding. */
export function fingerprintOf(key: PublicKey): string {
  const digest = createHash("sha256").update(Buffer.from(key.base64, "base64")).digest("base64");
  return `SHA256:${digest.replace(/=+$/, "")}`;
}

/** A known_hosts line; OpenSSH writes non-default ports as "[host]:port". */
export function knownHostsLine(address: string, port: number, key: PublicKey): string {
  const host = port === 22 ? address : `[${address}]:${port}`;
  return `${host} ${key.algorithm} ${key.base64}`;
}
