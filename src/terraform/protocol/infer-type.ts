import type { CtyType } from "./cty-type";
import { isObjectValue, Unknown, type Value } from "./value";

/**
 * The type a value of a `dynamic` attribute is sent with. JS values carry no cty type, so arrays
 * become tuples and objects become objects (what cty infers for JSON); unknown and null become
 * "dynamic".
 */
export function inferType(v: Value): CtyType {
  if (v === null || v === Unknown) return "dynamic";
  if (typeof v === "string") return "string";
  if (typeof v === "number") return "number";
  if (typeof v === "boolean") return "bool";
  if (Array.isArray(v)) return ["tuple", v.map(inferType)] as const;
  if (isObjectValue(v)) return ["object", Object.fromEntries(Object.entries(v).map(([k, e]) => [k, inferType(e)]))] as const;
  return "dynamic";
}
