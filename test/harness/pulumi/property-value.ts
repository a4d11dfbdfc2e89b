// Property values as the engine and the Node SDK exchange them over gRPC (google.protobuf.Struct):
// plain JSON plus "special" objects tagged under SIG_KEY, and the unknown sentinel strings.
// Constants copied from @pulumi/pulumi runtime/rpc.js and sdk/go/common/resource/plugin/rpc.go.

export const SIG_KEY = "4dabf18193072939515e22adb298388d";
export const SECRET_SIG = "1b47061264138c4ac30d75fd1eb44270";
export const RESOURCE_SIG = "5cf8f73096256a8f31e491e813e4eb8e";
export const OUTPUT_VALUE_SIG = "d0e6a833031e9bbcd3f4e8bde6ca49a4";
export const ASSET_SIG = "c44067f5952c0a294b673a41bacd8c17";
export const ARCHIVE_SIG = "0def7320c3a5731c473e5ecbe6d01bc7";

export const UNKNOWN = "04da6b54-80e4-46f7-96ec-b56ff0331ba9";
const TYPED_UNKNOWNS = new Set([
  UNKNOWN,
  "1c4a061d-8072-4f0a-a4cb-0ff528b18fe7", // bool
  "3eeb2bf0-c639-47a8-9e75-3b44932eb421", // number
  "6a19a0b0-7e62-4c92-b797-7f8e31da9cc2", // array
  "dd056dcd-154b-4c76-9bd3-c8f88648b5ff", // object
  "030794c1-ac77-496b-92df-f27374a8bd58", // asset
  "e48ece36-62e2-4504-bba9-4a1a1cd1bc5d", // archive
]);

export type PropertyValue = null | boolean | number | string | PropertyValue[] | PropertyMap;
export interface PropertyMap {
  [key: string]: PropertyValue;
}

export interface SecretValue {
  [SIG_KEY]: typeof SECRET_SIG;
  value: PropertyValue;
}

export function isObject(v: PropertyValue | undefined): v is PropertyMap {
  return typeof v === "object" && v !== null && !Array.isArray(v);
}

function sigOf(v: PropertyValue | undefined): PropertyValue | undefined {
  return isObject(v) ? v[SIG_KEY] : undefined;
}

export function isSecret(v: PropertyValue | undefined): v is PropertyMap & SecretValue {
  return sigOf(v) === SECRET_SIG;
}

export function isUnknown(v: PropertyValue | undefined): boolean {
  if (typeof v === "string") {
    return TYPED_UNKNOWNS.has(v);
  }
  return sigOf(v) === OUTPUT_VALUE_SIG && isObject(v) && !("value" in v);
}

export function isResourceReference(v: PropertyValue | undefined): v is PropertyMap {
  return sigOf(v) === RESOURCE_SIG;
}

export function makeSecret(v: PropertyValue): PropertyValue {
  return isSecret(v) ? v : { [SIG_KEY]: SECRET_SIG, value: v };
}

/** Maps every value of a tree bottom-up; `fn` may replace a node and stop the descent by returning a value. */
function transform(v: PropertyValue, fn: (v: PropertyValue) => PropertyValue | undefined): PropertyValue {
  const replaced = fn(v);
  if (replaced !== undefined) {
    return replaced;
  }
  if (Array.isArray(v)) {
    return v.map((e) => transform(e, fn));
  }
  if (isObject(v)) {
    const out: PropertyMap = {};
    for (const [k, e] of Object.entries(v)) {
      out[k] = transform(e, fn);
    }
    return out;
  }
  return v;
}

function some(v: PropertyValue, pred: (v: PropertyValue) => boolean): boolean {
  if (pred(v)) {
    return true;
  }
  if (Array.isArray(v)) {
    return v.some((e) => some(e, pred));
  }
  if (isObject(v)) {
    return Object.values(v).some((e) => some(e, pred));
  }
  return false;
}

export function containsSecrets(v: PropertyValue): boolean {
  return some(v, (x) => isSecret(x) || (sigOf(x) === OUTPUT_VALUE_SIG && isObject(x) && x["secret"] === true));
}

export function containsUnknowns(v: PropertyValue): boolean {
  return some(v, isUnknown);
}

export function unwrapSecrets(v: PropertyValue): PropertyValue {
  return transform(v, (x) => (isSecret(x) ? unwrapSecrets(x.value) : undefined));
}

export function mapValues(m: PropertyMap, fn: (v: PropertyValue, key: string) => PropertyValue | undefined): PropertyMap {
  const out: PropertyMap = {};
  for (const [k, v] of Object.entries(m)) {
    const mapped = fn(v, k);
    if (mapped !== undefined) {
      out[k] = mapped;
    }
  }
  return out;
}

/**
 * The engine's UpgradeToOutputValues + downgradeOutputValues for non-remote resources: an output value
 * becomes its plain value, a secret, or the unknown sentinel.
 */
export function downgradeOutputValues(v: PropertyValue): PropertyValue {
  return transform(v, (x) => {
    if (sigOf(x) !== OUTPUT_VALUE_SIG || !isObject(x)) {
      return undefined;
    }
    const inner = "value" in x ? downgradeOutputValues(x["value"] ?? null) : UNKNOWN;
    return x["secret"] === true ? makeSecret(inner) : inner;
  });
}

/**
 * What a provider that answered acceptSecrets=false / acceptResources=false receives (MarshalProperties
 * with KeepSecrets/KeepResources off): secrets unwrapped, references replaced by the id (custom) or URN
 * (component). Without keepUnknowns, unknown properties are dropped as the Go marshaller does.
 */
export function toProviderValue(v: PropertyValue, keepUnknowns: boolean): PropertyValue | undefined {
  if (!keepUnknowns && isUnknown(v)) {
    return undefined;
  }
  if (isSecret(v)) {
    return toProviderValue(v.value, keepUnknowns);
  }
  if (isResourceReference(v)) {
    const id = v["id"];
    if (id !== undefined) {
      return id === "" ? (keepUnknowns ? UNKNOWN : undefined) : toProviderValue(id, keepUnknowns);
    }
    return v["urn"] ?? null;
  }
  if (Array.isArray(v)) {
    return v.map((e) => toProviderValue(e, keepUnknowns) ?? null);
  }
  if (isObject(v) && sigOf(v) === undefined) {
    return toProviderMap(v, keepUnknowns);
  }
  return v;
}

export function toProviderMap(m: PropertyMap, keepUnknowns: boolean): PropertyMap {
  return mapValues(m, (v) => toProviderValue(v, keepUnknowns));
}

export function deepEqual(a: PropertyValue | undefined, b: PropertyValue | undefined): boolean {
  if (a === b) {
    return true;
  }
  if (Array.isArray(a) && Array.isArray(b)) {
    return a.length === b.length && a.every((e, i) => deepEqual(e, b[i]));
  }
  if (isObject(a) && isObject(b)) {
    const ka = Object.keys(a);
    const kb = Object.keys(b);
    return ka.length === kb.length && ka.every((k) => k in b && deepEqual(a[k], b[k]));
  }
  return false;
}

/**
 * Copies secret-ness from `ins` to `outs` by key (recursing when both sides are objects), as the
 * engine does after Check/Create/Read/Update of a provider that does not accept secrets
 * (annotateSecrets in sdk/go/common/resource/plugin/provider_plugin.go).
 */
export function annotateSecrets(outs: PropertyMap, ins: PropertyMap): void {
  for (const [key, inValue] of Object.entries(ins)) {
    const outValue = outs[key];
    if (outValue === undefined) {
      continue;
    }
    if (isObject(outValue) && isObject(inValue) && !isSecret(outValue) && !isSecret(inValue)) {
      annotateSecrets(outValue, inValue);
    } else if (!isSecret(outValue) && containsSecrets(inValue)) {
      outs[key] = makeSecret(outValue);
    }
  }
}

export interface ObjectDiff {
  adds: string[];
  deletes: string[];
  updates: string[];
}

/** Top-level key diff, comparing values with secrets unwrapped (what the CLI shows as `[diff: +a-b~c]`). */
export function diffKeys(olds: PropertyMap, news: PropertyMap, ignore: (key: string) => boolean = isInternalKey): ObjectDiff {
  const diff: ObjectDiff = { adds: [], deletes: [], updates: [] };
  for (const [k, v] of Object.entries(news)) {
    if (ignore(k)) {
      continue;
    }
    if (!(k in olds)) {
      diff.adds.push(k);
    } else if (!deepEqual(unwrapSecrets(olds[k] ?? null), unwrapSecrets(v))) {
      diff.updates.push(k);
    }
  }
  for (const k of Object.keys(olds)) {
    if (!ignore(k) && !(k in news)) {
      diff.deletes.push(k);
    }
  }
  return diff;
}

export function isInternalKey(key: string): boolean {
  return key.startsWith("__");
}

export function hasKeyChanges(diff: ObjectDiff): boolean {
  return diff.adds.length + diff.deletes.length + diff.updates.length > 0;
}

/** Replaces secrets with "[secret]" and unknowns with "[unknown]" for display and JSON reports. */
export function maskForDisplay(v: PropertyValue): PropertyValue {
  return transform(v, (x) => {
    if (isSecret(x)) {
      return "[secret]";
    }
    if (isUnknown(x)) {
      return "[unknown]";
    }
    return undefined;
  });
}
