// Synthesises a stack in memory and reads the result the way the tests need it.
import { mkdirSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { App, Testing, TerraformStack } from "cdktf";
import type { IConstruct } from "constructs";

export type Resource = Record<string, unknown>;

export interface Synthesised {
  readonly json: {
    readonly provider?: { readonly frr?: ReadonlyArray<Record<string, unknown>> };
    readonly resource?: Record<string, Record<string, Resource>>;
    readonly data?: Record<string, Record<string, Resource>>;
    readonly variable?: Record<string, Record<string, unknown>>;
    readonly terraform?: Record<string, unknown>;
  };
  readonly text: string;
  /** Warnings added with Annotations, by construct path. */
  readonly warnings: ReadonlyArray<{ path: string; message: string }>;
  /** The resources of one type, without cdktf's `//` metadata, by their `name` / `neighbor` / `prefix` / key. */
  of(type: string): Resource[];
}

const OUTDIR = join(tmpdir(), "frr-iac-cdktf-unit");

export function newStack(): TerraformStack {
  mkdirSync(OUTDIR, { recursive: true });
  return new TerraformStack(new App({ outdir: OUTDIR }), "test");
}

export function synth(stack: TerraformStack): Synthesised {
  const text = Testing.synth(stack);
  const json = JSON.parse(text) as Synthesised["json"];
  const warnings = stack.node
    .findAll()
    .flatMap((c: IConstruct) => c.node.metadata.filter((m) => m.type === "@cdktf/warn").map((m) => ({ path: c.node.path, message: String(m.data) })));
  return {
    json,
    text,
    warnings,
    of: (type) => Object.values(json.resource?.[type] ?? {}).map(({ "//": _, ...rest }) => rest),
  };
}

/** The one resource of `type` whose `key` is `value`. */
export function find(synthesised: Synthesised, type: string, key: string, value: unknown): Resource {
  const found = synthesised.of(type).filter((r) => r[key] === value);
  if (found.length !== 1) throw new Error(`expected one ${type} with ${key} = ${JSON.stringify(value)}, found ${found.length}: ${JSON.stringify(synthesised.of(type).map((r) => r[key]))}`);
  return found[0]!;
}

/** Follows a reference `${frr_route_map.x.name}` to the value it names in the same stack (computed attributes stay references). */
export function resolve(synthesised: Synthesised, value: unknown): unknown {
  const match = typeof value === "string" ? /^\$\{(frr_\w+)\.([^.}]+)\.(\w+)\}$/.exec(value) : null;
  if (!match) return value;
  const [, type, name, attribute] = match;
  const resource = synthesised.json.resource?.[type!]?.[name!];
  if (!resource) throw new Error(`${value} names no resource of this stack`);
  return attribute! in resource ? resource[attribute!] : value;
}
