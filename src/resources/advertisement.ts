import { prefixShow, prefixStatus } from "./live-status";
import type { Issue } from "../errors";
import type { Command } from "../frr/commands";
import { findNode, linesFor, type RunningConfig } from "../frr/config-tree";
import type { Dialect } from "../frr/dialect";
import { template } from "../frr/template";
import { list, type SpecOf } from "../schema/field";
import { bool, community, int, largeCommunity, nextHop, oneOf, prefix } from "../schema/kinds";
import { familyOf, parsePrefix, prefixFamily, prefixLength } from "../values/ip";
import { sortCommunities, sortLargeCommunities } from "./communities";
import { defineResource, PHASE, type Observed, type Ownership } from "./resource-kind";
import { ADVERTISEMENT_ROUTE_MAP_PREFIX, planRouteMap, readRouteMap, renderRouteMap, type RouteMapEntry } from "./route-map";
import { adoptField, speakerField } from "./shared-fields";
import { parseSpeakerRef, routerHeader, speakerId, splitChildId } from "./speaker-ref";
import { allInstances } from "./bgp-instance";

const fields = {
  speaker: speakerField(),
  prefix: prefix("The prefix to originate (no host bits). Its family picks the address family.").required().replaces(),
  type: oneOf(
    "`network`: originate the prefix when it is in the routing table. `aggregate`: originate it when a more specific route is in the BGP table.",
    ["network", "aggregate"] as const,
  )
    .defaults("\"network\"")
    .replaces(),
  summaryOnly: bool("Aggregates only: suppress the more specific routes.").defaults("false"),
  asSet: bool("Aggregates only: keep an AS_SET of the aggregated paths.").defaults("false"),
  nextHop: nextHop("Next hop announced with the prefix (a unicast address of the prefix's family)."),
  communities: list("Communities attached to the route.", community("A community.")),
  largeCommunities: list("Large communities attached to the route.", largeCommunity("A large community.")),
  localPreference: int("LOCAL_PREF attached to the route (seen by iBGP neighbors).", 0, 4294967295),
  med: int("MED (multi-exit discriminator) attached to the route.", 0, 4294967295),
  adopt: adoptField(),
};

const status = {
  inBgpTable: bool("Whether the prefix is in the BGP table with a locally originated path."),
  advertisedTo: int("Number of neighbors the best path is advertised to.", 0, Number.MAX_SAFE_INTEGER),
};

export type AdvertisementSpec = SpecOf<typeof fields>;

const networkTemplate = template("network {prefix}[ route-map {routeMap}]");
const aggregateTemplate = template("aggregate-address {prefix}[ as-set{asSet:flag}][ summary-only{summaryOnly:flag}][ route-map {routeMap}]");

function afHeader(prefixText: string): string {
  return prefixFamily(prefixText) === "ipv6" ? "address-family ipv6 unicast" : "address-family ipv4 unicast";
}

function contextOf(spec: Pick<AdvertisementSpec, "speaker" | "prefix">): string[] {
  const ref = parseSpeakerRef(spec.speaker);
  if (!ref.ok) throw new Error(`invalid speaker reference ${spec.speaker}`);
  return [routerHeader(ref.value), afHeader(spec.prefix)];
}

/** The route-map carrying the route's attributes, named after the prefix (and VRF) so it is stable. */
export function advertisementRouteMapName(spec: Pick<AdvertisementSpec, "speaker" | "prefix">): string {
  const ref = parseSpeakerRef(spec.speaker);
  const vrfPart = ref.ok && ref.value.vrf !== undefined ? `${ref.value.vrf}-` : "";
  return `${ADVERTISEMENT_ROUTE_MAP_PREFIX}${vrfPart}${spec.prefix.replace("/", "_")}`;
}

function hasAttributes(spec: AdvertisementSpec): boolean {
  return (
    spec.nextHop !== undefined ||
    (spec.communities?.length ?? 0) > 0 ||
    (spec.largeCommunities?.length ?? 0) > 0 ||
    spec.localPreference !== undefined ||
    spec.med !== undefined
  );
}

function routeMapEntries(spec: AdvertisementSpec): RouteMapEntry[] {
  if (!hasAttributes(spec)) return [];
  const set: NonNullable<RouteMapEntry["set"]> = {
    ...(spec.localPreference !== undefined ? { localPreference: spec.localPreference } : {}),
    ...(spec.med !== undefined ? { metric: spec.med } : {}),
    ...(spec.communities?.length ? { community: sortCommunities(spec.communities) } : {}),
    ...(spec.largeCommunities?.length ? { largeCommunity: sortLargeCommunities(spec.largeCommunities) } : {}),
    ...(spec.nextHop !== undefined ? (familyOf(spec.nextHop) === "ipv6" ? { ipv6NextHopGlobal: spec.nextHop } : { ipNextHop: spec.nextHop }) : {}),
  };
  return [{ seq: 10, action: "permit", set }];
}

function originLine(spec: AdvertisementSpec): string {
  const routeMap = hasAttributes(spec) ? advertisementRouteMapName(spec) : undefined;
  const values = { prefix: spec.prefix, ...(routeMap !== undefined ? { routeMap } : {}) };
  return (spec.type === "aggregate"
    ? aggregateTemplate.render({ ...values, asSet: spec.asSet === true, summaryOnly: spec.summaryOnly === true })
    : networkTemplate.render(values))!;
}

interface Origin {
  readonly line: string;
  readonly type: "network" | "aggregate";
  readonly values: Record<string, string | number | boolean>;
}

function findOrigin(config: RunningConfig, identity: Pick<AdvertisementSpec, "speaker" | "prefix">): Origin | undefined {
  const node = findNode(config.root, contextOf(identity));
  for (const line of [...linesFor(node, `network ${identity.prefix}`), ...linesFor(node, `aggregate-address ${identity.prefix}`)]) {
    const network = networkTemplate.match(line);
    if (network?.["prefix"] === identity.prefix) return { line, type: "network", values: network };
    const aggregate = aggregateTemplate.match(line);
    if (aggregate?.["prefix"] === identity.prefix) return { line, type: "aggregate", values: aggregate };
  }
  return undefined;
}

function read(config: RunningConfig, identity: AdvertisementSpec): Observed<AdvertisementSpec> | undefined {
  const origin = findOrigin(config, identity);
  if (!origin) return undefined;
  const spec: Record<string, unknown> = { speaker: identity.speaker, prefix: identity.prefix };
  if (origin.type === "aggregate") {
    spec["type"] = "aggregate";
    if (origin.values["summaryOnly"] === true) spec["summaryOnly"] = true;
    if (origin.values["asSet"] === true) spec["asSet"] = true;
  }
  const unmanaged: Command[] = [];
  const mapName = origin.values["routeMap"];
  if (typeof mapName === "string") {
    const { entries, unmanaged: extra } = readRouteMap(config, mapName);
    unmanaged.push(...extra);
    const set = entries[0]?.set ?? {};
    if (set.localPreference !== undefined) spec["localPreference"] = set.localPreference;
    if (set.metric !== undefined) spec["med"] = set.metric;
    if (set.community) spec["communities"] = set.community;
    if (set.largeCommunity) spec["largeCommunities"] = set.largeCommunity;
    if (set.ipNextHop !== undefined) spec["nextHop"] = set.ipNextHop;
    if (set.ipv6NextHopGlobal !== undefined) spec["nextHop"] = set.ipv6NextHopGlobal;
    if (mapName !== advertisementRouteMapName(identity) || entries.length > 1 || entries[0]?.match !== undefined) {
      unmanaged.push({ context: contextOf(identity), line: `${origin.line} (route-map ${mapName} is not the one frr-iac manages for this prefix)` });
    }
  }
  return { spec: spec as AdvertisementSpec, unmanaged };
}

function plan(observed: Observed<AdvertisementSpec> | undefined, desired: AdvertisementSpec | undefined, config: RunningConfig, dialect: Dialect): Command[] {
  const identity = desired ?? observed?.spec;
  if (!identity) return [];
  const context = contextOf(identity);
  const mapName = advertisementRouteMapName(identity);
  const current = readRouteMap(config, mapName);
  const origin = findOrigin(config, identity);
  const commands: Command[] = [];
  if (desired === undefined) {
    if (origin) commands.push({ context, line: origin.type === "aggregate" ? `no aggregate-address ${identity.prefix}` : `no network ${identity.prefix}` });
    if (current.entries.length > 0) commands.push({ context: [], line: `no route-map ${mapName}` });
    return commands;
  }
  const entries = routeMapEntries(desired);
  // The route-map exists before the line that uses it, and goes after the line stops using it.
  if (entries.length > 0) commands.push(...planRouteMap(mapName, current.entries, current.nodes, entries, dialect));
  const want = originLine(desired);
  // Same kind of origin: re-entering the line changes it in place (no withdrawal); another kind
  // (network <-> aggregate) has to go first.
  if (origin && origin.type !== (desired.type ?? "network")) {
    commands.push({ context, line: origin.type === "aggregate" ? `no aggregate-address ${identity.prefix}` : `no network ${identity.prefix}` });
  }
  if (origin?.line !== want) commands.push({ context, line: want });
  if (entries.length === 0 && current.entries.length > 0) commands.push({ context: [], line: `no route-map ${mapName}` });
  return commands;
}

function render(spec: AdvertisementSpec, _config: RunningConfig, dialect: Dialect): Command[] {
  return [...renderRouteMap(advertisementRouteMapName(spec), routeMapEntries(spec), dialect), { context: contextOf(spec), line: originLine(spec) }];
}

function ownership(config: RunningConfig, identity: AdvertisementSpec): Ownership {
  const origin = findOrigin(config, identity);
  const { nodes } = readRouteMap(config, advertisementRouteMapName(identity));
  return { lines: origin ? [{ context: contextOf(identity), line: origin.line }] : [], contexts: nodes.map((node) => [node.header]) };
}

function check(spec: AdvertisementSpec, issues: Issue[]): void {
  if (spec.type === "aggregate" && typeof spec.prefix === "string" && prefixLength(spec.prefix) === (prefixFamily(spec.prefix) === "ipv6" ? 128 : 32)) {
    issues.push({ code: "FRR_CONFLICT", path: "prefix", input: spec.prefix, message: "is a single address; FRR refuses to aggregate it (\"will not result in any useful aggregation\"). Use `type: \"network\"`" });
  }
  if (spec.type !== "aggregate") {
    if (spec.summaryOnly === true) issues.push({ code: "FRR_CONFLICT", path: "summaryOnly", input: true, message: "only applies to `type: \"aggregate\"`" });
    if (spec.asSet === true) issues.push({ code: "FRR_CONFLICT", path: "asSet", input: true, message: "only applies to `type: \"aggregate\"`" });
  }
  if (spec.nextHop !== undefined && typeof spec.prefix === "string" && familyOf(spec.nextHop) !== prefixFamily(spec.prefix)) {
    issues.push({ code: "FRR_CONFLICT", path: "nextHop", input: spec.nextHop, message: `is not an ${prefixFamily(spec.prefix)} address like the prefix ${spec.prefix}` });
  }
}

export const advertisement = defineResource({
  name: "advertisement",
  className: "Advertisement",
  terraformName: "bgp_advertisement",
  summary: "A prefix this router originates (`network` or `aggregate-address`), with the attributes it is announced with.",
  description: [
    "Owns one `network` or `aggregate-address` line and, when attributes are given (next hop, communities,",
    "large communities, local preference, MED), the route-map carrying them, named",
    "`frriac-adv-[VRF-]PREFIX` so it never changes. `network` prefixes are only announced when they are in",
    "the routing table, unless the speaker sets `networkImportCheck: false`.",
  ].join(" "),
  fields,
  status,
  liveStatus: {
    shows: (spec) => [prefixShow(spec.speaker, spec.prefix)],
    read: (spec, shows) => prefixStatus(shows[prefixShow(spec.speaker, spec.prefix)]),
  },
  identity: {
    format: "<speaker>/<network|aggregate>/<prefix>",
    examples: ["65000/network/10.100.0.0/24", "4200001000/aggregate/10.101.0.0/16"],
    fields: ["speaker", "prefix", "type"],
    idOf: (spec) => `${spec.speaker}/${spec.type ?? "network"}/${spec.prefix}`,
    parseId(id) {
      for (const type of ["network", "aggregate"] as const) {
        const split = splitChildId(id, type);
        const parsed = split ? parsePrefix(split.rest) : undefined;
        if (split && parsed?.ok) return { ok: true, identity: { speaker: split.speaker, prefix: parsed.value, ...(type === "aggregate" ? { type } : {}) } };
      }
      return { ok: false, message: "expected <speaker>/<network|aggregate>/<prefix>, e.g. 65000/network/10.100.0.0/24" };
    },
  },
  phase: () => PHASE.advertisement,
  check,
  normalize: (spec) => ({
    ...spec,
    ...(spec.communities ? { communities: sortCommunities(spec.communities) } : {}),
    ...(spec.largeCommunities ? { largeCommunities: sortLargeCommunities(spec.largeCommunities) } : {}),
  }),
  model: {
    read,
    render,
    plan,
    ownership,
    withDefaults: (observed) => observed,
    discover: (config) =>
      allInstances(config).flatMap((instance) =>
        instance.node.children.flatMap((af) =>
          af.lines.flatMap((line) => {
            const network = networkTemplate.match(line);
            const aggregate = aggregateTemplate.match(line);
            const prefixText = String((network ?? aggregate)?.["prefix"] ?? "");
            if (!prefixText) return [];
            return [{ speaker: speakerId(instance), prefix: prefixText, ...(aggregate ? { type: "aggregate" as const } : {}) } as AdvertisementSpec];
          }),
        ),
      ),
  },
});
