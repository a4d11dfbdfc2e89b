import { FrrIacError } from "../errors";
import type { Command } from "../frr/commands";
import { cloneConfig, type RunningConfig } from "../frr/config-tree";
import { dialectOf } from "../frr/dialect";
import { deepEqual, getPath } from "../frr/path";
import { diffSpecs } from "./diff";
import type { AnyResourceKind, Observed } from "../resources/resource-kind";
import { applyExpectedInPlace } from "./working-config";

export type OperationType = "create" | "update" | "delete";

/** One resource change submitted to a host. */
export interface Operation {
  readonly kind: AnyResourceKind;
  readonly type: OperationType;
  /** For create/update: the desired spec. For delete: the last known spec (identity at least). */
  readonly spec: Record<string, unknown>;
  /** Take over existing lines that differ (create only). */
  readonly adopt?: boolean;
}

export interface PlannedOperation {
  readonly operation: Operation;
  /** What the host had before this operation, in the working copy. */
  readonly before: Observed<Record<string, unknown>> | undefined;
  readonly commands: readonly Command[];
  /** Set when the operation cannot be planned; it is left out of the batch. */
  readonly error?: FrrIacError;
}

export interface BatchPlan {
  readonly planned: readonly PlannedOperation[];
  /** Every command, in order, with the operation each belongs to. */
  readonly steps: readonly { readonly command: Command; readonly owner: PlannedOperation }[];
  /** The configuration expected once every step is applied. */
  readonly expected: RunningConfig;
}

/** Creates and updates in ascending phase (policy before users), then deletes in descending phase. */
export function orderOperations(operations: readonly Operation[]): Operation[] {
  const phase = (op: Operation) => op.kind.phase(op.spec);
  const writes = operations.filter((op) => op.type !== "delete").sort((a, b) => phase(a) - phase(b));
  const deletes = operations.filter((op) => op.type === "delete").sort((a, b) => phase(b) - phase(a));
  return [...writes, ...deletes];
}

export function describeOperation(op: Operation): string {
  return `${op.kind.className} ${op.kind.identity.idOf(op.spec)}`;
}

function identityConflict(op: Operation, observed: Observed<Record<string, unknown>>): string | undefined {
  for (const field of op.kind.identity.fields) {
    const want = getPath(op.spec, field);
    const have = getPath(observed.spec, field);
    if (want !== undefined && have !== undefined && !deepEqual(want, have)) return `${field} is ${JSON.stringify(have)} on the host, not ${JSON.stringify(want)}`;
  }
  return undefined;
}

/**
 * The settings the host already has that creating `operation` would change or remove. Only adding
 * settings to an object that exists (e.g. one a neighbor's `remote-as` line created) is no conflict.
 */
export function conflicts(operation: Operation, before: Observed<Record<string, unknown>>): string[] {
  return diffSpecs(operation.kind.fields, before.spec, operation.spec).changed.filter((path) => getPath(before.spec, path) !== undefined);
}

/**
 * Plans a batch of operations against one host's configuration: each operation is planned
 * against the configuration as the operations before it leave it. Operations that cannot be
 * planned (existing conflicting lines, identity clashes) carry an error and contribute nothing.
 */
export function planBatch(config: RunningConfig, operations: readonly Operation[]): BatchPlan {
  const working = cloneConfig(config);
  const planned: PlannedOperation[] = [];
  const detachments = detachDeleted(working, operations);
  const steps: { command: Command; owner: PlannedOperation }[] = [];
  const detachSteps: { command: Command; owner: PlannedOperation }[] = [];
  for (const operation of orderOperations(operations)) {
    const { kind, spec } = operation;
    const dialect = dialectOf(working);
    const detachment = detachments.get(operation);
    const before = detachment?.before ?? (kind.model.read(working, spec, dialect) as Observed<Record<string, unknown>> | undefined);
    const desired = operation.type === "delete" ? undefined : spec;
    let error: FrrIacError | undefined;
    let commands: Command[] = [];
    const clash = before && desired ? identityConflict(operation, before) : undefined;
    if (clash) {
      error = new FrrIacError(
        "FRR_REPLACEMENT_REQUIRED",
        `${describeOperation(operation)}: ${clash}. FRR cannot change that in place; the resource must be replaced (deleted and created again).`,
      );
    } else if (detachment) {
      commands = kind.model.plan(kind.model.read(working, spec, dialect), undefined, working, dialect);
    } else {
      commands = kind.model.plan(before, desired, working, dialect);
      if (operation.type === "create" && before && commands.length > 0 && operation.adopt !== true && conflicts(operation, before).length > 0) {
        error = new FrrIacError(
          "FRR_RESOURCE_EXISTS",
          `${describeOperation(operation)} already exists on the host with different settings (${conflicts(operation, before).join(", ")}); taking it over would run:\n` +
            commands.map((command) => `    ${[...command.context, command.line ?? ""].filter(Boolean).join(" → ")}`).join("\n") +
            `\n  To take over the existing configuration, set \`adopt: true\` (Pulumi) or import it (\`terraform import\` or an import block); or change the resource to match it.`,
        );
        commands = [];
      }
    }
    const allCommands = detachment ? [...detachment.commands, ...commands] : commands;
    const entry: PlannedOperation = { operation, before, commands: allCommands, ...(error ? { error } : {}) };
    planned.push(entry);
    if (error) continue;
    for (const command of detachment?.commands ?? []) detachSteps.push({ command, owner: entry });
    for (const command of commands) steps.push({ command, owner: entry });
    applyExpectedInPlace(working, kind, spec, desired);
  }
  return { planned, steps: [...detachSteps, ...steps], expected: working };
}

/**
 * Reduces every object the batch deletes to its detached form (see `ConfigModel.detached`) in
 * `working`, before anything else is planned: the commands for that run first in the batch.
 */
function detachDeleted(working: RunningConfig, operations: readonly Operation[]): Map<Operation, { before: Observed<Record<string, unknown>>; commands: Command[] }> {
  const detachments = new Map<Operation, { before: Observed<Record<string, unknown>>; commands: Command[] }>();
  for (const operation of orderOperations(operations)) {
    const { kind, spec } = operation;
    if (operation.type !== "delete" || kind.model.detached === undefined) continue;
    const dialect = dialectOf(working);
    const before = kind.model.read(working, spec, dialect) as Observed<Record<string, unknown>> | undefined;
    if (before === undefined) continue;
    const detached = kind.model.detached(before.spec);
    const commands = kind.model.plan(before, detached, working, dialect);
    if (commands.length === 0) continue;
    detachments.set(operation, { before, commands });
    applyExpectedInPlace(working, kind, spec, detached);
  }
  return detachments;
}

/**
 * After applying: every operation must now be converged (its plan against the fresh configuration
 * is empty). Returns the operations that are not, with what is still missing.
 */
export function verifyBatch(after: RunningConfig, plan: BatchPlan): { owner: PlannedOperation; remaining: Command[] }[] {
  const dialect = dialectOf(after);
  const failures: { owner: PlannedOperation; remaining: Command[] }[] = [];
  for (const owner of plan.planned) {
    if (owner.error) continue;
    const { kind, spec, type } = owner.operation;
    const observed = kind.model.read(after, spec, dialect);
    const remaining = kind.model.plan(observed, type === "delete" ? undefined : spec, after, dialect);
    if (remaining.length > 0) failures.push({ owner, remaining });
  }
  return failures;
}

/** The commands that put every operation's object back the way it was before the batch. */
export function planRollback(after: RunningConfig, plan: BatchPlan): Command[] {
  const working = cloneConfig(after);
  const commands: Command[] = [];
  for (const owner of [...plan.planned].reverse()) {
    if (owner.error || owner.commands.length === 0) continue;
    const { kind, spec } = owner.operation;
    const dialect = dialectOf(working);
    const now = kind.model.read(working, spec, dialect);
    const previous = owner.before?.spec;
    commands.push(...kind.model.plan(now, previous, working, dialect));
    applyExpectedInPlace(working, kind, spec, previous);
  }
  return commands;
}
