import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { up } from "../../harness/pulumi/operations";

// Creates run as parallel step chains, never more than --parallel at once, and still after the
// resources they depend on (the SDK registers a dependant only once its inputs are resolved).

const FIXTURE = join(__dirname, "../../harness/pulumi/fixtures/files-program");
const dirs: string[] = [];
afterAll(() => dirs.forEach((d) => rmSync(d, { recursive: true, force: true })));

async function slowUp(parallel: number) {
  const dir = mkdtempSync(join(tmpdir(), "stand-in-par-"));
  dirs.push(dir);
  const r = await up({
    cwd: FIXTURE,
    stack: "par",
    stateFile: join(dir, "state.json"),
    passphrase: "",
    parallel,
    skipPreview: true,
    config: [
      { key: "dir", value: dir },
      { key: "createDelayMs", value: "400" },
    ],
  });
  const lines = readFileSync(join(dir, "journal.log"), "utf8").trim().split("\n");
  return { r, lines };
}

describe("parallel step execution", () => {
  it("overlaps independent creates up to the limit and keeps dependency order", { timeout: 120_000 }, async () => {
    const two = await slowUp(2);
    expect(two.r.ok).toBe(true);
    expect(two.r.phases[0]?.parallelPeak).toBe(2);
    const one = await slowUp(1);
    expect(one.r.ok).toBe(true);
    expect(one.r.phases[0]?.parallelPeak).toBe(1);
    for (const { lines } of [two, one]) {
      expect(lines.indexOf("create a.txt")).toBeLessThan(lines.indexOf("create d.txt"));
      expect(lines.indexOf("create a.txt")).toBeLessThan(lines.indexOf("create b.txt"));
      expect(lines.indexOf("create c.txt")).toBeLessThan(lines.indexOf("create c.txt.child"));
    }
    // Five creates wait 400 ms (a, c, d, e, kept): one lane needs ≥ 2 s of create time, two lanes less.
    const span = (r: typeof one.r): number => {
      const creates = r.steps.filter((s) => s.op === "create" && s.type.includes("dynamic"));
      return Math.max(...creates.map((s) => s.startedAtMs + s.durationMs)) - Math.min(...creates.map((s) => s.startedAtMs));
    };
    expect(span(one.r)).toBeGreaterThanOrEqual(2000);
    expect(span(two.r)).toBeLessThan(span(one.r) - 300);
  });
});
