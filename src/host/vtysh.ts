import { randomBytes } from "node:crypto";
import type { ResolvedConnectionOptions } from "./connection-options";
import { describeConnection } from "./connection-options";
import { composeRedactor, type Redactor } from "./redact-secrets";
import type { ExecResult } from "./remote-process";
import type { SshPool } from "./ssh-pool";
import { shellCommand } from "./shell-quote";
import { TransportError } from "./transport-error";
import {
  classifyStartFailure,
  frrMessage,
  isVtyshNoise,
  parseApplyEcho,
  parseCheckOutput,
  parseReadOutput,
  type CheckComplaint,
  type ShowOutput,
} from "./vtysh-output";
import { applyScript, applyStdin, checkScript, readScript, vtyshArgv } from "./vtysh-script";

export interface VtyshOptions {
  /** Applied to every command and output this runner puts into an error or a result. */
  readonly redact?: Redactor;
  /**
   * Largest stdin (arguments) of one vtysh invocation. Linux lets one exec carry about 2 MiB of
   * arguments (ARG_MAX); a chain inside one `router bgp` can only be cut where it is back at the
   * top of configure mode, so 1000 peers and 1000 networks (about 280 KB) must fit in one run.
   * @default 1048576 (1 MiB)
   */
  readonly maxInvocationBytes?: number;
}

export interface ReadResult {
  /** `show running-config`, verbatim (header lines included). */
  readonly runningConfig: string;
  /** Output and exit status of each extra show command, keyed by the command. */
  readonly shows: Readonly<Record<string, ShowOutput>>;
  readonly durationMs: number;
}

export type CheckResult =
  | { readonly ok: true; readonly durationMs: number }
  | { readonly ok: false; readonly complaints: readonly CheckComplaint[]; readonly message: string; readonly durationMs: number };

/** A command that printed something but did not stop the chain (FRR's CMD_WARNING). */
export interface CommandNote {
  /** Index in the chain given to `apply`. */
  readonly index: number;
  /** The command, redacted. */
  readonly command: string;
  /** What vtysh printed for it, redacted. */
  readonly message: string;
}

export type ApplyResult =
  | { readonly ok: true; readonly warnings: readonly CommandNote[]; readonly invocations: number; readonly durationMs: number }
  | {
      readonly ok: false;
      /** Index in the chain of the command FRR refused; every command before it ran, none after. */
      readonly failedIndex: number;
      /** The refused command, redacted. */
      readonly command: string;
      /** FRR's words, redacted: the `% ...` lines, or all it printed if there were none. */
      readonly message: string;
      readonly warnings: readonly CommandNote[];
      readonly invocations: number;
      readonly durationMs: number;
    };

export interface ApplyOptions {
  /**
   * Indexes of chain commands that are valid at the top of configure mode. Only there may a chain
   * too large for one vtysh run (`maxInvocationBytes`) be cut; the next run starts with
   * `configure terminal`. @default none: the chain must fit one run
   */
  readonly splitBefore?: readonly number[];
}

export interface ClearBgpRequest {
  /** `*`, a neighbor address, an interface, an AS number, `external`, or `peer-group NAME`. */
  readonly target: string;
  readonly vrf?: string;
  readonly afi?: "ipv4" | "ipv6";
  /** Soft reset (route refresh) instead of dropping the session. */
  readonly soft?: "in" | "out" | "both";
}

const CONTROL = /[\x00-\x1f\x7f]/;
const TOKEN = /^[A-Za-z0-9_.:*/-]+$/;

/**
 * Talks to FRR on one host through vtysh over the shared SSH pool: reads, candidate checks,
 * command chains that stop at the first failure, `write memory`, `clear bgp` and status shows.
 */
export class Vtysh {
  readonly description: string;
  private readonly redact: Redactor;
  private readonly maxInvocationBytes: number;

  constructor(
    private readonly pool: SshPool,
    readonly target: ResolvedConnectionOptions,
    options: VtyshOptions = {},
  ) {
    this.description = describeConnection(target);
    this.redact = composeRedactor(options.redact);
    this.maxInvocationBytes = options.maxInvocationBytes ?? 1024 * 1024;
  }

  /** `show running-config` and the given show commands (e.g. `show bgp summary json`) in one SSH exec. */
  async read(shows: readonly string[] = []): Promise<ReadResult> {
    const started = Date.now();
    const outputs = await this.runShows(["show running-config", ...shows], true);
    const [running, ...rest] = outputs;
    if (running === undefined || running.exitCode !== 0) {
      throw this.vtyshFailed("show running-config", running?.output ?? "", running?.exitCode ?? null);
    }
    const byCommand: Record<string, ShowOutput> = {};
    shows.forEach((command, i) => {
      const output = rest[i];
      if (output !== undefined) byCommand[command] = output;
    });
    return { runningConfig: running.output, shows: byCommand, durationMs: Date.now() - started };
  }

  /** Read-only show commands in one SSH exec; each result has vtysh's output and exit status. */
  async show(commands: readonly string[]): Promise<ShowOutput[]> {
    return this.runShows(commands, true);
  }

  /** One show command whose output is JSON (e.g. `show bgp vrf all summary json`). */
  async showJson(command: string): Promise<unknown> {
    if (!/\sjson$/.test(command)) throw this.invalid(command, "must end in `json`");
    const [result] = await this.runShows([command], true);
    if (result === undefined || result.exitCode !== 0) throw this.vtyshFailed(command, result?.output ?? "", result?.exitCode ?? null);
    try {
      return JSON.parse(result.output) as unknown;
    } catch (error) {
      throw new TransportError("FRR_VTYSH_FAILED", `\`${command}\` on ${this.description} did not print JSON: ${this.excerpt(result.output)}`, { host: this.description, cause: error });
    }
  }

  /** Checks a whole candidate configuration with `vtysh -C -f` (sent on stdin, via a temp file). */
  async check(candidate: string): Promise<CheckResult> {
    const result = await this.pool.exec(this.target, checkScript(this.target), { stdin: candidate, label: "vtysh -C (configuration check)", idempotent: true });
    if (result.exitCode === 0) return { ok: true, durationMs: result.durationMs };
    const output = result.stdout + result.stderr;
    if (result.exitCode === 125) {
      throw new TransportError("FRR_VTYSH_FAILED", `could not write the candidate to a temp file on ${this.description} (mktemp in \${TMPDIR:-/tmp}): ${this.excerpt(output)}`, { host: this.description });
    }
    const complaints = parseCheckOutput(output).map((c) => ({ ...c, message: this.redact(c.message) }));
    if (result.exitCode !== 2 || complaints.length === 0) this.throwIfStartFailure(output, result.exitCode, "vtysh -C");
    if (result.exitCode !== 2) throw this.vtyshFailed("vtysh -C", output, result.exitCode);
    const message = complaints.map((c) => (c.line === undefined ? c.message : `line ${c.line}: ${c.message}`)).join("\n");
    return { ok: false, complaints, message, durationMs: result.durationMs };
  }

  /**
   * Runs a `configure terminal` chain (as `-c` arguments sent on stdin, never on the command line)
   * that stops at the first command FRR refuses. Reports that command, FRR's message, and every
   * command that printed a warning but went on.
   */
  async apply(chain: readonly string[], options: ApplyOptions = {}): Promise<ApplyResult> {
    const started = Date.now();
    if (chain.length === 0) return { ok: true, warnings: [], invocations: 0, durationMs: 0 };
    chain.forEach((command, index) => this.checkCommand(command, index));
    const runs = this.planInvocations(chain, options.splitBefore ?? []);
    const warnings: CommandNote[] = [];
    for (const run of runs) {
      const { stdin, count } = applyStdin(run.commands);
      const result = await this.pool.exec(this.target, applyScript(this.target, count, stdin.length), { stdin, label: "vtysh (apply)" });
      const output = result.stdout + result.stderr;
      const echo = parseApplyEcho(output, run.commands);
      const toChain = (i: number) => run.firstIndex + i - run.synthetic;
      for (const ran of echo.ran) {
        const index = toChain(ran.index);
        if (ran.output !== "" && index >= 0 && !(result.exitCode !== 0 && ran === echo.ran[echo.ran.length - 1])) {
          warnings.push({ index, command: this.redact(chain[index] ?? ""), message: this.redact(ran.output) });
        }
      }
      if (echo.ran.length === 0) {
        this.throwIfStartFailure(output, result.exitCode, "vtysh");
        throw this.vtyshFailed("vtysh (apply)", output, result.exitCode);
      }
      if (!echo.consistent) {
        throw new TransportError("FRR_VTYSH_FAILED", `could not follow vtysh's echo of the chain on ${this.description}; nothing is known about which commands ran. Output: ${this.excerpt(output)}`, { host: this.description });
      }
      if (result.exitCode === 0) {
        if (echo.ran.length !== run.commands.length) {
          throw new TransportError("FRR_VTYSH_FAILED", `vtysh on ${this.description} exited normally after ${echo.ran.length} of ${run.commands.length} commands. Output: ${this.excerpt(output)}`, { host: this.description });
        }
        continue;
      }
      const last = echo.ran[echo.ran.length - 1]!;
      const failedIndex = toChain(last.index);
      if (failedIndex < 0) throw this.vtyshFailed("configure terminal", last.output, result.exitCode);
      return {
        ok: false,
        failedIndex,
        command: this.redact(chain[failedIndex] ?? ""),
        message: this.redact(frrMessage(last.output) || `vtysh exited with status ${result.exitCode ?? "unknown"} without a message`),
        warnings,
        invocations: runs.indexOf(run) + 1,
        durationMs: Date.now() - started,
      };
    }
    return { ok: true, warnings, invocations: runs.length, durationMs: Date.now() - started };
  }

  /** Saves the running configuration (`write memory`). */
  async writeMemory(): Promise<void> {
    await this.runChecked("write memory");
  }

  /** Resets BGP sessions (`clear bgp ...`), hard or soft. */
  async clearBgp(request: ClearBgpRequest): Promise<void> {
    const words = ["clear", "bgp"];
    if (request.vrf !== undefined) words.push("vrf", this.token(request.vrf, "vrf"));
    if (request.afi !== undefined) words.push(request.afi, "unicast");
    const target = request.target.trim();
    const group = /^peer-group\s+(\S+)$/.exec(target);
    if (group !== null) words.push("peer-group", this.token(group[1] ?? "", "peer-group name"));
    else words.push(this.token(target, "target"));
    if (request.soft === "in" || request.soft === "out") words.push("soft", request.soft);
    else if (request.soft === "both") words.push("soft");
    await this.runChecked(words.join(" "));
  }

  private async runChecked(command: string): Promise<void> {
    const [result] = await this.runShows([command], false);
    if (result === undefined || result.exitCode !== 0 || /^%/m.test(result.output.split("\n").filter((l) => !isVtyshNoise(l)).join("\n"))) {
      throw this.vtyshFailed(command, result?.output ?? "", result?.exitCode ?? null);
    }
  }

  private async runShows(commands: readonly string[], readOnly: boolean): Promise<ShowOutput[]> {
    commands.forEach((command, index) => {
      this.checkCommand(command, index);
      if (/\?$/.test(command)) throw this.invalid(command, "ends in `?`, which vtysh takes as a request for help");
      if (readOnly && !/^show\s/.test(command)) throw this.invalid(command, "is not a `show` command; only read-only commands run here");
    });
    if (commands.length === 0) return [];
    const marker = `frr-iac-${randomBytes(8).toString("hex")}`;
    // The script goes on stdin: with one show per advertisement it outgrows what a command line
    // may hold (a single argument is limited to 128 KiB on Linux).
    const result = await this.pool.exec(this.target, "sh -s", {
      stdin: readScript(this.target, commands, marker),
      label: commands.length === 1 ? `vtysh -c '${commands[0]}'` : `vtysh (${commands.length} show commands)`,
      idempotent: readOnly,
    });
    const outputs = parseReadOutput(result.stdout, marker, commands.length);
    if (outputs === undefined) throw this.vtyshFailed(commands.join("; "), result.stdout + result.stderr, result.exitCode);
    outputs.forEach((o) => {
      if (o.exitCode !== 0) this.throwIfStartFailure(`${o.output}\n${result.stderr}`, o.exitCode, "vtysh");
    });
    return outputs;
  }

  private planInvocations(chain: readonly string[], splitBefore: readonly number[]): { commands: string[]; firstIndex: number; synthetic: number }[] {
    const bytes = (commands: readonly string[]) => applyStdin(commands).stdin.length;
    const cuts = [...new Set([0, ...splitBefore.filter((i) => Number.isInteger(i) && i > 0 && i < chain.length)])].sort((a, b) => a - b);
    const segments = cuts.map((start, i) => ({ start, end: cuts[i + 1] ?? chain.length }));
    const runs: { commands: string[]; firstIndex: number; synthetic: number }[] = [];
    let current: { start: number; end: number } | undefined;
    const flush = () => {
      if (current === undefined) return;
      const commands = chain.slice(current.start, current.end);
      const synthetic = current.start > 0 && !/^conf(igure)?( t(erminal)?)?$/.test(commands[0]?.trim() ?? "") ? 1 : 0;
      runs.push({ commands: synthetic === 1 ? ["configure terminal", ...commands] : commands, firstIndex: current.start, synthetic });
    };
    for (const segment of segments) {
      const size = bytes(chain.slice(segment.start, segment.end)) + 24;
      if (size > this.maxInvocationBytes) {
        throw new TransportError("FRR_INVALID_COMMAND",
          `commands ${segment.start}..${segment.end - 1} of the chain for ${this.description} take ${size} bytes, more than one vtysh run may (${this.maxInvocationBytes}); ` +
          "pass `splitBefore` with the indexes where the chain is back at the top of configure mode.", { host: this.description });
      }
      if (current !== undefined && bytes(chain.slice(current.start, segment.end)) + 24 <= this.maxInvocationBytes) {
        current = { start: current.start, end: segment.end };
      } else {
        flush();
        current = { ...segment };
      }
    }
    flush();
    return runs;
  }

  private checkCommand(command: string, index: number): void {
    if (typeof command !== "string" || command.trim() === "") throw this.invalid(String(command), `(index ${index}) is empty`);
    if (CONTROL.test(command)) throw this.invalid(command, `(index ${index}) contains a control character (newline, tab, NUL, ...); FRR commands are one line of printable text`);
  }

  private token(value: string, what: string): string {
    if (!TOKEN.test(value)) throw this.invalid(value, `is not a valid ${what} for clear bgp (letters, digits, \`_ . : * / -\`)`);
    return value;
  }

  private invalid(command: string, problem: string): TransportError {
    const shown = JSON.stringify(this.redact(command.replace(CONTROL, (c) => `\\x${c.charCodeAt(0).toString(16).padStart(2, "0")}`)));
    return new TransportError("FRR_INVALID_COMMAND", `vtysh command ${shown} for ${this.description} ${problem}.`, { host: this.description });
  }

  private throwIfStartFailure(output: string, exitCode: number | null, what: string): void {
    const failure = classifyStartFailure(output, exitCode);
    if (failure === undefined) return;
    const user = this.target.username;
    const opts = { host: this.description };
    const detail = this.redact(failure.detail);
    switch (failure.kind) {
      case "sudo":
        throw new TransportError("FRR_SUDO_FAILED",
          `sudo -n on ${this.description} would not run vtysh for ${user} (${detail}). Give ${user} a password-less rule for vtysh ` +
          `(e.g. \`${user} ALL=(root) NOPASSWD: /usr/bin/vtysh\` in /etc/sudoers.d/frr-iac), or add ${user} to the frrvty group and set \`sudo: false\`.`, opts);
      case "no-daemons":
        throw new TransportError("FRR_VTYSH_FAILED",
          `${what} on ${this.description} could not reach any FRR daemon${this.target.pathspace === undefined ? "" : ` in pathspace ${this.target.pathspace}`} (${detail}). ` +
          `Check that FRR runs there${this.target.username === "root" || this.target.sudo ? "" : `; ${user} needs to be in the frrvty group, or set \`sudo: true\``}.`, opts);
      case "missing":
        throw new TransportError("FRR_VTYSH_FAILED",
          `${this.target.sudo ? "sudo or " : ""}\`${this.target.vtyshPath}\` was not found on ${this.description} (${detail}); install FRR's vtysh or set \`vtyshPath\`.`, opts);
      case "xargs":
        throw new TransportError("FRR_VTYSH_FAILED", `xargs on ${this.description} could not start vtysh with the chain (${detail}); try a smaller maxInvocationBytes.`, opts);
    }
  }

  private vtyshFailed(command: string, output: string, exitCode: number | null): TransportError {
    this.throwIfStartFailure(output, exitCode, `\`${command}\``);
    return new TransportError("FRR_VTYSH_FAILED",
      `\`${this.redact(command)}\` failed on ${this.description} (exit ${exitCode ?? "none"}): ${this.excerpt(output) || "no output"}`, { host: this.description });
  }

  private excerpt(output: string): string {
    const text = this.redact(output.trim());
    return text.length > 600 ? `${text.slice(0, 600)}…` : text;
  }

  /** The remote vtysh argv, for messages and docs. */
  commandLine(): string {
    return shellCommand(vtyshArgv(this.target));
  }
}

export type { ExecResult, ShowOutput, CheckComplaint };
