import type { Field, Shape } from "../schema/field";
import { deepEqual } from "../frr/path";

const isEmpty = (value: unknown): boolean =>
  value === undefined ||
  value === null ||
  (Array.isArray(value) && value.length === 0) ||
  (typeof value === "object" && !Array.isArray(value) && Object.values(value as object).every(isEmpty));

/**
 * What the host says, in the shape the user wrote it: fields that exist only in state (e.g.
 * `adopt`) are carried over, an empty list or object or a default the user wrote where the host
 * has nothing stays as written, and a default the user did not write stays unwritten. Everything
 * else is the host's value: that is what drift is made of.
 */
export function alignToPrior<S extends Shape>(shape: S, prior: Record<string, unknown> | undefined, observed: Record<string, unknown>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [key, field] of Object.entries(shape)) {
    const aligned = alignField(field, prior?.[key], observed[key]);
    if (aligned !== undefined) out[key] = aligned;
  }
  return out;
}

function alignField(field: Field, prior: unknown, observed: unknown): unknown {
  if (field.stateOnly) return prior ?? undefined;
  if (observed === undefined || observed === null) {
    if (prior === undefined || prior === null) return undefined;
    // The host shows nothing for a field the user set to its default or to an empty value.
    return isEmpty(prior) || (field.defaultValue !== undefined && deepEqual(prior, field.defaultValue)) ? prior : undefined;
  }
  // The user left it unset and the host has FRR's default: it stays unset (no perpetual diff).
  if ((prior === undefined || prior === null) && field.defaultValue !== undefined && deepEqual(observed, field.defaultValue)) return undefined;
  if (field.kind === "object" && typeof prior === "object" && prior !== null && !Array.isArray(prior)) {
    return alignToPrior(field.shape, prior as Record<string, unknown>, observed as Record<string, unknown>);
  }
  if (field.kind === "list" && Array.isArray(prior) && Array.isArray(observed) && field.element.kind === "object" && prior.length === observed.length) {
    const element = field.element;
    return observed.map((item, i) => alignField(element, prior[i], item));
  }
  return deepEqual(prior, observed) ? prior : observed;
}
