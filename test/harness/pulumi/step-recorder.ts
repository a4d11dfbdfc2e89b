import { nameOf } from "./resource-state";
import type { DiffSource, Step, StepOp } from "./steps";

/** One executed step, for the summary, the JSON report and ordering assertions in tests. */
export interface StepRecord {
  op: StepOp;
  urn: string;
  type: string;
  name: string;
  /** Default-provider steps; the CLI neither shows nor counts them. */
  internal: boolean;
  status: "ok" | "failed";
  error?: string;
  replaceKeys?: string[];
  diffs?: string[];
  diffSource?: DiffSource;
  /** For refresh steps: what the refresh found (the CLI's ResultOp). */
  resultOp?: "same" | "update" | "delete";
  /** Milliseconds since the operation phase started. */
  startedAtMs: number;
  durationMs: number;
  /** Sequence number of completion within the phase (0-based). */
  seq: number;
}

export interface Diagnostic {
  severity: "error" | "warning" | "info" | "debug";
  urn?: string;
  message: string;
}

export class StepRecorder {
  readonly records: StepRecord[] = [];
  readonly diagnostics: Diagnostic[] = [];
  private readonly t0 = Date.now();

  elapsed(): number {
    return Date.now() - this.t0;
  }

  async track<T>(step: Step, run: () => Promise<T>, extra?: (result: T) => Partial<StepRecord>): Promise<T> {
    const startedAtMs = this.elapsed();
    const base = {
      op: step.op,
      urn: step.urn,
      type: step.type,
      name: nameOf(step.urn),
      internal: step.internal === true,
      replaceKeys: step.replaceKeys,
      diffs: step.diffs,
      diffSource: step.diffSource,
      startedAtMs,
    };
    try {
      const result = await run();
      this.records.push({ ...base, ...extra?.(result), status: "ok", durationMs: this.elapsed() - startedAtMs, seq: this.records.length });
      return result;
    } catch (err) {
      this.records.push({
        ...base,
        status: "failed",
        error: err instanceof Error ? err.message : String(err),
        durationMs: this.elapsed() - startedAtMs,
        seq: this.records.length,
      });
      throw err;
    }
  }

  diagnostic(d: Diagnostic): void {
    this.diagnostics.push(d);
  }
}
