import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { parse as parseYaml } from "yaml";
import type { Project } from "./load-project";
import { PassphraseCrypter } from "./passphrase-crypter";

// Stack configuration as the engine sees it after decryption: every key is "namespace:name", every
// value a string (objects and arrays as JSON text, like config.Value), secure values flagged secret.
// Sources, later ones winning: Pulumi.yaml defaults, Pulumi.<stack>.yaml, then --config/--config-secret.
// Unlike `pulumi up --config`, overrides are not written back to the stack file.

export interface ConfigValue {
  value: string;
  secret: boolean;
}

export type StackConfig = Map<string, ConfigValue>;

export interface ConfigOverride {
  key: string;
  value: string;
  secret?: boolean;
}

export class StackConfigError extends Error {
  readonly code = "PULUMI_HARNESS_CONFIG";
  constructor(message: string) {
    super(message);
    this.name = "StackConfigError";
  }
}

function toConfigString(v: unknown): string {
  return typeof v === "string" ? v : JSON.stringify(v);
}

export function qualifyConfigKey(project: string, key: string): string {
  if (key === "") {
    throw new StackConfigError(`config key is empty; use "name" or "namespace:name"`);
  }
  return key.includes(":") ? key : `${project}:${key}`;
}

export function loadStackConfig(
  project: Project,
  stack: string,
  overrides: readonly ConfigOverride[],
  passphrase: string | undefined,
): StackConfig {
  const config: StackConfig = new Map();
  for (const [key, value] of Object.entries(project.configDefaults)) {
    config.set(key, { value: toConfigString(value), secret: false });
  }
  const file = join(project.rootDirectory, `Pulumi.${stack}.yaml`);
  if (existsSync(file)) {
    const doc = (parseYaml(readFileSync(file, "utf8")) ?? {}) as { config?: Record<string, unknown>; encryptionsalt?: unknown };
    let crypter: PassphraseCrypter | undefined;
    for (const [rawKey, value] of Object.entries(doc.config ?? {})) {
      const key = qualifyConfigKey(project.name, rawKey);
      const secure = value !== null && typeof value === "object" && "secure" in value ? (value as { secure: unknown }).secure : undefined;
      if (secure === undefined) {
        config.set(key, { value: toConfigString(value), secret: false });
        continue;
      }
      if (typeof secure !== "string") {
        throw new StackConfigError(`${file}: ${rawKey}.secure must be a ciphertext string`);
      }
      if (crypter === undefined) {
        if (typeof doc.encryptionsalt !== "string") {
          throw new StackConfigError(`${file} has secure value ${rawKey} but no encryptionsalt; re-create it with \`pulumi config set --secret\``);
        }
        if (passphrase === undefined) {
          throw new StackConfigError(`${file} has secure values: set PULUMI_CONFIG_PASSPHRASE to decrypt them`);
        }
        crypter = PassphraseCrypter.open(passphrase, doc.encryptionsalt);
      }
      config.set(key, { value: crypter.decrypt(secure), secret: true });
    }
  }
  for (const o of overrides) {
    config.set(qualifyConfigKey(project.name, o.key), { value: o.value, secret: o.secret === true });
  }
  return config;
}
