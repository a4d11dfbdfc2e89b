// Reading vtysh's output: delimited read results, `vtysh -C` complaints, and the echo (`-E`) of an
// apply chain, which tells exactly which commands ran and which one FRR refused. Pure.

export interface ShowOutput {
  readonly output: string;
  readonly exitCode: number;
}

/** Splits the output of `readScript` into one entry per command; undefined when it is incomplete. */
export function parseReadOutput(stdout: string, marker: string, count: number): ShowOutput[] | undefined {
  const results: ShowOutput[] = [];
  let rest = stdout;
  for (let i = 0; i < count; i++) {
    const begin = `${marker} begin ${i}\n`;
    const start = rest.indexOf(begin);
    if (start === -1) return undefined;
    const endTag = `\n${marker} end ${i} `;
    const end = rest.indexOf(endTag, start + begin.length - 1);
    if (end === -1) return undefined;
    const lineEnd = rest.indexOf("\n", end + endTag.length);
    const status = Number(rest.slice(end + endTag.length, lineEnd === -1 ? undefined : lineEnd));
    if (!Number.isInteger(status)) return undefined;
    results.push({ output: rest.slice(start + begin.length, end), exitCode: status });
    rest = lineEnd === -1 ? "" : rest.slice(lineEnd + 1);
  }
  return results;
}

export interface CheckComplaint {
  /** 1-based line of the candidate, when vtysh named one. */
  readonly line?: number;
  readonly message: string;
}

/**
 * vtysh run by a user who cannot read the pathspace's vtysh.conf (a frrvty member: /etc/frr is
 * not theirs) says so on every run; it changes nothing for us.
 */
export function isVtyshNoise(line: string): boolean {
  return /^% Can't open configuration file \S*vtysh\.conf due to/.test(line.trim());
}

/** `line 3: % Unknown command[25]:  neighbor 10.0.0.1 bogus` → { line: 3, message: "% Unknown command[25]:  neighbor ..." }. */
export function parseCheckOutput(output: string): CheckComplaint[] {
  const complaints: CheckComplaint[] = [];
  for (const raw of output.split("\n")) {
    const line = raw.trimEnd();
    if (line === "" || isVtyshNoise(line)) continue;
    const match = /^line (\d+): (.*)$/.exec(line);
    if (match !== null) complaints.push({ line: Number(match[1]), message: match[2] ?? "" });
    else complaints.push({ message: line });
  }
  return complaints;
}

export interface EchoedCommand {
  /** Index into the commands of this invocation. */
  readonly index: number;
  /** What vtysh printed after echoing the command (its error or warning), lines joined. */
  readonly output: string;
}

export interface ApplyEcho {
  /** Commands vtysh echoed, in order: each one it started to run. */
  readonly ran: readonly EchoedCommand[];
  /** Output before the first echo (vtysh could not start, sudo complained, ...). */
  readonly preamble: string;
  /** False when the echo did not follow the commands sent (output we cannot account for). */
  readonly consistent: boolean;
}

/** A vtysh prompt: host name (no spaces), optional `(config-...)` node, `# `. */
const PROMPT = /^[^\s#]+(?:\([a-z0-9-]+\))?# /;

/**
 * Follows the `-E` echo of `commands` sent as `command\n` arguments: vtysh echoes each command and
 * then the empty rest of its argument, so the echo stream is `cmd, "", cmd, "", ...`. Lines that
 * are not the next expected echo belong to the last command echoed.
 */
export function parseApplyEcho(output: string, commands: readonly string[]): ApplyEcho {
  const expected: { text: string; index: number }[] = [];
  commands.forEach((text, index) => expected.push({ text, index }, { text: "", index: -1 }));
  const ran: { index: number; lines: string[] }[] = [];
  const preamble: string[] = [];
  let next = 0;
  let consistent = true;
  const lines = output.split("\n");
  if (lines[lines.length - 1] === "") lines.pop();
  for (const line of lines) {
    const prompt = PROMPT.exec(line);
    const want = expected[next];
    if (prompt !== null && want !== undefined && line.slice(prompt[0].length) === want.text) {
      next++;
      if (want.index >= 0) ran.push({ index: want.index, lines: [] });
      continue;
    }
    const last = ran[ran.length - 1];
    if (isVtyshNoise(line)) continue;
    if (last === undefined) preamble.push(line);
    else last.lines.push(line);
  }
  const echoedIndexes = ran.map((r) => r.index);
  if (echoedIndexes.some((index, i) => index !== i)) consistent = false;
  return {
    ran: ran.map((r) => ({ index: r.index, output: r.lines.join("\n").trim() })),
    preamble: preamble.join("\n").trim(),
    consistent,
  };
}

/** FRR's words for a failure: the `% ...` lines if there are any, else everything it printed. */
export function frrMessage(output: string): string {
  const lines = output.split("\n").map((l) => l.trim()).filter((l) => l !== "");
  const percent = lines.filter((l) => l.startsWith("%"));
  return (percent.length > 0 ? percent : lines).join(" / ");
}

export type VtyshStartFailure =
  | { readonly kind: "sudo"; readonly detail: string }
  | { readonly kind: "missing"; readonly detail: string }
  | { readonly kind: "no-daemons"; readonly detail: string }
  | { readonly kind: "xargs"; readonly detail: string };

/** Recognises the ways vtysh fails before running any command, from what the shell printed. */
export function classifyStartFailure(output: string, exitCode: number | null): VtyshStartFailure | undefined {
  const line = (re: RegExp) => output.split("\n").find((l) => re.test(l))?.trim() ?? "";
  if (/^sudo: /m.test(output) || /is not in the sudoers file|is not allowed to execute/.test(output)) {
    return { kind: "sudo", detail: line(/sudo/) };
  }
  if (/failed to connect to any daemons/.test(output)) return { kind: "no-daemons", detail: line(/failed to connect/) };
  if (/^xargs: /m.test(output)) return { kind: "xargs", detail: line(/^xargs: /) };
  if (exitCode === 127 || exitCode === 126 || /: not found$|command not found|No such file or directory/m.test(output)) {
    return { kind: "missing", detail: line(/not found|No such file/) };
  }
  return undefined;
}
