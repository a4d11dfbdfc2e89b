import { createHash } from "node:crypto";

// Host keys as SSH sees them: the wire blob (`string type, ...`), its SHA256 fingerprint in the
// form `ssh-keygen -lf` prints, and the signature algorithms a client offers for each key type.

/** Key type names as they appear in the blob and in known_hosts. */
export type HostKeyType =
  | "ssh-ed25519"
  | "ecdsa-sha2-nistp256"
  | "ecdsa-sha2-nistp384"
  | "ecdsa-sha2-nistp521"
  | "ssh-rsa"
  | "ssh-dss";

const HOST_KEY_TYPES: readonly string[] = [
  "ssh-ed25519",
  "ecdsa-sha2-nistp256",
  "ecdsa-sha2-nistp384",
  "ecdsa-sha2-nistp521",
  "ssh-rsa",
  "ssh-dss",
];

/** Every host key algorithm we accept, best first (ssh-dss is obsolete and left out). */
export const HOST_KEY_ALGORITHMS: readonly string[] = [
  "ssh-ed25519",
  "ecdsa-sha2-nistp256",
  "ecdsa-sha2-nistp384",
  "ecdsa-sha2-nistp521",
  "rsa-sha2-512",
  "rsa-sha2-256",
  "ssh-rsa",
];

/** The label `ssh-keygen -lf` prints in parentheses, e.g. `(ED25519)`. */
const LABELS: Readonly<Record<string, readonly HostKeyType[]>> = {
  ED25519: ["ssh-ed25519"],
  ECDSA: ["ecdsa-sha2-nistp256", "ecdsa-sha2-nistp384", "ecdsa-sha2-nistp521"],
  RSA: ["ssh-rsa"],
  DSA: ["ssh-dss"],
};

export function isHostKeyType(value: string): value is HostKeyType {
  return HOST_KEY_TYPES.includes(value);
}

/** The signature algorithms that a key of this type can sign the key exchange with. */
export function algorithmsFor(type: HostKeyType): string[] {
  if (type === "ssh-rsa") return ["rsa-sha2-512", "rsa-sha2-256", "ssh-rsa"];
  return [type];
}

/** The offer list with the given key types first, so the server presents a key we can check. */
export function preferKeyTypes(types: readonly HostKeyType[]): string[] {
  const first = types.flatMap(algorithmsFor).filter((a) => HOST_KEY_ALGORITHMS.includes(a));
  return [...new Set([...first, ...HOST_KEY_ALGORITHMS])];
}

/** The type name at the start of a public key blob, or undefined when the blob is malformed. */
export function keyTypeOfBlob(blob: Uint8Array): string | undefined {
  if (blob.length < 4) return undefined;
  const length = Buffer.from(blob.buffer, blob.byteOffset, blob.byteLength).readUInt32BE(0);
  if (length === 0 || length > 64 || 4 + length > blob.length) return undefined;
  const type = Buffer.from(blob.subarray(4, 4 + length)).toString("latin1");
  return /^[\x21-\x7e]+$/.test(type) ? type : undefined;
}

/** `SHA256:<base64 without padding>` of the key blob, exactly as `ssh-keygen -lf` prints it. */
export function fingerprintOf(blob: Uint8Array): string {
  return `SHA256:${createHash("sha256").update(blob).digest("base64").replace(/=+$/, "")}`;
}

/** A pinned host key: the fingerprint and, when the pin says so, the key type it belongs to. */
export interface HostKeyPin {
  readonly fingerprint: string;
  readonly types?: readonly HostKeyType[];
}

const FINGERPRINT = /^SHA256:[A-Za-z0-9+/]{43}$/;

/**
 * Reads `SHA256:...` alone, or a whole line of `ssh-keygen -lf` output
 * (`256 SHA256:... root@host (ED25519)`), whose key type then steers the key exchange.
 * Returns a sentence saying what is wrong when the text is neither.
 */
export function parseHostKeyPin(text: string): HostKeyPin | string {
  const trimmed = text.trim();
  if (/^MD5:|^([0-9a-f]{2}:){15}[0-9a-f]{2}$/i.test(trimmed)) {
    return "is an MD5 fingerprint; pin the SHA256 one instead (`ssh-keygen -lf /etc/ssh/ssh_host_ed25519_key.pub` on the host, or `ssh-keyscan -p PORT HOST | ssh-keygen -lf -`)";
  }
  const token = trimmed.split(/\s+/).find((word) => word.startsWith("SHA256:"));
  if (token === undefined || !FINGERPRINT.test(token)) {
    return "is not a SHA256 fingerprint; expected `SHA256:` followed by 43 base64 characters without padding, as `ssh-keygen -lf` prints it";
  }
  const label = /\(([A-Z0-9-]+)\)\s*$/.exec(trimmed)?.[1];
  if (label === undefined) return { fingerprint: token };
  const types = LABELS[label.replace(/-SK$/, "")];
  if (types === undefined) return `names key type (${label}), which is not one of ${Object.keys(LABELS).join(", ")}`;
  return { fingerprint: token, types };
}
