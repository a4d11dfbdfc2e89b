import { execFileSync } from "node:child_process";
import { existsSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { quoteShellArg, shellCommand } from "../../../src/host/shell-quote";

const AWKWARD = [
  "",
  "plain",
  "two words",
  "it's",
  "'",
  "''",
  "'\\''",
  '"double" quotes',
  "$HOME and ${PATH} and $(id) and `id`",
  "back\\slash\\",
  "semi;colon && pipe | amp & redirect > < >>",
  "glob * ? [a-z] ~user ~",
  "newline\nin the middle\n",
  "tab\tand\rcarriage",
  "-n",
  "--",
  "#not a comment",
  "!bang !! !$",
  "unicode: héllo – ✓ 漢字",
  "%s %d %%",
  "\x01\x02\x7f",
  "a=b c=d",
];

function roundTrip(shell: string, args: readonly string[]): string[] {
  const out = execFileSync(shell, ["-c", `printf '%s\\0' ${args.map(quoteShellArg).join(" ")}`]);
  return out.toString("utf8").split("\0").slice(0, -1);
}

describe("quoteShellArg", () => {
  it("leaves harmless words bare and quotes everything else", () => {
    expect(quoteShellArg("vtysh")).toBe("vtysh");
    expect(quoteShellArg("/usr/bin/vtysh")).toBe("/usr/bin/vtysh");
    expect(quoteShellArg("-N")).toBe("-N");
    expect(quoteShellArg("")).toBe("''");
    expect(quoteShellArg("a b")).toBe("'a b'");
    expect(quoteShellArg("it's")).toBe("'it'\\''s'");
  });

  it("refuses NUL, which no argument can carry", () => {
    expect(() => quoteShellArg("a\0b")).toThrow(/NUL/);
  });

  for (const shell of ["/bin/sh", "/bin/dash", "/bin/bash"].filter((s) => existsSync(s))) {
    it(`round-trips awkward strings through ${shell}`, () => {
      expect(roundTrip(shell, AWKWARD)).toEqual(AWKWARD);
      for (const value of AWKWARD) expect(roundTrip(shell, [value])).toEqual([value]);
    });
  }
});

describe("shellCommand", () => {
  it("quotes each word and joins them with spaces", () => {
    expect(shellCommand(["vtysh", "-c", "show running-config"])).toBe("vtysh -c 'show running-config'");
  });

  it("needs at least one word", () => {
    expect(() => shellCommand([])).toThrow(RangeError);
  });
});
