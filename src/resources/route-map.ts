import { NO_STATUS } from "./live-status";
import type { Issue } from "../errors";
import type { Command } from "../frr/commands";
import { childrenFor, type ConfigNode, type RunningConfig } from "../frr/config-tree";
import type { Dialect } from "../frr/dialect";
import { flagKnob, KnobSet, mappedKnob, valueKnob, type Knob, type KnobEnv } from "../frr/knob";
import { getPath, setPath, deepEqual } from "../frr/path";
import { list, object, set, type SpecOf } from "../schema/field";
import { asn, bool, community, int, largeCommunity, name, nextHop, oneOf, text } from "../schema/kinds";
import { LIST_NAME, parseName, ROUTE_MAP_NAME } from "../values/names";
import { sortCommunities, sortLargeCommunities } from "./communities";
import { defineResource, PHASE, type Observed, type Ownership } from "./resource-kind";
import { adoptField } from "./shared-fields";

export const matchShape = {
  ipAddressPrefixList: name("Match IPv4 routes permitted by this prefix-list.", LIST_NAME),
  ipv6AddressPrefixList: name("Match IPv6 routes permitted by this prefix-list.", LIST_NAME),
  ipNextHopPrefixList: name("Match IPv4 routes whose next hop is permitted by this prefix-list.", LIST_NAME),
  community: name("Match routes permitted by this community list.", LIST_NAME),
  communityExactMatch: bool("With `community`: the route must carry exactly the listed communities.").defaults("false"),
  largeCommunity: name("Match routes permitted by this large community list.", LIST_NAME),
  largeCommunityExactMatch: bool("With `largeCommunity`: exact match.").defaults("false"),
  asPath: name("Match routes whose AS path is permitted by this AS-path access list.", LIST_NAME),
  sourceProtocol: oneOf("Match routes by the protocol they came from.", ["bgp", "connected", "kernel", "static", "ospf", "ospf6", "isis", "rip", "ripng", "babel"] as const),
};

export const setShape = {
  localPreference: int("Set LOCAL_PREF.", 0, 4294967295),
  metric: int("Set MED.", 0, 4294967295),
  weight: int("Set the local weight.", 0, 4294967295),
  community: list("Set these communities (replacing the route's unless `communityAdditive`).", community("A community.")),
  communityAdditive: bool("Add `community` to the route's communities instead of replacing them.").defaults("false"),
  largeCommunity: list("Set these large communities.", largeCommunity("A large community.")),
  largeCommunityAdditive: bool("Add `largeCommunity` instead of replacing.").defaults("false"),
  ipNextHop: nextHop("Set the IPv4 next hop (a unicast address).", "ipv4"),
  ipv6NextHopGlobal: nextHop("Set the IPv6 global next hop (a global unicast address).", "ipv6"),
  asPathPrepend: list("Prepend these AS numbers to the AS path.", asn("An AS number.")),
  origin: oneOf("Set the origin attribute.", ["igp", "egp", "incomplete"] as const),
};

const entryShape = {
  seq: int("Sequence number: order of evaluation and the entry's identity.", 1, 65535).required(),
  action: oneOf("`permit` applies the `set` clauses to matching routes; `deny` rejects them.", ["permit", "deny"] as const).required(),
  description: text("Free text describing the entry.", 80),
  match: object("Conditions; all must hold (none = match everything).", matchShape),
  set: object("Changes applied to matching routes (permit entries).", setShape),
  onMatchNext: bool("After a match, continue with the next entry (`on-match next`).").defaults("false"),
  onMatchGoto: int("After a match, continue at this sequence number (`on-match goto`).", 1, 65535),
  call: name("Also apply this route-map to matching routes (`call`).", ROUTE_MAP_NAME),
};

const fields = {
  name: name("Name of the route-map.", ROUTE_MAP_NAME).required().replaces(),
  entries: set("Entries, evaluated in ascending `seq`; a route matching no entry is denied.", object("One entry.", entryShape), "seq").required(),
  adopt: adoptField(),
};

export type RouteMapSpec = SpecOf<typeof fields>;
export type RouteMapEntry = RouteMapSpec["entries"][number];
type Subject = Record<string, unknown>;

const words = (subject: object, path: string): string[] | undefined => {
  const value = getPath(subject, path);
  return Array.isArray(value) && value.length > 0 ? value.map(String) : undefined;
};

/** The lines inside one `route-map NAME permit|deny SEQ` context. */
export const entryKnobs: Knob[] = [
  valueKnob("description", "description {description:rest}"),
  valueKnob("match.ipAddressPrefixList", "match ip address prefix-list {list}"),
  valueKnob("match.ipv6AddressPrefixList", "match ipv6 address prefix-list {list}"),
  valueKnob("match.ipNextHopPrefixList", "match ip next-hop prefix-list {list}"),
  mappedKnob(
    "match.community",
    "match community {list}[ exact-match{exact:flag}]",
    (s) => (getPath(s, "match.community") === undefined ? undefined : { list: String(getPath(s, "match.community")), exact: getPath(s, "match.communityExactMatch") === true }),
    (s, v) => {
      setPath(s, "match.community", v["list"]);
      if (v["exact"] === true) setPath(s, "match.communityExactMatch", true);
    },
  ),
  mappedKnob(
    "match.largeCommunity",
    "match large-community {list}[ exact-match{exact:flag}]",
    (s) => (getPath(s, "match.largeCommunity") === undefined ? undefined : { list: String(getPath(s, "match.largeCommunity")), exact: getPath(s, "match.largeCommunityExactMatch") === true }),
    (s, v) => {
      setPath(s, "match.largeCommunity", v["list"]);
      if (v["exact"] === true) setPath(s, "match.largeCommunityExactMatch", true);
    },
  ),
  valueKnob("match.asPath", "match as-path {list}"),
  valueKnob("match.sourceProtocol", "match source-protocol {protocol}"),
  valueKnob("set.localPreference", "set local-preference {value:int}"),
  valueKnob("set.metric", "set metric {value:int}"),
  valueKnob("set.weight", "set weight {value:int}"),
  mappedKnob(
    "set.community",
    "set community {communities:rest}[ additive{additive:flag}]",
    (s) => {
      const list = words(s, "set.community");
      return list === undefined ? undefined : { communities: sortCommunities(list).join(" "), additive: getPath(s, "set.communityAdditive") === true };
    },
    (s, v) => {
      setPath(s, "set.community", String(v["communities"]).split(" "));
      if (v["additive"] === true) setPath(s, "set.communityAdditive", true);
    },
  ),
  mappedKnob(
    "set.largeCommunity",
    "set large-community {communities:rest}[ additive{additive:flag}]",
    (s) => {
      const list = words(s, "set.largeCommunity");
      return list === undefined ? undefined : { communities: sortLargeCommunities(list).join(" "), additive: getPath(s, "set.largeCommunityAdditive") === true };
    },
    (s, v) => {
      setPath(s, "set.largeCommunity", String(v["communities"]).split(" "));
      if (v["additive"] === true) setPath(s, "set.largeCommunityAdditive", true);
    },
  ),
  valueKnob("set.ipNextHop", "set ip next-hop {address}"),
  valueKnob("set.ipv6NextHopGlobal", "set ipv6 next-hop global {address}"),
  mappedKnob(
    "set.asPathPrepend",
    "set as-path prepend {asns:rest}",
    (s) => {
      const list = words(s, "set.asPathPrepend");
      return list === undefined ? undefined : { asns: list.join(" ") };
    },
    (s, v) => setPath(s, "set.asPathPrepend", String(v["asns"]).split(" ").map(Number)),
  ),
  valueKnob("set.origin", "set origin {origin}"),
  flagKnob("onMatchNext", "on-match next"),
  valueKnob("onMatchGoto", "on-match goto {seq:int}"),
  valueKnob("call", "call {name}"),
];

const entrySet = new KnobSet("", entryKnobs);
const ENTRY_HEADER = /^route-map (\S+) (permit|deny) (\d+)$/;

export const entryHeader = (mapName: string, entry: Pick<RouteMapEntry, "action" | "seq">) => `route-map ${mapName} ${entry.action} ${entry.seq}`;
const env = (dialect: Dialect): KnobEnv => ({ ...dialect, facts: {} });

/** Canonical form of an entry: FRR's sorted communities, empty match/set objects dropped. */
export function canonicalEntry(entry: RouteMapEntry): RouteMapEntry {
  const copy = structuredClone(entry) as Subject;
  const setBlock = copy["set"] as Subject | undefined;
  if (setBlock?.["community"]) setBlock["community"] = sortCommunities(setBlock["community"] as string[]);
  if (setBlock?.["largeCommunity"]) setBlock["largeCommunity"] = sortLargeCommunities(setBlock["largeCommunity"] as string[]);
  for (const key of ["match", "set"]) if (copy[key] && Object.keys(copy[key] as object).length === 0) delete copy[key];
  return copy as RouteMapEntry;
}

export function readRouteMap(config: RunningConfig, mapName: string): { entries: RouteMapEntry[]; unmanaged: Command[]; nodes: ConfigNode[] } {
  const entries: RouteMapEntry[] = [];
  const unmanaged: Command[] = [];
  const nodes: ConfigNode[] = [];
  for (const node of childrenFor(config.root, `route-map ${mapName}`)) {
    const match = ENTRY_HEADER.exec(node.header);
    if (!match || match[1] !== mapName) continue;
    nodes.push(node);
    const entry: Subject = { seq: Number(match[3]), action: match[2] };
    for (const line of entrySet.read(node.lines, entry)) unmanaged.push({ context: [node.header], line });
    entries.push(canonicalEntry(entry as RouteMapEntry));
  }
  entries.sort((a, b) => a.seq - b.seq);
  return { entries, unmanaged, nodes };
}

export function renderRouteMap(mapName: string, entries: readonly RouteMapEntry[], dialect: Dialect): Command[] {
  return entries.flatMap((entry) => {
    const header = entryHeader(mapName, entry);
    const lines = entrySet.render(canonicalEntry(entry), env(dialect));
    return [{ context: [header] }, ...lines.map((line) => ({ context: [header], line }))];
  });
}

/**
 * Commands that turn a route-map's entries into the desired ones, entry by entry in place:
 * permits that go are removed first, denies are written before permits, denies that go are
 * removed last. FRR applies route-map changes to BGP after its route-map delay timer, so the
 * intermediate states within one change are not seen by neighbors.
 */
export function planRouteMap(mapName: string, current: readonly RouteMapEntry[], currentNodes: readonly ConfigNode[], desired: readonly RouteMapEntry[], dialect: Dialect): Command[] {
  const currentBySeq = new Map(current.map((entry) => [entry.seq, entry]));
  const desiredSeqs = new Set(desired.map((entry) => entry.seq));
  const removal = (entry: RouteMapEntry): Command => ({ context: [], line: `no ${entryHeader(mapName, entry)}` });
  const write = (entry: RouteMapEntry): Command[] => {
    const have = currentBySeq.get(entry.seq);
    const header = entryHeader(mapName, entry);
    const sameAction = have !== undefined && have.action === entry.action;
    const currentLines = sameAction ? (currentNodes.find((node) => node.header === header)?.lines ?? []) : [];
    const lines = entrySet.plan(currentLines, canonicalEntry(entry), env(dialect));
    if (sameAction && lines.length === 0) return [];
    return [{ context: [header] }, ...lines.map((line) => ({ context: [header], line }))];
  };
  const removed = current.filter((entry) => !desiredSeqs.has(entry.seq));
  const changed = desired.filter((entry) => {
    const have = currentBySeq.get(entry.seq);
    return have === undefined || !deepEqual(have, canonicalEntry(entry));
  });
  return [
    ...removed.filter((entry) => entry.action === "permit").map(removal),
    ...changed.filter((entry) => entry.action === "deny").flatMap(write),
    ...changed.filter((entry) => entry.action === "permit").flatMap(write),
    ...removed.filter((entry) => entry.action === "deny").map(removal),
  ];
}

function read(config: RunningConfig, identity: RouteMapSpec): Observed<RouteMapSpec> | undefined {
  const { entries, unmanaged } = readRouteMap(config, identity.name);
  if (entries.length === 0) return undefined;
  return { spec: { name: identity.name, entries }, unmanaged };
}

function plan(observed: Observed<RouteMapSpec> | undefined, desired: RouteMapSpec | undefined, config: RunningConfig, dialect: Dialect): Command[] {
  const identity = desired ?? observed?.spec;
  if (!identity) return [];
  if (desired === undefined) return [{ context: [], line: `no route-map ${identity.name}` }];
  const { entries, nodes } = readRouteMap(config, desired.name);
  return planRouteMap(desired.name, observed ? entries : [], nodes, desired.entries, dialect);
}

function ownership(config: RunningConfig, identity: RouteMapSpec): Ownership {
  const { nodes } = readRouteMap(config, identity.name);
  return { lines: [], contexts: nodes.map((node) => [node.header]) };
}

export function checkRouteMapEntries(entries: readonly RouteMapEntry[], issues: Issue[], path = "entries"): void {
  if (entries.length === 0) issues.push({ code: "FRR_REQUIRED", path, message: "is empty; a route-map needs at least one entry" });
  entries.forEach((entry, index) => {
    const at = `${path}[${index}]`;
    if (entry.action === "deny" && (entry.onMatchNext === true || entry.onMatchGoto !== undefined)) {
      issues.push({ code: "FRR_CONFLICT", path: `${at}.${entry.onMatchNext === true ? "onMatchNext" : "onMatchGoto"}`, message: "is not allowed on a deny entry (FRR refuses it); a deny ends the evaluation" });
    }
    if (entry.onMatchNext === true && entry.onMatchGoto !== undefined) {
      issues.push({ code: "FRR_CONFLICT", path: `${at}.onMatchGoto`, input: entry.onMatchGoto, message: "cannot be combined with `onMatchNext`" });
    }
    if (entry.onMatchGoto !== undefined && entry.onMatchGoto <= entry.seq) {
      issues.push({ code: "FRR_INVALID_NUMBER", path: `${at}.onMatchGoto`, input: entry.onMatchGoto, message: `must be greater than the entry's seq ${entry.seq} (FRR only jumps forward)` });
    }
    if (entry.action === "deny" && entry.set && Object.keys(entry.set).length > 0) {
      issues.push({ code: "FRR_CONFLICT", path: `${at}.set`, message: "has no effect on a deny entry; routes it matches are rejected" });
    }
    if (entry.match?.communityExactMatch === true && entry.match.community === undefined) {
      issues.push({ code: "FRR_CONFLICT", path: `${at}.match.communityExactMatch`, input: true, message: "needs `match.community`" });
    }
    if (entry.match?.largeCommunityExactMatch === true && entry.match.largeCommunity === undefined) {
      issues.push({ code: "FRR_CONFLICT", path: `${at}.match.largeCommunityExactMatch`, input: true, message: "needs `match.largeCommunity`" });
    }
    if (entry.set?.communityAdditive === true && !entry.set.community?.length) {
      issues.push({ code: "FRR_CONFLICT", path: `${at}.set.communityAdditive`, input: true, message: "needs `set.community`" });
    }
    if (entry.set?.largeCommunityAdditive === true && !entry.set.largeCommunity?.length) {
      issues.push({ code: "FRR_CONFLICT", path: `${at}.set.largeCommunityAdditive`, input: true, message: "needs `set.largeCommunity`" });
    }
  });
}

function check(spec: RouteMapSpec, issues: Issue[]): void {
  if (spec.name.startsWith(ADVERTISEMENT_ROUTE_MAP_PREFIX)) {
    issues.push({ code: "FRR_INVALID_NAME", path: "name", input: spec.name, message: `starts with "${ADVERTISEMENT_ROUTE_MAP_PREFIX}", which is reserved for the route-maps that Advertisement resources own` });
  }
  checkRouteMapEntries(spec.entries, issues);
}

/** Route-maps named like this belong to Advertisement resources. */
export const ADVERTISEMENT_ROUTE_MAP_PREFIX = "frriac-adv-";

export const routeMap = defineResource({
  name: "routeMap",
  className: "RouteMap",
  terraformName: "route_map",
  summary: "A route-map: ordered permit/deny entries with match and set clauses.",
  description:
    "Owns every entry of one route-map. Entries and their clauses are changed in place, never the map removed and re-added while a neighbor uses it (which would open a window where everything is accepted).",
  fields,
  status: {},
  liveStatus: NO_STATUS,
  identity: {
    format: "<name>",
    examples: ["IMPORT-VM-ROUTES"],
    fields: ["name"],
    idOf: (spec) => spec.name,
    parseId(id) {
      const parsed = parseName(id, ROUTE_MAP_NAME);
      return parsed.ok ? { ok: true, identity: { name: parsed.value } } : { ok: false, message: `expected the route-map name (${parsed.message})` };
    },
  },
  phase: () => PHASE.routeMap,
  check,
  normalize: (spec) => ({ ...spec, entries: spec.entries.map(canonicalEntry) }),
  model: {
    read,
    render: (spec, _config, dialect) => renderRouteMap(spec.name, spec.entries, dialect),
    plan,
    ownership,
    withDefaults: (observed) => observed,
    discover: (config) => [
      ...new Set(config.root.children.flatMap((node) => {
        const match = ENTRY_HEADER.exec(node.header);
        return match && !match[1]!.startsWith(ADVERTISEMENT_ROUTE_MAP_PREFIX) ? [match[1]!] : [];
      })),
    ].map((name) => ({ name, entries: [] }) as RouteMapSpec),
  },
});
