import { quoteShellArg, shellCommand } from "./shell-quote";

// The remote side of the vtysh runner: argument vectors and small POSIX sh scripts. Pure; every
// value that reaches a script goes through quoteShellArg, and configuration commands never
// reach a command line at all (they travel on stdin).

export interface VtyshTarget {
  readonly sudo: boolean;
  readonly vtyshPath: string;
  readonly pathspace?: string;
}

/**
 * `[sudo -n] vtysh [-N pathspace] -H /dev/null`. `-H /dev/null` keeps vtysh from appending every
 * `-c` command (passwords included) to `~/.history_frr` on the host.
 */
export function vtyshArgv(target: VtyshTarget): string[] {
  return [
    ...(target.sudo ? ["sudo", "-n"] : []),
    target.vtyshPath,
    ...(target.pathspace === undefined ? [] : ["-N", target.pathspace]),
    "-H", "/dev/null",
  ];
}

/**
 * Runs each command in its own vtysh (so one failing show cannot hide the others), printing
 * `<marker> begin <i>` before and `<marker> end <i> <exit status>` after each output. vtysh prints
 * FRR's `%` errors on stdout; its stderr (e.g. an unreadable vtysh.conf for a frrvty user) is kept
 * apart so it never ends up inside a running-config.
 */
export function readScript(target: VtyshTarget, commands: readonly string[], marker: string): string {
  const vtysh = shellCommand(vtyshArgv(target));
  const lines = commands.map((command, i) =>
    `printf '%s\\n' ${quoteShellArg(`${marker} begin ${i}`)}; ${vtysh} -c ${quoteShellArg(command)} </dev/null; ` +
    `printf '\\n%s %s\\n' ${quoteShellArg(`${marker} end ${i}`)} "$?"`);
  return lines.join("\n");
}

/** Writes stdin to a private temp file, checks it with `vtysh -C -f`, removes it whatever happens. */
export function checkScript(target: VtyshTarget): string {
  return [
    "umask 077",
    `f=$(mktemp "\${TMPDIR:-/tmp}/frr-iac-check.XXXXXX") || exit 125`,
    `trap 'rm -f "$f"' EXIT`,
    `trap 'exit 129' HUP INT TERM PIPE`,
    `cat >"$f" || exit 125`,
    `${shellCommand(vtyshArgv(target))} -C -f "$f" </dev/null 2>&1`,
  ].join("\n");
}

/** Exit status of the apply script when xargs itself is missing (127) or could not fit the arguments. */
export const XARGS_MISSING = 127;

/**
 * Turns NUL-separated arguments on stdin into one `vtysh -E -c ... -c ...` invocation. `-x -n`
 * makes xargs fail instead of silently splitting the chain over two vtysh runs.
 *
 * The chain is first stored whole in a private temp file (a connection lost during the upload
 * runs nothing), then vtysh runs in a session of its own writing to files, so a connection lost
 * while it runs cannot stop the chain halfway: the host ends fully before or fully after it.
 */
export function applyScript(target: VtyshTarget, argumentCount: number, argumentBytes: number): string {
  const argv = [...vtyshArgv(target), "-E"];
  const size = argumentBytes + argv.reduce((n, a) => n + Buffer.byteLength(a) + 1, 0) + 1024;
  const run = `xargs -0 -x -n ${argumentCount} -s ${size} ${shellCommand(argv)} <"$1" >"$1.out" 2>&1; echo $? >"$1.rc"; rm -f "$1"`;
  return [
    "umask 077",
    `f=$(mktemp "\${TMPDIR:-/tmp}/frr-iac-apply.XXXXXX") || exit 125`,
    `head -c ${argumentBytes} >"$f"`,
    `if [ "$(wc -c <"$f")" -ne ${argumentBytes} ]; then rm -f "$f"; echo "frr-iac: the command chain arrived incomplete; nothing was run" >&2; exit 126; fi`,
    `setsid -w sh -c ${quoteShellArg(run)} sh "$f" </dev/null >/dev/null 2>&1`,
    `cat "$f.out" 2>/dev/null`,
    `rc=$(cat "$f.rc" 2>/dev/null || echo 125)`,
    `rm -f "$f.out" "$f.rc"`,
    `exit "$rc"`,
  ].join("\n");
}

/**
 * The stdin of one apply invocation: `-c`, `command\n` pairs, NUL-separated. The newline makes
 * vtysh run each command through its multi-line path, which does not treat a trailing `?` as a
 * request for help (a description ending in `?` would otherwise be silently skipped).
 */
export function applyStdin(commands: readonly string[]): { readonly stdin: Buffer; readonly count: number } {
  const parts: string[] = [];
  for (const command of commands) parts.push("-c", `${command}\n`);
  return { stdin: Buffer.from(parts.map((p) => `${p}\0`).join(""), "utf8"), count: parts.length };
}

/**
 * Runs `flock` on the host's lock file for the pathspace, prints `<marker> locked`, then holds
 * the lock until stdin closes. The file is opened read-only, so a lock file created by another
 * user (root, or a user of sudo) still works; exit 3: no lock file, 4: timed out, 5: no flock.
 */
export function lockScript(name: string, waitSeconds: number, marker: string): string {
  const file = quoteShellArg(`frr-iac.${name}.lock`);
  return [
    "for d in /run/lock /var/lock /tmp; do [ -d \"$d\" ] && break; done",
    `f="$d"/${file}`,
    `[ -e "$f" ] || (umask 022; : >>"$f") 2>/dev/null`,
    `[ -r "$f" ] || exit 3`,
    `exec 9<"$f"`,
    `command -v flock >/dev/null 2>&1 || exit 5`,
    `flock -w ${Math.max(0, Math.round(waitSeconds))} 9 || exit 4`,
    `printf '%s\\n' ${quoteShellArg(`${marker} locked`)}`,
    "cat >/dev/null",
  ].join("\n");
}
