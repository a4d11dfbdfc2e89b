/** A minimal DER writer: just the ASN.1 shapes an X.509 v3 certificate needs. */
export type Der = Uint8Array;

function length(n: number): number[] {
  if (n < 0x80) return [n];
  const bytes: number[] = [];
  for (let v = n; v > 0; v = Math.floor(v / 256)) bytes.unshift(v & 0xff);
  return [0x80 | bytes.length, ...bytes];
}

export function tlv(tag: number, content: Uint8Array): Der {
  const head = [tag, ...length(content.length)];
  const out = new Uint8Array(head.length + content.length);
  out.set(head, 0);
  out.set(content, head.length);
  return out;
}

export function concat(parts: readonly Uint8Array[]): Uint8Array {
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  let pos = 0;
  for (const p of parts) {
    out.set(p, pos);
    pos += p.length;
  }
  return out;
}

export const sequence = (...items: Der[]): Der => tlv(0x30, concat(items));
export const set = (...items: Der[]): Der => tlv(0x31, concat(items));
export const octetString = (data: Uint8Array): Der => tlv(0x04, data);
export const utf8String = (s: string): Der => tlv(0x0c, new TextEncoder().encode(s));
export const boolean = (v: boolean): Der => tlv(0x01, new Uint8Array([v ? 0xff : 0x00]));
/** Context-specific explicit tag [n] (constructed). */
export const explicit = (n: number, inner: Der): Der => tlv(0xa0 | n, inner);
/** Context-specific implicit primitive tag [n], e.g. dNSName [2] in GeneralName. */
export const implicitPrimitive = (n: number, data: Uint8Array): Der => tlv(0x80 | n, data);

/** A non-negative INTEGER from big-endian magnitude bytes. */
export function unsignedInteger(magnitude: Uint8Array): Der {
  let start = 0;
  while (start < magnitude.length - 1 && magnitude[start] === 0) start++;
  const trimmed = magnitude.subarray(start);
  const needsPad = ((trimmed[0] ?? 0) & 0x80) !== 0;
  return tlv(0x02, needsPad ? concat([new Uint8Array([0]), trimmed]) : trimmed);
}

export const smallInteger = (n: number): Der => unsignedInteger(new Uint8Array([n]));

export function bitString(data: Uint8Array, unusedBits = 0): Der {
  return tlv(0x03, concat([new Uint8Array([unusedBits]), data]));
}

export function oid(dotted: string): Der {
  const parts = dotted.split(".").map(Number);
  const [a = 0, b = 0, ...rest] = parts;
  const bytes: number[] = [a * 40 + b];
  for (const p of rest) {
    const chunk: number[] = [p & 0x7f];
    for (let v = Math.floor(p / 128); v > 0; v = Math.floor(v / 128)) chunk.unshift((v & 0x7f) | 0x80);
    bytes.push(...chunk);
  }
  return tlv(0x06, new Uint8Array(bytes));
}

/** RFC 5280: UTCTime through 2049, GeneralizedTime from 2050. Always UTC ("Z"). */
export function time(date: Date): Der {
  const iso = date.toISOString(); // 2025-01-02T03:04:05.678Z
  const digits = iso.slice(0, 19).replace(/[-T:]/g, ""); // 20250102030405
  const year = date.getUTCFullYear();
  return year < 2050
    ? tlv(0x17, new TextEncoder().encode(`${digits.slice(2)}Z`))
    : tlv(0x18, new TextEncoder().encode(`${digits}Z`));
}
