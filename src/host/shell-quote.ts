// The one place that turns strings into POSIX shell words for a remote command line.

const SAFE = /^[A-Za-z0-9_@%+=:,./-]+$/;

/**
 * One shell word that any POSIX shell reads back as exactly `value`: bare when it holds only
 * harmless characters, otherwise in single quotes with each `'` written as `'\''`.
 * NUL cannot be passed in an argument and is refused.
 */
export function quoteShellArg(value: string): string {
  if (value.includes("\0")) throw new RangeError("a shell argument cannot contain a NUL character");
  if (SAFE.test(value)) return value;
  return `'${value.replace(/'/g, `'\\''`)}'`;
}

/** A command line that runs `argv` as given: every word quoted, joined by spaces. */
export function shellCommand(argv: readonly string[]): string {
  if (argv.length === 0) throw new RangeError("a command needs at least one word");
  return argv.map(quoteShellArg).join(" ");
}
