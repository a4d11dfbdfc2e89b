import type { Field, Shape } from "../schema/field";
import { deepEqual } from "../frr/path";

export interface SpecDiff {
  /** Dotted paths of the fields whose value differs (the deepest that differ). */
  readonly changed: string[];
  /** Changed top-level fields that force a replacement (a different object on the router). */
  readonly replaces: string[];
  /** Changed fields whose change resets a live BGP session. */
  readonly resets: string[];
}

/**
 * Compares two canonical specs of one kind, field by field. Fields that live only in state
 * (`adopt`) are never changes.
 */
export function diffSpecs(shape: Shape, before: Record<string, unknown> | undefined, after: Record<string, unknown>): SpecDiff {
  const result: SpecDiff = { changed: [], replaces: [], resets: [] };
  walk(shape, before ?? {}, after, "", result, false);
  return result;
}

function walk(shape: Shape, before: Record<string, unknown>, after: Record<string, unknown>, prefix: string, out: SpecDiff, resetsAbove: boolean): void {
  for (const [key, field] of Object.entries(shape)) {
    if (field.stateOnly) continue;
    const path = prefix === "" ? key : `${prefix}.${key}`;
    const a = before[key];
    const b = after[key];
    if (deepEqual(a ?? undefined, b ?? undefined) || (isDefault(field, a) && isDefault(field, b))) continue;
    const resets = resetsAbove || field.resetsSession;
    if (field.kind === "object" && isRecord(a) && isRecord(b)) {
      walk(field.shape, a, b, path, out, resets);
    } else {
      out.changed.push(path);
      if (resets) out.resets.push(path);
    }
    if (prefix === "" && field.forcesReplacement) out.replaces.push(key);
  }
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

/** Unset and set-to-the-fixed-default are the same configuration. */
function isDefault(field: Field, value: unknown): boolean {
  return value === undefined || value === null || (field.defaultValue !== undefined && deepEqual(value, field.defaultValue));
}
