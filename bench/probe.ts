// Loaded with `node --require` (through NODE_OPTIONS) into every Node process an adapter row
// starts: the Pulumi program and plugin, the Terraform provider. It instruments the product
// (bench/counters.ts) and, when the process ends, appends one JSON line to
// $FRR_IAC_BENCH_PROBE_FILE: pid, argv, peak RSS and the counters. Nothing else changes: a
// process without its own SIGINT handler (Pulumi's plugin, which the engine stops with SIGINT)
// writes its line and is then killed by the same signal, as it would have been.
import { appendFileSync } from "node:fs";
import Module from "node:module";
import { join } from "node:path";
import { instrument, zeroCounters, type Instrumentation } from "./counters";
import { REPO } from "./repo";

export interface ProbeRecord {
  readonly pid: number;
  readonly argv: readonly string[];
  /** Peak resident set size of the process (MB). */
  readonly maxRssMb: number;
  /** User + system CPU time of the whole process (ms). */
  readonly cpuMs: number;
  readonly counters: ReturnType<Instrumentation["snapshot"]>;
}

const file = process.env["FRR_IAC_BENCH_PROBE_FILE"];
/**
 * Instruments the product as soon as a process loads its host session (which loads the engine
 * and the transport before any of them is used), so processes that never touch frr-iac (the
 * Pulumi program, launcher one-liners) pay nothing.
 */
function whenProductLoads(then: () => void): void {
  const hostSession = join(REPO, "dist", "src", "host", "host-session.js");
  const loader = Module as unknown as { _load: (...args: unknown[]) => unknown };
  const load = loader._load;
  let depth = 0;
  loader._load = function (this: unknown, ...args: unknown[]) {
    depth++;
    try {
      return load.apply(this, args);
    } finally {
      // Only once the outermost require is done: every module it pulled in is complete.
      if (--depth === 0 && require.cache[hostSession] !== undefined && loader._load !== load) {
        loader._load = load;
        then();
      }
    }
  };
}

function cpuMs(): number {
  const used = process.cpuUsage();
  return (used.user + used.system) / 1000;
}

if (file !== undefined && file !== "") {
  let instrumentation: Instrumentation | undefined;
  whenProductLoads(() => (instrumentation = instrument()));
  let written = false;
  const write = () => {
    if (written) return;
    written = true;
    const counters = instrumentation?.snapshot() ?? zeroCounters();
    const record: ProbeRecord = { pid: process.pid, argv: process.argv, maxRssMb: process.resourceUsage().maxRSS / 1024, cpuMs: cpuMs(), counters };
    appendFileSync(file, `${JSON.stringify(record)}\n`);
  };
  process.on("exit", write);
  const onSigint = () => {
    if (process.listenerCount("SIGINT") > 1) return;
    write();
    process.removeListener("SIGINT", onSigint);
    process.kill(process.pid, "SIGINT");
  };
  process.on("SIGINT", onSigint);
}
