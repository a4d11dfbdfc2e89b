// Between Terraform's values (snake_case, every attribute present, null for unset, Unknown) and
// spec input (camelCase, absent for unset, UNKNOWN).
import { deepEqual } from "../frr/path";
import type { Field, Shape } from "../schema/field";
import { toSnakeCase } from "../schema/naming";
import { UNKNOWN } from "../schema/validate";
import { isUnknown, type ObjectValue, type Value } from "./protocol/value";

export function toInput(shape: Shape, value: ObjectValue | null | undefined): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  if (!value) return out;
  for (const [name, field] of Object.entries(shape)) {
    const raw = value[toSnakeCase(name)];
    if (raw === null || raw === undefined) continue;
    out[name] = fieldToInput(field, raw);
  }
  return out;
}

function fieldToInput(field: Field, raw: Value): unknown {
  if (isUnknown(raw)) return UNKNOWN;
  if (field.kind === "object") return toInput(field.shape, raw as ObjectValue);
  if (field.kind === "list" && Array.isArray(raw)) {
    const element = field.element;
    return raw.map((item) => (item === null ? null : fieldToInput(element, item)));
  }
  return raw;
}

export function toValue(shape: Shape, spec: Record<string, unknown> | undefined): ObjectValue {
  const out: ObjectValue = {};
  for (const [name, field] of Object.entries(shape)) out[toSnakeCase(name)] = fieldToValue(field, spec?.[name]);
  return out;
}

function fieldToValue(field: Field, value: unknown): Value {
  if (value === undefined || value === null) return null;
  if (field.kind === "object") return toValue(field.shape, value as Record<string, unknown>);
  if (field.kind === "list") {
    const element = field.element;
    return (value as unknown[]).map((item) => fieldToValue(element, item));
  }
  return value as Value;
}

/**
 * The host's values in the user's spelling: where the prior value means the same as the host's
 * (canonical forms equal: `FD00::1` and `fd00::1`, `"1.10"` and 65546), the prior value is kept,
 * so Terraform never sees a difference that is only notation.
 */
export function represent(shape: Shape, prior: ObjectValue | null, canonicalPrior: Record<string, unknown> | undefined, host: Record<string, unknown>): ObjectValue {
  const out: ObjectValue = {};
  for (const [name, field] of Object.entries(shape)) {
    const key = toSnakeCase(name);
    const hostValue = host[name];
    const priorValue = canonicalPrior?.[name];
    if (prior && prior[key] !== undefined && deepEqual(priorValue ?? undefined, hostValue ?? undefined)) {
      out[key] = prior[key]!;
    } else if (field.kind === "object" && prior && isPlainObject(prior[key]) && isPlainObject(hostValue)) {
      out[key] = represent(field.shape, prior[key] as ObjectValue, priorValue as Record<string, unknown> | undefined, hostValue as Record<string, unknown>);
    } else {
      out[key] = fieldToValue(field, hostValue);
    }
  }
  return out;
}

function isPlainObject(value: unknown): boolean {
  return typeof value === "object" && value !== null && !Array.isArray(value) && !isUnknown(value);
}
