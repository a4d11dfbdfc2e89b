import type { ProgramCommand } from "./language-host";
import type { PluginLaunch } from "./provider-plugin";
import type { PropertyMap } from "./property-value";
import type { Diagnostic, StepRecord } from "./step-recorder";
import { isLogical } from "./steps";

export type OperationName = "up" | "preview" | "refresh" | "destroy" | "import";
export type PhaseKind = "preview" | "update" | "refresh" | "destroy" | "import";

/** One engine run: a preview (dry run) or the run that changes things, with its own plugin process. */
export interface PhaseReport {
  kind: PhaseKind;
  dryRun: boolean;
  ok: boolean;
  error?: string;
  steps: StepRecord[];
  /** Logical step counts as the CLI summarises them (default provider steps excluded). */
  changes: Record<string, number>;
  /** RPCs the engine sent to the provider plugin, by method (Check, Diff, Create, Read, ...). */
  providerRpcs: Record<string, number>;
  /** RPCs the program sent to the engine, by method (RegisterResource, SupportsFeature, Log, ...). */
  monitorRpcs: Record<string, number>;
  program?: ProgramCommand & { exitCode: number };
  plugin?: PluginLaunch & { pid?: number; version?: string };
  /** Highest number of step chains that ran at the same time. */
  parallelPeak: number;
  durationMs: number;
}

export interface ChangedResource {
  urn: string;
  op: string;
  diffs: string[];
}

export interface OperationResult {
  operation: OperationName;
  ok: boolean;
  /** What the CLI would exit with: 0 ok, 1 failed, 2 bad invocation/config, 7 --expect-no-changes violated. */
  exitCode: number;
  error?: string;
  phases: PhaseReport[];
  /** Steps of the last phase (the one that applied, or the preview for `preview`). */
  steps: StepRecord[];
  changes: Record<string, number>;
  /** Resources the last phase would change or changed (refresh: drifted), for --expect-no-changes. */
  changed: ChangedResource[];
  /** Stack outputs in wire form (secrets still wrapped). */
  outputs: PropertyMap;
  /** Provider RPC counts summed over all phases. */
  providerRpcs: Record<string, number>;
  diagnostics: Diagnostic[];
  /** Program and plugin console output. */
  log: string[];
  durationMs: number;
}

export const EXIT_OK = 0;
export const EXIT_FAILED = 1;
export const EXIT_CONFIGURATION = 2;
export const EXIT_NO_CHANGES_EXPECTED = 7;

/** acts.Ops in pkg/engine/update.go: logical steps of non-internal resources; refreshes count as their result when refreshing. */
export function countChanges(steps: readonly StepRecord[], refreshIsOperation: boolean): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const s of steps) {
    if (s.internal || s.status !== "ok") {
      continue;
    }
    let op: string = s.op;
    if (s.op === "refresh") {
      if (!refreshIsOperation) {
        continue;
      }
      op = s.resultOp ?? "same";
    } else if (!isLogical(s.op)) {
      continue;
    }
    counts[op] = (counts[op] ?? 0) + 1;
  }
  return counts;
}

/** engine.HasChanges: anything but same and read. */
export function hasChanges(changes: Record<string, number>): boolean {
  return Object.entries(changes).some(([op, n]) => op !== "same" && op !== "read" && n > 0);
}

export function changedResources(steps: readonly StepRecord[], refreshIsOperation: boolean): ChangedResource[] {
  const out: ChangedResource[] = [];
  for (const s of steps) {
    if (s.internal || s.status !== "ok") {
      continue;
    }
    if (s.op === "refresh") {
      if (refreshIsOperation && s.resultOp !== undefined && s.resultOp !== "same") {
        out.push({ urn: s.urn, op: s.resultOp, diffs: s.diffs ?? [] });
      }
      continue;
    }
    if (isLogical(s.op) && s.op !== "same" && s.op !== "read") {
      out.push({ urn: s.urn, op: s.op, diffs: s.diffs ?? s.replaceKeys ?? [] });
    }
  }
  return out;
}
