import { cpus } from "node:os";
import { loadProject, ProjectError, type Project } from "./load-project";
import { loadStackConfig, StackConfigError, type ConfigOverride, type StackConfig } from "./load-stack-config";
import {
  changedResources,
  EXIT_CONFIGURATION,
  EXIT_FAILED,
  EXIT_NO_CHANGES_EXPECTED,
  EXIT_OK,
  hasChanges,
  type OperationName,
  type OperationResult,
  type PhaseReport,
} from "./operation-report";
import { PassphraseError, passphraseFromEnv } from "./passphrase-crypter";
import { runDestroyPhase, runImportPhase, runProgramPhase, runRefreshPhase, type PhaseInput, type PhaseOutput } from "./run-phase";
import { readStateFile, StateFileError, writeStateFile, type OpenedState } from "./state-file";
import type { Diagnostic } from "./step-recorder";

// The library API: one function per CLI operation. Each returns an OperationResult and never throws
// for operation failures (they are reported with the CLI's exit code); it throws only for misuse.

export interface OperationOptions {
  /** Project directory (holds Pulumi.yaml). */
  cwd: string;
  stack: string;
  /** JSON checkpoint file; created on the first update. */
  stateFile: string;
  /** --config / --config-secret, applied over Pulumi.<stack>.yaml without writing it. */
  config?: ConfigOverride[];
  /** Resource operations in flight at once; default 4 × CPU count like the CLI. */
  parallel?: number;
  /** Secrets passphrase; default PULUMI_CONFIG_PASSPHRASE(_FILE). */
  passphrase?: string;
  /** preview/up: refresh the state before diffing (--refresh). */
  refresh?: boolean;
  /** Fail (exit 7) when the operation has changes. */
  expectNoChanges?: boolean;
  /** up/refresh/destroy/import: skip the preview that normally runs first. */
  skipPreview?: boolean;
  /** Per-phase limit on the program's run time; default 10 minutes. */
  timeoutMs?: number;
  /** Receives program and plugin output lines as they arrive. */
  onLog?: (line: string) => void;
}

export function defaultParallel(): number {
  const env = Number(process.env["PULUMI_PARALLEL"]);
  return Number.isInteger(env) && env > 0 ? env : 4 * Math.max(1, cpus().length);
}

interface Prepared {
  project: Project;
  config: StackConfig;
  state: OpenedState;
  input: Omit<PhaseInput, "resources">;
  log: string[];
}

function prepare(options: OperationOptions): Prepared {
  const passphrase = options.passphrase ?? passphraseFromEnv(process.env);
  const project = loadProject(options.cwd);
  const config = loadStackConfig(project, options.stack, options.config ?? [], passphrase);
  const state = readStateFile(options.stateFile, passphrase);
  const log: string[] = [];
  return {
    project,
    config,
    state,
    log,
    input: {
      project,
      stack: options.stack,
      config,
      parallel: options.parallel ?? defaultParallel(),
      timeoutMs: options.timeoutMs ?? 600_000,
      log: (line) => {
        log.push(line);
        options.onLog?.(line);
      },
    },
  };
}

function result(
  operation: OperationName,
  started: number,
  phases: PhaseOutput[],
  outputs: OperationResult["outputs"],
  log: string[],
  expectNoChanges: boolean,
): OperationResult {
  const last = phases[phases.length - 1];
  const reports: PhaseReport[] = phases.map((p) => p.report);
  const failed = reports.find((r) => !r.ok);
  const refreshIsOperation = last?.report.kind === "refresh";
  const changed = last !== undefined ? changedResources(last.report.steps, refreshIsOperation) : [];
  const changes = last?.report.changes ?? {};
  const providerRpcs: Record<string, number> = {};
  for (const r of reports) {
    for (const [m, n] of Object.entries(r.providerRpcs)) {
      providerRpcs[m] = (providerRpcs[m] ?? 0) + n;
    }
  }
  const diagnostics: Diagnostic[] = phases.flatMap((p) => p.diagnostics);
  let exitCode = EXIT_OK;
  let error: string | undefined;
  if (failed !== undefined) {
    exitCode = EXIT_FAILED;
    error = `${failed.kind} failed: ${failed.error ?? "see diagnostics"}`;
  } else if (expectNoChanges && hasChanges(changes)) {
    exitCode = EXIT_NO_CHANGES_EXPECTED;
    const what = changed.map((c) => `${c.op} ${c.urn}${c.diffs.length > 0 ? ` [${c.diffs.join(", ")}]` : ""}`).join("; ");
    error = `no changes were expected for ${operation === "up" ? "update" : operation} but changes were proposed: ${what}`;
  }
  return {
    operation,
    ok: exitCode === EXIT_OK,
    exitCode,
    error,
    phases: reports,
    steps: last?.report.steps ?? [],
    changes,
    changed,
    outputs,
    providerRpcs,
    diagnostics,
    log,
    durationMs: Date.now() - started,
  };
}

function setupFailure(operation: OperationName, started: number, err: unknown): OperationResult {
  const configuration = err instanceof ProjectError || err instanceof StackConfigError || err instanceof PassphraseError || err instanceof StateFileError;
  const message = err instanceof Error ? err.message : String(err);
  return {
    operation,
    ok: false,
    exitCode: configuration ? EXIT_CONFIGURATION : EXIT_FAILED,
    error: message,
    phases: [],
    steps: [],
    changes: {},
    changed: [],
    outputs: {},
    providerRpcs: {},
    diagnostics: [{ severity: "error", message }],
    log: [],
    durationMs: Date.now() - started,
  };
}

function stackName(p: Prepared, stack: string): string {
  return `organization/${p.project.name}/${stack}`;
}

async function withPrepared(operation: OperationName, options: OperationOptions, body: (p: Prepared) => Promise<OperationResult>): Promise<OperationResult> {
  const started = Date.now();
  let p: Prepared;
  try {
    p = prepare(options);
  } catch (err) {
    return setupFailure(operation, started, err);
  }
  return body(p);
}

/** `pulumi preview [--refresh] [--expect-no-changes]`: nothing is written. */
export function preview(options: OperationOptions): Promise<OperationResult> {
  return withPrepared("preview", options, async (p) => {
    const started = Date.now();
    const phase = await runProgramPhase({ ...p.input, resources: p.state.snapshot.resources }, { dryRun: true, refresh: options.refresh === true });
    return result("preview", started, [phase], phase.outputs, p.log, options.expectNoChanges === true);
  });
}

/** `pulumi up [--refresh] [--skip-preview] [--expect-no-changes] --yes`: preview, then update, then write the state. */
export function up(options: OperationOptions): Promise<OperationResult> {
  return withPrepared("up", options, async (p) => {
    const started = Date.now();
    const phases: PhaseOutput[] = [];
    const refresh = options.refresh === true;
    if (options.skipPreview !== true) {
      const pre = await runProgramPhase({ ...p.input, resources: p.state.snapshot.resources }, { dryRun: true, refresh });
      phases.push(pre);
      if (!pre.report.ok) {
        return result("up", started, phases, pre.outputs, p.log, false);
      }
    }
    const update = await runProgramPhase({ ...p.input, resources: p.state.snapshot.resources }, { dryRun: false, refresh });
    phases.push(update);
    writeStateFile(options.stateFile, { resources: update.snapshot }, p.state.crypter, stackName(p, options.stack));
    return result("up", started, phases, update.outputs, p.log, options.expectNoChanges === true);
  });
}

/** `pulumi refresh [--skip-preview] [--expect-no-changes] --yes`. */
export function refresh(options: OperationOptions): Promise<OperationResult> {
  return withPrepared("refresh", options, async (p) => {
    const started = Date.now();
    const phases: PhaseOutput[] = [];
    if (options.skipPreview !== true) {
      const pre = await runRefreshPhase({ ...p.input, resources: p.state.snapshot.resources }, { dryRun: true });
      phases.push(pre);
      if (!pre.report.ok) {
        return result("refresh", started, phases, pre.outputs, p.log, false);
      }
    }
    const applied = await runRefreshPhase({ ...p.input, resources: p.state.snapshot.resources }, { dryRun: false });
    phases.push(applied);
    if (applied.report.ok) {
      writeStateFile(options.stateFile, { resources: applied.snapshot }, p.state.crypter, stackName(p, options.stack));
    }
    return result("refresh", started, phases, applied.outputs, p.log, options.expectNoChanges === true);
  });
}

/** `pulumi destroy [--skip-preview] --yes`. */
export function destroy(options: OperationOptions): Promise<OperationResult> {
  return withPrepared("destroy", options, async (p) => {
    const started = Date.now();
    const phases: PhaseOutput[] = [];
    if (options.skipPreview !== true) {
      const pre = await runDestroyPhase({ ...p.input, resources: p.state.snapshot.resources }, { dryRun: true });
      phases.push(pre);
      if (!pre.report.ok) {
        return result("destroy", started, phases, pre.outputs, p.log, false);
      }
    }
    const applied = await runDestroyPhase({ ...p.input, resources: p.state.snapshot.resources }, { dryRun: false });
    phases.push(applied);
    writeStateFile(options.stateFile, { resources: applied.snapshot }, p.state.crypter, stackName(p, options.stack));
    return result("destroy", started, phases, applied.outputs, p.log, false);
  });
}

/** `pulumi import <type> <name> <id> --yes` (for dynamic resources this fails, as upstream). */
export function importResource(options: OperationOptions & { type: string; name: string; id: string }): Promise<OperationResult> {
  return withPrepared("import", options, async (p) => {
    const started = Date.now();
    const phases: PhaseOutput[] = [];
    const spec = { type: options.type, name: options.name, id: options.id };
    if (options.skipPreview !== true) {
      const pre = await runImportPhase({ ...p.input, resources: p.state.snapshot.resources }, { dryRun: true, ...spec });
      phases.push(pre);
      if (!pre.report.ok) {
        return result("import", started, phases, pre.outputs, p.log, false);
      }
    }
    const applied = await runImportPhase({ ...p.input, resources: p.state.snapshot.resources }, { dryRun: false, ...spec });
    phases.push(applied);
    if (applied.report.ok) {
      writeStateFile(options.stateFile, { resources: applied.snapshot }, p.state.crypter, stackName(p, options.stack));
    }
    return result("import", started, phases, applied.outputs, p.log, false);
  });
}
