import { parseCtyType, type CtyType } from "./cty-type";
import { inferType } from "./infer-type";
import { isObjectValue, Unknown, type Value } from "./value";
import { childPath, describeRaw, numberFromWire, ValueCodecError } from "./value-errors";

/**
 * The JSON form of values: what Terraform keeps in state (`attributes`) and sends as
 * `RawState.json` in UpgradeResourceState. Unlike msgpack it is lenient about absent object
 * attributes (they read as null) and cannot carry unknowns.
 */
export function decodeJsonValue(json: unknown, type: CtyType, path = ""): Value {
  if (json === null || json === undefined) return null;
  if (typeof type === "string") {
    switch (type) {
      case "string":
        if (typeof json !== "string") throw mismatch(path, "a string", json);
        return json;
      case "bool":
        if (typeof json !== "boolean") throw mismatch(path, "a bool", json);
        return json;
      case "number":
        if (typeof json === "number" && Number.isInteger(json) && !Number.isSafeInteger(json)) {
          // JSON.parse has already rounded it; we cannot know the exact value any more.
          throw new ValueCodecError(path, `${json} is an integer beyond 2^53 and cannot be read exactly from JSON`);
        }
        return numberFromWire(json, path);
      case "dynamic": {
        if (!isRecord(json) || !("value" in json) || !("type" in json)) throw mismatch(path, 'a dynamic value {"value", "type"}', json);
        return decodeJsonValue(json.value, parseCtyType(json.type, path), path);
      }
    }
  }
  switch (type[0]) {
    case "list":
    case "set":
      if (!Array.isArray(json)) throw mismatch(path, `a ${type[0]}`, json);
      return json.map((e, i) => decodeJsonValue(e, type[1], childPath(path, i)));
    case "tuple":
      if (!Array.isArray(json) || json.length !== type[1].length) throw mismatch(path, `a tuple of ${type[1].length}`, json);
      return json.map((e, i) => decodeJsonValue(e, type[1][i] as CtyType, childPath(path, i)));
    case "map":
      if (!isRecord(json)) throw mismatch(path, "a map", json);
      return Object.fromEntries(Object.entries(json).map(([k, e]) => [k, decodeJsonValue(e, type[1], childPath(path, k))]));
    case "object": {
      if (!isRecord(json)) throw mismatch(path, "an object", json);
      for (const k of Object.keys(json)) {
        if (!(k in type[1])) throw new ValueCodecError(childPath(path, k), "unsupported attribute");
      }
      return Object.fromEntries(Object.entries(type[1]).map(([k, t]) => [k, decodeJsonValue(json[k], t, childPath(path, k))]));
    }
  }
}

/** Value → JSON-compatible data (what Terraform writes into state). Unknowns are an error. */
export function encodeJsonValue(value: Value, type: CtyType, path = ""): unknown {
  if (value === Unknown) throw new ValueCodecError(path, "is unknown; only known values can be written as JSON");
  if (value === null) return null;
  if (typeof type === "string") {
    if (type === "dynamic") {
      const t = inferType(value);
      return { value: encodeJsonValue(value, t, path), type: t };
    }
    const expected = type === "bool" ? "boolean" : type;
    if (typeof value !== expected) throw mismatch(path, `a ${type}`, value);
    return value;
  }
  switch (type[0]) {
    case "list":
    case "set":
      if (!Array.isArray(value)) throw mismatch(path, `a ${type[0]}`, value);
      return value.map((e, i) => encodeJsonValue(e, type[1], childPath(path, i)));
    case "tuple":
      if (!Array.isArray(value)) throw mismatch(path, "a tuple", value);
      return value.map((e, i) => encodeJsonValue(e, type[1][i] ?? "dynamic", childPath(path, i)));
    case "map":
      if (!isObjectValue(value)) throw mismatch(path, "a map", value);
      return Object.fromEntries(Object.entries(value).map(([k, e]) => [k, encodeJsonValue(e, type[1], childPath(path, k))]));
    case "object":
      if (!isObjectValue(value)) throw mismatch(path, "an object", value);
      return Object.fromEntries(Object.entries(type[1]).map(([k, t]) => [k, encodeJsonValue(value[k] ?? null, t, childPath(path, k))]));
  }
}

function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === "object" && v !== null && !Array.isArray(v);
}

function mismatch(path: string, expected: string, got: unknown): ValueCodecError {
  return new ValueCodecError(path, `expected ${expected}, got ${describeRaw(got)}`);
}
