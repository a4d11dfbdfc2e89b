import type { CtyType } from "./cty-type";
import { inferType } from "./infer-type";
import { isObjectValue, Unknown, type Value } from "./value";

/**
 * Structural equality that treats Unknown as a value of its own (cty's RawEquals): two unknowns
 * are equal, sets compare as unordered collections.
 */
export function rawEquals(type: CtyType, a: Value, b: Value): boolean {
  if (a === Unknown || b === Unknown || a === null || b === null) return a === b;
  if (typeof type === "string") {
    if (type === "dynamic") return rawEquals(inferType(a), a, b) && rawEquals(inferType(b), b, a);
    return a === b;
  }
  switch (type[0]) {
    case "list":
      return Array.isArray(a) && Array.isArray(b) && a.length === b.length && a.every((e, i) => rawEquals(type[1], e, b[i] as Value));
    case "tuple":
      return Array.isArray(a) && Array.isArray(b) && a.length === b.length && a.every((e, i) => rawEquals(type[1][i] ?? "dynamic", e, b[i] as Value));
    case "set":
      return Array.isArray(a) && Array.isArray(b) && sameMembers(a, b, (x, y) => rawEquals(type[1], x, y));
    case "map":
      return isObjectValue(a) && isObjectValue(b) && sameKeys(a, b) && Object.keys(a).every((k) => rawEquals(type[1], a[k] as Value, b[k] as Value));
    case "object":
      return isObjectValue(a) && isObjectValue(b) && Object.entries(type[1]).every(([k, t]) => rawEquals(t, a[k] ?? null, b[k] ?? null));
  }
}

/**
 * cty's Equals: `true`/`false` when the answer is certain, `undefined` when unknowns make it
 * unknowable. Used where core asks "is the plan equal to the prior state?".
 */
export function valueEquals(type: CtyType, a: Value, b: Value): boolean | undefined {
  if (a === Unknown || b === Unknown) return undefined;
  if (a === null || b === null) return a === b;
  if (typeof type === "string") {
    if (type === "dynamic") {
      const ta = inferType(a);
      return JSON.stringify(ta) === JSON.stringify(inferType(b)) ? valueEquals(ta, a, b) : false;
    }
    return a === b;
  }
  switch (type[0]) {
    case "list":
    case "tuple": {
      if (!Array.isArray(a) || !Array.isArray(b) || a.length !== b.length) return false;
      return all(a.map((e, i) => valueEquals(type[0] === "list" ? type[1] : (type[1][i] ?? "dynamic"), e, b[i] as Value)));
    }
    case "set": {
      if (!Array.isArray(a) || !Array.isArray(b)) return false;
      if (a.some(containsUnknown) || b.some(containsUnknown)) return undefined;
      return sameMembers(a, b, (x, y) => rawEquals(type[1], x, y));
    }
    case "map":
      if (!isObjectValue(a) || !isObjectValue(b) || !sameKeys(a, b)) return false;
      return all(Object.keys(a).map((k) => valueEquals(type[1], a[k] as Value, b[k] as Value)));
    case "object":
      if (!isObjectValue(a) || !isObjectValue(b)) return false;
      return all(Object.entries(type[1]).map(([k, t]) => valueEquals(t, a[k] ?? null, b[k] ?? null)));
  }
}

function all(results: Array<boolean | undefined>): boolean | undefined {
  if (results.includes(false)) return false;
  if (results.includes(undefined)) return undefined;
  return true;
}

function containsUnknown(v: Value): boolean {
  if (v === Unknown) return true;
  if (Array.isArray(v)) return v.some(containsUnknown);
  if (isObjectValue(v)) return Object.values(v).some(containsUnknown);
  return false;
}

function sameKeys(a: object, b: object): boolean {
  const ka = Object.keys(a);
  return ka.length === Object.keys(b).length && ka.every((k) => Object.prototype.hasOwnProperty.call(b, k));
}

/** Unordered comparison that also works when elements repeat. */
function sameMembers(a: Value[], b: Value[], eq: (x: Value, y: Value) => boolean): boolean {
  const da = dedupe(a, eq);
  const db = dedupe(b, eq);
  return da.length === db.length && da.every((x) => db.some((y) => eq(x, y)));
}

export function dedupe(values: Value[], eq: (x: Value, y: Value) => boolean): Value[] {
  const out: Value[] = [];
  for (const v of values) if (!out.some((o) => eq(o, v))) out.push(v);
  return out;
}
