import { createCipheriv, createDecipheriv, pbkdf2Sync, randomBytes } from "node:crypto";
import { readFileSync } from "node:fs";

// The CLI's passphrase secrets manager (pkg/secrets/passphrase, sdk/go/common/resource/config/crypt.go):
// key = PBKDF2-SHA256(passphrase, 8-byte salt, 1,000,000 rounds, 32 bytes); values are AES-256-GCM with a
// 12-byte nonce, written "v1:<base64 nonce>:<base64 ciphertext+tag>". The salt state is
// "v1:<base64 salt>:<encryption of the word 'pulumi'>", which lets a wrong passphrase be detected.

const KEY_BYTES = 32;
const PBKDF2_ROUNDS = 1_000_000;
const keyCache = new Map<string, Buffer>();

export class PassphraseError extends Error {
  readonly code = "PULUMI_HARNESS_PASSPHRASE";
  constructor(message: string) {
    super(message);
    this.name = "PassphraseError";
  }
}

function deriveKey(passphrase: string, salt: Buffer): Buffer {
  const cacheKey = `${salt.toString("base64")}\0${passphrase}`;
  let key = keyCache.get(cacheKey);
  if (key === undefined) {
    key = pbkdf2Sync(passphrase, salt, PBKDF2_ROUNDS, KEY_BYTES, "sha256");
    keyCache.set(cacheKey, key);
  }
  return key;
}

export class PassphraseCrypter {
  private constructor(
    private readonly key: Buffer,
    /** The secrets-provider state to store next to encrypted values (`encryptionsalt` in stack files). */
    readonly saltState: string,
  ) {}

  static create(passphrase: string): PassphraseCrypter {
    const salt = randomBytes(8);
    const key = deriveKey(passphrase, salt);
    const probe = encrypt(key, "pulumi");
    return new PassphraseCrypter(key, `v1:${salt.toString("base64")}:${probe}`);
  }

  /** Opens an existing salt state; throws PassphraseError when the passphrase does not match it. */
  static open(passphrase: string, saltState: string): PassphraseCrypter {
    const [version, salt, ...rest] = saltState.split(":");
    if (version !== "v1" || salt === undefined || rest.length !== 3) {
      throw new PassphraseError(`malformed passphrase salt state ${JSON.stringify(saltState)}: expected "v1:<salt>:v1:<nonce>:<ciphertext>"`);
    }
    const key = deriveKey(passphrase, Buffer.from(salt, "base64"));
    let probe: string;
    try {
      probe = decrypt(key, rest.join(":"));
    } catch {
      probe = "";
    }
    if (probe !== "pulumi") {
      throw new PassphraseError(
        "incorrect passphrase: the state was encrypted with another passphrase. Set PULUMI_CONFIG_PASSPHRASE " +
          "(or PULUMI_CONFIG_PASSPHRASE_FILE) to the passphrase used when the state was written.",
      );
    }
    return new PassphraseCrypter(key, saltState);
  }

  encrypt(plaintext: string): string {
    return encrypt(this.key, plaintext);
  }

  decrypt(ciphertext: string): string {
    return decrypt(this.key, ciphertext);
  }
}

function encrypt(key: Buffer, plaintext: string): string {
  const nonce = randomBytes(12);
  const cipher = createCipheriv("aes-256-gcm", key, nonce);
  const body = Buffer.concat([cipher.update(plaintext, "utf8"), cipher.final(), cipher.getAuthTag()]);
  return `v1:${nonce.toString("base64")}:${body.toString("base64")}`;
}

function decrypt(key: Buffer, ciphertext: string): string {
  const parts = ciphertext.split(":");
  if (parts.length !== 3 || parts[0] !== "v1") {
    throw new PassphraseError(`malformed ciphertext: expected "v1:<nonce>:<ciphertext>" (${ciphertext.length} characters received)`);
  }
  const nonce = Buffer.from(parts[1] as string, "base64");
  const body = Buffer.from(parts[2] as string, "base64");
  if (body.length < 16) {
    throw new PassphraseError("malformed ciphertext: shorter than the AES-GCM tag");
  }
  const decipher = createDecipheriv("aes-256-gcm", key, nonce);
  decipher.setAuthTag(body.subarray(body.length - 16));
  return Buffer.concat([decipher.update(body.subarray(0, body.length - 16)), decipher.final()]).toString("utf8");
}

/** The passphrase as the CLI finds it: PULUMI_CONFIG_PASSPHRASE, then PULUMI_CONFIG_PASSPHRASE_FILE. */
export function passphraseFromEnv(env: NodeJS.ProcessEnv): string | undefined {
  const direct = env["PULUMI_CONFIG_PASSPHRASE"];
  if (direct !== undefined) {
    return direct;
  }
  const file = env["PULUMI_CONFIG_PASSPHRASE_FILE"];
  if (file !== undefined && file !== "") {
    return readFileSync(file, "utf8").replace(/\r?\n$/, "");
  }
  return undefined;
}
