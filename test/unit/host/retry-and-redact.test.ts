import { describe, expect, it } from "vitest";
import { composeRedactor, redactPasswordLines } from "../../../src/host/redact-secrets";
import { backoffDelay, isTransientSshError } from "../../../src/host/retry-policy";
import { TransportError } from "../../../src/host/transport-error";

describe("isTransientSshError", () => {
  it.each([
    [Object.assign(new Error("connect ECONNREFUSED"), { code: "ECONNREFUSED" }), true],
    [Object.assign(new Error("read ECONNRESET"), { code: "ECONNRESET" }), true],
    [Object.assign(new Error("t"), { code: "ETIMEDOUT" }), true],
    [Object.assign(new Error("Timed out while waiting for handshake"), { level: "client-timeout" }), true],
    [new Error("(SSH) Channel open failure: open failed"), true],
    [new Error("Connection lost before handshake"), true],
    [Object.assign(new Error("All configured authentication methods failed"), { level: "client-authentication" }), false],
    [Object.assign(new Error("getaddrinfo ENOTFOUND x"), { code: "ENOTFOUND" }), false],
    [new Error("Host denied (verification failed)"), false],
    ["ECONNREFUSED", false],
  ])("%s → %s", (error, transient) => {
    expect(isTransientSshError(error)).toBe(transient);
  });
});

describe("backoffDelay", () => {
  it("doubles from the base, stays under the cap, and jitters by ±25 %", () => {
    expect(backoffDelay(1, {}, () => 0.5)).toBe(250);
    expect(backoffDelay(2, {}, () => 0.5)).toBe(500);
    expect(backoffDelay(3, {}, () => 0.5)).toBe(1000);
    expect(backoffDelay(10, {}, () => 0.5)).toBe(4000);
    expect(backoffDelay(1, {}, () => 0)).toBe(188);
    expect(backoffDelay(1, {}, () => 1)).toBe(313);
  });
});

describe("redactPasswordLines", () => {
  it.each([
    ["neighbor 10.0.0.1 password s3cret", "neighbor 10.0.0.1 password <redacted>"],
    [" neighbor PG password two words", " neighbor PG password <redacted>"],
    ["no neighbor 10.0.0.1 password s3cret", "no neighbor 10.0.0.1 password <redacted>"],
    ["vm(config-router)# neighbor 10.0.0.1 password s3cret", "vm(config-router)# neighbor 10.0.0.1 password <redacted>"],
    ["% Unknown command: neighbor x password y", "% Unknown command: neighbor x password <redacted>"],
    ["neighbor 10.0.0.1 description password-less", "neighbor 10.0.0.1 description password-less"],
    ["service password-encryption", "service password-encryption"],
  ])("%j", (input, output) => {
    expect(redactPasswordLines(input)).toBe(output);
  });

  it("runs the caller's redaction first", () => {
    const redact = composeRedactor((t) => t.replace(/tenant-\d+/g, "tenant-*"));
    expect(redact("neighbor tenant-42 password x\nok")).toBe("neighbor tenant-* password <redacted>\nok");
  });
});

describe("TransportError", () => {
  it("carries a stable code, the host and the cause, and is recognised by its brand", () => {
    const cause = new Error("boom");
    const error = new TransportError("FRR_SSH_CONNECT_FAILED", "cannot connect", { host: "root@h:22", transient: true, cause });
    expect(error.message).toBe("FRR_SSH_CONNECT_FAILED: cannot connect");
    expect(error.cause).toBe(cause);
    expect(TransportError.is(error, "FRR_SSH_CONNECT_FAILED")).toBe(true);
    expect(TransportError.is(error, "FRR_SSH_AUTH_FAILED")).toBe(false);
    expect(TransportError.is(new Error("x"))).toBe(false);
  });
});
