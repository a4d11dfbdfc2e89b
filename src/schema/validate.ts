import type { Issue } from "../errors";
import { sortByKey, type Field, type Shape, type SpecOf } from "./field";

/**
 * Marks a value that is not known yet (a Pulumi preview or Terraform plan of a resource whose
 * input comes from another resource not created yet). Validation accepts it and checks it later.
 */
export const UNKNOWN: unique symbol = Symbol.for("frr-iac.unknown");
export type Unknown = typeof UNKNOWN;
export const isUnknown = (value: unknown): value is Unknown => value === UNKNOWN;

export interface Validated<T> {
  readonly value: T;
  readonly issues: Issue[];
}

const join = (path: string, key: string | number): string =>
  typeof key === "number" ? `${path}[${key}]` : path === "" ? key : `${path}.${key}`;

/**
 * Checks and normalises user input against a shape, collecting every problem instead of stopping
 * at the first. `null` and `undefined` both mean "not set"; absent fields are left out of the
 * result. Secret values are never echoed in issues.
 */
export function validateShape<S extends Shape>(shape: S, input: unknown, path = ""): Validated<SpecOf<S>> {
  const issues: Issue[] = [];
  const value = validateObject(shape, input, path, issues);
  return { value: (value ?? {}) as SpecOf<S>, issues };
}

function validateObject(shape: Shape, input: unknown, path: string, issues: Issue[]): Record<string, unknown> | undefined {
  if (typeof input !== "object" || input === null || Array.isArray(input)) {
    issues.push({ code: "FRR_INVALID_TYPE", path, input: summarise(input), message: "is not an object" });
    return undefined;
  }
  const record = input as Record<string, unknown>;
  const out: Record<string, unknown> = {};
  for (const key of Object.keys(record)) {
    if (!(key in shape) && record[key] !== undefined && record[key] !== null) {
      const known = Object.keys(shape).join(", ");
      issues.push({ code: "FRR_UNKNOWN_FIELD", path: join(path, key), message: `is not a field here; known fields: ${known}` });
    }
  }
  for (const [key, field] of Object.entries(shape)) {
    const raw = record[key];
    const fieldPath = join(path, key);
    if (raw === undefined || raw === null) {
      if (field.isRequired) issues.push({ code: "FRR_REQUIRED", path: fieldPath, message: `is required: ${field.description}` });
      continue;
    }
    const parsed = validateField(field, raw, fieldPath, issues);
    if (parsed !== undefined) out[key] = parsed;
  }
  return out;
}

function validateField(field: Field, raw: unknown, path: string, issues: Issue[]): unknown {
  if (isUnknown(raw)) return raw;
  switch (field.kind) {
    case "scalar": {
      const parsed = field.parse(raw);
      if (parsed.ok) return parsed.value;
      issues.push({ code: parsed.code, path, ...(field.sensitive ? {} : { input: raw }), message: parsed.message });
      return undefined;
    }
    case "list": {
      if (!Array.isArray(raw)) {
        issues.push({ code: "FRR_INVALID_TYPE", path, input: summarise(raw), message: "is not a list" });
        return undefined;
      }
      if (field.maxItems !== undefined && raw.length > field.maxItems) {
        issues.push({ code: "FRR_INVALID_TYPE", path, message: `has ${raw.length} items; at most ${field.maxItems} are allowed` });
      }
      const items = raw.map((item, index) => {
        if (item === undefined || item === null) {
          issues.push({ code: "FRR_REQUIRED", path: join(path, index), message: "is empty; lists cannot hold null" });
          return undefined;
        }
        return validateField(field.element, item, join(path, index), issues);
      });
      if (!items.every((item) => item !== undefined)) return undefined;
      if (field.unorderedBy === undefined) return items;
      const sorted = sortByKey(items, field.unorderedBy);
      const keys = sorted.map((item) => JSON.stringify(field.unorderedBy === "" ? item : (item as Record<string, unknown>)[field.unorderedBy!]));
      const duplicate = keys.find((key, i) => keys.indexOf(key) !== i);
      if (duplicate !== undefined) {
        issues.push({ code: "FRR_CONFLICT", path, input: JSON.parse(duplicate), message: `appears twice; each ${field.unorderedBy || "value"} may appear once` });
      }
      return sorted;
    }
    case "object":
      return validateObject(field.shape, raw, path, issues);
  }
}

function summarise(input: unknown): unknown {
  if (Array.isArray(input)) return "[list]";
  if (typeof input === "object" && input !== null) return "{object}";
  return input;
}
