import { describe, expect, it } from "vitest";
import { classifyStartFailure, frrMessage, parseApplyEcho, parseCheckOutput, parseReadOutput } from "../../../src/host/vtysh-output";

// Echo output as FRR 8.4's `vtysh -E` printed it here for `-c 'cmd\n'` arguments.
const CHAIN = ["configure terminal", "router bgp 65000", "neighbor 10.0.0.1 description qq?", "neighbor 10.0.0.1 bogus", "neighbor 10.0.0.1 description zz"];
const FAILED = [
  "vm# configure terminal",
  "vm(config)# ",
  "vm(config)# router bgp 65000",
  "vm(config-router)# ",
  "vm(config-router)# neighbor 10.0.0.1 description qq?",
  "vm(config-router)# ",
  "vm(config-router)# neighbor 10.0.0.1 bogus",
  "% Unknown command: neighbor 10.0.0.1 bogus",
  "",
].join("\n");

describe("parseApplyEcho", () => {
  it("follows the echo to the command that failed and keeps FRR's message with it", () => {
    const echo = parseApplyEcho(FAILED, CHAIN);
    expect(echo.consistent).toBe(true);
    expect(echo.ran.map((r) => r.index)).toEqual([0, 1, 2, 3]);
    expect(echo.ran[3]!.output).toBe("% Unknown command: neighbor 10.0.0.1 bogus");
    expect(echo.preamble).toBe("");
  });

  it("keeps messages without % (e.g. `BGP is already running; AS is 65000`) and warnings of commands that went on", () => {
    const output = [
      "h# configure terminal", "h(config)# ",
      "h(config)# no neighbor 10.9.9.9 remote-as 1", "% Specify remote-as or peer-group commands first", "h(config)# ",
      "h(config)# router bgp 65001", "BGP is already running; AS is 65000",
    ].join("\n");
    const echo = parseApplyEcho(output, ["configure terminal", "no neighbor 10.9.9.9 remote-as 1", "router bgp 65001"]);
    expect(echo.ran.map((r) => [r.index, r.output])).toEqual([
      [0, ""],
      [1, "% Specify remote-as or peer-group commands first"],
      [2, "BGP is already running; AS is 65000"],
    ]);
  });

  it("puts output before the first echo in the preamble", () => {
    const echo = parseApplyEcho("sudo: a password is required\n", CHAIN);
    expect(echo.ran).toEqual([]);
    expect(echo.preamble).toBe("sudo: a password is required");
  });

  it("matches host names with dots and dashes and deep config nodes", () => {
    const output = "r1.dc-1# configure terminal\nr1.dc-1(config)# \nr1.dc-1(config)# route-map X permit 10\nr1.dc-1(config-route-map)# \n";
    expect(parseApplyEcho(output, ["configure terminal", "route-map X permit 10"]).ran.map((r) => r.index)).toEqual([0, 1]);
  });
});

describe("parseReadOutput", () => {
  const m = "frr-iac-0123456789abcdef";
  it("splits outputs by marker and keeps each exit status, with or without a final newline", () => {
    const stdout = `${m} begin 0\nBuilding configuration...\n!\nend\n\n${m} end 0 0\n${m} begin 1\n{"a":1}\n${m} end 1 0\n${m} begin 2\n% Unknown command: show bogus\n\n${m} end 2 1\n`;
    expect(parseReadOutput(stdout, m, 3)).toEqual([
      { output: "Building configuration...\n!\nend\n", exitCode: 0 },
      { output: '{"a":1}', exitCode: 0 },
      { output: "% Unknown command: show bogus\n", exitCode: 1 },
    ]);
  });

  it("returns undefined when an output is cut short", () => {
    expect(parseReadOutput(`${m} begin 0\npartial`, m, 1)).toBeUndefined();
    expect(parseReadOutput("", m, 1)).toBeUndefined();
  });

  it("is not fooled by output that mentions another marker", () => {
    const stdout = `${m} begin 0\nfrr-iac-ffff end 0 0\n\n${m} end 0 0\n`;
    expect(parseReadOutput(stdout, m, 1)).toEqual([{ output: "frr-iac-ffff end 0 0\n", exitCode: 0 }]);
  });
});

describe("parseCheckOutput", () => {
  it("reads vtysh -C complaints with their line numbers", () => {
    expect(parseCheckOutput("line 3: % Unknown command[25]:  neighbor 10.0.0.1 bogus\nsomething else\n")).toEqual([
      { line: 3, message: "% Unknown command[25]:  neighbor 10.0.0.1 bogus" },
      { message: "something else" },
    ]);
  });
});

describe("frrMessage", () => {
  it("prefers the % lines", () => {
    expect(frrMessage("noise\n% Configure the peer-group first\n")).toBe("% Configure the peer-group first");
    expect(frrMessage("BGP is already running; AS is 65000\n")).toBe("BGP is already running; AS is 65000");
  });
});

describe("classifyStartFailure", () => {
  it.each([
    ["sudo: a password is required\n", 1, "sudo"],
    ["frr is not in the sudoers file.  This incident will be reported.\n", 1, "sudo"],
    ["Exiting: failed to connect to any daemons.\nHint: if this seems wrong, try running me as a privileged user!\n", 1, "no-daemons"],
    ["sh: 1: vtysh: not found\n", 127, "missing"],
    ["xargs: vtysh: No such file or directory\n", 127, "xargs"],
    ["% Unknown command: show bogus\n", 1, undefined],
  ] as const)("%j → %s", (output, code, kind) => {
    expect(classifyStartFailure(output, code)?.kind).toBe(kind);
  });
});
