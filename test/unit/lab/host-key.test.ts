import { describe, expect, it } from "vitest";
import { fingerprintOf, knownHostsLine, parsePublicKey } from "../../../src/lab/host-key";

// Generated with `ssh-keygen -t ed25519`; `ssh-keygen -lf` printed the fingerprint below.
const PUB = "ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIDlEnDi0uwV5iVLLmgsEc0cgI7w09CO21uCWpc6PHvRx comment";

describe("host keys", () => {
  it("computes OpenSSH's SHA256 fingerprint", () => {
    expect(fingerprintOf(parsePublicKey(PUB))).toBe("SHA256:p6SlY8bFvYbWWswOX5WY7aZz3Q5e8LheS4mUSLVZKCA");
  });

  it("writes known_hosts lines, bracketing non-default ports", () => {
    const key = parsePublicKey(PUB);
    expect(knownHostsLine("172.30.1.11", 22, key)).toBe(`172.30.1.11 ssh-ed25519 ${key.base64}`);
    expect(knownHostsLine("172.30.1.11", 2222, key)).toBe(`[172.30.1.11]:2222 ssh-ed25519 ${key.base64}`);
  });

  it("refuses something that is not a public key line", () => {
    expect(() => parsePublicKey("-----BEGIN OPENSSH PRIVATE KEY-----")).toThrow(/not an OpenSSH public key/);
  });
});
