import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { preview } from "../../harness/pulumi/operations";

const dir = mkdtempSync(join(tmpdir(), "stand-in-foreign-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe("resources the stand-in cannot run", () => {
  it("rejects a custom resource of another provider package with a clear message", { timeout: 60_000 }, async () => {
    const r = await preview({
      cwd: join(__dirname, "../../harness/pulumi/fixtures/foreign-provider-program"),
      stack: "dev",
      stateFile: join(dir, "state.json"),
      passphrase: "",
    });
    expect(r.exitCode).toBe(1);
    const messages = r.diagnostics.map((d) => d.message).join("\n");
    expect(messages).toContain('resource logs has type aws:s3/bucket:Bucket from package "aws"');
    expect(messages).toContain("only runs dynamic providers");
    // The component and the stack were still handled.
    expect(r.steps.map((s) => `${s.op} ${s.name}`)).toEqual(["create foreign-dev", "create group"]);
    expect(r.providerRpcs).toEqual({});
  });
});
