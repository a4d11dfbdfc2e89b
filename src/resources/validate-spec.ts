import { ValidationError, type Issue } from "../errors";
import type { SpecOf } from "../schema/field";
import { isUnknown, validateShape } from "../schema/validate";
import type { ResourceKind } from "./resource-kind";

export interface SpecResult<Spec> {
  readonly spec: Spec;
  readonly issues: Issue[];
  /** Some input is not known yet (preview/plan); cross-field checks waited for it. */
  readonly partial: boolean;
}

function containsUnknown(value: unknown): boolean {
  if (isUnknown(value)) return true;
  if (Array.isArray(value)) return value.some(containsUnknown);
  if (typeof value === "object" && value !== null) return Object.values(value).some(containsUnknown);
  return false;
}

/**
 * Field checks, cross-field checks and normalisation of one resource's input, collecting every
 * issue. Pure: runs before any connection is made.
 */
export function validateSpec<K extends ResourceKind<any, any>>(kind: K, input: unknown): SpecResult<SpecOf<K["fields"]>> {
  const { value, issues } = validateShape(kind.fields, input);
  const partial = containsUnknown(value);
  if (issues.length === 0 && !partial) kind.check?.(value, issues);
  const spec = issues.length === 0 && !partial && kind.normalize ? kind.normalize(value) : value;
  return { spec: spec as SpecOf<K["fields"]>, issues, partial };
}

/** Like validateSpec, but throws a ValidationError naming the resource when anything is wrong. */
export function parseSpec<K extends ResourceKind<any, any>>(kind: K, input: unknown, subject = `${kind.className}`): SpecOf<K["fields"]> {
  const result = validateSpec(kind, input);
  if (result.issues.length > 0) throw new ValidationError(subject, result.issues);
  return result.spec;
}
