/**
 * A small proto3 wire codec driven by hand-written message tables (see tfplugin6-messages.ts).
 * It is all this layer needs (strings, bytes, bools, int64, enums, nested messages, repeated
 * messages, string-keyed maps, oneofs) and loads in well under a millisecond, where generated
 * protobufjs code or .proto parsing at runtime would dominate the provider's startup time.
 *
 * Decoded messages are plain objects: absent scalars read as their proto3 default, absent
 * messages and oneof members as undefined, repeated fields as [] and maps as {}.
 */
export type ScalarKind = "string" | "bytes" | "bool" | "int64" | "uint32" | "enum";

export interface Field {
  readonly no: number;
  readonly kind: ScalarKind | "message" | "map";
  readonly repeated?: boolean;
  /** Presence-tracked (oneof member or `optional`): written whenever defined, even if default. */
  readonly oneof?: boolean;
  readonly message?: () => MessageType;
  /** For kind "map": the value kind (keys are always strings). */
  readonly mapValue?: ScalarKind | (() => MessageType);
}

export type MessageType = { readonly [name: string]: Field };

// Decoded messages are plain data; callers view them through their own interfaces.
export type Message = Record<string, any>;

export class ProtoDecodeError extends Error {
  override readonly name = "ProtoDecodeError";
}

const WIRE_VARINT = 0;
const WIRE_I64 = 1;
const WIRE_LEN = 2;
const WIRE_I32 = 5;

class Writer {
  private buf = new Uint8Array(256);
  private pos = 0;

  private ensure(n: number): void {
    if (this.pos + n <= this.buf.length) return;
    let size = this.buf.length * 2;
    while (size < this.pos + n) size *= 2;
    const next = new Uint8Array(size);
    next.set(this.buf.subarray(0, this.pos));
    this.buf = next;
  }

  varint(v: number | bigint): void {
    if (typeof v === "number" && v >= 0 && v <= 0xffffffff) {
      this.ensure(5);
      let n = v;
      while (n > 0x7f) {
        this.buf[this.pos++] = (n & 0x7f) | 0x80;
        n = Math.floor(n / 128);
      }
      this.buf[this.pos++] = n;
      return;
    }
    // Negative or large: 64-bit two's complement, up to 10 bytes.
    let b = BigInt.asUintN(64, BigInt(v));
    this.ensure(10);
    while (b > 0x7fn) {
      this.buf[this.pos++] = Number(b & 0x7fn) | 0x80;
      b >>= 7n;
    }
    this.buf[this.pos++] = Number(b);
  }

  tag(no: number, wire: number): void {
    this.varint(no * 8 + wire);
  }

  bytes(data: Uint8Array): void {
    this.varint(data.length);
    this.ensure(data.length);
    this.buf.set(data, this.pos);
    this.pos += data.length;
  }

  finish(): Uint8Array {
    return this.buf.subarray(0, this.pos);
  }
}

const utf8 = new TextEncoder();
const utf8Decoder = new TextDecoder("utf-8", { fatal: true });

export function encodeMessage(type: MessageType, msg: Message): Uint8Array {
  const w = new Writer();
  writeMessage(w, type, msg);
  return w.finish();
}

function writeMessage(w: Writer, type: MessageType, msg: Message): void {
  const fields = Object.entries(type).sort((a, b) => a[1].no - b[1].no);
  for (const [name, field] of fields) {
    const v = msg[name];
    if (v === undefined || v === null) continue;
    if (field.kind === "map") {
      for (const [k, mv] of Object.entries(v as Record<string, unknown>)) {
        const entry = new Writer();
        writeScalarOrMessage(entry, 1, "string", undefined, k, true);
        writeValue(entry, 2, field.mapValue as ScalarKind | (() => MessageType), mv, true);
        w.tag(field.no, WIRE_LEN);
        w.bytes(entry.finish());
      }
    } else if (field.repeated) {
      for (const item of v as unknown[]) writeScalarOrMessage(w, field.no, field.kind, field.message, item, true);
    } else {
      writeScalarOrMessage(w, field.no, field.kind, field.message, v, field.oneof === true);
    }
  }
}

function writeValue(w: Writer, no: number, kind: ScalarKind | (() => MessageType), v: unknown, always: boolean): void {
  if (typeof kind === "function") writeScalarOrMessage(w, no, "message", kind, v, always);
  else writeScalarOrMessage(w, no, kind, undefined, v, always);
}

function writeScalarOrMessage(
  w: Writer,
  no: number,
  kind: Field["kind"],
  message: (() => MessageType) | undefined,
  v: unknown,
  always: boolean,
): void {
  switch (kind) {
    case "string": {
      const s = v as string;
      if (s === "" && !always) return;
      w.tag(no, WIRE_LEN);
      w.bytes(utf8.encode(s));
      return;
    }
    case "bytes": {
      const b = v as Uint8Array;
      if (b.length === 0 && !always) return;
      w.tag(no, WIRE_LEN);
      w.bytes(b);
      return;
    }
    case "bool":
      if (!v && !always) return;
      w.tag(no, WIRE_VARINT);
      w.varint(v ? 1 : 0);
      return;
    case "int64":
    case "uint32":
    case "enum": {
      const n = v as number | bigint;
      if ((n === 0 || n === 0n) && !always) return;
      w.tag(no, WIRE_VARINT);
      w.varint(n);
      return;
    }
    case "message": {
      const inner = new Writer();
      writeMessage(inner, (message as () => MessageType)(), v as Message);
      w.tag(no, WIRE_LEN);
      w.bytes(inner.finish());
      return;
    }
    case "map":
      throw new Error("nested maps are not supported");
  }
}

class Reader {
  pos = 0;
  constructor(
    readonly buf: Uint8Array,
    readonly end = buf.length,
  ) {}

  varint(): bigint {
    let result = 0n;
    let shift = 0n;
    for (let i = 0; i < 10; i++) {
      if (this.pos >= this.end) throw new ProtoDecodeError("truncated varint");
      const b = this.buf[this.pos++] as number;
      result |= BigInt(b & 0x7f) << shift;
      if ((b & 0x80) === 0) return result;
      shift += 7n;
    }
    throw new ProtoDecodeError("varint longer than 10 bytes");
  }

  length(): number {
    const n = Number(this.varint());
    if (this.pos + n > this.end) throw new ProtoDecodeError(`length ${n} runs past the end of the message`);
    return n;
  }

  skip(wire: number): void {
    switch (wire) {
      case WIRE_VARINT:
        this.varint();
        return;
      case WIRE_I64:
        this.pos += 8;
        break;
      case WIRE_LEN: {
        const n = this.length(); // read before adding: length() moves pos
        this.pos += n;
        return;
      }
      case WIRE_I32:
        this.pos += 4;
        break;
      default:
        throw new ProtoDecodeError(`unsupported wire type ${wire}`);
    }
    if (this.pos > this.end) throw new ProtoDecodeError("truncated field");
  }
}

export function decodeMessage(type: MessageType, bytes: Uint8Array): Message {
  return readMessage(type, new Reader(bytes));
}

function defaults(type: MessageType): Message {
  const out: Message = {};
  for (const [name, f] of Object.entries(type)) {
    if (f.kind === "map") out[name] = {};
    else if (f.repeated) out[name] = [];
    else if (f.kind === "message" || f.oneof) out[name] = undefined;
    else out[name] = scalarDefault(f.kind);
  }
  return out;
}

function scalarDefault(kind: ScalarKind): unknown {
  switch (kind) {
    case "string":
      return "";
    case "bytes":
      return new Uint8Array(0);
    case "bool":
      return false;
    default:
      return 0;
  }
}

const byNumberCache = new WeakMap<MessageType, Map<number, [string, Field]>>();

function byNumber(type: MessageType): Map<number, [string, Field]> {
  let m = byNumberCache.get(type);
  if (!m) {
    m = new Map(Object.entries(type).map(([name, f]) => [f.no, [name, f]]));
    byNumberCache.set(type, m);
  }
  return m;
}

function readMessage(type: MessageType, r: Reader): Message {
  const out = defaults(type);
  const fields = byNumber(type);
  while (r.pos < r.end) {
    const key = Number(r.varint());
    const no = key >>> 3;
    const wire = key & 7;
    const entry = fields.get(no);
    if (!entry) {
      r.skip(wire);
      continue;
    }
    const [name, f] = entry;
    if (f.kind === "map") {
      if (wire !== WIRE_LEN) throw new ProtoDecodeError(`field ${name}: expected a map entry`);
      const len = r.length();
      const sub = new Reader(r.buf, r.pos + len);
      sub.pos = r.pos;
      let k = "";
      let v: unknown = typeof f.mapValue === "function" ? readMessage(f.mapValue(), new Reader(new Uint8Array(0))) : scalarDefault(f.mapValue as ScalarKind);
      while (sub.pos < sub.end) {
        const ek = Number(sub.varint());
        if (ek >>> 3 === 1) k = readScalar(sub, "string", ek & 7, `${name} key`) as string;
        else if (ek >>> 3 === 2) v = readValue(sub, f.mapValue as ScalarKind | (() => MessageType), ek & 7, name);
        else sub.skip(ek & 7);
      }
      r.pos += len;
      (out[name] as Record<string, unknown>)[k] = v;
      continue;
    }
    const value =
      f.kind === "message" ? readValue(r, f.message as () => MessageType, wire, name) : readScalar(r, f.kind, wire, name);
    if (f.repeated) (out[name] as unknown[]).push(value);
    else out[name] = value;
  }
  return out;
}

function readValue(r: Reader, kind: ScalarKind | (() => MessageType), wire: number, name: string): unknown {
  if (typeof kind !== "function") return readScalar(r, kind, wire, name);
  if (wire !== WIRE_LEN) throw new ProtoDecodeError(`field ${name}: expected an embedded message, got wire type ${wire}`);
  const len = r.length();
  const sub = new Reader(r.buf, r.pos + len);
  sub.pos = r.pos;
  const msg = readMessage(kind(), sub);
  r.pos += len;
  return msg;
}

function readScalar(r: Reader, kind: ScalarKind, wire: number, name: string): unknown {
  if (kind === "string" || kind === "bytes") {
    if (wire !== WIRE_LEN) throw new ProtoDecodeError(`field ${name}: expected length-delimited data, got wire type ${wire}`);
    const len = r.length();
    const data = r.buf.slice(r.pos, r.pos + len);
    r.pos += len;
    if (kind === "bytes") return data;
    try {
      return utf8Decoder.decode(data);
    } catch {
      throw new ProtoDecodeError(`field ${name}: string is not valid UTF-8`);
    }
  }
  if (wire !== WIRE_VARINT) throw new ProtoDecodeError(`field ${name}: expected a varint, got wire type ${wire}`);
  const v = r.varint();
  if (kind === "bool") return v !== 0n;
  const signed = BigInt.asIntN(64, v);
  const n = Number(kind === "uint32" ? BigInt.asUintN(32, v) : signed);
  if (!Number.isSafeInteger(n)) throw new ProtoDecodeError(`field ${name}: ${signed} is beyond 2^53`);
  return n;
}
