import { spawn } from "node:child_process";
import { createRequire } from "node:module";
import { join } from "node:path";
import type { Project } from "./load-project";
import type { StackConfig } from "./load-stack-config";

// What pulumi-language-nodejs does for RunRequest (sdk/nodejs/cmd/pulumi-language-nodejs/main.go:
// Run, execRuntime, constructArguments, constructConfig): resolve @pulumi/pulumi/cmd/run from the
// program directory, then run `node [nodeargs] <run> --monitor … --engine … --organization …
// --project … --root-directory … --stack … --pwd … [--dry-run] --parallel N <entry>` with
// PULUMI_CONFIG (keys as "<ns>:config:<name>"), PULUMI_CONFIG_SECRET_KEYS and
// PULUMI_NODEJS_TYPESCRIPT / PULUMI_NODEJS_TSCONFIG_PATH from the runtime options. The language
// host's own gRPC proxy and the --sync pipes are left out: the program talks to the monitor directly.

/** The diy backend's fixed organization name. */
export const DIY_ORGANIZATION = "organization";
/** Exit code of a program that already reported an actionable error (nodeJSProcessExitedAfterLoggingUserActionableMessage). */
export const EXIT_ALREADY_REPORTED = 32;

export interface ProgramCommand {
  command: string;
  args: string[];
  cwd: string;
  /** Variables added to the inherited environment. */
  env: Record<string, string>;
}

export function buildProgramCommand(options: {
  project: Project;
  stack: string;
  config: StackConfig;
  monitorAddress: string;
  engineAddress: string;
  dryRun: boolean;
  parallel: number;
}): ProgramCommand {
  const { project } = options;
  const runPath = createRequire(join(project.programDirectory, "noop.js")).resolve("@pulumi/pulumi/cmd/run");
  const runtimeArgs = splitShellWords(String(project.runtimeOptions["nodeargs"] ?? ""));
  const args = [
    ...runtimeArgs,
    runPath,
    "--monitor",
    options.monitorAddress,
    "--engine",
    options.engineAddress,
    "--organization",
    DIY_ORGANIZATION,
    "--project",
    project.name,
    "--root-directory",
    project.rootDirectory,
    "--stack",
    options.stack,
    "--pwd",
    project.programDirectory,
    ...(options.dryRun ? ["--dry-run"] : []),
    "--parallel",
    String(options.parallel),
    project.entryPoint,
  ];
  const config: Record<string, string> = {};
  const secretKeys: string[] = [];
  for (const [key, v] of options.config) {
    const at = key.indexOf(":");
    config[`${key.slice(0, at)}:config:${key.slice(at + 1)}`] = v.value;
    if (v.secret) {
      secretKeys.push(key);
    }
  }
  const env: Record<string, string> = {
    PULUMI_CONFIG: JSON.stringify(config),
    PULUMI_CONFIG_SECRET_KEYS: JSON.stringify(secretKeys),
  };
  if (project.runtimeOptions["typescript"] !== false) {
    env["PULUMI_NODEJS_TYPESCRIPT"] = "true";
  }
  if (typeof project.runtimeOptions["tsconfig"] === "string" && project.runtimeOptions["tsconfig"] !== "") {
    env["PULUMI_NODEJS_TSCONFIG_PATH"] = project.runtimeOptions["tsconfig"];
  }
  return { command: "node", args, cwd: project.programDirectory, env };
}

/** The command as reports show it: secret config values in PULUMI_CONFIG replaced by "[secret]". */
export function redactProgramCommand(cmd: ProgramCommand, config: StackConfig): ProgramCommand {
  const values = JSON.parse(cmd.env["PULUMI_CONFIG"] ?? "{}") as Record<string, string>;
  for (const [key, v] of config) {
    const at = key.indexOf(":");
    const envKey = `${key.slice(0, at)}:config:${key.slice(at + 1)}`;
    if (v.secret && envKey in values) {
      values[envKey] = "[secret]";
    }
  }
  return { ...cmd, env: { ...cmd.env, PULUMI_CONFIG: JSON.stringify(values) } };
}

export interface ProgramRun {
  /** Resolves with the exit code (signals are reported as 128 + number, like a shell). */
  exited: Promise<number>;
  /** SIGINT, then SIGKILL after 5 s (the language host's cmd.Cancel + WaitDelay). */
  cancel(): void;
  pid: number | undefined;
}

export function startProgram(cmd: ProgramCommand, onOutput: (stream: "stdout" | "stderr", text: string) => void): ProgramRun {
  const child = spawn(cmd.command, cmd.args, { cwd: cmd.cwd, env: { ...process.env, ...cmd.env }, stdio: ["ignore", "pipe", "pipe"] });
  child.stdout.setEncoding("utf8").on("data", (d: string) => onOutput("stdout", d));
  child.stderr.setEncoding("utf8").on("data", (d: string) => onOutput("stderr", d));
  const exited = new Promise<number>((resolve) => {
    child.once("error", (err) => {
      onOutput("stderr", `could not run ${cmd.command}: ${err.message}\n`);
      resolve(127);
    });
    child.once("close", (code, signal) => resolve(code ?? 128 + (signal === "SIGKILL" ? 9 : signal === "SIGINT" ? 2 : 15)));
  });
  let cancelled = false;
  return {
    exited,
    pid: child.pid,
    cancel() {
      if (cancelled || child.exitCode !== null) {
        return;
      }
      cancelled = true;
      child.kill("SIGINT");
      const timer = setTimeout(() => child.kill("SIGKILL"), 5_000);
      void exited.then(() => clearTimeout(timer));
    },
  };
}

/** shlex.Split for the `nodeargs` runtime option (quotes and backslash escapes). */
export function splitShellWords(text: string): string[] {
  const words: string[] = [];
  let current = "";
  let inWord = false;
  let quote: '"' | "'" | undefined;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i] as string;
    if (quote !== undefined) {
      if (ch === quote) {
        quote = undefined;
      } else if (ch === "\\" && quote === '"' && i + 1 < text.length) {
        current += text[++i];
      } else {
        current += ch;
      }
    } else if (ch === '"' || ch === "'") {
      quote = ch;
      inWord = true;
    } else if (ch === "\\" && i + 1 < text.length) {
      current += text[++i];
      inWord = true;
    } else if (/\s/.test(ch)) {
      if (inWord) {
        words.push(current);
        current = "";
        inWord = false;
      }
    } else {
      current += ch;
      inWord = true;
    }
  }
  if (quote !== undefined) {
    throw new Error(`nodeargs ${JSON.stringify(text)} has an unterminated ${quote} quote`);
  }
  if (inWord) {
    words.push(current);
  }
  return words;
}
