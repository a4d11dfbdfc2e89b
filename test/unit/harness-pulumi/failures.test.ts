import { existsSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { up } from "../../harness/pulumi/operations";

// Failed creates, as the engine records them: the update fails (exit 1), what was done is saved,
// and a partially created resource (ErrorResourceInitFailed) stays in the state with its init errors.

const FIXTURE = join(__dirname, "../../harness/pulumi/fixtures/files-program");
const dirs: string[] = [];
afterAll(() => dirs.forEach((d) => rmSync(d, { recursive: true, force: true })));

function stack(failWith: string) {
  const dir = mkdtempSync(join(tmpdir(), "stand-in-fail-"));
  dirs.push(dir);
  const stateFile = join(dir, "state.json");
  const run = () =>
    up({ cwd: FIXTURE, stack: "fail", stateFile, passphrase: "", skipPreview: true, config: [{ key: "dir", value: dir }, { key: "failWith", value: failWith }] });
  const resources = () =>
    (JSON.parse(readFileSync(stateFile, "utf8")) as { checkpoint: { latest: { resources: { urn: string; initErrors?: string[]; id?: string }[] } } }).checkpoint.latest
      .resources;
  return { dir, run, resources };
}

describe("failed steps", () => {
  it("fails the update, keeps what was created, leaves the failed resource out", { timeout: 120_000 }, async () => {
    const s = stack("FAIL");
    const r = await s.run();
    expect(r.exitCode).toBe(1);
    expect(r.error).toContain("the content says FAIL");
    const failed = r.steps.find((st) => st.name === "failing");
    expect(failed).toMatchObject({ op: "create", status: "failed" });
    const urns = s.resources().map((res) => res.urn.split("::").pop());
    expect(urns).toContain("c");
    expect(urns).not.toContain("failing");
  });

  it("keeps a partially created resource with its init errors", { timeout: 120_000 }, async () => {
    const s = stack("PARTIAL");
    const r = await s.run();
    expect(r.exitCode).toBe(1);
    expect(r.error).toContain("was written but is not healthy");
    const partial = s.resources().find((res) => res.urn.endsWith("::failing"));
    expect(partial?.initErrors).toEqual(["content says PARTIAL"]);
    expect(partial?.id).toBe(join(s.dir, "failing.txt"));
    expect(existsSync(join(s.dir, "failing.txt"))).toBe(true);
  });
});
