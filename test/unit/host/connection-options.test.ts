import { execFileSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { inspect } from "node:util";
import { afterAll, describe, expect, it } from "vitest";
import { FrrIacError } from "../../../src/errors";
import {
  CONNECTION_DEFAULTS,
  describeConnection,
  resolveConnectionOptions,
  validateConnectionOptions,
  type ConnectionOptions,
} from "../../../src/host/connection-options";

const dir = mkdtempSync(join(tmpdir(), "fxt-unit-options-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
execFileSync("ssh-keygen", ["-q", "-t", "ed25519", "-N", "", "-f", join(dir, "plain")]);
execFileSync("ssh-keygen", ["-q", "-t", "ed25519", "-N", "open sesame", "-f", join(dir, "locked")]);
const plainKey = readFileSync(join(dir, "plain"), "utf8");
const lockedKey = readFileSync(join(dir, "locked"), "utf8");
const PIN = "SHA256:kgCg3Us8xGX8BnkI2LsnBzhGrj+IcASBe/Ibu/0E7RA";
const base: ConnectionOptions = { host: "10.0.0.1", privateKeyPath: "~/.ssh/id_ed25519", hostKey: PIN };

function issuesOf(input: unknown, env: Record<string, string> = {}) {
  return validateConnectionOptions(input, { env }).map((i) => ({ code: i.code, path: i.path, input: i.input, message: i.message }));
}

describe("validateConnectionOptions", () => {
  it("accepts a minimal valid connection", () => {
    expect(issuesOf(base)).toEqual([]);
  });

  it.each<[string, unknown, string, RegExp]>([
    ["missing host", { ...base, host: undefined }, "host", /is required/],
    ["host with a space", { ...base, host: "a b" }, "host", /host name .* or an IPv4\/IPv6 address/],
    ["host with a port", { ...base, host: "[fd00::1]:22" }, "host", /without brackets or port/],
    ["port 0", { ...base, port: 0 }, "port", /whole number from 1 to 65535/],
    ["port as text", { ...base, port: "22" }, "port", /whole number/],
    ["user with a shell character", { ...base, username: "root;id" }, "username", /login name/],
    ["pathspace with a shell metacharacter", { ...base, pathspace: "a$(id)" }, "pathspace", /pathspace name/],
    ["pathspace with a dot", { ...base, pathspace: "a.b" }, "pathspace", /forbids `\/` and `\.`/],
    ["vtyshPath with a space", { ...base, vtyshPath: "/usr/bin/vtysh -b" }, "vtyshPath", /no spaces or shell metacharacters/],
    ["vtyshPath with a semicolon", { ...base, vtyshPath: "vtysh;reboot" }, "vtyshPath", /shell metacharacters/],
    ["vtyshPath starting with -", { ...base, vtyshPath: "-c" }, "vtyshPath", /not starting with `-`/],
    ["bad pin", { ...base, hostKey: "SHA256:abc" }, "hostKey", /43 base64 characters/],
    ["md5 pin", { ...base, hostKey: "MD5:12:34:56:78:9a:bc:de:f0:12:34:56:78:9a:bc:de:f0" }, "hostKey", /MD5/],
    ["insecure and a pin", { ...base, insecureIgnoreHostKey: true }, "insecureIgnoreHostKey", /either verify the host key or explicitly do not/],
    ["insecure as text", { ...base, insecureIgnoreHostKey: "yes" }, "insecureIgnoreHostKey", /true or false/],
    ["key inline and as a file", { ...base, privateKey: plainKey }, "privateKeyPath", /either inline or as a file/],
    ["no login method", { host: "h", hostKey: PIN }, "privateKey", /`privateKey`, `privateKeyPath`, `agent`, `password`/],
    ["passphrase without a key", { host: "h", password: "x", passphrase: "y", hostKey: PIN }, "passphrase", /no key to unlock/],
    ["typo in a field", { ...base, hostkey: PIN }, "hostkey", /is not a connection option/],
    ["command timeout too small", { ...base, commandTimeoutMs: 5 }, "commandTimeoutMs", /from 100 to/],
    ["keepalive too small", { ...base, keepaliveIntervalMs: 10 }, "keepaliveIntervalMs", /or 0 for no keepalives/],
    ["agent true without SSH_AUTH_SOCK", { host: "h", agent: true, hostKey: PIN }, "agent", /\$SSH_AUTH_SOCK is not set/],
    ["bad jump host", { ...base, jumpHost: { host: "bastion", hostKey: PIN } }, "jumpHost.privateKey", /no way to log in/],
  ])("%s", (_name, input, path, message) => {
    const issues = issuesOf(input);
    const issue = issues.find((i) => i.path === path);
    expect(issue, JSON.stringify(issues)).toBeDefined();
    expect(issue!.message).toMatch(message);
  });

  it("shows the value received, but never a secret", () => {
    const [issue] = issuesOf({ ...base, port: 70000 });
    expect(issue).toMatchObject({ code: "FRR_INVALID_NUMBER", path: "port", input: 70000 });
    const secretIssues = issuesOf({ host: "h", privateKey: "not a key", password: "", hostKey: PIN });
    expect(secretIssues.length).toBeGreaterThan(0);
    for (const i of secretIssues) expect(i.input).toBeUndefined();
    expect(JSON.stringify(secretIssues)).not.toContain("not a key");
  });

  it("checks inline keys and their passphrase without any connection", () => {
    expect(issuesOf({ host: "h", privateKey: plainKey, hostKey: PIN })).toEqual([]);
    expect(issuesOf({ host: "h", privateKey: lockedKey, passphrase: "open sesame", hostKey: PIN })).toEqual([]);
    expect(issuesOf({ host: "h", privateKey: lockedKey, passphrase: "wrong", hostKey: PIN })).toMatchObject([{ path: "passphrase", message: expect.stringMatching(/passphrase is missing or wrong/) }]);
    expect(issuesOf({ host: "h", privateKey: readFileSync(join(dir, "plain.pub"), "utf8"), hostKey: PIN })).toMatchObject([{ path: "privateKey", message: expect.stringMatching(/public key/) }]);
  });

  it("refuses a jump chain nested too deep", () => {
    let options: ConnectionOptions = base;
    for (let i = 0; i < 5; i++) options = { ...base, jumpHost: options };
    expect(issuesOf(options).some((i) => /nests more than/.test(i.message))).toBe(true);
  });
});

describe("resolveConnectionOptions", () => {
  it("fills in the documented defaults", () => {
    const resolved = resolveConnectionOptions(base, { env: {} });
    expect(resolved).toMatchObject({
      host: "10.0.0.1",
      port: CONNECTION_DEFAULTS.port,
      username: "root",
      sudo: false,
      vtyshPath: "vtysh",
      connectTimeoutMs: 10_000,
      commandTimeoutMs: 120_000,
      keepaliveIntervalMs: 15_000,
      hostKeyCheck: { kind: "pin", pin: { fingerprint: PIN } },
    });
  });

  it("resolves agent: true to $SSH_AUTH_SOCK and picks the host key check", () => {
    const resolved = resolveConnectionOptions({ host: "h", agent: true, knownHostsFile: "/k" }, { env: { SSH_AUTH_SOCK: "/run/agent.sock" } });
    expect(resolved.agent).toBe("/run/agent.sock");
    expect(resolved.hostKeyCheck).toEqual({ kind: "known-hosts", file: "/k" });
    expect(resolveConnectionOptions({ host: "h", password: "p" }).hostKeyCheck).toEqual({ kind: "user-known-hosts" });
    expect(resolveConnectionOptions({ host: "h", password: "p", insecureIgnoreHostKey: true }).hostKeyCheck).toEqual({ kind: "insecure" });
  });

  it("throws one ValidationError listing every issue", () => {
    try {
      resolveConnectionOptions({ host: "a b", port: -1, password: "hunter2", hostKey: "nope" } as ConnectionOptions);
      expect.unreachable();
    } catch (error) {
      expect(FrrIacError.is(error)).toBe(true);
      const message = (error as Error).message;
      expect(message).toMatch(/^FRR_VALIDATION_FAILED: connection to a b is invalid:/);
      expect(message).toContain("`host`");
      expect(message).toContain("`port`");
      expect(message).toContain("`hostKey`");
      expect(message).not.toContain("hunter2");
    }
  });

  it("keeps secrets out of JSON and inspect output", () => {
    const resolved = resolveConnectionOptions({ host: "h", password: "hunter2", privateKey: plainKey, hostKey: PIN });
    expect(JSON.stringify(resolved)).not.toContain("hunter2");
    expect(JSON.stringify(resolved)).not.toContain("PRIVATE KEY");
    expect(inspect(resolved, { depth: 5 })).not.toContain("hunter2");
    expect(resolved.secrets.password).toBe("hunter2");
  });
});

describe("describeConnection", () => {
  it("prints user@host:port, brackets IPv6 and names the bastion", () => {
    expect(describeConnection({ host: "10.0.0.1" })).toBe("root@10.0.0.1:22");
    expect(describeConnection({ host: "fd00::1", port: 2222, username: "frr" })).toBe("frr@[fd00::1]:2222");
    expect(describeConnection({ host: "10.0.0.2", jumpHost: { host: "bastion", username: "admin" } })).toBe("root@10.0.0.2:22 via admin@bastion:22");
  });
});
