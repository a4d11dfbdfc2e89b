import { spawnSync } from "node:child_process";
import { cpSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { parseArgs } from "../../harness/pulumi/cli";
import { PassphraseCrypter } from "../../harness/pulumi/passphrase-crypter";

const ROOT = join(__dirname, "../../..");
const CLI = join(ROOT, "test/harness/pulumi/cli.ts");
const scratch: string[] = [];

afterAll(() => {
  for (const d of scratch) {
    rmSync(d, { recursive: true, force: true });
  }
});

describe("stand-in CLI", () => {
  it("parses the documented flags", () => {
    const p = parseArgs(["preview", "--cwd", "/p", "-s", "dev", "--state", "/s.json", "-c", "a=1", "--config-secret", "b=x=y", "-p", "3", "--refresh", "--expect-no-changes", "--json"]);
    expect(p.op).toBe("preview");
    expect(p.json).toBe(true);
    expect(p.options).toMatchObject({
      cwd: "/p",
      stack: "dev",
      stateFile: "/s.json",
      parallel: 3,
      refresh: true,
      expectNoChanges: true,
      config: [
        { key: "a", value: "1", secret: false },
        { key: "b", value: "x=y", secret: true },
      ],
    });
    expect(() => parseArgs(["up", "--stack", "dev"])).toThrow(/--state are required/);
    expect(() => parseArgs(["up", "--bogus"])).toThrow(/unknown flag/);
  });

  it(
    "runs a copy of the fixture elsewhere with secure config from Pulumi.<stack>.yaml and reports JSON",
    { timeout: 120_000 },
    () => {
      const project = mkdtempSync(join(tmpdir(), "stand-in-cli-"));
      scratch.push(project);
      cpSync(join(ROOT, "test/harness/pulumi/fixtures/files-program"), project, { recursive: true });
      symlinkSync(join(ROOT, "node_modules"), join(project, "node_modules"));
      const crypter = PassphraseCrypter.create("pw");
      writeFileSync(
        join(project, "Pulumi.ci.yaml"),
        `encryptionsalt: ${crypter.saltState}\nconfig:\n  files:dir: ${project}\n  files:token:\n    secure: ${crypter.encrypt("from-stack-file")}\n`,
      );
      const state = join(project, "state.json");
      const run = (args: string[]) =>
        spawnSync("npx", ["tsx", CLI, ...args, "--cwd", project, "--stack", "ci", "--state", state, "--json"], {
          cwd: ROOT,
          encoding: "utf8",
          env: { ...process.env, PULUMI_CONFIG_PASSPHRASE: "pw" },
        });
      const out = run(["preview"]);
      expect(out.status, out.stderr).toBe(0);
      const result = JSON.parse(out.stdout) as { ok: boolean; changes: Record<string, number>; outputs: Record<string, unknown> };
      expect(result.ok).toBe(true);
      expect(result.changes).toEqual({ create: 10 });

      const strict = run(["preview", "--expect-no-changes"]);
      expect(strict.status).toBe(7);
      expect((JSON.parse(strict.stdout) as { error: string }).error).toContain("no changes were expected for preview");

      const wrong = spawnSync("npx", ["tsx", CLI, "preview", "--cwd", project, "--stack", "ci", "--state", state], {
        cwd: ROOT,
        encoding: "utf8",
        env: { ...process.env, PULUMI_CONFIG_PASSPHRASE: "not-pw" },
      });
      expect(wrong.status).toBe(2);
      expect(wrong.stdout).toContain("incorrect passphrase");
    },
  );
});
