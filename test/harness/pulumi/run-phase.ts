import { Deployment } from "./deployment";
import { startEngineServer, type EngineServer } from "./engine-server";
import type { Goal } from "./goal";
import { buildProgramCommand, EXIT_ALREADY_REPORTED, redactProgramCommand, startProgram } from "./language-host";
import type { Project } from "./load-project";
import type { StackConfig } from "./load-stack-config";
import { countChanges, type PhaseKind, type PhaseReport } from "./operation-report";
import { ParallelLimiter } from "./parallel-limiter";
import { ProviderHost } from "./provider-host";
import type { PropertyMap } from "./property-value";
import { refreshResources } from "./refresh-resources";
import { ROOT_STACK_TYPE, type ResourceState } from "./resource-state";
import { StepRecorder, type Diagnostic } from "./step-recorder";

// One engine run ("phase"): its own engine gRPC server, its own provider plugin process, and either
// the program (preview/update), or the snapshot alone (refresh, destroy), or an import.

export interface PhaseInput {
  project: Project;
  stack: string;
  config: StackConfig;
  parallel: number;
  timeoutMs: number;
  /** The stored snapshot; each phase works on its own deep copy. */
  resources: readonly ResourceState[];
  log: (line: string) => void;
}

export interface PhaseOutput {
  report: PhaseReport;
  snapshot: ResourceState[];
  outputs: PropertyMap;
  diagnostics: Diagnostic[];
}

interface PhaseRuntime {
  server: EngineServer;
  providers: ProviderHost;
  recorder: StepRecorder;
  limiter: ParallelLimiter;
}

/** What a phase body produces; withRuntime turns it into a PhaseOutput. */
interface PhaseBody {
  kind: PhaseKind;
  dryRun: boolean;
  snapshot: ResourceState[];
  /** The failure that ended the phase, if any (error diagnostics also fail it). */
  error?: string;
  program?: PhaseReport["program"];
}

async function withRuntime(
  input: PhaseInput,
  phaseKind: PhaseKind,
  dryRun: boolean,
  body: (rt: PhaseRuntime) => Promise<PhaseBody>,
): Promise<PhaseOutput> {
  const started = Date.now();
  const recorder = new StepRecorder();
  const server = await startEngineServer((err) => recorder.diagnostic({ severity: "error", message: `internal error: ${String(err)}` }));
  const providers = new ProviderHost({
    project: input.project,
    config: input.config,
    engineAddress: server.address,
    onLog: (line) => input.log(`[plugin ${line.stream}] ${line.text}`),
  });
  const limiter = new ParallelLimiter(input.parallel);
  try {
    let out: PhaseBody;
    try {
      out = await body({ server, providers, recorder, limiter });
    } catch (err) {
      // Nothing was applied (setup or refresh failed): report it and keep the snapshot as it was.
      const message = err instanceof Error ? err.message : String(err);
      recorder.diagnostic({ severity: "error", message });
      out = { kind: phaseKind, dryRun, snapshot: structuredClone(input.resources) as ResourceState[], error: message };
    }
    const firstError = recorder.diagnostics.find((d) => d.severity === "error")?.message;
    const error = out.error ?? firstError;
    const report: PhaseReport = {
      kind: out.kind,
      dryRun: out.dryRun,
      ok: error === undefined,
      error,
      steps: recorder.records,
      changes: countChanges(recorder.records, out.kind === "refresh"),
      providerRpcs: providers.rpcCounts(),
      monitorRpcs: Object.fromEntries(server.rpcCounts),
      program: out.program,
      plugin: providers.launch !== undefined ? { ...providers.redactedLaunch(), pid: providers.pid, version: providers.pluginVersion } : undefined,
      parallelPeak: limiter.peak,
      durationMs: Date.now() - started,
    };
    return { report, snapshot: out.snapshot, outputs: stackOutputsOf(out.snapshot), diagnostics: recorder.diagnostics };
  } finally {
    server.setBackend(undefined);
    await providers.close();
    await server.close();
  }
}

/** Bounds a phase step that waits on provider RPCs, so a hung provider cannot hang the operation. */
async function within<T>(promise: Promise<T>, ms: number, what: string): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  try {
    return await Promise.race([
      promise,
      new Promise<never>((_, reject) => {
        timer = setTimeout(() => reject(new Error(`${what} did not finish within ${ms} ms; the provider plugin is probably stuck`)), ms);
      }),
    ]);
  } finally {
    clearTimeout(timer);
  }
}

function stackOutputsOf(resources: readonly ResourceState[]): PropertyMap {
  return resources.find((r) => r.type === ROOT_STACK_TYPE)?.outputs ?? {};
}

/** preview / update: run the program against the monitor; deletes once it signals shutdown. */
export function runProgramPhase(input: PhaseInput, options: { dryRun: boolean; refresh: boolean }): Promise<PhaseOutput> {
  const kind: PhaseKind = options.dryRun ? "preview" : "update";
  return withRuntime(input, kind, options.dryRun, async ({ server, providers, recorder, limiter }) => {
    let prev = structuredClone(input.resources) as ResourceState[];
    if (options.refresh) {
      prev = (await within(refreshResources({ prev, providers, limiter, recorder, dryRun: options.dryRun }), input.timeoutMs, "the refresh")).resources;
    }
    const deployment = new Deployment({
      stack: input.stack,
      project: input.project.name,
      config: input.config,
      dryRun: options.dryRun,
      parallel: input.parallel,
      prev,
      providers,
      recorder,
      limiter,
    });
    let shutdown: Promise<void> | undefined;
    server.setBackend({
      stack: input.stack,
      project: input.project.name,
      register: (goal) => deployment.register(goal),
      registerOutputs: (urn, outputs) => deployment.registerOutputs(urn, outputs),
      readResource: (goal, id) => deployment.readResource(goal, id),
      lookup: (urn) => deployment.lookup(urn),
      signalShutdown: () => (shutdown ??= deployment.finish()),
      log: (d) => {
        if (d.severity === "debug") {
          return;
        }
        recorder.diagnostic(d);
        input.log(`[${d.severity}] ${d.urn !== undefined ? `${d.urn}: ` : ""}${d.message}`);
      },
    });
    const cmd = buildProgramCommand({
      project: input.project,
      stack: input.stack,
      config: input.config,
      monitorAddress: server.address,
      engineAddress: server.address,
      dryRun: options.dryRun,
      parallel: input.parallel,
    });
    const run = startProgram(cmd, (stream, text) => {
      for (const line of text.replace(/\n$/, "").split("\n")) {
        input.log(`[program ${stream}] ${line}`);
      }
    });
    let timedOut = false;
    const timer = setTimeout(() => {
      timedOut = true;
      run.cancel();
    }, input.timeoutMs);
    const exitCode = await run.exited;
    clearTimeout(timer);
    // A failed step makes the program fail too; report the step's error rather than the exit code.
    const stepFailure = deployment.failure?.message;
    let error: string | undefined;
    if (timedOut) {
      error = `the program did not finish within ${input.timeoutMs} ms and was interrupted`;
    } else if (exitCode !== 0) {
      error = exitCode === EXIT_ALREADY_REPORTED ? `${kind} failed (the program reported the error above)` : `Program exited with non-zero exit code: ${exitCode}`;
    }
    if (error === undefined) {
      try {
        await within(shutdown ?? deployment.finish(), input.timeoutMs, "the deletes");
      } catch (err) {
        error = (err as Error).message;
        deployment.abandon(err as Error);
        recorder.diagnostic({ severity: "error", message: error });
      }
    } else {
      deployment.abandon(new Error(error));
      recorder.diagnostic({ severity: "error", message: error });
    }
    error = stepFailure ?? error ?? deployment.failure?.message;
    return { kind, dryRun: options.dryRun, snapshot: deployment.snapshot(), error, program: { ...redactProgramCommand(cmd, input.config), exitCode } };
  });
}

/** refresh: Read every resource of the snapshot; no program. */
export function runRefreshPhase(input: PhaseInput, options: { dryRun: boolean }): Promise<PhaseOutput> {
  return withRuntime(input, "refresh", options.dryRun, async ({ providers, recorder, limiter }) => {
    const prev = structuredClone(input.resources) as ResourceState[];
    let snapshot = prev;
    let error: string | undefined;
    try {
      snapshot = (await within(refreshResources({ prev, providers, limiter, recorder, dryRun: options.dryRun }), input.timeoutMs, "the refresh")).resources;
    } catch (err) {
      error = (err as Error).message;
      recorder.diagnostic({ severity: "error", message: error });
    }
    return { kind: "refresh", dryRun: options.dryRun, snapshot, error };
  });
}

/** destroy: delete everything in the snapshot in reverse dependency order; no program. */
export function runDestroyPhase(input: PhaseInput, options: { dryRun: boolean }): Promise<PhaseOutput> {
  return withRuntime(input, "destroy", options.dryRun, async ({ providers, recorder, limiter }) => {
    const deployment = new Deployment({
      stack: input.stack,
      project: input.project.name,
      config: input.config,
      dryRun: options.dryRun,
      parallel: input.parallel,
      prev: structuredClone(input.resources) as ResourceState[],
      providers,
      recorder,
      limiter,
    });
    try {
      await within(deployment.finish(), input.timeoutMs, "the destroy");
    } catch (err) {
      deployment.abandon(err as Error);
      recorder.diagnostic({ severity: "error", message: (err as Error).message });
    }
    return { kind: "destroy", dryRun: options.dryRun, snapshot: deployment.snapshot(), error: deployment.failure?.message };
  });
}

/** `pulumi import <type> <name> <id>`: the default provider plus an import step (Read with the ID only). */
export function runImportPhase(input: PhaseInput, options: { dryRun: boolean; type: string; name: string; id: string }): Promise<PhaseOutput> {
  return withRuntime(input, "import", options.dryRun, async ({ providers, recorder, limiter }) => {
    const deployment = new Deployment({
      stack: input.stack,
      project: input.project.name,
      config: input.config,
      dryRun: options.dryRun,
      parallel: input.parallel,
      prev: structuredClone(input.resources) as ResourceState[],
      providers,
      recorder,
      limiter,
    });
    const goal: Goal = {
      type: options.type,
      name: options.name,
      custom: true,
      properties: {},
      dependencies: [],
      propertyDependencies: {},
      ignoreChanges: [],
      additionalSecretOutputs: [],
      aliases: [],
      importId: options.id,
      replaceOnChanges: [],
      customTimeouts: { create: 0, update: 0, delete: 0, read: 0 },
    };
    let error: string | undefined;
    try {
      const res = await within(deployment.register(goal), input.timeoutMs, "the import");
      if (res.result === "fail") {
        error = deployment.failure?.message ?? "import failed";
      }
    } catch (err) {
      error = deployment.failure?.message ?? (err as Error).message;
      if (!recorder.diagnostics.some((d) => d.message === error)) {
        recorder.diagnostic({ severity: "error", message: error });
      }
    }
    return { kind: "import", dryRun: options.dryRun, snapshot: deployment.snapshot(), error };
  });
}
