import { compareKeys } from "../schema/field";
import { negate } from "./commands";
import type { Dialect } from "./dialect";
import { deepEqual, getPath, setPath } from "./path";
import { template, type Template, type Values } from "./template";

/** Facts a default may depend on besides the dialect (e.g. `no bgp default ipv4-unicast` in the same instance). */
export interface KnobEnv extends Dialect {
  readonly facts: Readonly<Record<string, boolean | number | string>>;
}

type KnobValue = Values | boolean;

/**
 * One setting of an FRR object: a configuration line bound to a place in a resource spec.
 * Flags map true to the line and false to `no <line>`; values fill the template's slots.
 */
export interface Knob {
  /** Unique within its knob set; identifies the setting when diffing. */
  readonly key: string;
  /** List knobs: the slot that names each element (one line per element). */
  readonly listKey?: string;
  readonly template: Template;
  readonly flag: boolean;
  get(subject: object): KnobValue | undefined;
  /** List knobs: the elements as template values. */
  elements?(subject: object): Values[];
  /** Stores a value read from a line (list knobs append). */
  set(subject: Record<string, unknown>, value: KnobValue): void;
  /** List knobs: puts the elements read into canonical order. */
  finish?(subject: Record<string, unknown>): void;
  /** FRR's value when the line is absent; equal values are hidden from running-config. */
  defaultValue?(env: KnobEnv): KnobValue | undefined;
  /** The command that removes the line, when plain `no <line>` is wrong or would echo a secret. */
  negation?(line: string): string;
  /** FRR refuses to overwrite the value in place: the old line must be removed first. */
  readonly removeBeforeChange?: boolean;
  /**
   * FRR refuses this knob's line while a rival knob's line is present (ebgp-multihop and
   * ttl-security): a plan removes unwanted lines of such knobs before it sets anything.
   */
  readonly exclusive?: boolean;
  /** How this host's FRR prints the values, when that depends on its version (e.g. a maximum left out). */
  display?(values: Values, env: KnobEnv): Values;
  /** Lines to enter before the knob's line when the object has none yet (works around FRR ignoring it). */
  prelude?(line: string): string[];
  /**
   * FRR keeps the optional parts a new line leaves out (`redistribute static route-map X` keeps an
   * earlier `metric`): when a change drops a part, the old line is removed first.
   */
  readonly keepsOmittedParts?: boolean;
}

interface KnobOptions {
  readonly default?: (env: KnobEnv) => unknown;
  readonly negation?: (line: string) => string;
  readonly removeBeforeChange?: boolean;
  readonly exclusive?: boolean;
  readonly display?: (values: Values, env: KnobEnv) => Values;
  readonly prelude?: (line: string) => string[];
  readonly keepsOmittedParts?: boolean;
}

/** A boolean spec field at `path`: true → the line, false → `no <line>`; FRR's default is false unless given. */
export function flagKnob(path: string, text: string, options: KnobOptions = {}): Knob {
  options = { default: () => false, ...options };
  const knob: Knob = {
    key: path,
    template: template(text),
    flag: true,
    get: (subject) => {
      const value = getPath(subject, path);
      return typeof value === "boolean" ? value : undefined;
    },
    set: (subject, value) => setPath(subject, path, value),
    ...optionalParts(options),
  };
  return knob;
}

/**
 * A spec value at `path` rendered into the template's slots: a single-slot template takes the
 * value itself, a multi-slot template takes an object whose keys are the slot names.
 */
export function valueKnob(path: string, text: string, options: KnobOptions = {}): Knob {
  const parsed = template(text);
  return slotKnob(path, parsed, parsed.slots.length === 1 ? parsed.slots[0]! : undefined, options);
}

/** A spec object at `path` whose keys are the template's slot names (even when there is only one). */
export function objectKnob(path: string, text: string, options: KnobOptions = {}): Knob {
  return slotKnob(path, template(text), undefined, options);
}

function slotKnob(path: string, parsed: Template, single: string | undefined, options: KnobOptions): Knob {
  return {
    key: path,
    template: parsed,
    flag: false,
    get(subject) {
      const value = getPath(subject, path);
      if (value === undefined || value === null) return undefined;
      if (single !== undefined) return { [single]: value as string | number | boolean };
      return value as Values;
    },
    set(subject, value) {
      if (typeof value === "boolean") return;
      setPath(subject, path, single !== undefined ? value[single] : { ...value });
    },
    ...optionalParts(options),
  };
}

/**
 * A list at `path` with one line per element, keyed by the slot `keySlot`. Elements are scalars
 * for single-slot templates and objects keyed by slot name otherwise; they are kept sorted by key.
 */
export function listKnob(path: string, text: string, keySlot: string, options: KnobOptions = {}): Knob {
  const parsed = template(text);
  const single = parsed.slots.length === 1 ? parsed.slots[0]! : undefined;
  const elementsAt = (subject: object): unknown[] => {
    const value = getPath(subject, path);
    return Array.isArray(value) ? value : [];
  };
  return {
    key: path,
    listKey: keySlot,
    template: parsed,
    flag: false,
    get: (subject) => (getPath(subject, path) === undefined ? undefined : {}),
    elements: (subject) => elementsAt(subject).map((element) => (single !== undefined ? { [single]: element as string } : (element as Values))),
    set(subject, value) {
      if (typeof value === "boolean") return;
      const list = [...elementsAt(subject), single !== undefined ? value[single] : { ...value }];
      setPath(subject, path, list);
    },
    finish(subject) {
      const list = elementsAt(subject);
      if (list.length === 0) return;
      const keyOf = (element: unknown) => (single !== undefined ? element : (element as Values)[keySlot]);
      setPath(subject, path, [...list].sort((a, b) => compareKeys(keyOf(a), keyOf(b))));
    },
    ...optionalParts(options),
  };
}

/**
 * A knob whose template values are computed from the spec and written back by hand, for lines
 * that carry several spec fields in one (e.g. `set community 65000:1 65000:2 additive`).
 */
export function mappedKnob(
  key: string,
  text: string,
  toValues: (subject: object) => Values | undefined,
  fromValues: (subject: Record<string, unknown>, values: Values) => void,
  options: KnobOptions = {},
): Knob {
  return {
    key,
    template: template(text),
    flag: false,
    get: toValues,
    set(subject, value) {
      if (typeof value !== "boolean") fromValues(subject, value);
    },
    ...optionalParts(options),
  };
}

function optionalParts(options: KnobOptions): Partial<Knob> {
  const parts: { -readonly [K in keyof Knob]?: Knob[K] } = {};
  const toDefault = options.default;
  if (toDefault) parts.defaultValue = (env) => toDefault(env) as KnobValue | undefined;
  if (options.negation) parts.negation = options.negation;
  if (options.removeBeforeChange) parts.removeBeforeChange = true;
  if (options.exclusive) parts.exclusive = true;
  if (options.display) parts.display = options.display;
  if (options.prelude) parts.prelude = options.prelude;
  if (options.keepsOmittedParts) parts.keepsOmittedParts = true;
  return parts;
}

/** A configuration line as one knob reads it. */
interface ReadLine {
  readonly knob: Knob;
  /** Which element of a list knob ("" otherwise). */
  readonly element: string;
  readonly line: string;
  readonly value: KnobValue;
}

const entryKey = (knob: Knob, element: string) => `${knob.key}\u0000${element}`;

/**
 * The knobs of one FRR object inside one context, all sharing a line prefix (e.g.
 * `neighbor 10.0.0.1 `). Reads lines into a spec, renders a spec into lines and plans the commands
 * that turn one into the other.
 */
export class KnobSet {
  constructor(
    readonly prefix: string,
    readonly knobs: readonly Knob[],
  ) {}

  /** Whether a line of the context belongs to this object (including lines no knob understands). */
  owns(line: string): boolean {
    const bare = line.startsWith("no ") ? line.slice(3) : line;
    return this.prefix === "" ? true : bare.startsWith(this.prefix) || bare === this.prefix.trimEnd();
  }

  /** Whether some knob of this set understands the line. */
  understands(line: string): boolean {
    return this.readLine(line) !== undefined;
  }

  private readLine(line: string): ReadLine | undefined {
    const negated = line.startsWith("no ");
    const bare = negated ? line.slice(3) : line;
    if (!bare.startsWith(this.prefix)) return undefined;
    const rest = bare.slice(this.prefix.length);
    for (const knob of this.knobs) {
      const values = knob.template.match(rest);
      if (values === undefined) continue;
      if (knob.flag) return { knob, element: "", line, value: !negated };
      if (negated) continue;
      const element = knob.listKey !== undefined ? String(values[knob.listKey]) : "";
      return { knob, element, line, value: values };
    }
    return undefined;
  }

  /** Reads the lines of this object into `subject`; returns the lines no knob understood. */
  read(lines: readonly string[], subject: Record<string, unknown>): string[] {
    const unknown: string[] = [];
    for (const line of lines) {
      if (!this.owns(line)) continue;
      const read = this.readLine(line);
      if (read) read.knob.set(subject, read.value);
      else unknown.push(line);
    }
    for (const knob of this.knobs) knob.finish?.(subject);
    return unknown;
  }

  /** Fills knobs that have no line with FRR's default, where the caller asks for them. */
  fillDefaults(subject: Record<string, unknown>, env: KnobEnv, wanted: (knob: Knob) => boolean): void {
    for (const knob of this.knobs) {
      if (knob.get(subject) !== undefined || !knob.defaultValue || !wanted(knob)) continue;
      const value = knob.defaultValue(env);
      if (value !== undefined) knob.set(subject, value);
    }
  }

  /** The lines a knob should have for `subject`, keyed by list element ("" for plain knobs). */
  private entries(knob: Knob, subject: object, env: KnobEnv): [string, string][] {
    if (knob.elements) {
      return knob.elements(subject).flatMap((values): [string, string][] => {
        const text = knob.template.render(values);
        return text === undefined ? [] : [[String(values[knob.listKey!]), this.prefix + text]];
      });
    }
    const value = knob.get(subject);
    if (value === undefined) return [];
    const fallback = knob.defaultValue?.(env);
    if (fallback !== undefined && deepEqual(value, fallback)) return [];
    if (knob.flag) {
      if (value === false && fallback === undefined) return [];
      const line = this.prefix + knob.template.render({});
      return [["", value ? line : `no ${line}`]];
    }
    const values = knob.display ? knob.display(value as Values, env) : (value as Values);
    const text = knob.template.render(values);
    return text === undefined ? [] : [["", this.prefix + text]];
  }

  /** Every line FRR would show for `subject`, in knob order. */
  render(subject: object, env: KnobEnv): string[] {
    return this.knobs.flatMap((knob) => this.entries(knob, subject, env).map(([, line]) => line));
  }

  /**
   * The lines to enter so that the object's current lines become what `subject` renders to,
   * setting values in place where FRR allows it and negating what must go. Lines no knob
   * understands are left alone.
   */
  plan(current: readonly string[], subject: object, env: KnobEnv): string[] {
    const currentByKey = new Map<string, ReadLine>();
    for (const line of current) {
      const read = this.readLine(line);
      if (read) currentByKey.set(entryKey(read.knob, read.element), read);
    }
    const out: string[] = [];
    const wantedByKnob = new Map(this.knobs.map((knob) => [knob, new Map(this.entries(knob, subject, env))]));
    const removeUnwanted = (knob: Knob) => {
      const wanted = wantedByKnob.get(knob)!;
      for (const read of currentByKey.values()) {
        if (read.knob === knob && !wanted.has(read.element)) out.push(this.negationOf(knob, read.line));
      }
    };
    for (const knob of this.knobs) if (knob.exclusive) removeUnwanted(knob);
    for (const knob of this.knobs) {
      const wanted = wantedByKnob.get(knob)!;
      for (const [element, want] of wanted) {
        const current = currentByKey.get(entryKey(knob, element));
        const have = current?.line;
        if (want === have) continue;
        if (have !== undefined && (knob.removeBeforeChange || (knob.keepsOmittedParts && this.dropsAPart(current!, want)))) out.push(this.negationOf(knob, have));
        if (have === undefined && knob.prelude) out.push(...knob.prelude(want));
        out.push(want);
      }
      if (!knob.exclusive) removeUnwanted(knob);
    }
    return out;
  }

  private dropsAPart(have: ReadLine, want: string): boolean {
    const had = have.value;
    const wanted = this.readLine(want)?.value;
    if (typeof had !== "object" || typeof wanted !== "object") return false;
    return Object.entries(had).some(([slot, value]) => value !== undefined && wanted[slot] === undefined);
  }

  negationOf(knob: Knob, line: string): string {
    if (line.startsWith("no ")) return line.slice(3);
    return knob.negation ? knob.negation(line) : negate(line);
  }
}
