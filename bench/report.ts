// Turns the raw runs into medians, target checks, slopes and the gap breakdown, and renders the
// Markdown report. Pure.
import type { Counters, Timer } from "./counters";
import type { MachineInfo } from "./machine";
import type { HostLoad, Operation, RowName, WorkerResult } from "./measurement";

export interface RunRecord {
  readonly row: RowName;
  readonly run: number;
  readonly result?: WorkerResult;
  /** The worker itself failed (crash, timeout). */
  readonly error?: string;
}

export interface Scenario {
  readonly id: string;
  readonly title: string;
  readonly labFile: string;
  /** FRR version(s) of the hosts, e.g. "8.4.4" or "8.4.4 ×5, 10.3 ×5". */
  readonly frr: string;
  readonly hosts: readonly HostLoad[];
  /** Total N (peers, and advertisements) over all hosts. */
  readonly n: number;
  /** "8.4" | "10.3" | "mixed": scenarios of one version form a series over N for the slope. */
  readonly series: string;
  readonly runs: RunRecord[];
}

export interface BenchReport {
  readonly startedAt: string;
  finishedAt?: string;
  readonly command: string;
  readonly machine: MachineInfo;
  loadAverageEnd?: string;
  readonly settings: Readonly<Record<string, string | number | boolean>>;
  readonly scenarios: readonly Scenario[];
}

export interface Summary {
  readonly row: RowName;
  readonly operation: string;
  readonly runs: number;
  readonly failed: number;
  readonly median?: number;
  readonly min?: number;
  readonly max?: number;
  /** The run whose time is the median (its counters and facts are the ones shown). */
  readonly typical?: Operation;
  readonly firstError?: string;
}

export function median(values: readonly number[]): number | undefined {
  if (values.length === 0) return undefined;
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[mid] : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

/** One summary per (row, operation) of a scenario, in the order they were first seen. */
export function summarise(scenario: Scenario): Summary[] {
  const groups = new Map<string, { row: RowName; operation: string; ops: Operation[]; crashed: string[] }>();
  const key = (row: string, operation: string) => `${row}\u0000${operation}`;
  for (const run of scenario.runs) {
    if (run.result === undefined) {
      const g = groups.get(key(run.row, "(worker)")) ?? { row: run.row, operation: "(worker)", ops: [], crashed: [] };
      g.crashed.push(run.error ?? "no result");
      groups.set(key(run.row, "(worker)"), g);
      continue;
    }
    for (const op of run.result.operations) {
      const g = groups.get(key(run.row, op.name)) ?? { row: run.row, operation: op.name, ops: [], crashed: [] };
      g.ops.push(op);
      groups.set(key(run.row, op.name), g);
    }
  }
  return [...groups.values()].map(({ row, operation, ops, crashed }) => {
    const good = ops.filter((o) => o.ok);
    const times = good.map((o) => o.seconds);
    const m = median(times);
    const typical = m === undefined ? ops[0] : good.reduce((best, o) => (Math.abs(o.seconds - m) < Math.abs(best.seconds - m) ? o : best), good[0]!);
    const firstError = ops.find((o) => !o.ok)?.error ?? crashed[0];
    return {
      row,
      operation,
      runs: ops.length + crashed.length,
      failed: ops.length - good.length + crashed.length,
      ...(m !== undefined ? { median: m, min: Math.min(...times), max: Math.max(...times) } : {}),
      ...(typical !== undefined ? { typical } : {}),
      ...(firstError !== undefined ? { firstError } : {}),
    };
  });
}

export function find(summaries: readonly Summary[], row: RowName, operation: string): Summary | undefined {
  return summaries.find((s) => s.row === row && s.operation === operation);
}

const fmt = (seconds: number | undefined): string => (seconds === undefined ? "—" : seconds >= 100 ? seconds.toFixed(0) : seconds >= 10 ? seconds.toFixed(1) : seconds >= 1 ? seconds.toFixed(2) : seconds.toFixed(3));
const ratio = (a: number | undefined, b: number | undefined): string => (a === undefined || b === undefined || b === 0 ? "—" : `${(a / b).toFixed(a / b >= 10 ? 0 : 1)}×`);

function vtyshCell(c: Counters | undefined, facts: Operation["facts"]): string {
  if (c !== undefined && c.vtysh.total + c.ssh.channels > 0) {
    const parts = [`${c.vtysh.total}`];
    if (c.vtysh.shows > 0) parts.push(`(${c.vtysh.shows} status shows)`);
    return parts.join(" ");
  }
  return facts?.["vtysh"] !== undefined ? String(facts["vtysh"]) : "—";
}

function sshCell(c: Counters | undefined, facts: Operation["facts"]): string {
  if (c !== undefined && c.ssh.channels > 0) return `${c.ssh.connects} / ${c.ssh.channels}`;
  if (facts?.["sshConnections"] !== undefined) return `${String(facts["sshConnections"])} / ${String(facts["sshChannels"])}`;
  return "—";
}

function notes(s: Summary): string {
  const out: string[] = [];
  const f = s.typical?.facts ?? {};
  if (s.failed > 0) out.push(`**failed ${s.failed}/${s.runs}**: ${(s.firstError ?? "").replace(/\s+/g, " ").replace(/\|/g, "\\|").slice(0, 220)}`);
  if (f["extrapolated"] === true) out.push(`extrapolated from ${String(f["timedResources"])} of ${String(f["resources"])} resources (${fmt(Number(f["secondsPerResource"]))} s each)`);
  else if (f["secondsPerResource"] !== undefined) out.push(`${fmt(Number(f["secondsPerResource"]))} s per resource`);
  if (f["sentNoConfiguration"] !== undefined) out.push(f["sentNoConfiguration"] === true ? "sent no configuration command" : "**sent configuration commands**");
  const floorDiffs = Object.entries(f).filter(([k, v]) => k.startsWith("sameAsFloor.") && v !== true);
  if (floorDiffs.length > 0) out.push(`**differs from the floor**: ${floorDiffs.map(([k, v]) => `${k.slice(12)} ${String(v)}`).join("; ")}`);
  else if (Object.keys(f).some((k) => k.startsWith("sameAsFloor."))) out.push("same config as the floor");
  if (f["allFound"] === false) out.push("**some resources not found**");
  if (f["summary"] !== undefined && f["summary"] !== "") out.push(String(f["summary"]));
  if (f["phases"] !== undefined) out.push(String(f["phases"]));
  if (f["pushS"] !== undefined) out.push(`connect ${fmt(Number(f["connectS"]))} + push ${fmt(Number(f["pushS"]))} + read ${fmt(Number(f["readS"]))} s`);
  const q = s.typical?.counters?.queue;
  if (q !== undefined && q.batches > 0) out.push(`${q.batches} batches, ${q.reads} reads, ${q.checks} checks, ${q.applies} applies`);
  return out.join("; ");
}

const ROW_LABEL: Record<RowName, string> = {
  floor: "floor",
  engine: "engine",
  "engine-batched-read": "engine, one-vtysh read (prototype)",
  naive: "naive (ssh + vtysh per resource)",
  pulumi: "Pulumi stand-in",
  terraform: "Terraform",
};

export function scenarioTable(scenario: Scenario): string {
  const summaries = summarise(scenario);
  const floor = find(summaries, "floor", "push+read")?.median;
  const lines = [
    "| row | operation | median s | min–max s | runs | × floor | SSH conn / channels | vtysh runs | CPU s | peak RSS MB | notes |",
    "|---|---|---:|---:|---:|---:|---:|---:|---:|---:|---|",
  ];
  for (const s of summaries) {
    const c = s.typical?.counters;
    const isStep = s.operation.startsWith("step:");
    lines.push(
      `| ${ROW_LABEL[s.row]} | ${s.operation} | ${fmt(s.median)} | ${s.min === undefined ? "—" : `${fmt(s.min)}–${fmt(s.max)}`} | ${s.runs} | ${isStep || s.row === "floor" ? "" : ratio(s.median, floor)} | ` +
        `${sshCell(c, s.typical?.facts)} | ${vtyshCell(c, s.typical?.facts)} | ${s.typical?.cpuMs === undefined ? "—" : (s.typical.cpuMs / 1000).toFixed(1)} | ` +
        `${s.typical?.maxRssMb === undefined || s.typical.maxRssMb === 0 ? "—" : s.typical.maxRssMb.toFixed(0)} | ${notes(s)} |`,
    );
  }
  return lines.join("\n");
}

/** Least-squares line through (N, seconds). */
export function fitLine(points: readonly { n: number; seconds: number }[]): { slope: number; intercept: number } | undefined {
  if (points.length < 2) return undefined;
  const mx = points.reduce((a, p) => a + p.n, 0) / points.length;
  const my = points.reduce((a, p) => a + p.seconds, 0) / points.length;
  const sxx = points.reduce((a, p) => a + (p.n - mx) ** 2, 0);
  if (sxx === 0) return undefined;
  const slope = points.reduce((a, p) => a + (p.n - mx) * (p.seconds - my), 0) / sxx;
  return { slope, intercept: my - slope * mx };
}

const SLOPE_ROWS: readonly [RowName, string][] = [
  ["floor", "push+read"],
  ["engine", "create"],
  ["engine", "re-apply"],
  ["engine", "refresh"],
  ["engine-batched-read", "create"],
  ["engine-batched-read", "re-apply"],
  ["engine-batched-read", "refresh"],
  ["naive", "create"],
  ["pulumi", "up"],
  ["pulumi", "refresh"],
  ["terraform", "apply"],
  ["terraform", "plan"],
];

export function slopeTable(scenarios: readonly Scenario[]): string {
  const series = [...new Set(scenarios.filter((s) => s.series !== "mixed").map((s) => s.series))];
  const lines = [
    "| FRR | row | operation | s at each N | slope ms per N | intercept s | t(1000) / t(100) |",
    "|---|---|---|---|---:|---:|---:|",
  ];
  for (const version of series) {
    const inSeries = scenarios.filter((s) => s.series === version).sort((a, b) => a.n - b.n);
    for (const [row, operation] of SLOPE_ROWS) {
      const points = inSeries.flatMap((s) => {
        const m = find(summarise(s), row, operation)?.median;
        return m === undefined ? [] : [{ n: s.n, seconds: m }];
      });
      if (points.length === 0) continue;
      const line = fitLine(points);
      const at = (n: number) => points.find((p) => p.n === n)?.seconds;
      lines.push(
        `| ${version} | ${ROW_LABEL[row]} | ${operation} | ${points.map((p) => `${p.n}: ${fmt(p.seconds)}`).join(", ")} | ${line === undefined ? "—" : (line.slope * 1000).toFixed(1)} | ` +
          `${line === undefined ? "—" : line.intercept.toFixed(2)} | ${ratio(at(1000), at(100))} |`,
      );
    }
  }
  return lines.join("\n");
}

const CPU_TIMERS = ["parse", "print", "plan", "verify", "chain", "state", "validate"];

function ms(time: Record<string, Timer> | undefined, name: string): number {
  return (time?.[name]?.ms ?? 0) / 1000;
}

/** Where the engine's create time goes, next to the floor's parts, for each scenario at the largest N. */
export function gapTable(scenarios: readonly Scenario[]): string {
  const lines = [
    "| scenario | row | create s | lock (incl. SSH connect) | reads (count) | vtysh -C | apply | write memory | engine CPU | rest (connect, queue, SSH) | floor: connect + push + read |",
    "|---|---|---:|---:|---:|---:|---:|---:|---:|---:|---|",
  ];
  for (const scenario of scenarios) {
    const summaries = summarise(scenario);
    const floor = find(summaries, "floor", "push+read")?.typical?.facts;
    const floorCell = floor === undefined ? "—" : `${fmt(Number(floor["connectS"]))} + ${fmt(Number(floor["pushS"]))} + ${fmt(Number(floor["readS"]))}`;
    for (const row of ["engine", "engine-batched-read"] as const) {
      const s = find(summaries, row, "create");
      const op = s?.typical;
      if (op?.counters === undefined || !op.ok) continue;
      const t = op.counters.time;
      const cpu = CPU_TIMERS.reduce((a, n) => a + ms(t, n), 0);
      const parts = ms(t, "lockAcquire") + ms(t, "read") + ms(t, "check") + ms(t, "apply") + ms(t, "writeMemory") + cpu + ms(t, "lockRelease");
      lines.push(
        `| ${scenario.title} | ${ROW_LABEL[row]} | ${fmt(op.seconds)} | ${fmt(ms(t, "lockAcquire"))} | ${fmt(ms(t, "read"))} (${t["read"]?.count ?? 0}) | ${fmt(ms(t, "check"))} | ` +
          `${fmt(ms(t, "apply"))} | ${fmt(ms(t, "writeMemory"))} | ${fmt(cpu)} | ${fmt(Math.max(0, op.seconds - parts))} | ${floorCell} |`,
      );
    }
  }
  return lines.join("\n");
}

interface TargetCheck {
  readonly target: string;
  readonly scenario: string;
  readonly measured: string;
  readonly met: boolean | undefined;
}

export function targetChecks(scenarios: readonly Scenario[]): TargetCheck[] {
  const checks: TargetCheck[] = [];
  for (const scenario of scenarios) {
    const s = summarise(scenario);
    const floor = find(s, "floor", "push+read")?.median;
    for (const row of ["engine", "engine-batched-read"] as const) {
      const label = row === "engine" ? "" : " (one-vtysh read prototype)";
      const create = find(s, row, "create");
      if (create === undefined) continue;
      if (scenario.n === 1000) {
        const r = create.median !== undefined && floor !== undefined ? create.median / floor : undefined;
        checks.push({ target: `engine create ≤ 1.5 × floor at N = 1000${label}`, scenario: scenario.title, measured: create.failed === create.runs ? `failed: ${(create.firstError ?? "").slice(0, 120)}` : `${ratio(create.median, floor)} (${fmt(create.median)} s vs ${fmt(floor)} s)`, met: r === undefined ? false : r <= 1.5 });
      }
      const reapply = find(s, row, "re-apply");
      if (reapply !== undefined) {
        const sent = reapply.typical?.facts?.["sentNoConfiguration"];
        checks.push({ target: `converged re-apply sends no configuration command${label}`, scenario: scenario.title, measured: reapply.typical === undefined ? "not run" : `${reapply.typical.counters?.vtysh.applies ?? "?"} vtysh -E runs, ${reapply.typical.counters?.queue.applies ?? "?"} applies`, met: sent === true && reapply.failed === 0 });
      } else {
        checks.push({ target: `converged re-apply sends no configuration command${label}`, scenario: scenario.title, measured: "not run (create failed)", met: undefined });
      }
      const refresh = find(s, row, "refresh");
      const one = find(s, row, "one show running-config")?.median;
      if (refresh !== undefined) {
        const r = refresh.median !== undefined && one !== undefined ? refresh.median / one : undefined;
        checks.push({ target: `refresh of N ≤ 1.5 × one read${label}`, scenario: scenario.title, measured: refresh.failed === refresh.runs ? `failed: ${(refresh.firstError ?? "").slice(0, 120)}` : `${ratio(refresh.median, one)} (${fmt(refresh.median)} s vs ${fmt(one)} s)`, met: r === undefined ? false : r <= 1.5 });
      }
      if (scenario.n === 100 && row === "engine") {
        const naive = find(s, "naive", "create")?.median;
        const r = naive !== undefined && create.median !== undefined ? naive / create.median : undefined;
        checks.push({ target: "≥ 50× faster than naive at N = 100", scenario: scenario.title, measured: `${ratio(naive, create.median)} (${fmt(naive)} s vs ${fmt(create.median)} s)`, met: r === undefined ? undefined : r >= 50 });
      }
    }
    if (scenario.n === 1000) {
      for (const [row, operation, what] of [["engine", "refresh", "engine process"], ["pulumi", "up", "Pulumi plugin"], ["pulumi", "refresh", "Pulumi plugin"], ["terraform", "apply", "Terraform provider"], ["terraform", "plan", "Terraform provider"]] as const) {
        const x = find(s, row, operation)?.typical;
        if (x?.maxRssMb === undefined || x.maxRssMb === 0) continue;
        checks.push({ target: `memory < 300 MB at N = 1000 (${what}, ${operation})`, scenario: scenario.title, measured: `${x.maxRssMb.toFixed(0)} MB`, met: x.maxRssMb < 300 });
      }
    }
  }
  return checks;
}

export function renderReport(report: BenchReport): string {
  const m = report.machine;
  const out: string[] = [
    `# frr-iac benchmark, ${report.startedAt}`,
    "",
    `\`${report.command}\` — commit ${m.git}. How to read this: docs/benchmarks.md.`,
    "",
    "## Machine",
    "",
    "| | |",
    "|---|---|",
    `| CPU | ${m.cpu} |`,
    `| cores | ${m.cores} |`,
    `| memory | ${m.memoryGiB} GiB |`,
    `| kernel | ${m.kernel} |`,
    `| OS | ${m.os} |`,
    `| Node / Terraform / Pulumi SDK | ${m.node} / ${m.terraform} / ${m.pulumiSdk} |`,
    `| load average at start / end | ${m.loadAverage} / ${report.loadAverageEnd ?? "—"} |`,
    `| settings | ${Object.entries(report.settings).map(([k, v]) => `${k}=${String(v)}`).join(", ")} |`,
    "",
    "## Targets",
    "",
    "| target | scenario | measured | met |",
    "|---|---|---|---|",
    ...targetChecks(report.scenarios).map((c) => `| ${c.target} | ${c.scenario} | ${c.measured.replace(/\|/g, "\\|").replace(/\s+/g, " ")} | ${c.met === undefined ? "—" : c.met ? "yes" : "**no**"} |`),
    "",
    "## Cost as N grows (medians; least-squares line through N = 10, 100, 1000)",
    "",
    slopeTable(report.scenarios),
    "",
    "## Where the engine's create time goes (median run; timers summed over the batches)",
    "",
    gapTable(report.scenarios),
    "",
  ];
  for (const scenario of report.scenarios) {
    out.push(`## ${scenario.title}`, "", `FRR ${scenario.frr}; hosts ${scenario.hosts.map((h) => `${h.name} (N=${h.n})`).join(", ")}; ${2 * scenario.n + 3 * scenario.hosts.length} resources.`, "", scenarioTable(scenario), "");
  }
  out.push("## Command lines", "");
  const seen = new Set<string>();
  for (const scenario of report.scenarios) {
    for (const run of scenario.runs) {
      if (run.result === undefined || seen.has(run.row)) continue;
      seen.add(run.row);
      out.push(`**${ROW_LABEL[run.row]}**`, "", "```", ...run.result.commandLines, "```", "");
    }
  }
  return out.join("\n");
}
