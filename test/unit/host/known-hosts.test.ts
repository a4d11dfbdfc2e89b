import { execFileSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { fingerprintOf } from "../../../src/host/host-key";
import { verifyHostKey } from "../../../src/host/host-key-policy";
import { checkKnownHosts, hashKnownHostsName, knownHostsName, knownKeyTypes, parseKnownHosts } from "../../../src/host/known-hosts";

const dir = mkdtempSync(join(tmpdir(), "fxt-unit-knownhosts-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function keygen(name: string, type: string): { line: string; blob: Buffer } {
  const file = join(dir, name);
  execFileSync("ssh-keygen", ["-q", "-t", type, "-N", "", "-C", "", "-f", file]);
  const [keyType, base64] = readFileSync(`${file}.pub`, "utf8").trim().split(/\s+/);
  return { line: `${keyType} ${base64}`, blob: Buffer.from(base64!, "base64") };
}

const ed = keygen("ed", "ed25519");
const ed2 = keygen("ed2", "ed25519");
const rsa = keygen("rsa", "rsa");

describe("parseKnownHosts", () => {
  it("reads plain, bracketed, marked and commented lines and skips garbage", () => {
    const text = [
      "# a comment",
      "",
      `pve01,10.0.0.1 ${ed.line} comment words`,
      `[10.0.0.2]:2222 ${rsa.line}`,
      `@revoked * ${ed2.line}`,
      `@cert-authority *.example ${ed.line}`,
      "garbage line",
      `host ssh-ed25519 ${rsa.line.split(" ")[1]}`,
      `@unknown host ${ed.line}`,
    ].join("\n");
    const entries = parseKnownHosts(text, "kh");
    expect(entries.map((e) => [e.line, e.marker ?? "", e.keyType])).toEqual([
      [3, "", "ssh-ed25519"],
      [4, "", "ssh-rsa"],
      [5, "revoked", "ssh-ed25519"],
      [6, "cert-authority", "ssh-ed25519"],
    ]);
  });
});

describe("checkKnownHosts", () => {
  it("matches hashed entries written by ssh-keygen -H, for port 22 and [host]:port", () => {
    const file = join(dir, "hashed");
    writeFileSync(file, `pve01 ${ed.line}\n[10.0.0.2]:2222 ${rsa.line}\n`);
    execFileSync("ssh-keygen", ["-q", "-H", "-f", file]);
    const text = readFileSync(file, "utf8");
    expect(text).not.toContain("pve01");
    expect(text).toMatch(/^\|1\|/m);
    const entries = parseKnownHosts(text, file);
    expect(checkKnownHosts(entries, "pve01", 22, ed.blob)).toMatchObject({ kind: "match" });
    expect(checkKnownHosts(entries, "10.0.0.2", 2222, rsa.blob)).toMatchObject({ kind: "match" });
    expect(checkKnownHosts(entries, "10.0.0.2", 22, rsa.blob)).toMatchObject({ kind: "unknown", known: [] });
    expect(checkKnownHosts(entries, "PVE01", 22, ed.blob)).toMatchObject({ kind: "unknown" });
    expect(checkKnownHosts(entries, "pve01", 22, ed2.blob)).toMatchObject({ kind: "mismatch", expected: [{ fingerprint: fingerprintOf(ed.blob) }] });
  });

  it("agrees with our own hashing", () => {
    const salt = Buffer.alloc(20, 7);
    const entries = parseKnownHosts(`${hashKnownHostsName("[h]:2200", salt)} ${ed.line}\n`, "kh");
    expect(checkKnownHosts(entries, "h", 2200, ed.blob)).toMatchObject({ kind: "match", where: "kh:1" });
  });

  it("supports wildcards, negation and case-insensitive names", () => {
    const entries = parseKnownHosts(`*.lab,!bad.lab,node?.dc ${ed.line}\n`, "kh");
    expect(checkKnownHosts(entries, "pve01.lab", 22, ed.blob).kind).toBe("match");
    expect(checkKnownHosts(entries, "PVE01.LAB", 22, ed.blob).kind).toBe("match");
    expect(checkKnownHosts(entries, "bad.lab", 22, ed.blob).kind).toBe("unknown");
    expect(checkKnownHosts(entries, "node1.dc", 22, ed.blob).kind).toBe("match");
    expect(checkKnownHosts(entries, "node10.dc", 22, ed.blob).kind).toBe("unknown");
  });

  it("says unknown (not mismatch) when only keys of other types are known", () => {
    const entries = parseKnownHosts(`h ${rsa.line}\n`, "kh");
    expect(checkKnownHosts(entries, "h", 22, ed.blob)).toMatchObject({ kind: "unknown", known: [{ keyType: "ssh-rsa" }] });
    expect(knownKeyTypes(entries, "h", 22)).toEqual(["ssh-rsa"]);
  });

  it("refuses revoked keys even when another line lists them", () => {
    const entries = parseKnownHosts(`h ${ed.line}\n@revoked h ${ed.line}\n`, "kh");
    expect(checkKnownHosts(entries, "h", 22, ed.blob)).toEqual({ kind: "revoked", where: "kh:2" });
  });

  it("never matches on @cert-authority lines", () => {
    const entries = parseKnownHosts(`@cert-authority h ${ed.line}\n`, "kh");
    expect(checkKnownHosts(entries, "h", 22, ed.blob).kind).toBe("unknown");
  });

  it("names hosts on port 22 plainly and others in brackets", () => {
    expect(knownHostsName("h", 22)).toBe("h");
    expect(knownHostsName("fd00::1", 2222)).toBe("[fd00::1]:2222");
  });
});

describe("verifyHostKey", () => {
  const target = { host: "10.0.0.1", port: 22, description: "root@10.0.0.1:22" };

  it("accepts the pinned key and refuses another with both fingerprints and what to do", () => {
    expect(verifyHostKey({ kind: "pin", pin: { fingerprint: fingerprintOf(ed.blob) } }, target, ed.blob)).toMatchObject({ ok: true, keyType: "ssh-ed25519" });
    const verdict = verifyHostKey({ kind: "pin", pin: { fingerprint: fingerprintOf(ed2.blob) } }, target, ed.blob);
    expect(verdict.ok).toBe(false);
    if (verdict.ok) return;
    expect(verdict.error.code).toBe("FRR_SSH_HOST_KEY_MISMATCH");
    expect(verdict.error.message).toContain(`root@10.0.0.1:22 offered ssh-ed25519 ${fingerprintOf(ed.blob)}, expected ${fingerprintOf(ed2.blob)}`);
    expect(verdict.error.message).toMatch(/update the pin; otherwise stop: this is what a man-in-the-middle looks like/);
    expect(verdict.error.transient).toBe(false);
  });

  it("explains an unknown host with the file, the name looked up and how to add it", () => {
    const verdict = verifyHostKey({ kind: "known-hosts", entries: [], files: ["/tmp/kh"] }, { ...target, port: 2222 }, ed.blob);
    expect(verdict.ok).toBe(false);
    if (verdict.ok) return;
    expect(verdict.error.code).toBe("FRR_SSH_HOST_KEY_UNKNOWN");
    expect(verdict.error.message).toContain("/tmp/kh has no entry for [10.0.0.1]:2222");
    expect(verdict.error.message).toContain("ssh-keyscan -p 2222 10.0.0.1");
  });

  it("explains a mismatch against known_hosts with the entry's location", () => {
    const entries = parseKnownHosts(`10.0.0.1 ${ed2.line}\n`, "/tmp/kh");
    const verdict = verifyHostKey({ kind: "known-hosts", entries, files: ["/tmp/kh"] }, target, ed.blob);
    expect(verdict.ok).toBe(false);
    if (verdict.ok) return;
    expect(verdict.error.code).toBe("FRR_SSH_HOST_KEY_MISMATCH");
    expect(verdict.error.message).toContain(`expected ${fingerprintOf(ed2.blob)} (/tmp/kh:1)`);
    expect(verdict.error.message).toContain("ssh-keygen -R '10.0.0.1' -f /tmp/kh");
  });

  it("accepts anything when checking is off", () => {
    expect(verifyHostKey({ kind: "insecure" }, target, rsa.blob)).toMatchObject({ ok: true, keyType: "ssh-rsa" });
  });
});
