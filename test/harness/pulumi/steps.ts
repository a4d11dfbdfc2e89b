import type { ResourceState } from "./resource-state";

// The step kinds of pkg/resource/deploy/step.go that a dynamic-provider deployment can produce.
// "Logical" steps are the ones the CLI counts in its change summary (create-replacement and
// delete-replacement are the physical halves of a logical "replace").

export type StepOp =
  | "same"
  | "create"
  | "update"
  | "delete"
  | "replace"
  | "create-replacement"
  | "delete-replacement"
  | "read"
  | "refresh"
  | "import";

/** Where the property names of a step's diff come from; see docs/dev/pulumi-stand-in.md. */
export type DiffSource = "provider" | "inputs" | "outputs";

export interface Step {
  op: StepOp;
  urn: string;
  type: string;
  old?: ResourceState;
  new?: ResourceState;
  /** Properties that forced the replacement (Diff's `replaces` plus replaceOnChanges matches). */
  replaceKeys?: string[];
  /** Changed property names (provider answer when it gave any, else computed; see diffSource). */
  diffs?: string[];
  diffSource?: DiffSource;
  /** Create-before-delete: mark the old copy for deletion once the new one exists. */
  pendingDelete?: boolean;
  /** Delete steps that are half of a replacement (protect does not apply to them). */
  replacing?: boolean;
  /** Default-provider steps, hidden from the summary like the CLI does (isInternalStep). */
  internal?: boolean;
  /** The import ID for import steps. */
  importId?: string;
}

export function isLogical(op: StepOp): boolean {
  return op !== "create-replacement" && op !== "delete-replacement" && op !== "refresh";
}

export const STEP_SYMBOLS: Record<StepOp, string> = {
  same: " ",
  create: "+",
  update: "~",
  delete: "-",
  replace: "+-",
  "create-replacement": "++",
  "delete-replacement": "--",
  read: ">",
  refresh: "~",
  import: "=",
};
