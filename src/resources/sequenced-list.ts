import type { Command } from "../frr/commands";
import { linesFor, type RunningConfig } from "../frr/config-tree";
import { template, type Template, type Values } from "../frr/template";
import { deepEqual } from "../frr/path";
import type { Issue } from "../errors";
import type { Observed, Ownership } from "./resource-kind";

/** One numbered entry of a prefix-list, community-list or as-path access-list. */
export interface SequencedEntry {
  readonly seq: number;
  readonly action: "permit" | "deny";
}

/**
 * The shape shared by FRR's numbered filter lists: top-level lines
 * `<keyword> NAME seq N permit|deny <body>`, changed entry by entry, never removed and re-added
 * as a whole while a neighbor may be using them.
 */
export interface SequencedListSyntax<E extends SequencedEntry> {
  /** e.g. `ip prefix-list NAME` */
  keyword(name: string): string;
  /** The entry body after the action, as a template (e.g. "{prefix}[ ge {ge:int}][ le {le:int}]"). */
  readonly body: Template;
  toValues(entry: E): Values;
  fromValues(seq: number, action: "permit" | "deny", values: Values): E;
  /** FRR cannot overwrite an entry in place: delete the old one first. */
  readonly removeBeforeChange: boolean;
  /**
   * What FRR goes by when it removes an entry, when that is not the sequence number: FRR 8.4's
   * `no bgp as-path access-list NAME seq N ACTION REGEX` removes the first entry with that regex,
   * whatever its seq or action. Entries of one list must then differ in it.
   */
  readonly removalKey?: (entry: E) => string;
}

const entryLine = /^seq (\d+) (permit|deny) (.+)$/;

export function readEntries<E extends SequencedEntry>(syntax: SequencedListSyntax<E>, config: RunningConfig, name: string): { entries: E[]; other: string[] } {
  const prefix = `${syntax.keyword(name)} `;
  const entries: E[] = [];
  const other: string[] = [];
  for (const line of linesFor(config.root, syntax.keyword(name))) {
    if (!line.startsWith(prefix)) continue;
    const match = entryLine.exec(line.slice(prefix.length));
    const values = match ? syntax.body.match(match[3]!) : undefined;
    if (match && values) entries.push(syntax.fromValues(Number(match[1]), match[2] as "permit" | "deny", values));
    else other.push(line);
  }
  entries.sort((a, b) => a.seq - b.seq);
  return { entries, other };
}

export function entryToLine<E extends SequencedEntry>(syntax: SequencedListSyntax<E>, name: string, entry: E): string {
  return `${syntax.keyword(name)} seq ${entry.seq} ${entry.action} ${syntax.body.render(syntax.toValues(entry))}`;
}

/**
 * Commands that turn the current entries into the desired ones. Tightens before it loosens:
 * permits that go are removed first, then denies are added or changed, then permits, and denies
 * that go are removed last — so no intermediate state accepts more than both ends do.
 */
export function planEntries<E extends SequencedEntry>(syntax: SequencedListSyntax<E>, name: string, current: readonly E[], desired: readonly E[]): string[] {
  const currentBySeq = new Map(current.map((entry) => [entry.seq, entry]));
  const desiredBySeq = new Map(desired.map((entry) => [entry.seq, entry]));
  const removal = (entry: E) => `no ${entryToLine(syntax, name, entry)}`;
  const changedOrAdded = desired.filter((entry) => {
    const have = currentBySeq.get(entry.seq);
    return have === undefined || !deepEqual(have, entry);
  });
  // Entries that go and that FRR would take for a new one (a duplicate it drops or refuses, or an
  // entry its removal would confuse with the new one) are removed first.
  const key = (entry: E) => sameEntryKey(syntax, entry);
  const early = current.filter(
    (entry) => (!desiredBySeq.has(entry.seq) || changedOrAdded.includes(desiredBySeq.get(entry.seq)!)) && changedOrAdded.some((d) => key(d) === key(entry)),
  );
  const removed = current.filter((entry) => !desiredBySeq.has(entry.seq) && !early.includes(entry));
  const set = (entry: E): string[] => {
    const have = currentBySeq.get(entry.seq);
    return have !== undefined && syntax.removeBeforeChange && !early.includes(have) ? [removal(have), entryToLine(syntax, name, entry)] : [entryToLine(syntax, name, entry)];
  };
  return [
    ...early.map(removal),
    ...removed.filter((entry) => entry.action === "permit").map(removal),
    ...changedOrAdded.filter((entry) => entry.action === "deny").flatMap(set),
    ...changedOrAdded.filter((entry) => entry.action === "permit").flatMap(set),
    ...removed.filter((entry) => entry.action === "deny").map(removal),
  ];
}

/** What FRR compares when it decides that two entries of a list are the same one. */
function sameEntryKey<E extends SequencedEntry>(syntax: SequencedListSyntax<E>, entry: E): string {
  return syntax.removalKey ? syntax.removalKey(entry) : `${entry.action} ${syntax.body.render(syntax.toValues(entry))}`;
}

/**
 * FRR keeps one entry per action and body: a second identical entry under another sequence number
 * is silently dropped (as-path and community lists) or refused (prefix-lists).
 */
export function checkDuplicateEntries<E extends SequencedEntry>(syntax: SequencedListSyntax<E>, entries: readonly E[], issues: Issue[]): void {
  const seen = new Map<string, number>();
  entries.forEach((entry, index) => {
    const body = sameEntryKey(syntax, entry);
    const first = seen.get(body);
    if (first !== undefined) {
      issues.push({
        code: "FRR_CONFLICT",
        path: `entries[${index}]`,
        input: body,
        message: syntax.removalKey ? `repeats the regular expression of entry seq ${first}; FRR cannot tell the two apart when one is removed` : `repeats entry seq ${first}; FRR keeps only one of two identical entries`,
      });
    } else {
      seen.set(body, entry.seq);
    }
  });
}

export function sequencedObserved<S>(spec: S, other: readonly string[]): Observed<S> {
  return { spec, unmanaged: other.map((line) => ({ context: [], line })) };
}

export function sequencedOwnership(config: RunningConfig, keyword: string): Ownership {
  const prefix = `${keyword} `;
  const lines: Command[] = linesFor(config.root, keyword).filter((line) => line.startsWith(prefix)).map((line) => ({ context: [], line }));
  return { lines, contexts: [] };
}

export const entryBody = template;
