import { NO_STATUS } from "./live-status";
import type { Issue } from "../errors";
import type { Command } from "../frr/commands";
import type { RunningConfig } from "../frr/config-tree";
import { object, set, type SpecOf } from "../schema/field";
import { int, name, oneOf, str } from "../schema/kinds";
import { LIST_NAME, parseName } from "../values/names";
import { fail, ok, type Parsed } from "../values/result";
import { defineResource, PHASE, type Observed } from "./resource-kind";
import { adoptField } from "./shared-fields";
import { checkDuplicateEntries, entryBody, planEntries, readEntries, sequencedObserved, sequencedOwnership, entryToLine, type SequencedListSyntax } from "./sequenced-list";

/** AS-path regular expressions: digits and regex punctuation only, single spaces. */
export function parseAsPathRegex(input: unknown): Parsed<string> {
  const allowed = "an AS-path regular expression of digits, spaces and ^ $ _ . * + ? ( ) [ ] | { } , - (e.g. \"^652[0-9][0-9]$\")";
  if (typeof input !== "string" || input.length === 0 || input.length > 200) return fail("FRR_INVALID_TEXT", `is not ${allowed}`);
  if (!/^[0-9 ^$_.*+?()[\]|{},\\-]+$/.test(input)) return fail("FRR_INVALID_TEXT", `contains characters that are not allowed; expected ${allowed}`);
  if (input !== input.trim() || / {2}/.test(input)) return fail("FRR_INVALID_TEXT", "has leading, trailing or repeated spaces, which FRR collapses");
  try {
    new RegExp(input.replace(/_/g, "(?:^|$| )"));
  } catch {
    return fail("FRR_INVALID_TEXT", `is not a valid regular expression; expected ${allowed}`);
  }
  return ok(input);
}

const fields = {
  name: name("Name of the AS-path access list.", LIST_NAME).required().replaces(),
  entries: set(
    "Entries, matched in ascending `seq` order.",
    object("One entry.", {
      seq: int("Sequence number.", 1, 4294967295).required(),
      action: oneOf("What a matching route gets.", ["permit", "deny"] as const).required(),
      regex: str("Regular expression matched against the AS path (`_` matches a boundary).", parseAsPathRegex, { type: "other", description: "AS-path regular expression" }).required(),
    }),
    "seq",
  ).required(),
  adopt: adoptField(),
};

export type AsPathListSpec = SpecOf<typeof fields>;
type Entry = AsPathListSpec["entries"][number];

const syntax: SequencedListSyntax<Entry> = {
  keyword: (listName) => `bgp as-path access-list ${listName}`,
  body: entryBody("{regex:rest}"),
  toValues: (entry) => ({ regex: entry.regex }),
  fromValues: (seq, action, values) => ({ seq, action, regex: String(values["regex"]) }),
  removeBeforeChange: true,
  removalKey: (entry) => entry.regex,
};

function read(config: RunningConfig, identity: AsPathListSpec): Observed<AsPathListSpec> | undefined {
  const { entries, other } = readEntries(syntax, config, identity.name);
  if (entries.length === 0) return undefined;
  return sequencedObserved({ name: identity.name, entries }, other);
}

function plan(observed: Observed<AsPathListSpec> | undefined, desired: AsPathListSpec | undefined): Command[] {
  const identity = desired ?? observed?.spec;
  if (!identity) return [];
  if (desired === undefined) return [{ context: [], line: `no bgp as-path access-list ${identity.name}` }];
  return planEntries(syntax, desired.name, observed?.spec.entries ?? [], desired.entries).map((line) => ({ context: [], line }));
}

function check(spec: AsPathListSpec, issues: Issue[]): void {
  if (spec.entries.length === 0) issues.push({ code: "FRR_REQUIRED", path: "entries", message: "is empty; an AS-path list needs at least one entry" });
  checkDuplicateEntries(syntax, spec.entries, issues);
}

/**
 * A regular expression matching exactly the AS numbers from `min` to `max` as the origin of a
 * path learned from that AS (the CloudStack guardrail "allowed ASN range"), e.g. 65200-65299 →
 * `^(652[0-9][0-9])$`.
 */
export function asnRangeRegex(min: number, max: number): string {
  return `^(${numericRangeAlternatives(min, max).join("|")})$`;
}

function numericRangeAlternatives(min: number, max: number): string[] {
  if (min > max) return [];
  const lo = String(min);
  const hi = String(max);
  if (lo.length < hi.length) {
    const top = 10 ** lo.length - 1;
    return [...numericRangeAlternatives(min, top), ...numericRangeAlternatives(top + 1, max)];
  }
  // Same number of digits: split on the first digit that differs.
  let common = 0;
  while (common < lo.length && lo[common] === hi[common]) common++;
  if (common === lo.length) return [lo];
  const head = lo.slice(0, common);
  const rest = lo.length - common - 1;
  const loDigit = Number(lo[common]);
  const hiDigit = Number(hi[common]);
  const anyTail = "[0-9]".repeat(rest);
  const loTailAllZero = /^0*$/.test(lo.slice(common + 1));
  const hiTailAllNine = /^9*$/.test(hi.slice(common + 1));
  const out: string[] = [];
  const firstFull = loTailAllZero ? loDigit : loDigit + 1;
  const lastFull = hiTailAllNine ? hiDigit : hiDigit - 1;
  if (!loTailAllZero) {
    const tail = numericRangeAlternatives(Number(lo.slice(common + 1)), 10 ** rest - 1).map((t) => t.padStart(0));
    out.push(...tail.map((t) => `${head}${loDigit}${padPattern(t, rest)}`));
  }
  if (firstFull <= lastFull) out.push(`${head}${firstFull === lastFull ? firstFull : `[${firstFull}-${lastFull}]`}${anyTail}`);
  if (!hiTailAllNine) {
    const tail = numericRangeAlternatives(0, Number(hi.slice(common + 1)));
    out.push(...tail.map((t) => `${head}${hiDigit}${padPattern(t, rest)}`));
  }
  return out;
}

/** Left-pads a sub-pattern produced for fewer digits with literal zeros. */
function padPattern(pattern: string, digits: number): string {
  const width = pattern.replace(/\[[^\]]*\]/g, "d").length;
  return "0".repeat(Math.max(0, digits - width)) + pattern;
}

export const asPathList = defineResource({
  name: "asPathList",
  className: "AsPathList",
  terraformName: "as_path_list",
  summary: "A BGP AS-path access list (`bgp as-path access-list`).",
  description: "Owns every line of one AS-path access list, changed entry by entry in place. `asnRangeRegex(min, max)` builds the regex for an allowed-ASN guardrail.",
  fields,
  status: {},
  liveStatus: NO_STATUS,
  identity: {
    format: "<name>",
    examples: ["GUEST-ASNS"],
    fields: ["name"],
    idOf: (spec) => spec.name,
    parseId(id) {
      const listName = parseName(id, LIST_NAME);
      return listName.ok ? { ok: true, identity: { name: listName.value } } : { ok: false, message: `expected the list name (${listName.message})` };
    },
  },
  phase: () => PHASE.filterList,
  check,
  model: {
    read,
    render: (spec) => spec.entries.map((entry) => ({ context: [], line: entryToLine(syntax, spec.name, entry) })),
    plan,
    ownership: (config, identity) => sequencedOwnership(config, `bgp as-path access-list ${identity.name}`),
    withDefaults: (observed) => observed,
    discover: (config) => [...new Set(config.root.lines.flatMap((line) => /^bgp as-path access-list (\S+) /.exec(line)?.[1] ?? []))].map((name) => ({ name, entries: [] }) as AsPathListSpec),
  },
});
