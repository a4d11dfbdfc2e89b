import { createHmac, timingSafeEqual } from "node:crypto";
import { fingerprintOf, isHostKeyType, keyTypeOfBlob, type HostKeyType } from "./host-key";

// OpenSSH known_hosts files: plain and hashed (`|1|salt|hash`) host fields, `[host]:port` for
// ports other than 22, wildcards and negation, `@revoked` lines. `@cert-authority` lines are read
// but never match: ssh2 does not verify host certificates.

export interface KnownHostsEntry {
  /** 1-based line number in `source`. */
  readonly line: number;
  readonly source: string;
  readonly marker?: "revoked" | "cert-authority";
  readonly hosts: HostField;
  readonly keyType: string;
  readonly key: Buffer;
}

type HostField =
  | { readonly kind: "hashed"; readonly salt: Buffer; readonly hash: Buffer }
  | { readonly kind: "patterns"; readonly patterns: readonly string[] };

/** Parses a known_hosts file. Lines that are not entries (comments, garbage) are skipped. */
export function parseKnownHosts(text: string, source: string): KnownHostsEntry[] {
  const entries: KnownHostsEntry[] = [];
  text.split(/\r?\n/).forEach((raw, index) => {
    const fields = raw.trim().split(/\s+/);
    if (fields[0] === undefined || fields[0] === "" || fields[0].startsWith("#")) return;
    let marker: KnownHostsEntry["marker"];
    if (fields[0].startsWith("@")) {
      const name = fields.shift();
      if (name === "@revoked") marker = "revoked";
      else if (name === "@cert-authority") marker = "cert-authority";
      else return;
    }
    const [hostText, keyType, keyText] = fields;
    if (hostText === undefined || keyType === undefined || keyText === undefined) return;
    const hosts = parseHostField(hostText);
    if (hosts === undefined) return;
    const key = Buffer.from(keyText, "base64");
    if (key.length === 0 || keyTypeOfBlob(key) !== keyType) return;
    entries.push({ line: index + 1, source, ...(marker === undefined ? {} : { marker }), hosts, keyType, key });
  });
  return entries;
}

function parseHostField(text: string): HostField | undefined {
  if (text.startsWith("|1|")) {
    const [salt, hash] = text.slice(3).split("|");
    if (salt === undefined || hash === undefined) return undefined;
    const saltBytes = Buffer.from(salt, "base64");
    const hashBytes = Buffer.from(hash, "base64");
    if (saltBytes.length !== 20 || hashBytes.length !== 20) return undefined;
    return { kind: "hashed", salt: saltBytes, hash: hashBytes };
  }
  return { kind: "patterns", patterns: text.split(",").filter((p) => p !== "") };
}

/** The name a host is filed under: `host` on port 22, `[host]:port` otherwise. */
export function knownHostsName(host: string, port: number): string {
  return port === 22 ? host : `[${host}]:${port}`;
}

/** The host field OpenSSH writes for `ssh-keygen -H`: `|1|base64(salt)|base64(HMAC-SHA1(salt, name))`. */
export function hashKnownHostsName(name: string, salt: Buffer): string {
  const hash = createHmac("sha1", salt).update(name).digest();
  return `|1|${salt.toString("base64")}|${hash.toString("base64")}`;
}

export function entryMatchesHost(entry: KnownHostsEntry, name: string): boolean {
  if (entry.hosts.kind === "hashed") {
    const hash = createHmac("sha1", entry.hosts.salt).update(name).digest();
    return timingSafeEqual(hash, entry.hosts.hash);
  }
  const lower = name.toLowerCase();
  let matched = false;
  for (const pattern of entry.hosts.patterns) {
    const negated = pattern.startsWith("!");
    if (!wildcardMatch(negated ? pattern.slice(1).toLowerCase() : pattern.toLowerCase(), lower)) continue;
    if (negated) return false;
    matched = true;
  }
  return matched;
}

/** OpenSSH pattern matching: `*` any run of characters, `?` exactly one. */
function wildcardMatch(pattern: string, text: string): boolean {
  let p = 0;
  let t = 0;
  let star = -1;
  let mark = 0;
  while (t < text.length) {
    if (p < pattern.length && (pattern[p] === "?" || pattern[p] === text[t])) {
      p++;
      t++;
    } else if (p < pattern.length && pattern[p] === "*") {
      star = p++;
      mark = t;
    } else if (star !== -1) {
      p = star + 1;
      t = ++mark;
    } else {
      return false;
    }
  }
  while (p < pattern.length && pattern[p] === "*") p++;
  return p === pattern.length;
}

export interface KnownKey {
  readonly keyType: string;
  readonly fingerprint: string;
  /** `file:line` of the entry. */
  readonly where: string;
}

export type KnownHostsVerdict =
  | { readonly kind: "match"; readonly where: string }
  | { readonly kind: "revoked"; readonly where: string }
  /** The host is known with a key of the offered type, and the offered key is not it. */
  | { readonly kind: "mismatch"; readonly expected: readonly KnownKey[] }
  /** No entry for this host and key type; `known` lists the keys of other types it has. */
  | { readonly kind: "unknown"; readonly known: readonly KnownKey[] };

/** What the known_hosts entries say about `offered` for `host:port`, as OpenSSH would decide it. */
export function checkKnownHosts(entries: readonly KnownHostsEntry[], host: string, port: number, offered: Buffer): KnownHostsVerdict {
  const name = knownHostsName(host, port);
  const offeredType = keyTypeOfBlob(offered);
  const forHost = entries.filter((e) => e.marker !== "cert-authority" && entryMatchesHost(e, name));
  const revoked = forHost.find((e) => e.marker === "revoked" && e.key.equals(offered));
  if (revoked !== undefined) return { kind: "revoked", where: `${revoked.source}:${revoked.line}` };
  const plain = forHost.filter((e) => e.marker === undefined);
  const exact = plain.find((e) => e.key.equals(offered));
  if (exact !== undefined) return { kind: "match", where: `${exact.source}:${exact.line}` };
  const describe = (e: KnownHostsEntry): KnownKey => ({ keyType: e.keyType, fingerprint: fingerprintOf(e.key), where: `${e.source}:${e.line}` });
  const sameType = plain.filter((e) => e.keyType === offeredType);
  if (sameType.length > 0) return { kind: "mismatch", expected: sameType.map(describe) };
  return { kind: "unknown", known: plain.map(describe) };
}

/** The key types known for `host:port`, best first, so the client can ask the server for one of them. */
export function knownKeyTypes(entries: readonly KnownHostsEntry[], host: string, port: number): HostKeyType[] {
  const name = knownHostsName(host, port);
  const types = entries
    .filter((e) => e.marker === undefined && entryMatchesHost(e, name))
    .map((e) => e.keyType)
    .filter(isHostKeyType);
  return [...new Set(types)];
}
