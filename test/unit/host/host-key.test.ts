import { execFileSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { algorithmsFor, fingerprintOf, keyTypeOfBlob, parseHostKeyPin, preferKeyTypes } from "../../../src/host/host-key";

const dir = mkdtempSync(join(tmpdir(), "fxt-unit-hostkey-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function keygen(type: string, bits?: number): { blob: Buffer; keygenLine: string; keyType: string } {
  const file = join(dir, `key-${type}-${bits ?? 0}`);
  execFileSync("ssh-keygen", ["-q", "-t", type, ...(bits === undefined ? [] : ["-b", String(bits)]), "-N", "", "-C", "unit@test", "-f", file]);
  const [keyType, base64] = readFileSync(`${file}.pub`, "utf8").trim().split(/\s+/);
  return { blob: Buffer.from(base64!, "base64"), keygenLine: execFileSync("ssh-keygen", ["-lf", `${file}.pub`]).toString().trim(), keyType: keyType! };
}

describe("fingerprintOf", () => {
  for (const [type, bits] of [["ed25519", undefined], ["rsa", 2048], ["ecdsa", 256], ["ecdsa", 384], ["ecdsa", 521]] as const) {
    it(`matches ssh-keygen -lf for ${type}${bits === undefined ? "" : ` ${bits}`}`, () => {
      const key = keygen(type, bits);
      const printed = key.keygenLine.split(/\s+/)[1];
      expect(fingerprintOf(key.blob)).toBe(printed);
      expect(keyTypeOfBlob(key.blob)).toBe(key.keyType);
    });
  }
});

describe("keyTypeOfBlob", () => {
  it("returns undefined for blobs that are not SSH keys", () => {
    expect(keyTypeOfBlob(Buffer.alloc(0))).toBeUndefined();
    expect(keyTypeOfBlob(Buffer.from([0, 0, 0, 200, 1, 2]))).toBeUndefined();
    expect(keyTypeOfBlob(Buffer.from([0, 0, 0, 0]))).toBeUndefined();
  });
});

describe("parseHostKeyPin", () => {
  const fp = "SHA256:kgCg3Us8xGX8BnkI2LsnBzhGrj+IcASBe/Ibu/0E7RA";

  it("reads a bare fingerprint", () => {
    expect(parseHostKeyPin(fp)).toEqual({ fingerprint: fp });
    expect(parseHostKeyPin(`  ${fp}\n`)).toEqual({ fingerprint: fp });
  });

  it("reads a whole ssh-keygen -lf line and takes the key type from it", () => {
    expect(parseHostKeyPin(`256 ${fp} root@vm (ED25519)`)).toEqual({ fingerprint: fp, types: ["ssh-ed25519"] });
    expect(parseHostKeyPin(`3072 ${fp} no comment (RSA)`)).toEqual({ fingerprint: fp, types: ["ssh-rsa"] });
    expect(parseHostKeyPin(`256 ${fp} x (ECDSA)`)).toMatchObject({ types: ["ecdsa-sha2-nistp256", "ecdsa-sha2-nistp384", "ecdsa-sha2-nistp521"] });
  });

  it.each([
    ["MD5:12:34:56:78:9a:bc:de:f0:12:34:56:78:9a:bc:de:f0", /MD5/],
    ["12:34:56:78:9a:bc:de:f0:12:34:56:78:9a:bc:de:f0", /MD5/],
    ["SHA256:tooShort", /43 base64 characters/],
    [`${fp}=`, /43 base64 characters/],
    ["sha256:kgCg3Us8xGX8BnkI2LsnBzhGrj+IcASBe/Ibu/0E7RA", /SHA256/],
    [`256 ${fp} x (XMSS)`, /key type \(XMSS\)/],
    ["", /not a SHA256 fingerprint/],
  ])("explains what is wrong with %j", (text, message) => {
    const result = parseHostKeyPin(text);
    expect(typeof result).toBe("string");
    expect(result).toMatch(message);
  });
});

describe("algorithm preference", () => {
  it("offers every RSA signature algorithm for an RSA key", () => {
    expect(algorithmsFor("ssh-rsa")).toEqual(["rsa-sha2-512", "rsa-sha2-256", "ssh-rsa"]);
  });

  it("puts the known key types first and keeps the rest", () => {
    const list = preferKeyTypes(["ssh-rsa"]);
    expect(list.slice(0, 3)).toEqual(["rsa-sha2-512", "rsa-sha2-256", "ssh-rsa"]);
    expect(list).toContain("ssh-ed25519");
    expect(new Set(list).size).toBe(list.length);
  });
});
