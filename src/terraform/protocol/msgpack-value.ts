import { decode, encode, ExtData, ExtensionCodec } from "@msgpack/msgpack";
import { parseCtyTypeJson, printCtyType, type CtyType } from "./cty-type";
import { inferType } from "./infer-type";
import { isObjectValue, Unknown, type Value } from "./value";
import { dedupe, rawEquals } from "./value-equals";
import { childPath, describeRaw, numberFromWire, ValueCodecError } from "./value-errors";

/**
 * The msgpack form of DynamicValue (terraform docs/plugin-protocol/object-wire-format.md):
 * objects are maps with exactly their attributes, unknown is any extension value (we send
 * fixext1 type 0), dynamic values are `[type JSON as bin, value]`.
 */

// Every extension type is "unknown"; the codec must not turn type -1 into a Date.
const extensionCodec = new ExtensionCodec();
extensionCodec.register({ type: -1, encode: () => null, decode: (data) => new ExtData(-1, data) });

const UNKNOWN_EXT = new ExtData(0, new Uint8Array([0]));

export function encodeMsgpackValue(value: Value, type: CtyType): Uint8Array {
  return encode(toWire(value, type, ""), { extensionCodec, sortKeys: true, ignoreUndefined: false });
}

export function decodeMsgpackValue(bytes: Uint8Array, type: CtyType): Value {
  let raw: unknown;
  try {
    raw = decode(bytes, { extensionCodec, useBigInt64: true });
  } catch (err) {
    throw new ValueCodecError("", `invalid msgpack (${(err as Error).message})`);
  }
  return fromWire(raw, type, "");
}

function toWire(value: Value, type: CtyType, path: string): unknown {
  if (value === Unknown) return UNKNOWN_EXT;
  if (value === null) return null;
  if (value === undefined) throw new ValueCodecError(path, "is undefined; use null for an absent value");
  if (typeof type === "string") {
    switch (type) {
      case "string":
        if (typeof value !== "string") throw mismatch(path, "a string", value);
        return value;
      case "bool":
        if (typeof value !== "boolean") throw mismatch(path, "a bool", value);
        return value;
      case "number":
        if (typeof value !== "number" || Number.isNaN(value)) throw mismatch(path, "a number", value);
        // Safe integers go out as msgpack ints, everything else as float64 (exact for any double).
        return value;
      case "dynamic": {
        const t = inferType(value);
        return [new TextEncoder().encode(printCtyType(t)), toWire(value, t, path)];
      }
    }
  }
  switch (type[0]) {
    case "list":
    case "set": {
      if (!Array.isArray(value)) throw mismatch(path, `a ${type[0]}`, value);
      const elems = value.map((e, i) => toWire(e, type[1], childPath(path, i)));
      if (type[0] === "set" && dedupe(value, (a, b) => rawEquals(type[1], a, b)).length !== value.length) {
        throw new ValueCodecError(path, "a set cannot hold the same element twice (core would collapse them)");
      }
      return elems;
    }
    case "tuple": {
      if (!Array.isArray(value) || value.length !== type[1].length) throw mismatch(path, `a tuple of ${type[1].length}`, value);
      return value.map((e, i) => toWire(e, type[1][i] as CtyType, childPath(path, i)));
    }
    case "map": {
      if (!isObjectValue(value)) throw mismatch(path, "a map", value);
      return Object.fromEntries(Object.keys(value).map((k) => [k, toWire(value[k] as Value, type[1], childPath(path, k))]));
    }
    case "object": {
      if (!isObjectValue(value)) throw mismatch(path, "an object", value);
      for (const k of Object.keys(value)) {
        if (!(k in type[1])) throw new ValueCodecError(childPath(path, k), `is not an attribute of this object (expected one of ${Object.keys(type[1]).join(", ") || "none"})`);
      }
      const missing = Object.keys(type[1]).filter((k) => !Object.prototype.hasOwnProperty.call(value, k));
      if (missing.length === 1) {
        throw new ValueCodecError(childPath(path, missing[0] as string), "is missing: every attribute must be present (use null when unset)");
      }
      if (missing.length > 1) {
        throw new ValueCodecError(path, `attributes ${missing.sort().join(", ")} are missing: every attribute must be present (use null when unset)`);
      }
      return Object.fromEntries(Object.keys(type[1]).map((k) => [k, toWire(value[k] as Value, type[1][k] as CtyType, childPath(path, k))]));
    }
  }
}

function fromWire(raw: unknown, type: CtyType, path: string): Value {
  if (raw instanceof ExtData) return Unknown;
  if (raw === null) return null;
  if (typeof type === "string") {
    switch (type) {
      case "string":
        if (typeof raw !== "string") throw mismatch(path, "a string", raw);
        return raw;
      case "bool":
        if (typeof raw !== "boolean") throw mismatch(path, "a bool", raw);
        return raw;
      case "number":
        return numberFromWire(raw, path);
      case "dynamic": {
        if (!Array.isArray(raw) || raw.length !== 2 || !(raw[0] instanceof Uint8Array)) {
          throw mismatch(path, "a dynamic value [type JSON, value]", raw);
        }
        const t = parseCtyTypeJson(new TextDecoder().decode(raw[0]), path);
        return fromWire(raw[1], t, path);
      }
    }
  }
  switch (type[0]) {
    case "list":
    case "set": {
      if (!Array.isArray(raw)) throw mismatch(path, `a ${type[0]}`, raw);
      const elems = raw.map((e, i) => fromWire(e, type[1], childPath(path, i)));
      // Like cty, equal set elements collapse into one.
      return type[0] === "set" ? dedupe(elems, (a, b) => a !== Unknown && rawEquals(type[1], a, b)) : elems;
    }
    case "tuple": {
      if (!Array.isArray(raw) || raw.length !== type[1].length) throw mismatch(path, `a tuple of ${type[1].length}`, raw);
      return raw.map((e, i) => fromWire(e, type[1][i] as CtyType, childPath(path, i)));
    }
    case "map": {
      if (!isRawMap(raw)) throw mismatch(path, "a map", raw);
      return Object.fromEntries(Object.entries(raw).map(([k, e]) => [k, fromWire(e, type[1], childPath(path, k))]));
    }
    case "object": {
      if (!isRawMap(raw)) throw mismatch(path, "an object", raw);
      const want = Object.keys(type[1]);
      const got = Object.keys(raw);
      for (const k of got) {
        if (!(k in type[1])) throw new ValueCodecError(childPath(path, k), "unsupported attribute");
      }
      if (got.length !== want.length) {
        const missing = want.filter((k) => !got.includes(k));
        throw new ValueCodecError(path, `an object with ${want.length} attributes is required (${got.length} given; missing ${missing.join(", ")})`);
      }
      return Object.fromEntries(want.map((k) => [k, fromWire(raw[k], type[1][k] as CtyType, childPath(path, k))]));
    }
  }
}

function isRawMap(raw: unknown): raw is Record<string, unknown> {
  return typeof raw === "object" && raw !== null && !Array.isArray(raw) && !(raw instanceof Uint8Array) && !(raw instanceof ExtData);
}

function mismatch(path: string, expected: string, got: unknown): ValueCodecError {
  return new ValueCodecError(path, `expected ${expected}, got ${describeRaw(got)}`);
}
