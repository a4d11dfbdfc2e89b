// examples/pulumi-scale: 200 prefix-lists on one host. Creates are committed in groups and a
// refresh reads the host a handful of times, not once per resource. The plugin is a separate
// process, so it reports its counters through $FRR_IAC_METRICS_FILE (one JSON line per operation).
import { existsSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { OperationResult } from "../../harness/pulumi/operation-report";
import { destroy, preview, refresh, up, type OperationOptions } from "../../harness/pulumi/operations";
import { labFilePath, runningConfig } from "../../support/lab-env";

const EXAMPLE = resolve(__dirname, "../../../examples/pulumi-scale");
const COUNT = 200;

interface Metrics {
  readonly pid: number;
  readonly operation: string;
  readonly batches: number;
  readonly reads: number;
  readonly applies: number;
  readonly ssh: Record<string, { readonly commandsRun: number; readonly connects: number }>;
}

let dir: string;
let stateFile: string;
let before: string;
const timings: string[] = [];

const options = (extra: Partial<OperationOptions> = {}): OperationOptions => ({
  cwd: EXAMPLE,
  stack: "lab",
  stateFile,
  passphrase: "frr-iac test passphrase",
  config: [
    { key: "frr:labFile", value: labFilePath("tor") },
    { key: "count", value: String(COUNT) },
  ],
  ...extra,
});

/** Runs an operation with the plugin's metrics going to a fresh file; returns the last line per plugin process. */
async function measured(what: string, operation: () => Promise<OperationResult>): Promise<{ result: OperationResult; perProcess: Metrics[] }> {
  const file = join(dir, `${what.replace(/\W+/g, "-")}.jsonl`);
  process.env["FRR_IAC_METRICS_FILE"] = file;
  try {
    const result = await operation();
    timings.push(`${what}: ${(result.durationMs / 1000).toFixed(1)} s`);
    const lines = existsSync(file) ? readFileSync(file, "utf8").trim().split("\n").filter(Boolean).map((line) => JSON.parse(line) as Metrics) : [];
    const last = new Map<number, Metrics>();
    for (const line of lines) last.set(line.pid, line);
    return { result, perProcess: [...last.values()] };
  } finally {
    delete process.env["FRR_IAC_METRICS_FILE"];
  }
}

function expectOk(result: OperationResult): void {
  expect(result.error ?? "", result.log.slice(-40).join("\n")).toBe("");
}

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), "frr-pulumi-scale-"));
  stateFile = join(dir, "state.json");
  before = await runningConfig("tor", "node1");
});

afterAll(async () => {
  if (existsSync(stateFile)) await destroy(options({ parallel: 32, skipPreview: true }));
  rmSync(dir, { recursive: true, force: true });
  console.info(`pulumi-scale timings (${COUNT} prefix-lists on node1):\n  ${timings.join("\n  ")}`);
});

describe(`${COUNT} resources on one host`, () => {
  it("up commits the creates in groups", async () => {
    const { result, perProcess } = await measured("up -p 32", () => up(options({ parallel: 32, skipPreview: true })));
    expectOk(result);
    expect(result.changes).toMatchObject({ create: COUNT + 1 });
    expect(perProcess).toHaveLength(1);
    // Each batch is one check + one apply + one write memory for several resources.
    expect(perProcess[0]!.applies).toBeLessThan(COUNT / 4);
    timings.push(`  up: ${perProcess[0]!.batches} batches, ${perProcess[0]!.reads} reads, ${perProcess[0]!.applies} applies`);
  });

  it("refresh reads the host a handful of times, not once per resource", async () => {
    const { result, perProcess } = await measured("refresh", () => refresh(options({ expectNoChanges: true })));
    expectOk(result);
    // Two plugin processes: the refresh's preview and the refresh itself.
    expect(result.phases.map((p) => p.providerRpcs["Read"])).toEqual([COUNT, COUNT]);
    expect(perProcess).toHaveLength(2);
    for (const metrics of perProcess) {
      expect(metrics.reads).toBeLessThanOrEqual(5);
      const ssh = Object.values(metrics.ssh);
      expect(ssh.reduce((sum, host) => sum + host.connects, 0)).toBe(1);
      expect(ssh.reduce((sum, host) => sum + host.commandsRun, 0)).toBeLessThanOrEqual(5);
    }
    timings.push(`  refresh: ${perProcess.map((m) => `${m.reads} read(s)`).join(" + ")} for ${COUNT} Read RPCs each`);
  });

  it("preview --refresh --expect-no-changes reads the host once or twice", async () => {
    const { result, perProcess } = await measured("preview --refresh", () => preview(options({ refresh: true, expectNoChanges: true })));
    expectOk(result);
    expect(perProcess).toHaveLength(1);
    expect(perProcess[0]!.reads).toBeLessThanOrEqual(5);
  });

  it("destroy removes exactly what was created", async () => {
    const { result } = await measured("destroy -p 32", () => destroy(options({ parallel: 32, skipPreview: true })));
    expectOk(result);
    expect(result.changes).toMatchObject({ delete: COUNT + 1 });
    expect(await runningConfig("tor", "node1")).toBe(before);
    rmSync(stateFile);
  });
});
