import { describe, expect, it } from "vitest";
import { PassphraseCrypter, PassphraseError } from "../../harness/pulumi/passphrase-crypter";

describe("passphrase crypter (the CLI's passphrase secrets manager format)", () => {
  const crypter = PassphraseCrypter.create("swordfish");

  it("writes v1:<nonce>:<ciphertext> and round-trips", () => {
    const ct = crypter.encrypt("hunter2");
    expect(ct).toMatch(/^v1:[A-Za-z0-9+/=]{16}:[A-Za-z0-9+/=]+$/);
    expect(ct).not.toContain("hunter2");
    expect(crypter.decrypt(ct)).toBe("hunter2");
    expect(crypter.encrypt("hunter2")).not.toBe(ct); // fresh nonce every time
  });

  it("reopens a salt state with the right passphrase and rejects a wrong one", () => {
    expect(crypter.saltState).toMatch(/^v1:[A-Za-z0-9+/=]{12}:v1:/);
    const again = PassphraseCrypter.open("swordfish", crypter.saltState);
    expect(again.decrypt(crypter.encrypt("x"))).toBe("x");
    expect(() => PassphraseCrypter.open("wrong", crypter.saltState)).toThrow(PassphraseError);
  });

  it("rejects malformed input with a message that shows no secret", () => {
    expect(() => crypter.decrypt("not-a-ciphertext")).toThrow(/malformed ciphertext/);
    expect(() => PassphraseCrypter.open("swordfish", "v2:abc")).toThrow(/malformed passphrase salt state/);
  });
});
