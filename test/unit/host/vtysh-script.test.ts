import { execFileSync, spawn } from "node:child_process";
import { chmodSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { parseReadOutput } from "../../../src/host/vtysh-output";
import { applyScript, applyStdin, checkScript, lockScript, readScript, vtyshArgv } from "../../../src/host/vtysh-script";

// The scripts run here against a stand-in vtysh that records its arguments: what the remote
// shell does with them is checked locally, byte for byte.
const dir = mkdtempSync(join(tmpdir(), "fxt-unit-script-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const fake = join(dir, "fake-vtysh");
const argsFile = join(dir, "args");
writeFileSync(fake, `#!/bin/sh\nprintf '%s\\0' "$@" > ${argsFile}\ncase "$*" in *-C*) cat "$7" > ${join(dir, "checked")}; echo "checked $7"; exit 2;; esac\necho "out:$*"\n`);
chmodSync(fake, 0o755);
const target = { sudo: false, vtyshPath: fake, pathspace: "lab1" };
const recorded = () => readFileSync(argsFile, "utf8").split("\0").slice(0, -1);

describe("vtyshArgv", () => {
  it("adds sudo -n, the pathspace and a history file that keeps nothing", () => {
    expect(vtyshArgv({ sudo: true, vtyshPath: "vtysh", pathspace: "p" })).toEqual(["sudo", "-n", "vtysh", "-N", "p", "-H", "/dev/null"]);
    expect(vtyshArgv({ sudo: false, vtyshPath: "/usr/bin/vtysh" })).toEqual(["/usr/bin/vtysh", "-H", "/dev/null"]);
  });
});

describe("applyScript", () => {
  it("hands every command to vtysh verbatim, in order, none of them on the command line", () => {
    const commands = ["configure terminal", "neighbor 10.0.0.1 description it's $(id) `x` \"q\" \\ *", "neighbor 10.0.0.1 password s3cr'et", "why?"];
    const { stdin, count } = applyStdin(commands);
    const script = applyScript(target, count, stdin.length);
    expect(script).not.toContain("s3cr");
    execFileSync("/bin/sh", ["-c", script], { input: stdin });
    expect(recorded()).toEqual(["-N", "lab1", "-H", "/dev/null", "-E", ...commands.flatMap((c) => ["-c", `${c}\n`])]);
  });

  it("passes 2000 commands in one invocation", () => {
    const commands = Array.from({ length: 2000 }, (_, i) => `neighbor 10.1.${i >> 8}.${i & 255} remote-as 65001`);
    const { stdin, count } = applyStdin(commands);
    execFileSync("/bin/sh", ["-c", applyScript(target, count, stdin.length)], { input: stdin });
    expect(recorded().length).toBe(5 + 4000);
  });

  it("runs nothing when the chain arrives incomplete (a connection lost during the upload)", () => {
    const { stdin, count } = applyStdin(Array.from({ length: 100 }, () => "x".repeat(100)));
    const result = (() => {
      try {
        execFileSync("/bin/sh", ["-c", applyScript(target, count, stdin.length + 50)], { input: stdin, stdio: "pipe" });
        return { status: 0, stdout: "", stderr: "" };
      } catch (error) {
        const e = error as { status: number; stdout: Buffer; stderr: Buffer };
        return { status: e.status, stdout: String(e.stdout), stderr: String(e.stderr) };
      }
    })();
    expect(result.status).toBe(126);
    expect(result.stderr).toMatch(/arrived incomplete; nothing was run/);
    expect(result.stdout).not.toMatch(/out:/);
  });
});

describe("readScript", () => {
  it("runs each command separately and delimits the outputs", () => {
    const marker = "frr-iac-feedfeedfeedfeed";
    const stdout = execFileSync("/bin/sh", ["-c", readScript(target, ["show running-config", "show bgp summary json"], marker)]).toString();
    expect(parseReadOutput(stdout, marker, 2)).toEqual([
      { output: "out:-N lab1 -H /dev/null -c show running-config\n", exitCode: 0 },
      { output: "out:-N lab1 -H /dev/null -c show bgp summary json\n", exitCode: 0 },
    ]);
  });
});

describe("checkScript", () => {
  it("writes stdin to a private temp file, runs vtysh -C -f on it, keeps its exit status and removes the file", () => {
    let status = 0;
    let stdout = "";
    try {
      execFileSync("/bin/sh", ["-c", checkScript(target)], { input: "router bgp 1\n", env: { ...process.env, TMPDIR: dir } });
    } catch (error) {
      status = (error as { status: number }).status;
      stdout = String((error as { stdout: Buffer }).stdout);
    }
    expect(status).toBe(2);
    expect(readFileSync(join(dir, "checked"), "utf8")).toBe("router bgp 1\n");
    const file = /checked (\S+)/.exec(stdout)?.[1] ?? "";
    expect(file).toMatch(/frr-iac-check\./);
    expect(() => readFileSync(file)).toThrow();
    expect(recorded()).toEqual(["-N", "lab1", "-H", "/dev/null", "-C", "-f", file]);
  });
});

describe("lockScript", () => {
  it("serialises two holders and reports a timeout with exit status 4", async () => {
    const name = `unit${process.pid}`;
    const first = spawn("/bin/sh", ["-c", lockScript(name, 5, "M1")], { stdio: ["pipe", "pipe", "inherit"] });
    await new Promise<void>((resolve) => first.stdout.on("data", (d: Buffer) => d.toString().includes("M1 locked") && resolve()));
    const second = spawn("/bin/sh", ["-c", lockScript(name, 0, "M2")], { stdio: ["pipe", "pipe", "inherit"] });
    const secondCode = await new Promise<number | null>((resolve) => second.on("exit", resolve));
    expect(secondCode).toBe(4);
    first.stdin.end();
    expect(await new Promise<number | null>((resolve) => first.on("exit", resolve))).toBe(0);
    const third = execFileSync("/bin/sh", ["-c", lockScript(name, 0, "M3")], { input: "" }).toString();
    expect(third).toBe("M3 locked\n");
  });
});
