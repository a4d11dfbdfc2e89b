// Random valid resource specs, generated from the resource schemas themselves (value kinds say
// what each field holds), so every new field is covered by the property tests without test edits.
import fc from "fast-check";
import type { Field, ScalarField, Shape } from "../../src/schema/field";
import type { AnyResourceKind } from "../../src/resources/resource-kind";
import { validateSpec } from "../../src/resources/validate-spec";

const RESERVED_ASNS = new Set([0, 23456, 65535, 4294967295]);
export const arbAsn = fc.oneof(fc.integer({ min: 64512, max: 65534 }), fc.integer({ min: 1, max: 4294967294 })).filter((n) => !RESERVED_ASNS.has(n));
const octet = fc.integer({ min: 0, max: 255 });
export const arbIpv4 = fc.tuple(octet, octet, octet, octet).map((p) => p.join("."));
export const arbIpv6 = fc
  .array(fc.integer({ min: 0, max: 0xffff }), { minLength: 8, maxLength: 8 })
  .chain((groups) => fc.integer({ min: 0, max: 7 }).map((zeros) => groups.map((g, i) => (i >= zeros && i < zeros + 2 ? 0 : g))))
  .map((groups) => groups.map((g) => g.toString(16)).join(":"));

function maskPrefix(address: string, length: number): string {
  const v6 = address.includes(":");
  const bits = v6 ? 128 : 32;
  const parts = v6 ? address.split(":").map((g) => parseInt(g, 16)) : address.split(".").map(Number);
  const width = v6 ? 16 : 8;
  const masked = parts.map((part, i) => {
    const start = i * width;
    const keep = Math.max(0, Math.min(width, length - start));
    return keep === width ? part : keep === 0 ? 0 : part & ((0xffff << (width - keep)) & ((1 << width) - 1));
  });
  void bits;
  if (!v6) return `${masked.join(".")}/${length}`;
  return `${compress(masked.map((g) => g.toString(16)))}/${length}`;
}

/** RFC 5952 text for eight hex groups. */
export function compress(groups: string[]): string {
  let best = -1;
  let bestLength = 0;
  for (let i = 0; i < 8; ) {
    if (groups[i] !== "0") {
      i++;
      continue;
    }
    let j = i;
    while (j < 8 && groups[j] === "0") j++;
    if (j - i > bestLength && j - i >= 2) {
      best = i;
      bestLength = j - i;
    }
    i = j;
  }
  if (best < 0) return groups.join(":");
  return `${groups.slice(0, best).join(":")}::${groups.slice(best + bestLength).join(":")}`;
}

export const arbPrefix4 = fc.tuple(arbIpv4, fc.integer({ min: 8, max: 32 })).map(([a, l]) => maskPrefix(a, l));
export const arbPrefix6 = fc.tuple(arbIpv6, fc.integer({ min: 16, max: 128 })).map(([a, l]) => maskPrefix(a, l));
export const arbName = fc.stringMatching(/^[A-Za-z_][A-Za-z0-9_-]{0,14}$/);
const arbWord = fc.stringMatching(/^[A-Za-z0-9()._,'"/-]{1,10}$/);
export const arbText = (max: number) => fc.array(arbWord, { minLength: 1, maxLength: 4 }).map((words) => words.join(" ").slice(0, max).trim()).filter((t) => t.length > 0 && !/ {2}/.test(t));
export const arbCommunity = fc.oneof(
  fc.tuple(fc.integer({ min: 1, max: 65534 }), fc.integer({ min: 0, max: 65535 })).map(([a, b]) => `${a}:${b}`),
  fc.constantFrom("no-export", "no-advertise", "local-AS", "blackhole"),
);
export const arbLargeCommunity = fc.tuple(arbAsn, fc.integer({ min: 0, max: 1000 }), fc.integer({ min: 0, max: 1000 })).map((p) => p.join(":"));

function scalarArbitrary(field: ScalarField): fc.Arbitrary<unknown> {
  const kind = field.valueKind;
  switch (kind.type) {
    case "bool":
      return fc.boolean();
    case "int":
      return fc.integer({ min: kind.min, max: Math.min(kind.max, kind.min + 5000) });
    case "enum":
      return fc.constantFrom(...(field.choices ?? []));
    case "asn":
      return arbAsn;
    case "remoteAs":
      return fc.oneof(arbAsn.map(String), fc.constantFrom("external", "internal"));
    case "address":
      return kind.family === "ipv6" ? arbIpv6 : kind.family === "ipv4" ? arbIpv4 : fc.oneof(arbIpv4, arbIpv6);
    case "prefix":
      return kind.family === "ipv6" ? arbPrefix6 : kind.family === "ipv4" ? arbPrefix4 : fc.oneof(arbPrefix4, arbPrefix6);
    case "name":
      return arbName;
    case "interface":
      return fc.stringMatching(/^[a-z][a-z0-9]{1,8}$/);
    case "text":
      return arbText(kind.maxLength);
    case "password":
      return fc.stringMatching(/^[A-Za-z0-9._-]{1,20}$/);
    case "community":
      return arbCommunity;
    case "largeCommunity":
      return arbLargeCommunity;
    case "routeDistinguisher":
      return fc.tuple(fc.integer({ min: 1, max: 65535 }), fc.integer({ min: 1, max: 9999 })).map(([a, b]) => `${a}:${b}`);
    case "other":
      throw new Error(`no generator for a field of kind "${kind.description}" (${field.description}); give an override`);
  }
}

export type Overrides = Record<string, fc.Arbitrary<unknown>>;

export function fieldArbitrary(field: Field, path: string, overrides: Overrides): fc.Arbitrary<unknown> {
  const override = overrides[path];
  if (override) return override;
  switch (field.kind) {
    case "scalar":
      return scalarArbitrary(field);
    case "list":
      return fc.array(fieldArbitrary(field.element, `${path}[]`, overrides), { minLength: 1, maxLength: 3 });
    case "object":
      return shapeArbitrary(field.shape, path, overrides);
  }
}

export function shapeArbitrary(shape: Shape, path: string, overrides: Overrides): fc.Arbitrary<Record<string, unknown>> {
  const entries = Object.entries(shape).filter(([, field]) => !field.stateOnly);
  const record: Record<string, fc.Arbitrary<unknown>> = {};
  for (const [key, field] of entries) record[key] = fieldArbitrary(field, path === "" ? key : `${path}.${key}`, overrides);
  const requiredKeys = entries.filter(([key, field]) => field.isRequired || overrides[path === "" ? key : `${path}.${key}`] !== undefined).map(([key]) => key);
  return fc.record(record, { requiredKeys });
}

/** Valid specs of a kind: schema-driven values, kept when the kind's own checks accept them. */
export function specArbitrary(kind: AnyResourceKind, overrides: Overrides = {}): fc.Arbitrary<Record<string, unknown>> {
  return shapeArbitrary(kind.fields, "", overrides)
    .map((input) => validateSpec(kind, input))
    .filter((result) => result.issues.length === 0)
    .map((result) => result.spec as Record<string, unknown>);
}
