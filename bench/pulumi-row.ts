// The Pulumi adapter: the program in bench/pulumi-program, run by the Pulumi engine stand-in
// (test/harness/pulumi) with the real SDK and the real dynamic-provider plugin: `up` (preview +
// update) from an empty state, then `refresh` (preview + refresh, expecting no changes).
import { mkdirSync, rmSync } from "node:fs";
import { join } from "node:path";
import { refresh, up, type OperationOptions } from "../test/harness/pulumi/operations";
import type { OperationResult } from "../test/harness/pulumi/operation-report";
import { LAB_USER } from "./lab-hosts";
import { shortError, type Operation, type WorkerRequest, type WorkerResult } from "./measurement";
import { probeEnv, providerFigures, readProbe } from "./probe-records";
import { REPO } from "./repo";

const PROGRAM = join(REPO, "bench", "pulumi-program");

async function operation(name: string, probeFile: string, work: () => Promise<OperationResult>): Promise<Operation> {
  const env = probeEnv(probeFile);
  const saved = Object.fromEntries(Object.keys(env).map((k) => [k, process.env[k]]));
  Object.assign(process.env, env);
  const started = performance.now();
  try {
    const result = await work();
    const seconds = (performance.now() - started) / 1000;
    const figures = providerFigures(readProbe(probeFile), (r) => r.argv.some((a) => a.includes("dynamic-provider")));
    const rpcs = result.providerRpcs;
    return {
      name,
      seconds,
      ok: result.ok,
      ...(result.ok ? {} : { error: shortError(result.error ?? `exit ${result.exitCode}`) }),
      ...figures,
      facts: {
        phases: result.phases.map((p) => `${p.kind} ${(p.durationMs / 1000).toFixed(1)} s`).join(", "),
        changes: JSON.stringify(result.changes),
        rpcs: Object.entries(rpcs).map(([k, v]) => `${k} ${v}`).join(", "),
        parallelPeak: Math.max(0, ...result.phases.map((p) => p.parallelPeak)),
      },
    };
  } catch (error) {
    return { name, seconds: (performance.now() - started) / 1000, ok: false, error: shortError(error) };
  } finally {
    for (const [k, v] of Object.entries(saved)) {
      if (v === undefined) delete process.env[k];
      else process.env[k] = v;
    }
  }
}

export async function pulumiRow(request: WorkerRequest): Promise<WorkerResult> {
  const dir = join(request.workDir, "pulumi");
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  const count = request.hosts[0]!.n;
  if (request.hosts.some((h) => h.n !== count)) throw new Error("the Pulumi program puts the same N on every host");
  const options: OperationOptions = {
    cwd: PROGRAM,
    stack: "bench",
    stateFile: join(dir, "state.json"),
    passphrase: "frr-iac bench",
    config: [
      { key: "count", value: String(count) },
      { key: "hosts", value: request.hosts.map((h) => h.name).join(",") },
      { key: "frr:labFile", value: request.labFile },
      { key: "frr:labUser", value: LAB_USER },
    ],
    ...(request.parallel !== undefined ? { parallel: request.parallel } : {}),
    timeoutMs: 60 * 60 * 1000,
  };
  const operations: Operation[] = [];
  const created = await operation("up", join(dir, "probe-up.jsonl"), () => up(options));
  operations.push(created);
  if (created.ok) operations.push(await operation("refresh", join(dir, "probe-refresh.jsonl"), () => refresh({ ...options, expectNoChanges: true })));
  return {
    row: "pulumi",
    operations,
    commandLines: [
      `pulumi up --yes ${request.parallel !== undefined ? `--parallel ${request.parallel}` : "(default --parallel: 4 × CPUs)"}  # the stand-in: test/harness/pulumi operations.up(), program bench/pulumi-program`,
      "pulumi refresh --yes --expect-no-changes",
      `config: count=${count} hosts=${request.hosts.map((h) => h.name).join(",")} frr:labUser=${LAB_USER}`,
    ],
  };
}
