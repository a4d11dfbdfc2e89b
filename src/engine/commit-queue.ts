import { FrrIacError } from "../errors";
import { toTracedChain, toTracedSnippet, type Command } from "../frr/commands";
import { parseRunningConfig, printConfig, type RunningConfig } from "../frr/config-tree";
import { dialectOf } from "../frr/dialect";
import type { AnyResourceKind } from "../resources/resource-kind";
import type { Status } from "../resources/live-status";
import { alignToPrior } from "./align";
import { BGPD_PROBE, bgpdAnswered, bgpdSilentError } from "./bgpd-answers";
import { describeOperation, planBatch, planRollback, verifyBatch, type BatchPlan, type Operation, type PlannedOperation } from "./batch-plan";
import type { HostPort, HostSnapshot } from "./host-port";
import { redactLine, redactText } from "./redact";

export interface QueueOptions {
  /** How long to wait for more operations before a batch starts (ms). */
  readonly gatherMs: number;
  /** Reads may share a snapshot this young, unless this process wrote to the host since (ms). */
  readonly readCacheMs: number;
  /** `write memory` after every verified change. */
  readonly persist: boolean;
  /** Emits progress lines (never secrets). */
  readonly log?: (line: string) => void;
}

export const DEFAULT_QUEUE_OPTIONS: QueueOptions = { gatherMs: 5, readCacheMs: 2000, persist: true };

export interface ReadRequest {
  readonly kind: AnyResourceKind;
  /** Identity fields at least; the last known spec when there is one (to keep its shape). */
  readonly spec: Record<string, unknown>;
  /** Include live status (extra show commands). */
  readonly status: boolean;
}

export interface ResourceState {
  readonly found: boolean;
  /** What the host says, aligned to the prior spec's shape. */
  readonly spec: Record<string, unknown> | undefined;
  readonly status: Status;
  /** Lines in the resource's scope that it does not understand, as text (redacted). */
  readonly unmanaged: readonly string[];
}

export interface WriteOutcome extends ResourceState {
  /** The commands that were applied for this operation (redacted). */
  readonly applied: readonly string[];
}

interface Pending<Req, Res> {
  readonly request: Req;
  resolve(value: Res): void;
  reject(reason: unknown): void;
}

/**
 * All operations on one host go through one queue. Operations that arrive together (Pulumi and
 * Terraform run many at once) are planned and applied as one batch: one lock, one read of the
 * running configuration, one check, one command chain, one verification, one `write memory`.
 */
export class CommitQueue {
  private writes: Pending<Operation, WriteOutcome>[] = [];
  private reads: Pending<ReadRequest, ResourceState>[] = [];
  private running: Promise<void> | undefined;
  private snapshot: { at: number; shows: Set<string>; data: HostSnapshot } | undefined;
  readonly stats = { batches: 0, reads: 0, applies: 0, checks: 0 };

  constructor(
    readonly port: HostPort,
    private readonly options: QueueOptions = DEFAULT_QUEUE_OPTIONS,
  ) {}

  write(operation: Operation): Promise<WriteOutcome> {
    return new Promise((resolve, reject) => {
      this.writes.push({ request: operation, resolve, reject });
      this.kick();
    });
  }

  read(request: ReadRequest): Promise<ResourceState> {
    return new Promise((resolve, reject) => {
      this.reads.push({ request, resolve, reject });
      this.kick();
    });
  }

  /** Runs read-only show commands (and reads the running configuration) in one round trip. */
  async shows(commands: readonly string[]): Promise<HostSnapshot> {
    return this.fetch(commands);
  }

  private kick(): void {
    if (this.running) return;
    this.running = (async () => {
      try {
        await new Promise((resolve) => setTimeout(resolve, this.options.gatherMs));
        while (this.writes.length > 0 || this.reads.length > 0) {
          const writes = this.writes.splice(0);
          const reads = this.reads.splice(0);
          await this.runBatch(writes, reads);
        }
      } finally {
        this.running = undefined;
        if (this.writes.length > 0 || this.reads.length > 0) this.kick();
      }
    })();
  }

  private log(line: string): void {
    this.options.log?.(`${this.port.description}: ${line}`);
  }

  private async fetch(shows: Iterable<string>): Promise<HostSnapshot> {
    const wanted = [...new Set(shows)];
    this.stats.reads++;
    const data = await this.port.read(wanted);
    this.snapshot = { at: Date.now(), shows: new Set(wanted), data };
    return data;
  }

  /** A read that finds nothing is only believed when bgpd answers (see bgpd-answers.ts). */
  private async requireBgpd(data: HostSnapshot, missing: ReadRequest): Promise<void> {
    const output = data.shows[BGPD_PROBE] ?? (await this.port.read([BGPD_PROBE])).shows[BGPD_PROBE];
    if (!bgpdAnswered(output)) {
      const { kind, spec } = missing;
      throw bgpdSilentError(this.port.description, output, `${kind.className} ${kind.identity.idOf(spec)}`);
    }
  }

  private statusShows(requests: readonly { kind: AnyResourceKind; spec: Record<string, unknown> }[]): Set<string> {
    const shows = new Set<string>();
    for (const { kind, spec } of requests) for (const show of kind.liveStatus.shows(spec)) shows.add(show);
    return shows;
  }

  private async runBatch(writes: Pending<Operation, WriteOutcome>[], reads: Pending<ReadRequest, ResourceState>[]): Promise<void> {
    this.stats.batches++;
    let snapshot: HostSnapshot | undefined;
    if (writes.length > 0) {
      try {
        snapshot = await this.port.withLock(() => this.applyWrites(writes, reads));
      } catch (error) {
        for (const pending of writes) pending.reject(error);
      }
    }
    if (reads.length === 0) return;
    try {
      const shows = this.statusShows(reads.filter((r) => r.request.status).map((r) => r.request));
      const cached = this.snapshot;
      const fresh = cached && Date.now() - cached.at <= this.options.readCacheMs && [...shows].every((s) => cached.shows.has(s));
      const data = snapshot && [...shows].every((s) => snapshot!.shows[s] !== undefined) ? snapshot : fresh ? cached.data : await this.fetch(shows);
      const config = parseRunningConfig(data.runningConfig);
      const states = reads.map((pending) => this.stateOf(config, data, pending.request.kind, pending.request.spec, pending.request.status));
      const missing = states.findIndex((state) => !state.found);
      if (missing >= 0) await this.requireBgpd(data, reads[missing]!.request);
      reads.forEach((pending, i) => pending.resolve(states[i]!));
    } catch (error) {
      for (const pending of reads) pending.reject(error);
    }
  }

  /** Plans, checks, applies, verifies and persists; retries without operations FRR refused. */
  private async applyWrites(writes: Pending<Operation, WriteOutcome>[], reads: Pending<ReadRequest, ResourceState>[]): Promise<HostSnapshot> {
    const shows = this.statusShows([...writes.map((w) => w.request), ...reads.filter((r) => r.request.status).map((r) => r.request)]);
    let data = await this.fetch(shows);
    let remaining = writes;
    // Each round either applies everything left or drops at least one failed operation.
    for (let round = 0; round <= writes.length && remaining.length > 0; round++) {
      const config = parseRunningConfig(data.runningConfig);
      const plan = planBatch(config, remaining.map((w) => w.request));
      const byOperation = new Map(remaining.map((w) => [w.request, w] as const));
      for (const planned of plan.planned) {
        if (planned.error) byOperation.get(planned.operation)!.reject(planned.error);
      }
      remaining = remaining.filter((w) => !plan.planned.find((p) => p.operation === w.request)?.error);
      if (plan.steps.length === 0) {
        this.settle(remaining, plan, config, data);
        return data;
      }
      const { touched, failures } = await this.applyPlan(plan, config);
      let culprits = failures;
      if (touched) {
        data = await this.fetch(shows);
        const after = parseRunningConfig(data.runningConfig);
        const unverified = failures ? [] : verifyBatch(after, plan);
        if (!failures && unverified.length === 0) {
          if (this.options.persist) await this.port.persist();
          this.settle(remaining, plan, after, data);
          return data;
        }
        data = await this.rollback(plan, after, shows);
        culprits ??= unverified.map((u) => ({ owner: u.owner, error: this.unverifiedError(u.owner, u.remaining) }));
      }
      culprits ??= [];
      for (const culprit of culprits) byOperation.get(culprit.owner.operation)?.reject(culprit.error);
      remaining = remaining.filter((w) => !culprits.some((c) => c.owner.operation === w.request));
      if (remaining.length > 0) this.log(`retrying ${remaining.length} operation(s) without the one(s) FRR refused`);
    }
    return data;
  }

  /** Checks then applies the plan; `touched` says whether the host may have changed. */
  private async applyPlan(plan: BatchPlan, config: RunningConfig): Promise<{ touched: boolean; failures?: { owner: PlannedOperation; error: FrrIacError }[] }> {
    const commands = plan.steps.map((step) => step.command);
    this.stats.checks++;
    const current = printConfig(config);
    const snippet = toTracedSnippet(commands);
    const checked = await this.port.check(`${current}${snippet.text}`);
    if (!checked.ok) {
      // vtysh names candidate lines; lines past the current configuration are ours and belong to
      // one operation each. Without a usable line number, the whole batch is refused.
      const offset = current.split("\n").length - 1;
      const owners = new Set((checked.lines ?? []).map((line) => plan.steps[snippet.owners[line - 1 - offset] ?? -1]?.owner).filter((o): o is PlannedOperation => o !== undefined));
      const blamed = owners.size > 0 ? [...owners] : [...new Set(plan.steps.map((step) => step.owner))];
      const failures = blamed.map((owner) => ({
        owner,
        error: new FrrIacError(
          "FRR_COMMAND_REJECTED",
          `${this.port.description}: ${describeOperation(owner.operation)}: the candidate configuration does not pass \`vtysh -C\`:\n  ${redactText(checked.message)}\n  Nothing was changed.`,
        ),
      }));
      return { touched: false, failures };
    }
    // The chain is "configure terminal" plus every command with context navigation in between;
    // map each chain index back to the step that produced it.
    const { chain, owners, topLevel } = toTracedChain(commands);
    this.stats.applies++;
    this.log(`applying ${commands.length} command(s) for ${new Set(plan.steps.map((s) => s.owner)).size} resource(s)`);
    const result = await this.port.apply(chain, topLevel);
    if (result.ok) return { touched: true };
    const step = plan.steps[owners[result.failedIndex] ?? 0] ?? plan.steps[0]!;
    const where = [...step.command.context, step.command.line].filter((part): part is string => part !== undefined).map(redactLine).map((part) => `\`${part}\``).join(" → ");
    const failure = {
      owner: step.owner,
      error: new FrrIacError(
        "FRR_COMMAND_REJECTED",
        `${this.port.description}: ${describeOperation(step.owner.operation)}: ${where}\n  vtysh: ${result.message}\n  Nothing was changed: the batch was rolled back.`,
      ),
    };
    return { touched: true, failures: [failure] };
  }

  private unverifiedError(owner: PlannedOperation, remaining: Command[]): FrrIacError {
    const lines = remaining.map((command) => `    ${[...command.context, command.line ?? ""].filter(Boolean).map(redactLine).join(" → ")}`).join("\n");
    return new FrrIacError(
      "FRR_VERIFY_FAILED",
      `${this.port.description}: ${describeOperation(owner.operation)} was applied but the host does not show the expected configuration; still missing:\n${lines}\n  The change was rolled back. This usually means FRR normalised a value differently than expected; please report it with the FRR version.`,
    );
  }

  private async rollback(plan: BatchPlan, after: RunningConfig, shows: Set<string>): Promise<HostSnapshot> {
    const commands = planRollback(after, plan);
    if (commands.length > 0) {
      this.log(`rolling back ${commands.length} command(s)`);
      const { chain, topLevel } = toTracedChain(commands);
      const result = await this.port.apply(chain, topLevel);
      if (!result.ok) {
        throw new FrrIacError(
          "FRR_HOST_FAILED",
          `${this.port.description}: rolling back a failed change also failed at \`${redactLine(chain[result.failedIndex] ?? "")}\` (${result.message}). The host may hold part of the change; run the operation again to converge, and check the running configuration.`,
        );
      }
    }
    return this.fetch(shows);
  }

  private settle(writes: Pending<Operation, WriteOutcome>[], plan: BatchPlan, config: RunningConfig, data: HostSnapshot): void {
    for (const pending of writes) {
      const planned = plan.planned.find((p) => p.operation === pending.request);
      const { kind, spec, type } = pending.request;
      const state = type === "delete" ? { found: false, spec: undefined, status: {}, unmanaged: [] } : this.stateOf(config, data, kind, spec, true);
      const applied = (planned?.commands ?? []).map((c) => [...c.context, c.line].filter((p): p is string => p !== undefined).map(redactLine).join(" → "));
      pending.resolve({ ...state, applied });
    }
  }

  private stateOf(config: RunningConfig, data: HostSnapshot, kind: AnyResourceKind, prior: Record<string, unknown>, withStatus: boolean): ResourceState {
    const dialect = dialectOf(config);
    const observed = kind.model.read(config, prior, dialect);
    if (!observed) return { found: false, spec: undefined, status: {}, unmanaged: [] };
    const spec = alignToPrior(kind.fields, prior, kind.model.withDefaults(observed.spec, prior, config, dialect));
    const status = withStatus ? kind.liveStatus.read(spec, data.shows) : {};
    const unmanaged = observed.unmanaged.map((c) => [...c.context, c.line].filter((p): p is string => p !== undefined).map(redactLine).join(" → "));
    return { found: true, spec, status, unmanaged };
  }
}
