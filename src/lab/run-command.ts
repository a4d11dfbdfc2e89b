// Runs a program and reports failures in layers: what we were doing → the command → its output.

import { spawn } from "node:child_process";
import { closeSync, openSync } from "node:fs";
import { LabError } from "./lab-error";

export interface RunOptions {
  /** What this command is for, e.g. "creating namespace fil-tor-node1". */
  readonly what?: string;
  readonly input?: string;
  /** Return the result instead of throwing when the exit code is not 0. */
  readonly allowFailure?: boolean;
  readonly timeoutMs?: number;
  readonly env?: NodeJS.ProcessEnv;
}

export interface RunResult {
  readonly code: number;
  readonly stdout: string;
  readonly stderr: string;
}

const DEFAULT_TIMEOUT_MS = 120_000;

export function shellQuote(arg: string): string {
  return /^[A-Za-z0-9_@%+=:,./-]+$/.test(arg) ? arg : `'${arg.replace(/'/g, "'\\''")}'`;
}

export function formatCommand(argv: readonly string[]): string {
  return argv.map(shellQuote).join(" ");
}

function tail(text: string, lines = 15): string {
  const all = text.trimEnd().split("\n");
  return all.slice(-lines).join("\n");
}

export function run(argv: readonly string[], options: RunOptions = {}): Promise<RunResult> {
  const [file, ...args] = argv;
  if (file === undefined) throw new Error("run: empty command");
  return new Promise((resolve, reject) => {
    const child = spawn(file, args, { stdio: ["pipe", "pipe", "pipe"], env: options.env ?? process.env });
    const out: Buffer[] = [];
    const err: Buffer[] = [];
    let timedOut = false;
    const timer = setTimeout(() => {
      timedOut = true;
      child.kill("SIGKILL");
    }, options.timeoutMs ?? DEFAULT_TIMEOUT_MS);
    child.stdout.on("data", (chunk: Buffer) => out.push(chunk));
    child.stderr.on("data", (chunk: Buffer) => err.push(chunk));
    child.on("error", (error) => {
      clearTimeout(timer);
      reject(new LabError("FRR_LAB_COMMAND_FAILED", `${options.what ?? "running a command"}: could not start \`${formatCommand(argv)}\`: ${error.message}`, { cause: error }));
    });
    child.on("close", (code, signal) => {
      clearTimeout(timer);
      const result = { code: code ?? 128, stdout: Buffer.concat(out).toString("utf8"), stderr: Buffer.concat(err).toString("utf8") };
      if (result.code === 0 || options.allowFailure === true) return resolve(result);
      const why = timedOut ? `timed out after ${options.timeoutMs ?? DEFAULT_TIMEOUT_MS} ms` : signal !== null ? `was killed by ${signal}` : `exited with ${result.code}`;
      const output = tail(`${result.stderr}\n${result.stdout}`.trim());
      reject(new LabError("FRR_LAB_COMMAND_FAILED", `${options.what ?? "running a command"}: \`${formatCommand(argv)}\` ${why}${output === "" ? "" : `:\n${output}`}`));
    });
    child.stdin.on("error", () => undefined);
    child.stdin.end(options.input ?? "");
  });
}

/**
 * Runs a command that leaves daemons behind, with its output appended to `logFile` instead of pipes
 * (a daemon inheriting a pipe would keep it open forever). Resolves with the command's exit code.
 */
export function runToLog(argv: readonly string[], logFile: string, timeoutMs = DEFAULT_TIMEOUT_MS): Promise<number> {
  const [file, ...args] = argv;
  if (file === undefined) throw new Error("runToLog: empty command");
  const fd = openSync(logFile, "a");
  return new Promise<number>((resolve, reject) => {
    const child = spawn(file, args, { stdio: ["ignore", fd, fd] });
    const timer = setTimeout(() => child.kill("SIGKILL"), timeoutMs);
    child.on("error", (error) => {
      clearTimeout(timer);
      reject(new LabError("FRR_LAB_COMMAND_FAILED", `could not start \`${formatCommand(argv)}\`: ${error.message}`, { cause: error }));
    });
    child.on("close", (code) => {
      clearTimeout(timer);
      resolve(code ?? 128);
    });
  }).finally(() => closeSync(fd));
}

/** Polls `check` every `intervalMs` until it returns true or `timeoutMs` passes. */
export async function waitFor(check: () => Promise<boolean> | boolean, timeoutMs: number, intervalMs = 50): Promise<boolean> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    if (await check()) return true;
    if (Date.now() >= deadline) return false;
    await new Promise((r) => setTimeout(r, intervalMs));
  }
}
