// The benchmark driver (scripts/bench.sh runs it in the machine's namespace, with the labs up):
// for every scenario and run it resets the hosts, starts one worker per row inside the lab's
// management namespace, and collects the results; then it writes bench/results/<date>.json and
// <date>.md. Usage: see USAGE below or docs/benchmarks.md.
import { execFileSync, spawn } from "node:child_process";
import { appendFileSync, mkdirSync, renameSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { resetHosts } from "./host-reset";
import { readLab } from "./lab-hosts";
import { loadAverage, machineInfo } from "./machine";
import type { HostLoad, RowName, WorkerRequest, WorkerResult } from "./measurement";
import { renderReport, type BenchReport, type RunRecord, type Scenario } from "./report";
import { BUILD, REPO } from "./repo";
import { perHost } from "./workload";

const USAGE = `usage: npm run bench -- [options]
  --runs N                 runs of every row (default 3; medians are reported)
  --sizes 10,100,1000      N on one host (peers, and advertisements)
  --versions 8.4,10.3      FRR versions (hosts b84, b103 of lab/topologies/bench.yaml)
  --rows LIST              floor,engine,engine-batched-read,naive,pulumi,terraform (default all)
  --no-multi               skip 1000 resources spread over the 10 hosts of bench10.yaml
  --large-runs N           runs of the Pulumi and Terraform rows at N = 1000 (default 1: minutes each)
  --sample-every K         naive row at N = 1000: time every K-th peer and advertisement (default 20)
  --timeout-minutes M      per worker (default 60)
  --adapter-parallel P     pulumi --parallel P and terraform -parallelism=P (default: the tools' defaults)
  --cpu-prof               write V8 CPU profiles of the engine workers to bench/.work/profiles
  --quick                  --sizes 10,100 --runs 1 --no-multi`;

interface Options {
  runs: number;
  sizes: number[];
  versions: string[];
  rows: RowName[];
  multi: boolean;
  largeRuns: number;
  sampleEvery: number;
  timeoutMinutes: number;
  cpuProf: boolean;
  adapterParallel: number | undefined;
  lab: string;
  lab10: string;
}

const ALL_ROWS: RowName[] = ["floor", "engine", "engine-batched-read", "naive", "pulumi", "terraform"];
const HOST_OF_VERSION: Record<string, string> = { "8.4": "b84", "10.3": "b103" };

function parseOptions(args: readonly string[]): Options {
  const o: Options = { runs: 3, sizes: [10, 100, 1000], versions: ["8.4", "10.3"], rows: ALL_ROWS, multi: true, largeRuns: 1, sampleEvery: 20, timeoutMinutes: 60, cpuProf: false, adapterParallel: undefined, lab: "bench", lab10: "bench10" };
  const list = (v: string | undefined) => (v ?? "").split(",").map((s) => s.trim()).filter(Boolean);
  for (let i = 0; i < args.length; i++) {
    const arg = args[i]!;
    const value = () => {
      const v = args[++i];
      if (v === undefined) throw new Error(`${arg} needs a value\n${USAGE}`);
      return v;
    };
    switch (arg) {
      case "--runs": o.runs = Number(value()); break;
      case "--sizes": o.sizes = list(value()).map(Number); break;
      case "--versions": o.versions = list(value()); break;
      case "--rows": o.rows = list(value()) as RowName[]; break;
      case "--no-multi": o.multi = false; break;
      case "--large-runs": o.largeRuns = Number(value()); break;
      case "--sample-every": o.sampleEvery = Number(value()); break;
      case "--timeout-minutes": o.timeoutMinutes = Number(value()); break;
      case "--cpu-prof": o.cpuProf = true; break;
      case "--adapter-parallel": o.adapterParallel = Number(value()); break;
      case "--lab": o.lab = value(); break;
      case "--lab10": o.lab10 = value(); break;
      case "--quick": o.sizes = [10, 100]; o.runs = 1; o.multi = false; break;
      case "--help": case "-h": process.stdout.write(`${USAGE}\n`); process.exit(0); break;
      default: throw new Error(`unknown option ${arg}\n${USAGE}`);
    }
  }
  for (const row of o.rows) if (!ALL_ROWS.includes(row)) throw new Error(`unknown row ${row}; rows: ${ALL_ROWS.join(", ")}`);
  for (const v of o.versions) if (HOST_OF_VERSION[v] === undefined) throw new Error(`unknown FRR version ${v}; versions: 8.4, 10.3`);
  if (!(o.runs >= 1) || o.sizes.some((n) => !(n >= 1))) throw new Error(`--runs and --sizes must be positive\n${USAGE}`);
  return o;
}

function labFileOf(name: string): string {
  return join(REPO, ".lab", `${name}.json`);
}

function scenarios(o: Options): Scenario[] {
  const out: Scenario[] = [];
  for (const version of o.versions) {
    const host = HOST_OF_VERSION[version]!;
    const labFile = labFileOf(o.lab);
    const frr = readLab(labFile).hosts[host]?.frr.version ?? version;
    for (const n of o.sizes) out.push({ id: `${host}-n${n}`, title: `One host, FRR ${version}, N = ${n}`, labFile, frr, hosts: [{ name: host, n }], n, series: version, runs: [] });
  }
  if (o.multi) {
    const labFile = labFileOf(o.lab10);
    const lab = readLab(labFile);
    const names = Object.keys(lab.hosts).sort();
    const counts = perHost(1000, names.length);
    const versions = names.map((h) => lab.hosts[h]!.frr.version);
    const frr = [...new Set(versions)].map((v) => `${v} ×${versions.filter((x) => x === v).length}`).join(", ");
    out.push({ id: "ten-hosts-n1000", title: `10 hosts, N = 1000 in total`, labFile, frr, hosts: names.map((name, i) => ({ name, n: counts[i]! })), n: 1000, series: "mixed", runs: [] });
  }
  return out;
}

function runsFor(o: Options, scenario: Scenario, row: RowName): number {
  return (row === "pulumi" || row === "terraform") && scenario.n >= 1000 ? Math.min(o.largeRuns, o.runs) : o.runs;
}

function installTerraformProvider(dir: string): string {
  const out = execFileSync(process.execPath, [join(REPO, "dist/src/cli/main.js"), "terraform", "install", "--dir", dir], { encoding: "utf8" });
  const match = /^CLI configuration: (.+)$/m.exec(out);
  if (match?.[1] === undefined) throw new Error(`frr-iac terraform install printed no CLI configuration:\n${out}`);
  return match[1];
}

/** Runs a worker in the lab's management namespace; resolves its result, or an error text. */
function runWorker(request: WorkerRequest, o: Options, log: string): Promise<{ result?: WorkerResult; error?: string }> {
  const lab = readLab(request.labFile);
  const requestFile = join(request.workDir, `request-${request.row}.json`);
  writeFileSync(requestFile, JSON.stringify(request));
  const profile = o.cpuProf && request.row.startsWith("engine") ? ["--cpu-prof", "--cpu-prof-dir", join(REPO, "bench/.work/profiles")] : [];
  const argv = [...lab.management.exec, process.execPath, ...profile, join(BUILD, "worker.js"), requestFile];
  appendFileSync(log, `\n=== ${new Date().toISOString()} ${argv.join(" ")}\n`);
  return new Promise((resolve) => {
    const child = spawn(argv[0]!, argv.slice(1), { stdio: ["ignore", "pipe", "pipe"], detached: true, cwd: REPO });
    let stdout = "";
    child.stdout.on("data", (d: Buffer) => (stdout += d.toString()));
    child.stderr.on("data", (d: Buffer) => appendFileSync(log, d));
    const timer = setTimeout(() => {
      appendFileSync(log, `=== timeout after ${o.timeoutMinutes} min: killing the worker\n`);
      try {
        process.kill(-child.pid!, "SIGKILL");
      } catch {
        // already gone
      }
    }, o.timeoutMinutes * 60_000);
    child.on("close", (code, signal) => {
      clearTimeout(timer);
      const last = stdout.trim().split("\n").pop() ?? "";
      try {
        resolve({ result: JSON.parse(last) as WorkerResult });
      } catch {
        resolve({ error: signal === "SIGKILL" ? `timed out after ${o.timeoutMinutes} min` : `worker exited ${String(code ?? signal)} without a result (see ${log})` });
      }
    });
  });
}

function progress(scenario: Scenario, row: RowName, run: number, outcome: { result?: WorkerResult; error?: string }): string {
  const ops = outcome.result?.operations.filter((op) => !op.name.startsWith("step:")).map((op) => `${op.name} ${op.ok ? `${op.seconds.toFixed(2)} s` : "FAILED"}`) ?? [`worker failed: ${outcome.error ?? ""}`];
  return `${scenario.title} | ${row} run ${run}: ${ops.join(", ")}`;
}

async function main(): Promise<void> {
  const args = process.argv.slice(2);
  const o = parseOptions(args);
  const stamp = new Date().toISOString().slice(0, 16).replace(":", "-");
  const resultsDir = join(REPO, "bench", "results");
  const work = join(REPO, "bench", ".work");
  mkdirSync(resultsDir, { recursive: true });
  mkdirSync(join(work, "logs"), { recursive: true });
  const log = join(work, "logs", `${stamp}.log`);
  const cliConfig = o.rows.includes("terraform") ? installTerraformProvider(join(work, "terraform-mirror")) : undefined;
  const all = scenarios(o);
  const report: BenchReport = {
    startedAt: new Date().toISOString(),
    command: `npm run bench${args.length > 0 ? ` -- ${args.join(" ")}` : ""}`,
    machine: machineInfo(),
    settings: { runs: o.runs, largeRuns: o.largeRuns, naiveSampleEvery: o.sampleEvery, login: "non-root operator, plain shell", pulumiParallel: o.adapterParallel ?? "default (4 × cores)", terraformParallelism: o.adapterParallel ?? "default (10)" },
    scenarios: all,
  };
  const save = (final: boolean) => {
    const json = JSON.stringify(report, null, 1);
    if (!final) {
      writeFileSync(join(resultsDir, `${stamp}.json.tmp`), json);
      return;
    }
    writeFileSync(join(resultsDir, `${stamp}.json`), json);
    writeFileSync(join(resultsDir, `${stamp}.md`), renderReport(report));
  };
  for (const scenario of all) {
    const dir = join(work, scenario.id);
    mkdirSync(dir, { recursive: true });
    let expected: Record<string, readonly string[]> | undefined;
    for (let run = 1; run <= o.runs; run++) {
      for (const row of o.rows) {
        if (run > runsFor(o, scenario, row)) continue;
        await resetHosts(scenario.labFile, scenario.hosts.map((h) => h.name));
        const request: WorkerRequest = {
          row,
          labFile: scenario.labFile,
          hosts: scenario.hosts as HostLoad[],
          workDir: dir,
          ...(row === "naive" && scenario.n >= 1000 ? { sampleEvery: o.sampleEvery } : {}),
          ...(row.startsWith("engine") && expected !== undefined ? { expected } : {}),
          ...(row === "terraform" && cliConfig !== undefined ? { terraformCliConfig: cliConfig } : {}),
          ...((row === "pulumi" || row === "terraform") && o.adapterParallel !== undefined ? { parallel: o.adapterParallel } : {}),
        };
        const outcome = await runWorker(request, o, log);
        if (row === "floor" && outcome.result?.runningConfigs !== undefined) expected = outcome.result.runningConfigs;
        const record: RunRecord = { row, run, ...(outcome.result ? { result: outcome.result } : {}), ...(outcome.error ? { error: outcome.error } : {}) };
        scenario.runs.push(record);
        process.stdout.write(`${progress(scenario, row, run, outcome)}\n`);
        save(false);
      }
    }
    await resetHosts(scenario.labFile, scenario.hosts.map((h) => h.name));
  }
  report.finishedAt = new Date().toISOString();
  report.loadAverageEnd = loadAverage();
  save(true);
  renameSync(join(resultsDir, `${stamp}.json.tmp`), join(work, "logs", `${stamp}.json.tmp`));
  process.stdout.write(`report: bench/results/${stamp}.md and bench/results/${stamp}.json (log: ${log})\n`);
}

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
  process.exit(1);
});
