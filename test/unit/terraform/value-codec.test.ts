import { decode, encode, ExtData } from "@msgpack/msgpack";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  decodeJsonValue,
  decodeMsgpackValue,
  encodeJsonValue,
  encodeMsgpackValue,
  isWhollyKnown,
  parseCtyTypeJson,
  printCtyType,
  rawEquals,
  Unknown,
  ValueCodecError,
  type CtyType,
  type Value,
} from "../../../src/terraform/protocol";

const hex = (b: Uint8Array): string => Buffer.from(b).toString("hex");
const bytes = (h: string): Uint8Array => new Uint8Array(Buffer.from(h.replace(/\s/g, ""), "hex"));

describe("msgpack encoding (what core expects)", () => {
  const cases: Array<[string, Value, CtyType, string]> = [
    ["null", null, "string", "c0"],
    ["unknown is fixext1 type 0", Unknown, "string", "d40000"],
    ["string", "ab", "string", "a26162"],
    ["bool", true, "bool", "c3"],
    ["small int", 5, "number", "05"],
    ["negative int", -1, "number", "ff"],
    ["uint32", 4294967295, "number", "ceffffffff"],
    ["fraction as float64", 0.5, "number", "cb3fe0000000000000"],
    ["2^53 as float64", 2 ** 53, "number", "cb4340000000000000"],
    ["list", ["a"], ["list", "string"], "91a161"],
    ["map", { k: 1 }, ["map", "number"], "81a16b01"],
    ["object keys sorted", { b: null, a: "x" }, ["object", { a: "string", b: "bool" }], "82a161a178a162c0"],
    ["dynamic carries its type as bin", "x", "dynamic", "92c40822737472696e6722a178"],
  ];
  it.each(cases)("%s", (_name, value, type, expected) => {
    expect(hex(encodeMsgpackValue(value, type))).toBe(expected);
    expect(decodeMsgpackValue(bytes(expected), type)).toEqual(value);
  });

  it("refuses objects with missing or extra attributes, naming the attribute", () => {
    const t: CtyType = ["object", { a: "string", b: "string" }];
    expect(() => encodeMsgpackValue({ a: "x" }, t)).toThrow(/b: is missing: every attribute must be present/);
    expect(() => encodeMsgpackValue({ a: "x", b: null, c: null }, t)).toThrow(/c: is not an attribute/);
    expect(() => decodeMsgpackValue(encode({ a: "x" }), t)).toThrow(/an object with 2 attributes is required \(1 given; missing b\)/);
    expect(() => decodeMsgpackValue(encode({ a: "x", b: "y", z: 1 }), t)).toThrow(/z: unsupported attribute/);
  });

  it("rejects wrong types with the path", () => {
    const t: CtyType = ["object", { rules: ["list", ["object", { port: "number" }]] }];
    expect(() => decodeMsgpackValue(encode({ rules: [{ port: "x" }] }), t)).toThrow(/rules\[0\]\.port: "x" is not a decimal number/);
    expect(() => encodeMsgpackValue({ rules: [{ port: "179" }] }, t)).toThrow(/rules\[0\]\.port: expected a number/);
  });

  it("decodes every unknown form: plain, refined (ext 12), any other extension", () => {
    expect(decodeMsgpackValue(encode(new ExtData(12, encode({ 1: true }))), "string")).toBe(Unknown);
    expect(decodeMsgpackValue(bytes("d6ff00000001"), "number")).toBe(Unknown); // ext -1 is not a Date here
    expect(decodeMsgpackValue(encode([new ExtData(0, new Uint8Array([0]))]), ["list", "number"])).toEqual([Unknown]);
  });

  it("reads numbers in all three forms and refuses inexact integers", () => {
    expect(decodeMsgpackValue(encode(7), "number")).toBe(7);
    expect(decodeMsgpackValue(encode(1.25), "number")).toBe(1.25);
    expect(decodeMsgpackValue(encode("0.1"), "number")).toBe(0.1);
    expect(decodeMsgpackValue(encode("4294967296"), "number")).toBe(4294967296);
    expect(decodeMsgpackValue(encode(2n ** 60n, { useBigInt64: true }), "number")).toBe(2 ** 60);
    expect(() => decodeMsgpackValue(encode("9007199254740993"), "number")).toThrow(/cannot be represented exactly as a JS number/);
    expect(() => decodeMsgpackValue(encode(2n ** 53n + 1n, { useBigInt64: true }), "number")).toThrow(/beyond 2\^53/);
    expect(() => decodeMsgpackValue(encode("1e400"), "number")).toThrow(/beyond the range/);
    expect(() => decodeMsgpackValue(encode("12abc"), "number")).toThrow(/not a decimal number/);
    expect(decodeMsgpackValue(encode(Infinity), "number")).toBe(Infinity);
  });

  it("collapses equal set elements like cty and refuses to send duplicates", () => {
    expect(decodeMsgpackValue(encode(["a", "a", "b"]), ["set", "string"])).toEqual(["a", "b"]);
    expect(() => encodeMsgpackValue(["a", "a"], ["set", "string"])).toThrow(/same element twice/);
  });

  it("round-trips a dynamic value through its inferred type", () => {
    const v = { a: [1, "x"], b: true };
    const wire = decode(encodeMsgpackValue(v, "dynamic")) as [Uint8Array, unknown];
    expect(new TextDecoder().decode(wire[0])).toBe('["object",{"a":["tuple",["number","string"]],"b":"bool"}]');
    expect(decodeMsgpackValue(encodeMsgpackValue(v, "dynamic"), "dynamic")).toEqual(v);
  });
});

describe("JSON values (state and RawState)", () => {
  it("reads absent object attributes as null and rejects unknown ones", () => {
    const t: CtyType = ["object", { a: "string", b: ["list", "number"] }];
    expect(decodeJsonValue({ a: "x" }, t)).toEqual({ a: "x", b: null });
    expect(() => decodeJsonValue({ a: "x", c: 1 }, t)).toThrow(/c: unsupported attribute/);
  });

  it("uses {value, type} for dynamic", () => {
    expect(encodeJsonValue([1], "dynamic")).toEqual({ value: [1], type: ["tuple", ["number"]] });
    expect(decodeJsonValue({ value: ["a"], type: ["list", "string"] }, "dynamic")).toEqual(["a"]);
  });

  it("refuses unknowns and integers JSON.parse has already rounded", () => {
    expect(() => encodeJsonValue(Unknown, "string")).toThrow(ValueCodecError);
    expect(() => decodeJsonValue(JSON.parse("9007199254740993"), "number")).toThrow(/beyond 2\^53/);
  });
});

// ---------------------------------------------------------------- property-based round trips

const name = fc.stringMatching(/^[a-z][a-z0-9_]{0,6}$/);

const typeArb: fc.Arbitrary<CtyType> = fc.letrec<{ type: CtyType }>((tie) => ({
  type: fc.oneof(
    { depthSize: "small", withCrossShrink: true },
    fc.constantFrom<CtyType>("string", "number", "bool"),
    tie("type").map((t) => ["list", t] as const),
    tie("type").map((t) => ["set", t] as const),
    tie("type").map((t) => ["map", t] as const),
    fc.dictionary(name, tie("type"), { maxKeys: 4 }).map((attrs) => ["object", attrs] as const),
  ),
})).type;

function valueArb(type: CtyType, allowUnknown: boolean): fc.Arbitrary<Value> {
  const leaf = (arb: fc.Arbitrary<Value>): fc.Arbitrary<Value> => {
    const options: Array<fc.Arbitrary<Value>> = [arb, fc.constant(null)];
    if (allowUnknown) options.push(fc.constant(Unknown));
    return fc.oneof(...options);
  };
  if (typeof type === "string") {
    switch (type) {
      case "string":
        return leaf(fc.string({ unit: "grapheme", maxLength: 12 }));
      case "bool":
        return leaf(fc.boolean());
      case "number":
        return leaf(
          fc.oneof(
            fc.integer(),
            fc.maxSafeInteger(),
            fc.double({ noNaN: true }),
            fc.constantFrom(0.1, 1e21, -(2 ** 53), 2 ** 53 - 1),
          ),
        );
      default:
        return leaf(fc.string());
    }
  }
  switch (type[0]) {
    case "list":
      return leaf(fc.array(valueArb(type[1], allowUnknown), { maxLength: 3 }));
    case "set":
      // Unknown set elements make equality unknowable; keep sets known so they stay distinct.
      return leaf(fc.uniqueArray(valueArb(type[1], false), { maxLength: 3, comparator: (a, b) => rawEquals(type[1], a, b) }));
    case "map":
      return leaf(fc.dictionary(name, valueArb(type[1], allowUnknown), { maxKeys: 3 }));
    case "object": {
      const attrs = Object.entries(type[1]);
      return leaf(fc.tuple(...attrs.map(([, t]) => valueArb(t, allowUnknown))).map((vals) => Object.fromEntries(attrs.map(([k], i) => [k, vals[i] as Value]))));
    }
    case "tuple":
      return leaf(fc.tuple(...type[1].map((t) => valueArb(t, allowUnknown))));
  }
}

const typedValue = (allowUnknown: boolean): fc.Arbitrary<[CtyType, Value]> =>
  typeArb.chain((t) => valueArb(t, allowUnknown).map((v) => [t, v] as [CtyType, Value]));

describe("round trips (property-based)", () => {
  it("msgpack: decode(encode(v)) equals v, unknowns included", () => {
    fc.assert(
      fc.property(typedValue(true), ([type, value]) => {
        const back = decodeMsgpackValue(encodeMsgpackValue(value, type), type);
        expect(rawEquals(type, back, value)).toBe(true);
      }),
      { numRuns: 400 },
    );
  });

  it("msgpack encoding is deterministic (sorted keys)", () => {
    fc.assert(
      fc.property(typedValue(true), ([type, value]) => {
        expect(hex(encodeMsgpackValue(value, type))).toBe(hex(encodeMsgpackValue(structuredCloneValue(value), type)));
      }),
      { numRuns: 100 },
    );
  });

  it("JSON: decode(parse(stringify(encode(v)))) equals v for known values", () => {
    const jsonSafe = (v: Value): boolean =>
      typeof v === "number" ? Number.isFinite(v) && (Number.isSafeInteger(v) || !Number.isInteger(v)) : Array.isArray(v) ? v.every(jsonSafe) : v !== null && typeof v === "object" ? Object.values(v).every(jsonSafe) : true;
    fc.assert(
      fc.property(
        typedValue(false).filter(([, v]) => isWhollyKnown(v) && jsonSafe(v)),
        ([type, value]) => {
          const back = decodeJsonValue(JSON.parse(JSON.stringify(encodeJsonValue(value, type))), type);
          expect(rawEquals(type, back, value)).toBe(true);
        },
      ),
      { numRuns: 300 },
    );
  });

  it("type JSON: print → parse is the identity", () => {
    fc.assert(
      fc.property(typeArb, (t) => {
        expect(printCtyType(parseCtyTypeJson(printCtyType(t)))).toBe(printCtyType(t));
      }),
    );
  });
});

function structuredCloneValue(v: Value): Value {
  if (v === Unknown || v === null || typeof v !== "object") return v;
  if (Array.isArray(v)) return v.map(structuredCloneValue);
  // Reverse key order to prove the encoding does not depend on it.
  return Object.fromEntries(Object.entries(v).reverse().map(([k, e]) => [k, structuredCloneValue(e)]));
}
