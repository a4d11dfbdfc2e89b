import { X509Certificate, createPrivateKey, createPublicKey } from "node:crypto";
import { describe, expect, it } from "vitest";
import {
  certificateProblems,
  cookieProblem,
  createSelfSignedCert,
  formatHandshake,
  HandshakeError,
  MAGIC_COOKIE_VALUE,
  negotiateProtocolVersion,
  parseHandshake,
} from "../../../src/terraform/protocol";

describe("handshake line", () => {
  it("formats the cert as unpadded standard base64 and parses back", () => {
    for (let len = 300; len < 306; len++) {
      const der = new Uint8Array(len).map((_, i) => (i * 37) & 0xff);
      const line = formatHandshake({ appVersion: 6, network: "tcp", address: "127.0.0.1:1234", serverCert: der });
      expect(line.endsWith("\n")).toBe(true);
      expect(line).not.toMatch(/=/);
      expect(parseHandshake(line).serverCert).toEqual(der);
    }
  });

  it("leaves the cert field empty in plaintext mode", () => {
    expect(formatHandshake({ appVersion: 6, network: "unix", address: "/tmp/x.sock" })).toBe("1|6|unix|/tmp/x.sock|grpc|\n");
    expect(parseHandshake("1|6|unix|/tmp/x.sock|grpc|").serverCert).toBeUndefined();
  });

  it.each([
    ["1|6|tcp", /at least 4 fields/],
    ["2|6|tcp|127.0.0.1:1|grpc|", /incompatible core API version/],
    ["1|5|tcp|127.0.0.1:1|grpc|", /incompatible API version/],
    ["1|6|tcp|127.0.0.1:1|netrpc|", /Unsupported plugin protocol/],
    ["1|6|tcp|127.0.0.1:1", /Unsupported plugin protocol "netrpc"/],
    ["1|6|udp|127.0.0.1:1|grpc|", /unsupported network/],
    [`1|6|tcp|127.0.0.1:1|grpc|${"A".repeat(58)}==`, /RawStdEncoding/],
  ])("rejects %s like go-plugin", (line, message) => {
    expect(() => parseHandshake(line)).toThrow(HandshakeError);
    expect(() => parseHandshake(line)).toThrow(message);
  });
});

describe("magic cookie and versions", () => {
  it("explains itself when run by hand", () => {
    expect(cookieProblem({})).toMatch(/not meant to be run directly/);
    expect(cookieProblem({ TF_PLUGIN_MAGIC_COOKIE: MAGIC_COOKIE_VALUE })).toBeUndefined();
    expect(cookieProblem({}, "Run `frr-iac terraform install`.")).toMatch(/frr-iac terraform install/);
  });
  it("answers 6 and reports what the client offered", () => {
    expect(negotiateProtocolVersion({ PLUGIN_PROTOCOL_VERSIONS: "6,5" })).toEqual({ version: 6, offered: [6, 5] });
    expect(negotiateProtocolVersion({})).toEqual({ version: 6, offered: [] });
  });
});

describe("self-signed certificates (AutoMTLS profile)", () => {
  it.each(["P-256", "P-521"] as const)("%s: SAN localhost, CA, both EKUs, backdated, verifies", (curve) => {
    const now = new Date("2049-12-31T23:59:30Z");
    const cert = createSelfSignedCert({ curve, now, backdateSeconds: 60, validitySeconds: 3600 });
    const x = new X509Certificate(cert.certPem);
    expect(x.subjectAltName).toBe("DNS:localhost");
    expect(x.subject).toMatch(/CN=localhost/);
    expect(x.ca).toBe(true);
    expect(x.keyUsage).toEqual(expect.arrayContaining(["1.3.6.1.5.5.7.3.1", "1.3.6.1.5.5.7.3.2"]));
    expect(new Date(x.validFrom).getTime()).toBe(now.getTime() - 60_000);
    // notAfter crosses into 2050: GeneralizedTime must be used and still parse.
    expect(new Date(x.validTo).getTime()).toBe(now.getTime() + 3_600_000);
    expect(certificateProblems(x, now)).toEqual([]);
    expect(x.checkPrivateKey(createPrivateKey(cert.keyPem))).toBe(true);
    expect(x.publicKey.equals(createPublicKey(createPrivateKey(cert.keyPem)))).toBe(true);
    expect(Buffer.from(x.raw)).toEqual(Buffer.from(cert.der));
  });

  it("flags what go-plugin's client would reject", () => {
    const cert = new X509Certificate(createSelfSignedCert({ now: new Date("2020-01-01T00:00:00Z"), validitySeconds: 10 }).certPem);
    expect(certificateProblems(cert, new Date("2030-01-01T00:00:00Z"))).toEqual([expect.stringMatching(/expired/)]);
  });
});
