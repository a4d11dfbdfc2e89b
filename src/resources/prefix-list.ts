import { NO_STATUS } from "./live-status";
import type { Issue } from "../errors";
import type { Command } from "../frr/commands";
import type { RunningConfig } from "../frr/config-tree";
import { object, set, type SpecOf } from "../schema/field";
import { int, name, oneOf, prefix, text } from "../schema/kinds";
import { prefixFamily, prefixLength } from "../values/ip";
import { LIST_NAME, parseName } from "../values/names";
import { defineResource, PHASE, type Observed } from "./resource-kind";
import { adoptField } from "./shared-fields";
import { checkDuplicateEntries, entryBody, planEntries, readEntries, sequencedObserved, sequencedOwnership, entryToLine, type SequencedListSyntax } from "./sequenced-list";

const fields = {
  name: name("Name of the prefix-list.", LIST_NAME).required().replaces(),
  family: oneOf("Address family: `ip prefix-list` or `ipv6 prefix-list`.", ["ipv4", "ipv6"] as const).defaults("\"ipv4\"").replaces(),
  description: text("Free text describing the list.", 80),
  entries: set(
    "Entries, matched in ascending `seq` order; a prefix matching no entry is denied.",
    object("One entry.", {
      seq: int("Sequence number: the order of evaluation and the entry's identity.", 1, 4294967295).required(),
      action: oneOf("What a matching prefix gets.", ["permit", "deny"] as const).required(),
      prefix: prefix("Prefix to match (no host bits), of the list's family.").required(),
      ge: int("Match more specific prefixes of at least this length.", 0, 128),
      le: int("Match prefixes of at most this length.", 0, 128),
    }),
    "seq",
  ).required(),
  adopt: adoptField(),
};

export type PrefixListSpec = SpecOf<typeof fields>;
type Entry = PrefixListSpec["entries"][number];

const keywordOf = (family: string | undefined) => (family === "ipv6" ? "ipv6 prefix-list" : "ip prefix-list");

const syntax = (family: string | undefined): SequencedListSyntax<Entry> => ({
  keyword: (listName) => `${keywordOf(family)} ${listName}`,
  body: entryBody("{prefix}[ ge {ge:int}][ le {le:int}]"),
  toValues: (entry) => ({ prefix: entry.prefix, ...(entry.ge !== undefined ? { ge: entry.ge } : {}), ...(entry.le !== undefined ? { le: entry.le } : {}) }),
  fromValues: (seq, action, values) => ({
    seq,
    action,
    prefix: String(values["prefix"]),
    ...(values["ge"] !== undefined ? { ge: Number(values["ge"]) } : {}),
    ...(values["le"] !== undefined ? { le: Number(values["le"]) } : {}),
  }),
  removeBeforeChange: false,
});

const descriptionLine = (spec: Pick<PrefixListSpec, "name" | "family">, description: string) => `${keywordOf(spec.family)} ${spec.name} description ${description}`;

function read(config: RunningConfig, identity: PrefixListSpec): Observed<PrefixListSpec> | undefined {
  const { entries, other } = readEntries(syntax(identity.family), config, identity.name);
  const descriptionPrefix = `${keywordOf(identity.family)} ${identity.name} description `;
  const description = other.find((line) => line.startsWith(descriptionPrefix))?.slice(descriptionPrefix.length);
  if (entries.length === 0 && description === undefined) return undefined;
  const spec: PrefixListSpec = {
    name: identity.name,
    ...(identity.family === "ipv6" ? { family: "ipv6" as const } : {}),
    ...(description !== undefined ? { description } : {}),
    entries,
  };
  return sequencedObserved(spec, other.filter((line) => !line.startsWith(descriptionPrefix)));
}

function render(spec: PrefixListSpec): Command[] {
  const lines = spec.description !== undefined ? [descriptionLine(spec, spec.description)] : [];
  for (const entry of spec.entries) lines.push(entryToLine(syntax(spec.family), spec.name, entry));
  return lines.map((line) => ({ context: [], line }));
}

function plan(observed: Observed<PrefixListSpec> | undefined, desired: PrefixListSpec | undefined): Command[] {
  const identity = desired ?? observed?.spec;
  if (!identity) return [];
  if (desired === undefined) return [{ context: [], line: `no ${keywordOf(identity.family)} ${identity.name}` }];
  const lines = planEntries(syntax(desired.family), desired.name, observed?.spec.entries ?? [], desired.entries);
  const before = observed?.spec.description;
  if (desired.description !== before) {
    lines.push(desired.description !== undefined ? descriptionLine(desired, desired.description) : `no ${descriptionLine(desired, before!)}`);
  }
  return lines.map((line) => ({ context: [], line }));
}

function check(spec: PrefixListSpec, issues: Issue[]): void {
  const family = spec.family ?? "ipv4";
  const max = family === "ipv4" ? 32 : 128;
  if (spec.entries.length === 0) issues.push({ code: "FRR_REQUIRED", path: "entries", message: "is empty; a prefix-list needs at least one entry (FRR deletes a list without entries)" });
  checkDuplicateEntries(syntax(spec.family), spec.entries, issues);
  spec.entries.forEach((entry, index) => {
    const path = `entries[${index}]`;
    if (typeof entry.prefix !== "string") return;
    if (prefixFamily(entry.prefix) !== family) {
      issues.push({ code: "FRR_CONFLICT", path: `${path}.prefix`, input: entry.prefix, message: `is not an ${family} prefix; this list has family "${family}"` });
      return;
    }
    const length = prefixLength(entry.prefix);
    if (entry.ge !== undefined && (entry.ge <= length || entry.ge > max)) {
      issues.push({ code: "FRR_INVALID_NUMBER", path: `${path}.ge`, input: entry.ge, message: `must be greater than the prefix length ${length} and at most ${max}` });
    }
    if (entry.le !== undefined && (entry.le <= length || entry.le > max || (entry.ge !== undefined && entry.le < entry.ge))) {
      issues.push({ code: "FRR_INVALID_NUMBER", path: `${path}.le`, input: entry.le, message: `must be greater than the prefix length ${length}, at least \`ge\` and at most ${max}` });
    }
  });
}

export const prefixList = defineResource({
  name: "prefixList",
  className: "PrefixList",
  terraformName: "prefix_list",
  summary: "An IPv4 or IPv6 prefix-list (`ip prefix-list` / `ipv6 prefix-list`).",
  description:
    "Owns every line of one prefix-list. Entries are changed one by one in place (never the whole list removed and re-added), denies tightened before permits are loosened, so a neighbor using the list never sees a window that accepts everything.",
  fields,
  status: {},
  liveStatus: NO_STATUS,
  identity: {
    format: "<ipv4|ipv6>/<name>",
    examples: ["ipv4/VM-LOOPBACKS-V4", "ipv6/TENANT_ONLY_V6"],
    fields: ["name", "family"],
    idOf: (spec) => `${spec.family ?? "ipv4"}/${spec.name}`,
    parseId(id) {
      const match = /^(ipv4|ipv6)\/(.+)$/.exec(id);
      const listName = match ? parseName(match[2], LIST_NAME) : undefined;
      if (!match || !listName?.ok) return { ok: false, message: "expected <ipv4|ipv6>/<name>, e.g. ipv4/VM-LOOPBACKS-V4" };
      return { ok: true, identity: { name: listName.value, ...(match[1] === "ipv6" ? { family: "ipv6" as const } : {}) } };
    },
  },
  phase: () => PHASE.filterList,
  check,
  model: {
    read,
    render,
    plan,
    ownership: (config, identity) => sequencedOwnership(config, `${keywordOf(identity.family)} ${identity.name}`),
    withDefaults: (observed) => observed,
    discover: (config) => {
      const seen = new Map<string, PrefixListSpec>();
      for (const line of config.root.lines) {
        const match = /^(ip|ipv6) prefix-list (\S+) /.exec(line);
        if (match) seen.set(line.split(" ").slice(0, 3).join(" "), { name: match[2]!, ...(match[1] === "ipv6" ? { family: "ipv6" as const } : {}), entries: [] });
      }
      return [...seen.values()];
    },
  },
});
