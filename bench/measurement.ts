// What a worker is asked to do and what it reports. Pure types and small helpers shared by the
// orchestrator (bench/run-bench.ts) and the workers (bench/worker.ts).
import type { Counters } from "./counters";

export type RowName = "floor" | "engine" | "engine-batched-read" | "naive" | "pulumi" | "terraform";

export interface HostLoad {
  /** Lab host name. */
  readonly name: string;
  /** N: peers and advertisements on this host (2N + 3 resources). */
  readonly n: number;
}

export interface WorkerRequest {
  readonly row: RowName;
  readonly labFile: string;
  readonly hosts: readonly HostLoad[];
  /** A scratch directory of this scenario (programs, state, probe files). */
  readonly workDir: string;
  /** naive: time every k-th peer and advertisement only (k = 1: all resources). */
  readonly sampleEvery?: number;
  /** engine rows: the floor's running configuration per host, to check both end the same. */
  readonly expected?: Readonly<Record<string, readonly string[]>>;
  /** terraform: the CLI configuration written by `frr-iac terraform install`. */
  readonly terraformCliConfig?: string;
  /** pulumi: --parallel; terraform: -parallelism. Default: the tool's own default. */
  readonly parallel?: number;
}

export interface Operation {
  /** e.g. "push+read", "create", "re-apply", "refresh", "up", "plan". */
  readonly name: string;
  readonly seconds: number;
  readonly ok: boolean;
  readonly error?: string;
  /** Counters of the process doing the work (the adapters' provider processes summed). */
  readonly counters?: Counters;
  /** Peak RSS of the provider process (MB): the engine worker, the Pulumi plugin, the Terraform provider. */
  readonly maxRssMb?: number;
  /** CPU time of the provider process(es) during the operation (ms). */
  readonly cpuMs?: number;
  /** Provider processes started for the operation (adapters). */
  readonly processes?: number;
  /** Operation-specific facts: SSH connections, extrapolation, whether it sent any command... */
  readonly facts?: Readonly<Record<string, string | number | boolean>>;
}

export interface WorkerResult {
  readonly row: RowName;
  readonly operations: readonly Operation[];
  /** floor: the final running configuration per host (config lines, header removed). */
  readonly runningConfigs?: Readonly<Record<string, readonly string[]>>;
  /** How the work was done, for the report's "command lines". */
  readonly commandLines: readonly string[];
}

/** Configuration lines of a running-config, without vtysh's banner, separators and version line. */
export function configLines(text: string): string[] {
  return text
    .split("\n")
    .map((line) => line.trimEnd())
    .filter((line) => line !== "" && line !== "!" && line !== "end" && !/^(Building configuration|Current configuration|frr version )/.test(line));
}

/** The first difference between two configurations, for a readable "not the same" fact. */
export function firstDifference(a: readonly string[], b: readonly string[]): string | undefined {
  const inB = new Set(b);
  const inA = new Set(a);
  const missing = a.find((line) => !inB.has(line));
  if (missing !== undefined) return `missing: ${missing}`;
  const extra = b.find((line) => !inA.has(line));
  return extra === undefined ? undefined : `extra: ${extra}`;
}

export function shortError(error: unknown): string {
  const text = error instanceof Error ? error.message : String(error);
  return text.length > 400 ? `${text.slice(0, 400)}…` : text;
}
