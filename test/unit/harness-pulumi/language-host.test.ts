import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { buildProgramCommand, splitShellWords } from "../../harness/pulumi/language-host";
import { loadProject } from "../../harness/pulumi/load-project";

const FIXTURE = join(__dirname, "../../harness/pulumi/fixtures/files-program");

describe("language host command line", () => {
  it("starts cmd/run with the monitor, engine, project, stack and config like pulumi-language-nodejs", () => {
    const project = loadProject(FIXTURE);
    const config = new Map([
      ["files:dir", { value: "/tmp/x", secret: false }],
      ["files:token", { value: "t", secret: true }],
    ]);
    const cmd = buildProgramCommand({ project, stack: "dev", config, monitorAddress: "127.0.0.1:1", engineAddress: "127.0.0.1:2", dryRun: true, parallel: 8 });
    expect(cmd.command).toBe("node");
    expect(cmd.args[0]).toMatch(/@pulumi\/pulumi\/cmd\/run\/index\.js$/);
    expect(cmd.args.slice(1)).toEqual([
      "--monitor", "127.0.0.1:1",
      "--engine", "127.0.0.1:2",
      "--organization", "organization",
      "--project", "files",
      "--root-directory", FIXTURE,
      "--stack", "dev",
      "--pwd", FIXTURE,
      "--dry-run",
      "--parallel", "8",
      ".",
    ]);
    expect(JSON.parse(cmd.env["PULUMI_CONFIG"] ?? "")).toEqual({ "files:config:dir": "/tmp/x", "files:config:token": "t" });
    expect(JSON.parse(cmd.env["PULUMI_CONFIG_SECRET_KEYS"] ?? "")).toEqual(["files:token"]);
    expect(cmd.env["PULUMI_NODEJS_TYPESCRIPT"]).toBe("true");
    expect(cmd.cwd).toBe(FIXTURE);
  });

  it("splits nodeargs like shlex", () => {
    expect(splitShellWords(`--max-old-space-size=4096 --require "./a b.js" 'c d'`)).toEqual(["--max-old-space-size=4096", "--require", "./a b.js", "c d"]);
    expect(() => splitShellWords(`"open`)).toThrow(/unterminated/);
  });
});
