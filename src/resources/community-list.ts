import { NO_STATUS } from "./live-status";
import type { Issue } from "../errors";
import type { Command } from "../frr/commands";
import type { RunningConfig } from "../frr/config-tree";
import { list, object, set, type SpecOf } from "../schema/field";
import { int, name, oneOf, str } from "../schema/kinds";
import { parseCommunity, parseLargeCommunity } from "../values/community";
import { LIST_NAME, parseName } from "../values/names";
import { defineResource, PHASE, type Observed } from "./resource-kind";
import { adoptField } from "./shared-fields";
import { checkDuplicateEntries, entryBody, planEntries, readEntries, sequencedObserved, sequencedOwnership, entryToLine, type SequencedListSyntax } from "./sequenced-list";
import { sortCommunities, sortLargeCommunities } from "./communities";

const fields = {
  name: name("Name of the community list.", LIST_NAME).required().replaces(),
  type: oneOf("`standard` for communities (AA:NN), `large` for large communities (GA:LD1:LD2).", ["standard", "large"] as const)
    .defaults("\"standard\"")
    .replaces(),
  entries: set(
    "Entries, matched in ascending `seq` order.",
    object("One entry: a route matches when it carries every listed community.", {
      seq: int("Sequence number.", 1, 4294967295).required(),
      action: oneOf("What a matching route gets.", ["permit", "deny"] as const).required(),
      communities: list("Communities that must all be present.", str("A community (or large community for `type: large`).", (v) => (typeof v === "string" && v.split(":").length === 3 ? parseLargeCommunity(v) : parseCommunity(v)), { type: "other", description: "community or large community" })).required(),
    }),
    "seq",
  ).required(),
  adopt: adoptField(),
};

export type CommunityListSpec = SpecOf<typeof fields>;
type Entry = CommunityListSpec["entries"][number];

const keywordOf = (type: string | undefined) => (type === "large" ? "bgp large-community-list standard" : "bgp community-list standard");

const syntax = (type: string | undefined): SequencedListSyntax<Entry> => ({
  keyword: (listName) => `${keywordOf(type)} ${listName}`,
  body: entryBody("{communities:rest}"),
  toValues: (entry) => ({ communities: entry.communities.join(" ") }),
  fromValues: (seq, action, values) => ({ seq, action, communities: String(values["communities"]).split(" ") }),
  removeBeforeChange: false,
});

function read(config: RunningConfig, identity: CommunityListSpec): Observed<CommunityListSpec> | undefined {
  const { entries, other } = readEntries(syntax(identity.type), config, identity.name);
  if (entries.length === 0) return undefined;
  return sequencedObserved({ name: identity.name, ...(identity.type === "large" ? { type: "large" as const } : {}), entries }, other);
}

function render(spec: CommunityListSpec): Command[] {
  return spec.entries.map((entry) => ({ context: [], line: entryToLine(syntax(spec.type), spec.name, entry) }));
}

function plan(observed: Observed<CommunityListSpec> | undefined, desired: CommunityListSpec | undefined): Command[] {
  const identity = desired ?? observed?.spec;
  if (!identity) return [];
  if (desired === undefined) return [{ context: [], line: `no ${keywordOf(identity.type)} ${identity.name}` }];
  return planEntries(syntax(desired.type), desired.name, observed?.spec.entries ?? [], desired.entries).map((line) => ({ context: [], line }));
}

function check(spec: CommunityListSpec, issues: Issue[]): void {
  const large = spec.type === "large";
  if (spec.entries.length === 0) issues.push({ code: "FRR_REQUIRED", path: "entries", message: "is empty; a community list needs at least one entry" });
  spec.entries.forEach((entry, index) => {
    entry.communities.forEach((community, i) => {
      const parsed = large ? parseLargeCommunity(community) : parseCommunity(community);
      if (!parsed.ok) issues.push({ code: parsed.code, path: `entries[${index}].communities[${i}]`, input: community, message: `${parsed.message} (this list has type "${spec.type ?? "standard"}")` });
    });
    if (entry.communities.length === 0) issues.push({ code: "FRR_REQUIRED", path: `entries[${index}].communities`, message: "is empty; list at least one community" });
  });
  checkDuplicateEntries(syntax(spec.type), canonical(spec).entries, issues);
}

/** FRR stores a list's communities sorted by value and without repeats, and prints them so. */
function canonical(spec: CommunityListSpec): CommunityListSpec {
  const sort = spec.type === "large" ? sortLargeCommunities : sortCommunities;
  return { ...spec, entries: spec.entries.map((entry) => ({ ...entry, communities: sort(entry.communities) })) };
}

export const communityList = defineResource({
  name: "communityList",
  className: "CommunityList",
  terraformName: "community_list",
  summary: "A standard BGP community list or large community list.",
  description: "Owns every line of one `bgp community-list standard NAME` or `bgp large-community-list standard NAME`, changed entry by entry in place.",
  fields,
  status: {},
  liveStatus: NO_STATUS,
  identity: {
    format: "<standard|large>/<name>",
    examples: ["large/CL_K8S_PUBLIC", "standard/CUSTOMERS"],
    fields: ["name", "type"],
    idOf: (spec) => `${spec.type ?? "standard"}/${spec.name}`,
    parseId(id) {
      const match = /^(standard|large)\/(.+)$/.exec(id);
      const listName = match ? parseName(match[2], LIST_NAME) : undefined;
      if (!match || !listName?.ok) return { ok: false, message: "expected <standard|large>/<name>, e.g. large/CL_K8S_PUBLIC" };
      return { ok: true, identity: { name: listName.value, ...(match[1] === "large" ? { type: "large" as const } : {}) } };
    },
  },
  phase: () => PHASE.filterList,
  check,
  normalize: canonical,
  model: {
    read,
    render,
    plan,
    ownership: (config, identity) => sequencedOwnership(config, `${keywordOf(identity.type)} ${identity.name}`),
    withDefaults: (observed) => observed,
    discover: (config) => {
      const seen = new Map<string, CommunityListSpec>();
      for (const line of config.root.lines) {
        const match = /^bgp (community|large-community)-list standard (\S+) /.exec(line);
        if (match) seen.set(`${match[1]} ${match[2]}`, { name: match[2]!, ...(match[1] === "large-community" ? { type: "large" as const } : {}), entries: [] });
      }
      return [...seen.values()];
    },
  },
});

