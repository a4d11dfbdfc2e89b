/**
 * cty-like values as plain JS: null, the Unknown marker, strings, numbers, booleans, arrays (lists,
 * sets, tuples) and plain objects (maps, objects). Types live beside the value (schemas), never in
 * it, so the same JS shape is used for config, plans and state.
 */
export class UnknownValue {
  static readonly instance = new UnknownValue();
  private constructor() {
    Object.freeze(this);
  }
  toString(): string {
    return "(known after apply)";
  }
  toJSON(): never {
    throw new TypeError("An unknown value cannot be serialised to JSON: it only exists in plans.");
  }
}

/** The single marker for "known after apply". Refined unknowns decode to it too. */
export const Unknown: UnknownValue = UnknownValue.instance;

export type Value = null | UnknownValue | string | number | boolean | Value[] | { [key: string]: Value };

/** A resource, data source or provider object: every schema attribute present. */
export type ObjectValue = { [attribute: string]: Value };

export function isUnknown(v: unknown): v is UnknownValue {
  return v === Unknown;
}

export function isObjectValue(v: Value | undefined): v is { [key: string]: Value } {
  return typeof v === "object" && v !== null && !Array.isArray(v) && !(v instanceof UnknownValue);
}

export function isWhollyKnown(v: Value): boolean {
  if (v === Unknown) return false;
  if (Array.isArray(v)) return v.every(isWhollyKnown);
  if (isObjectValue(v)) return Object.values(v).every(isWhollyKnown);
  return true;
}

/** Paths (for messages) of every unknown inside a value. */
export function unknownPaths(v: Value, prefix = ""): string[] {
  if (v === Unknown) return [prefix || "(root)"];
  if (Array.isArray(v)) return v.flatMap((e, i) => unknownPaths(e, `${prefix}[${i}]`));
  if (isObjectValue(v)) {
    return Object.entries(v).flatMap(([k, e]) =>
      unknownPaths(e, /^[A-Za-z_][A-Za-z0-9_-]*$/.test(k) ? (prefix ? `${prefix}.${k}` : k) : `${prefix}[${JSON.stringify(k)}]`),
    );
  }
  return [];
}

/** Replaces every unknown with null (what core does to an invalid apply result before saving it). */
export function unknownAsNull(v: Value): Value {
  if (v === Unknown) return null;
  if (Array.isArray(v)) return v.map(unknownAsNull);
  if (isObjectValue(v)) return Object.fromEntries(Object.entries(v).map(([k, e]) => [k, unknownAsNull(e)]));
  return v;
}

/** A short human rendering for error messages (never used for sensitive values). */
export function renderValue(v: Value): string {
  if (v === Unknown) return "(unknown)";
  if (v === null) return "null";
  if (Array.isArray(v)) return `[${v.map(renderValue).join(", ")}]`;
  if (isObjectValue(v)) {
    return `{${Object.keys(v)
      .sort()
      .map((k) => `${k}: ${renderValue(v[k] as Value)}`)
      .join(", ")}}`;
  }
  return JSON.stringify(v);
}
