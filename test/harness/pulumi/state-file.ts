import { existsSync, readFileSync, renameSync, writeFileSync } from "node:fs";
import { PassphraseCrypter, PassphraseError } from "./passphrase-crypter";
import { isObject, isSecret, SECRET_SIG, SIG_KEY, type PropertyMap, type PropertyValue } from "./property-value";
import type { ResourceState } from "./resource-state";

// A checkpoint file in the shape the diy backend writes (apitype.VersionedCheckpoint, version 3):
// {version, checkpoint: {stack, latest: {manifest, secrets_providers, resources}}}. Secret values are
// stored as {SIG_KEY: SECRET_SIG, ciphertext} where ciphertext encrypts the JSON text of the value,
// like stack.SerializePropertyValue does.

export interface Snapshot {
  resources: ResourceState[];
}

export interface OpenedState {
  snapshot: Snapshot;
  crypter: PassphraseCrypter;
  /** False when the file did not exist yet. */
  existed: boolean;
}

export class StateFileError extends Error {
  readonly code = "PULUMI_HARNESS_STATE_FILE";
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = "StateFileError";
  }
}

const MANIFEST_VERSION = "frr-iac pulumi stand-in";

export function readStateFile(file: string, passphrase: string | undefined): OpenedState {
  if (passphrase === undefined) {
    throw new PassphraseError(
      `no passphrase for the secrets in ${file}: set PULUMI_CONFIG_PASSPHRASE or PULUMI_CONFIG_PASSPHRASE_FILE ` +
        "(an empty string is allowed), or pass { passphrase } to the library API",
    );
  }
  if (!existsSync(file)) {
    return { snapshot: { resources: [] }, crypter: PassphraseCrypter.create(passphrase), existed: false };
  }
  let doc: unknown;
  try {
    doc = JSON.parse(readFileSync(file, "utf8"));
  } catch (err) {
    throw new StateFileError(`cannot read state file ${file}: ${(err as Error).message}. Delete it to start from an empty stack.`, { cause: err });
  }
  const latest = (doc as { checkpoint?: { latest?: { resources?: unknown; secrets_providers?: { state?: { salt?: unknown } } } } })
    .checkpoint?.latest;
  const salt = latest?.secrets_providers?.state?.salt;
  const crypter = typeof salt === "string" ? PassphraseCrypter.open(passphrase, salt) : PassphraseCrypter.create(passphrase);
  const rawResources = latest?.resources ?? [];
  if (!Array.isArray(rawResources)) {
    throw new StateFileError(`state file ${file}: checkpoint.latest.resources is not an array`);
  }
  const resources = rawResources.map((r) => {
    const res = r as ResourceState;
    return { ...res, inputs: decryptMap(res.inputs ?? {}, crypter), outputs: decryptMap(res.outputs ?? {}, crypter) };
  });
  return { snapshot: { resources }, crypter, existed: true };
}

export function writeStateFile(file: string, snapshot: Snapshot, crypter: PassphraseCrypter, stackName: string): void {
  const resources = snapshot.resources.map((res) => ({
    ...res,
    inputs: encryptMap(res.inputs, crypter),
    outputs: encryptMap(res.outputs, crypter),
  }));
  const doc = {
    version: 3,
    checkpoint: {
      stack: stackName,
      latest: {
        manifest: { time: new Date().toISOString(), magic: "", version: MANIFEST_VERSION },
        secrets_providers: { type: "passphrase", state: { salt: crypter.saltState } },
        resources,
      },
    },
  };
  const tmp = `${file}.${process.pid}.tmp`;
  writeFileSync(tmp, `${JSON.stringify(doc, null, 4)}\n`, { mode: 0o600 });
  renameSync(tmp, file);
}

function encryptValue(v: PropertyValue, crypter: PassphraseCrypter): PropertyValue {
  if (isSecret(v)) {
    return { [SIG_KEY]: SECRET_SIG, ciphertext: crypter.encrypt(JSON.stringify(v.value)) };
  }
  if (Array.isArray(v)) {
    return v.map((e) => encryptValue(e, crypter));
  }
  if (isObject(v)) {
    return encryptMap(v, crypter);
  }
  return v;
}

function encryptMap(m: PropertyMap, crypter: PassphraseCrypter): PropertyMap {
  const out: PropertyMap = {};
  for (const [k, v] of Object.entries(m)) {
    out[k] = encryptValue(v, crypter);
  }
  return out;
}

function decryptValue(v: PropertyValue, crypter: PassphraseCrypter): PropertyValue {
  if (isObject(v) && v[SIG_KEY] === SECRET_SIG) {
    const ciphertext = v["ciphertext"];
    if (typeof ciphertext === "string") {
      return { [SIG_KEY]: SECRET_SIG, value: decryptValue(JSON.parse(crypter.decrypt(ciphertext)) as PropertyValue, crypter) };
    }
    return { [SIG_KEY]: SECRET_SIG, value: decryptValue(v["value"] ?? null, crypter) };
  }
  if (Array.isArray(v)) {
    return v.map((e) => decryptValue(e, crypter));
  }
  if (isObject(v)) {
    return decryptMap(v, crypter);
  }
  return v;
}

function decryptMap(m: PropertyMap, crypter: PassphraseCrypter): PropertyMap {
  const out: PropertyMap = {};
  for (const [k, v] of Object.entries(m)) {
    out[k] = decryptValue(v, crypter);
  }
  return out;
}
