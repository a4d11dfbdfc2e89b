import type { Parsed } from "../values/result";

/** What a leaf value is on the wire: this drives the Terraform type and the docs. */
export type WireType = "string" | "number" | "bool";

export type ValueKind =
  | { readonly type: "bool" }
  | { readonly type: "int"; readonly min: number; readonly max: number }
  | { readonly type: "enum" }
  | { readonly type: "asn" }
  | { readonly type: "remoteAs" }
  | { readonly type: "address"; readonly family?: "ipv4" | "ipv6" }
  | { readonly type: "prefix"; readonly family?: "ipv4" | "ipv6" }
  | { readonly type: "name"; readonly maxLength: number }
  | { readonly type: "interface" }
  | { readonly type: "text"; readonly maxLength: number }
  | { readonly type: "password" }
  | { readonly type: "community" }
  | { readonly type: "largeCommunity" }
  | { readonly type: "routeDistinguisher" }
  | { readonly type: "other"; readonly description: string };

interface Common {
  readonly description: string;
  readonly isRequired: boolean;
  /** Changing it destroys and re-creates the resource (a different object on the router). */
  readonly forcesReplacement: boolean;
  /** Secret: never in logs, errors or plain state. */
  readonly sensitive: boolean;
  /** Changing it resets a live BGP session (adapters warn in the plan). */
  readonly resetsSession: boolean;
  /** Human text for the reference docs: what FRR does when the field is not set. */
  readonly defaultDoc?: string;
  /** The fixed value the field has when not set, when there is one (a JSON literal given to `defaults`). */
  readonly defaultValue?: unknown;
  /** Not on the host: an instruction to frr-iac kept in state (never read back, never drift). */
  readonly stateOnly: boolean;
}

export interface ScalarField<TIn = unknown, TOut = unknown, Req extends boolean = boolean> extends Common {
  readonly kind: "scalar";
  readonly wire: WireType;
  /** For enums: the allowed values, listed in docs and errors. */
  readonly choices?: readonly string[];
  /** What kind of value this is, for docs and generated test data (e.g. "asn", "ipv4", "prefix"). */
  readonly valueKind: ValueKind;
  /** Turns user input into the canonical value FRR prints, or says why it cannot. */
  readonly parse: (input: unknown) => Parsed<TOut>;
  readonly isRequired: Req;
  readonly __types?: { in: TIn; out: TOut };
}

export interface ListField<E extends Field = Field, Req extends boolean = boolean> extends Common {
  readonly kind: "list";
  readonly element: E;
  readonly maxItems?: number;
  /**
   * Order carries no meaning (a Terraform set): elements are kept sorted by this key (a field of
   * object elements, or "" for scalars) so that FRR's print order never shows up as a change.
   */
  readonly unorderedBy?: string;
  readonly isRequired: Req;
}

export interface ObjectField<S extends Shape = Shape, Req extends boolean = boolean> extends Common {
  readonly kind: "object";
  readonly shape: S;
  readonly isRequired: Req;
}

export type Field = ScalarField<any, any, boolean> | ListField<any, boolean> | ObjectField<any, boolean>;
export type Shape = { readonly [name: string]: Field };

type RequiredKeys<S extends Shape> = { [K in keyof S]: S[K]["isRequired"] extends true ? K : never }[keyof S];
type OptionalKeys<S extends Shape> = Exclude<keyof S, RequiredKeys<S>>;
type Flatten<T> = { [K in keyof T]: T[K] } & {};

/** The canonical (normalised) value of a field, as the core works with it. */
export type OutOf<F> = F extends ScalarField<any, infer O, any>
  ? O
  : F extends ListField<infer E, any>
    ? OutOf<E>[]
    : F extends ObjectField<infer S, any>
      ? SpecOf<S>
      : never;

/** What a user may write for a field. */
export type InOf<F> = F extends ScalarField<infer I, any, any>
  ? I
  : F extends ListField<infer E, any>
    ? InOf<E>[]
    : F extends ObjectField<infer S, any>
      ? InputOf<S>
      : never;

export type SpecOf<S extends Shape> = Flatten<{ -readonly [K in RequiredKeys<S>]: OutOf<S[K]> } & { -readonly [K in OptionalKeys<S>]?: OutOf<S[K]> }>;
export type InputOf<S extends Shape> = Flatten<{ [K in RequiredKeys<S>]: InOf<S[K]> } & { [K in OptionalKeys<S>]?: InOf<S[K]> | null }>;

type AsRequired<F> = F extends ScalarField<infer I, infer O, any>
  ? ScalarField<I, O, true>
  : F extends ListField<infer E, any>
    ? ListField<E, true>
    : F extends ObjectField<infer S, any>
      ? ObjectField<S, true>
      : never;

export type Modifiers<F extends Field> = F & {
  required(): Modifiers<AsRequired<F>>;
  replaces(): Modifiers<F>;
  secret(): Modifiers<F>;
  resets(): Modifiers<F>;
  defaults(doc: string): Modifiers<F>;
  local(): Modifiers<F>;
};

function withModifiers<F extends Field>(field: F): Modifiers<F> {
  return Object.assign(Object.create(modifierMethods) as object, field) as Modifiers<F>;
}

const modifierMethods = {
  required(this: Field) {
    return withModifiers({ ...this, isRequired: true });
  },
  replaces(this: Field) {
    return withModifiers({ ...this, forcesReplacement: true });
  },
  secret(this: Field) {
    return withModifiers({ ...this, sensitive: true });
  },
  resets(this: Field) {
    return withModifiers({ ...this, resetsSession: true });
  },
  defaults(this: Field, doc: string) {
    return withModifiers({ ...this, defaultDoc: doc, ...fixedDefault(doc) });
  },
  local(this: Field) {
    return withModifiers({ ...this, stateOnly: true });
  },
};

/** `defaults("false")`, `defaults("\"ipv4\"")`, `defaults("100")` also give the field a fixed default value. */
function fixedDefault(doc: string): { defaultValue?: unknown } {
  try {
    const value: unknown = JSON.parse(doc);
    return ["string", "number", "boolean"].includes(typeof value) ? { defaultValue: value } : {};
  } catch {
    return {};
  }
}

const common = (description: string) => ({
  description,
  isRequired: false as const,
  forcesReplacement: false,
  sensitive: false,
  resetsSession: false,
  stateOnly: false,
});

export function scalar<TIn, TOut>(
  wire: WireType,
  valueKind: ValueKind,
  description: string,
  parse: (input: unknown) => Parsed<TOut>,
  choices?: readonly string[],
): Modifiers<ScalarField<TIn, TOut, false>> {
  const field: ScalarField<TIn, TOut, false> = { kind: "scalar", wire, valueKind, parse, ...(choices ? { choices } : {}), ...common(description) };
  return withModifiers(field);
}

export function list<E extends Field>(description: string, element: E, maxItems?: number): Modifiers<ListField<E, false>> {
  const field: ListField<E, false> = { kind: "list", element, ...(maxItems !== undefined ? { maxItems } : {}), ...common(description) };
  return withModifiers(field);
}

/** A list whose order does not matter, kept sorted by `key` ("" for a list of scalars). */
export function set<E extends Field>(description: string, element: E, key = ""): Modifiers<ListField<E, false>> {
  const field: ListField<E, false> = { kind: "list", element, unorderedBy: key, ...common(description) };
  return withModifiers(field);
}

/** Sorts by a key the way sets are kept canonical everywhere (validation, reads): numbers numerically. */
export function sortByKey<T>(items: readonly T[], key: string): T[] {
  const keyOf = (item: T): unknown => (key === "" ? item : (item as Record<string, unknown>)[key]);
  return [...items].sort((a, b) => compareKeys(keyOf(a), keyOf(b)));
}

export function compareKeys(a: unknown, b: unknown): number {
  if (typeof a === "number" && typeof b === "number") return a - b;
  const [x, y] = [String(a), String(b)];
  return x < y ? -1 : x > y ? 1 : 0;
}

export function object<S extends Shape>(description: string, shape: S): Modifiers<ObjectField<S, false>> {
  const field: ObjectField<S, false> = { kind: "object", shape, ...common(description) };
  return withModifiers(field);
}
