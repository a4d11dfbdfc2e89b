// Reading what bench/probe.ts wrote for the processes of one adapter operation, and the
// environment that makes a child process load it.
import { existsSync, readFileSync, rmSync } from "node:fs";
import { join } from "node:path";
import { sum } from "./counters";
import type { Operation } from "./measurement";
import type { ProbeRecord } from "./probe";
import { BUILD } from "./repo";

export function probeEnv(file: string): Record<string, string> {
  rmSync(file, { force: true });
  const require = `--require ${join(BUILD, "probe.js")}`;
  const existing = process.env["NODE_OPTIONS"];
  return { NODE_OPTIONS: existing ? `${existing} ${require}` : require, FRR_IAC_BENCH_PROBE_FILE: file };
}

export function readProbe(file: string): ProbeRecord[] {
  if (!existsSync(file)) return [];
  return readFileSync(file, "utf8")
    .split("\n")
    .filter((line) => line.trim() !== "")
    .map((line) => JSON.parse(line) as ProbeRecord);
}

/** Counters, peak RSS and CPU of the provider processes among the records (`isProvider` picks them). */
export function providerFigures(records: readonly ProbeRecord[], isProvider: (r: ProbeRecord) => boolean): Pick<Operation, "counters" | "maxRssMb" | "cpuMs" | "processes"> {
  const providers = records.filter(isProvider);
  return {
    counters: sum(providers.map((r) => r.counters)),
    maxRssMb: Math.max(0, ...providers.map((r) => r.maxRssMb)),
    cpuMs: providers.reduce((total, r) => total + r.cpuMs, 0),
    processes: providers.length,
  };
}
