import { DependencyGraph, scheduleDeletes } from "./dependency-graph";
import type { Goal } from "./goal";
import type { StackConfig } from "./load-stack-config";
import { SerialQueue, type ParallelLimiter } from "./parallel-limiter";
import { configureFromState, providerInputsFromConfig, type ProviderHost } from "./provider-host";
import { deepEqual, type PropertyMap } from "./property-value";
import {
  DEFAULT_PROVIDER_TYPE,
  DYNAMIC_PACKAGE,
  isProviderType,
  makeUrn,
  packageOf,
  providerReference,
  ROOT_STACK_TYPE,
  type ResourceState,
} from "./resource-state";
import { applyStep, type StepApplyContext } from "./step-applier";
import { BailError, StepGenerator } from "./step-generator";
import type { StepRecorder } from "./step-recorder";
import type { Step } from "./steps";

// One deployment (a preview or an update) driven by program registrations: the deployment executor's
// loop (step generation one registration at a time), the step executor (chains of steps, at most
// `parallel` at once), deletes scheduled in reverse dependency order once the program is done, and
// the snapshot the state file receives.

export class MonitorShutDownError extends Error {
  /** gRPC UNAVAILABLE, which the SDK treats as "the monitor is terminating". */
  readonly grpcStatus = 14;
  constructor(message = "resource monitor shut down while waiting on step's done channel") {
    super(message);
    this.name = "MonitorShutDownError";
  }
}

export class UnsupportedResourceError extends Error {
  readonly code = "PULUMI_HARNESS_UNSUPPORTED_RESOURCE";
  /** gRPC INVALID_ARGUMENT: the SDK reports "failed to register new resource ...: <message>". */
  readonly grpcStatus = 3;
  constructor(message: string) {
    super(message);
    this.name = "UnsupportedResourceError";
  }
}

export interface DeploymentOptions {
  stack: string;
  project: string;
  config: StackConfig;
  dryRun: boolean;
  parallel: number;
  /** Base snapshot; the deployment mutates these objects, so pass a copy. */
  prev: ResourceState[];
  providers: ProviderHost;
  recorder: StepRecorder;
  /** The phase's worker pool (shared with a preceding refresh). */
  limiter: ParallelLimiter;
}

export interface RegisterResult {
  state: ResourceState;
  result: "success" | "fail";
}

export class Deployment {
  readonly generator: StepGenerator;
  readonly limiter: ParallelLimiter;
  private readonly graph: DependencyGraph;
  private readonly queue = new SerialQueue();
  private readonly news: ResourceState[] = [];
  private readonly newByUrn = new Map<string, ResourceState>();
  private readonly deleted = new Set<ResourceState>();
  private readonly superseded = new Set<ResourceState>();
  private defaultProvider: Promise<string> | undefined;
  private stackOutputsEvent: { urn: string; outputs: PropertyMap } | undefined;
  /** The first error that stopped the deployment. */
  failure: Error | undefined;
  private finished = false;

  constructor(private readonly options: DeploymentOptions) {
    this.graph = new DependencyGraph(options.prev);
    this.limiter = options.limiter;
    this.generator = new StepGenerator({
      stack: options.stack,
      project: options.project,
      dryRun: options.dryRun,
      prev: options.prev,
      graph: this.graph,
      plugin: () => options.providers.ready(),
      diagnostic: (severity, urn, message) => options.recorder.diagnostic({ severity, urn, message }),
    });
  }

  private get applyContext(): StepApplyContext {
    return {
      dryRun: this.options.dryRun,
      providers: this.options.providers,
      deletes: this.generator.deletes,
      recordNew: (state) => {
        this.news.push(state);
        this.newByUrn.set(state.urn, state);
      },
      recordDeleted: (state) => {
        this.deleted.add(state);
      },
      diagnostic: (severity, urn, message) => this.options.recorder.diagnostic({ severity, urn, message }),
    };
  }

  private fail(err: Error): void {
    if (this.failure === undefined) {
      this.failure = err;
    }
  }

  /** RegisterResource: generate the steps (serially) and run them as one chain. */
  async register(goal: Goal): Promise<RegisterResult> {
    if (this.failure !== undefined || this.finished) {
      throw new MonitorShutDownError();
    }
    this.inheritFromParent(goal);
    let providerRef: string | undefined;
    if (goal.custom) {
      this.checkSupported(goal);
      providerRef = await this.ensureDefaultProvider();
    }
    let steps: Step[];
    try {
      steps = await this.queue.run(() => this.generator.generate(goal, providerRef));
    } catch (err) {
      if (!(err instanceof BailError)) {
        this.options.recorder.diagnostic({ severity: "error", urn: this.generator.urnFor(goal), message: (err as Error).message });
      }
      this.fail(err as Error);
      // The engine cancels the deployment; the waiting RPC learns that the monitor shut down.
      throw new MonitorShutDownError();
    }
    try {
      return { state: required(await this.executeChain(steps), steps), result: "success" };
    } catch (err) {
      if (err instanceof MonitorShutDownError) {
        throw err;
      }
      // SupportsResultReporting: a failed step is reported as Result.FAIL, not as an RPC error.
      const state = [...steps].reverse().find((s) => s.new !== undefined)?.new;
      if (state === undefined) {
        throw new MonitorShutDownError();
      }
      return { state, result: "fail" };
    }
  }

  private checkSupported(goal: Goal): void {
    const pkg = packageOf(goal.type);
    if (isProviderType(goal.type)) {
      const err = new UnsupportedResourceError(
        `explicit provider resource ${goal.name} (${goal.type}) is not supported by the stand-in: only the default ` +
          `${DYNAMIC_PACKAGE} provider of dynamic resources is. Remove the provider resource and its \`provider\` option.`,
      );
      this.fail(err);
      throw err;
    }
    if (pkg !== DYNAMIC_PACKAGE) {
      const err = new UnsupportedResourceError(
        `resource ${goal.name} has type ${goal.type} from package "${pkg}"; the stand-in only runs dynamic providers ` +
          `(package "${DYNAMIC_PACKAGE}", i.e. pulumi.dynamic.Resource). Use the real Pulumi CLI for other providers.`,
      );
      this.fail(err);
      throw err;
    }
    if (goal.provider !== undefined && goal.provider !== "" && !goal.provider.includes(`::${DEFAULT_PROVIDER_TYPE}::default::`)) {
      const err = new UnsupportedResourceError(`resource ${goal.name} names provider ${goal.provider}; only the default ${DYNAMIC_PACKAGE} provider is supported`);
      this.fail(err);
      throw err;
    }
  }

  /** inheritFromParent in source_eval.go: protect, retainOnDelete and deletedWith flow from the parent's goal. */
  private inheritFromParent(goal: Goal): void {
    const parent = goal.parent !== undefined ? this.generator.goals.get(goal.parent) : undefined;
    if (parent === undefined) {
      return;
    }
    goal.deletedWith ??= parent.deletedWith;
    goal.protect ??= parent.protect;
    goal.retainOnDelete ??= parent.retainOnDelete;
  }

  /**
   * The default provider for pulumi-nodejs, registered once before the first dynamic resource:
   * Check (CheckConfig, unimplemented), Diff (DiffConfig, unimplemented: compare old outputs with
   * the new config), then Create/Update/Same, each of which configures the plugin.
   */
  private ensureDefaultProvider(): Promise<string> {
    if (this.defaultProvider === undefined) {
      this.defaultProvider = (async () => {
        const urn = makeUrn(this.options.stack, this.options.project, "", DEFAULT_PROVIDER_TYPE, "default");
        const inputs = providerInputsFromConfig(this.options.config);
        const steps = await this.queue.run(async () => {
          this.generator.urns.add(urn);
          const old = this.generator.oldState(urn);
          const plugin = await this.options.providers.load();
          await plugin.checkConfig(urn, old?.inputs ?? {}, inputs);
          const state: ResourceState = { urn, custom: true, type: DEFAULT_PROVIDER_TYPE, inputs, outputs: {} };
          if (old === undefined) {
            return [{ op: "create", urn, type: state.type, new: state, internal: true } satisfies Step];
          }
          await plugin.diffConfig(urn, old.inputs, old.outputs, inputs);
          state.created = old.created;
          const op = deepEqual(old.outputs, inputs) ? "same" : "update";
          return [{ op, urn, type: state.type, old, new: state, internal: true } satisfies Step];
        });
        const state = required(await this.executeChain(steps), steps);
        return providerReference(urn, state.id ?? "");
      })();
      this.defaultProvider.catch((err: unknown) => this.fail(err as Error));
    }
    return this.defaultProvider;
  }

  /** Runs one registration's steps in order; returns the last new state (none for pure deletes). */
  private async executeChain(steps: Step[]): Promise<ResourceState | undefined> {
    return this.limiter.run(async () => {
      let last: ResourceState | undefined;
      for (const step of steps) {
        if (this.failure !== undefined) {
          throw new MonitorShutDownError();
        }
        try {
          await this.options.recorder.track(step, () => applyStep(step, this.applyContext));
        } catch (err) {
          const error = err as Error;
          if (!(error instanceof BailError)) {
            this.options.recorder.diagnostic({ severity: "error", urn: step.urn, message: error.message });
          }
          this.fail(error);
          throw error;
        }
        if (step.old !== undefined && step.new !== undefined && (step.op === "same" || step.op === "update")) {
          this.superseded.add(step.old);
        }
        if (step.new !== undefined) {
          last = step.new;
        }
      }
      return last;
    });
  }

  /** ReadResource (`Resource.get`): an external resource read through the provider. */
  async readResource(goal: Goal, id: string): Promise<ResourceState> {
    if (this.failure !== undefined || this.finished) {
      throw new MonitorShutDownError();
    }
    this.checkSupported(goal);
    const providerRef = await this.ensureDefaultProvider();
    let steps: Step[];
    try {
      steps = await this.queue.run(async () => this.generator.generateRead(goal, id, providerRef));
    } catch (err) {
      this.fail(err as Error);
      throw new MonitorShutDownError();
    }
    return required(await this.executeChain(steps), steps);
  }

  /** RegisterResourceOutputs: overwrite a component's outputs; the stack's are kept for the end. */
  registerOutputs(urn: string, outputs: PropertyMap): void {
    const state = this.newByUrn.get(urn);
    if (state === undefined) {
      throw new Error(`cannot complete a resource '${urn}' whose registration isn't pending`);
    }
    if (state.type === ROOT_STACK_TYPE) {
      this.stackOutputsEvent = { urn, outputs };
      return;
    }
    state.outputs = outputs;
  }

  /** pulumi:pulumi:getResource: the state of a resource registered in this deployment. */
  lookup(urn: string): ResourceState | undefined {
    return this.newByUrn.get(urn);
  }

  /**
   * Called when the program has signalled shutdown (or exited successfully): deletes of replaced
   * resources and of resources the program no longer registers, in reverse dependency order, each
   * antichain in parallel.
   */
  async finish(): Promise<void> {
    if (this.finished) {
      return;
    }
    this.finished = true;
    if (this.failure !== undefined) {
      return;
    }
    const steps = this.generator.generateDeletes();
    try {
      await this.ensureProviderFor(steps);
    } catch (err) {
      this.fail(err as Error);
      this.options.recorder.diagnostic({ severity: "error", message: (err as Error).message });
      return;
    }
    const byState = new Map(steps.map((s) => [s.old as ResourceState, s]));
    for (const chain of scheduleDeletes(this.graph, [...byState.keys()])) {
      const results = await Promise.allSettled(chain.map((res) => this.executeChain([byState.get(res) as Step])));
      const rejected = results.find((r): r is PromiseRejectedResult => r.status === "rejected");
      if (rejected !== undefined) {
        this.fail(rejected.reason as Error);
      }
      if (this.failure !== undefined) {
        return;
      }
    }
    if (this.stackOutputsEvent !== undefined) {
      this.finalizeStackOutputs(false);
    }
  }

  /** EnsureProvider: deletes of resources the program did not register need the provider from the state. */
  private async ensureProviderFor(steps: readonly Step[]): Promise<void> {
    const needing = steps.find((s) => s.old !== undefined && s.old.custom && !isProviderType(s.old.type));
    if (needing?.old === undefined || this.options.providers.configureStarted) {
      return;
    }
    await configureFromState(this.options.prev, needing.old, this.options.providers);
  }

  private finalizeStackOutputs(errored: boolean): void {
    const event = this.stackOutputsEvent;
    if (event === undefined) {
      return;
    }
    const state = this.newByUrn.get(event.urn);
    if (state === undefined) {
      return;
    }
    state.outputs = errored ? { ...state.outputs, ...event.outputs } : event.outputs;
    this.stackOutputsEvent = undefined;
  }

  /** Marks the deployment finished after a program failure (no deletes). */
  abandon(err: Error): void {
    this.fail(err);
    this.finished = true;
    this.finalizeStackOutputs(true);
  }

  /** The resulting snapshot: new states in completion order, then the old states still alive. */
  snapshot(): ResourceState[] {
    this.finalizeStackOutputs(this.failure !== undefined);
    return [...this.news, ...this.options.prev.filter((old) => !this.deleted.has(old) && !this.superseded.has(old))];
  }

  stackOutputs(): PropertyMap {
    const stack = this.news.find((r) => r.type === ROOT_STACK_TYPE);
    return this.stackOutputsEvent?.outputs ?? stack?.outputs ?? {};
  }
}

function required(state: ResourceState | undefined, steps: readonly Step[]): ResourceState {
  if (state === undefined) {
    throw new Error(`internal error: the steps for ${steps[0]?.urn ?? "?"} produced no resource state`);
  }
  return state;
}
