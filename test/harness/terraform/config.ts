import {
  attributeType,
  isObjectValue,
  isUnknown,
  Unknown,
  type Attribute,
  type Block,
  type NestedAttributes,
  type ObjectValue,
  type Value,
} from "../../../src/terraform/protocol";

/**
 * Configuration for the fake core, written as JS objects: attributes by name, nested blocks as
 * objects (single) or arrays (list/set) or records (map), `Unknown` for values known only after
 * apply, and `ref(address, ...path)` for references to other resources and data sources.
 */
export interface RootConfig {
  /** Attributes of the provider block. @default {} */
  readonly provider?: Readonly<Record<string, unknown>>;
  /** Resources and data sources (`data.TYPE.NAME`), dependencies before dependents. */
  readonly resources?: readonly ResourceConfig[];
}

export interface ResourceConfig {
  /** `toy_file.a` or `data.toy_file_info.a`. */
  readonly address: string;
  readonly config: Readonly<Record<string, unknown>>;
}

export class Ref {
  constructor(
    readonly address: string,
    readonly path: ReadonlyArray<string | number>,
  ) {}
}

export function ref(address: string, ...path: Array<string | number>): Ref {
  return new Ref(address, path);
}

export interface ParsedAddress {
  readonly mode: "managed" | "data";
  readonly type: string;
  readonly name: string;
}

export function parseAddress(address: string): ParsedAddress {
  const m = /^(data\.)?([a-z0-9_]+)\.([A-Za-z0-9_-]+)$/.exec(address);
  if (!m) throw new Error(`${JSON.stringify(address)} is not a resource address (TYPE.NAME or data.TYPE.NAME)`);
  return { mode: m[1] ? "data" : "managed", type: m[2] as string, name: m[3] as string };
}

export interface ConfigProblem {
  readonly summary: string;
  readonly detail: string;
}

/**
 * Evaluates a JS config against a block schema the way core decodes HCL: every attribute
 * present (unset = null), absent list/set blocks = [], absent map blocks = {}, absent single
 * blocks = null. `resolve` turns a Ref into a value (Unknown while it is not known yet).
 */
export function evaluateConfig(block: Block, input: Readonly<Record<string, unknown>>, resolve: (r: Ref) => Value, where: string): { value: ObjectValue; problems: ConfigProblem[] } {
  const problems: ConfigProblem[] = [];
  const value = evalBlock(block, input, resolve, where, problems);
  return { value, problems };
}

function evalBlock(block: Block, input: Readonly<Record<string, unknown>>, resolve: (r: Ref) => Value, where: string, problems: ConfigProblem[]): ObjectValue {
  const out: ObjectValue = {};
  const attrs = block.attributes ?? {};
  const blocks = block.blockTypes ?? {};
  for (const key of Object.keys(input)) {
    if (!(key in attrs) && !(key in blocks)) problems.push({ summary: "Unsupported argument", detail: `${where}: An argument named "${key}" is not expected here.` });
  }
  for (const [name, attr] of Object.entries(attrs)) {
    const raw = name in input ? input[name] : null;
    const v = evalAttribute(attr, raw, resolve, `${where}.${name}`, problems);
    if (attr.computed && !attr.optional && v !== null) {
      problems.push({ summary: "Value for unconfigurable attribute", detail: `${where}: Can't configure a value for "${name}": its value will be decided automatically based on the result of applying this configuration.` });
    }
    if (attr.required && v === null) problems.push({ summary: "Missing required argument", detail: `${where}: The argument "${name}" is required, but no definition was found.` });
    out[name] = v;
  }
  for (const [name, nested] of Object.entries(blocks)) {
    const raw = input[name];
    const path = `${where}.${name}`;
    let v: Value;
    let count = 0;
    if (nested.nesting === "single") {
      v = raw === undefined || raw === null ? null : evalBlock(nested.block, raw as Record<string, unknown>, resolve, path, problems);
      count = v === null ? 0 : 1;
    } else if (nested.nesting === "map") {
      const rec = (raw ?? {}) as Record<string, Record<string, unknown>>;
      v = Object.fromEntries(Object.entries(rec).map(([k, e]) => [k, evalBlock(nested.block, e, resolve, `${path}["${k}"]`, problems)]));
      count = Object.keys(rec).length;
    } else {
      const arr = (raw ?? []) as Array<Record<string, unknown>>;
      v = arr.map((e, i) => evalBlock(nested.block, e, resolve, `${path}[${i}]`, problems));
      count = arr.length;
    }
    if (nested.minItems && count < nested.minItems) problems.push({ summary: "Insufficient " + name + " blocks", detail: `${path}: At least ${nested.minItems} "${name}" blocks are required.` });
    if (nested.maxItems && count > nested.maxItems) problems.push({ summary: "Too many " + name + " blocks", detail: `${path}: No more than ${nested.maxItems} "${name}" blocks are allowed.` });
    out[name] = v;
  }
  return out;
}

function evalAttribute(attr: Attribute, raw: unknown, resolve: (r: Ref) => Value, path: string, problems: ConfigProblem[]): Value {
  if (attr.nestedType) return evalNested(attr.nestedType, raw, resolve, path, problems);
  void attributeType(attr);
  return evalPlain(raw, resolve);
}

function evalNested(nested: NestedAttributes, raw: unknown, resolve: (r: Ref) => Value, path: string, problems: ConfigProblem[]): Value {
  const v = evalPlain(raw, resolve);
  if (v === null || isUnknown(v)) return v;
  const one = (e: Value, p: string): Value => {
    if (!isObjectValue(e)) return e;
    const out: ObjectValue = {};
    for (const key of Object.keys(e)) {
      if (!(key in nested.attributes)) problems.push({ summary: "Unsupported attribute", detail: `${p}: attribute "${key}" is not expected here.` });
    }
    for (const [name, attr] of Object.entries(nested.attributes)) {
      out[name] = evalAttribute(attr, name in e ? e[name] : null, resolve, `${p}.${name}`, problems);
      if (attr.required && out[name] === null) problems.push({ summary: "Missing required argument", detail: `${p}: attribute "${name}" is required.` });
    }
    return out;
  };
  if (nested.nesting === "single") return one(v, path);
  if (nested.nesting === "map" && isObjectValue(v)) return Object.fromEntries(Object.entries(v).map(([k, e]) => [k, one(e, `${path}["${k}"]`)]));
  if (Array.isArray(v)) return v.map((e, i) => one(e, `${path}[${i}]`));
  return v;
}

function evalPlain(raw: unknown, resolve: (r: Ref) => Value): Value {
  if (raw === undefined || raw === null) return null;
  if (raw instanceof Ref) return resolve(raw);
  if (raw === Unknown) return Unknown;
  if (Array.isArray(raw)) return raw.map((e) => evalPlain(e, resolve));
  if (typeof raw === "object") return Object.fromEntries(Object.entries(raw).map(([k, e]) => [k, evalPlain(e, resolve)]));
  if (typeof raw === "string" || typeof raw === "number" || typeof raw === "boolean") return raw;
  throw new Error(`cannot use ${typeof raw} as a configuration value`);
}

/** Follows a path into a value; any unknown on the way makes the result unknown. */
export function valueAt(v: Value, path: ReadonlyArray<string | number>): Value {
  let cur: Value = v;
  for (const step of path) {
    if (cur === Unknown) return Unknown;
    if (cur === null) return null;
    if (typeof step === "number" && Array.isArray(cur)) cur = cur[step] ?? null;
    else if (typeof step === "string" && isObjectValue(cur)) cur = cur[step] ?? null;
    else return null;
  }
  return cur;
}
