import { isDynamic, NEIGHBORS_SHOW, neighborsIn, sessionStatus, vrfOfSpeaker } from "./live-status";
import type { Issue } from "../errors";
import type { Command } from "../frr/commands";
import { findNode, linesFor, type ConfigNode, type RunningConfig } from "../frr/config-tree";
import type { Dialect } from "../frr/dialect";
import { flagKnob, KnobSet, mappedKnob, objectKnob, valueKnob, type Knob, type KnobEnv } from "../frr/knob";
import type { Values } from "../frr/template";
import type { SpecOf } from "../schema/field";
import { object } from "../schema/field";
import { asn, bool, int, interfaceName, name, oneOf, password, remoteAs, str, text } from "../schema/kinds";
import { isIpAddress, parseIpAddress } from "../values/ip";
import { parseInterfaceName, parseName, PEER_GROUP_NAME, ROUTE_MAP_NAME, LIST_NAME } from "../values/names";
import { fail, ok, type Parsed } from "../values/result";
import { ADDRESS_FAMILIES, ADDRESS_FAMILY_KEYS, type AddressFamilyKey } from "./address-family";
import { defineResource, PHASE, type Observed, type Ownership } from "./resource-kind";
import { adoptField, checkTimers, speakerField } from "./shared-fields";
import { parseSpeakerRef, routerHeader, speakerId, splitChildId } from "./speaker-ref";
import { allInstances } from "./bgp-instance";

function parseNeighbor(input: unknown): Parsed<string> {
  if (typeof input !== "string") return fail("FRR_INVALID_ADDRESS", `has type ${typeof input}; expected an IP address, an interface name or a peer-group name`);
  if (/^[0-9a-fA-F:.]+$/.test(input) && (input.includes(":") || /^\d+\.\d+\.\d+\.\d+$/.test(input))) return parseIpAddress(input);
  if (/^[A-Za-z0-9_.:-]+$/.test(input) && input.length <= 63) return ok(input);
  return fail("FRR_INVALID_NAME", "is not an IP address, an interface name or a peer-group name (letters, digits, \"_\", \".\", \":\", \"-\")");
}

const afShape = {
  activate: bool("Exchange routes of this address family with the neighbor.")
    .defaults("true in IPv4 unicast unless the speaker sets `defaultIpv4Unicast: false`; false elsewhere")
    .resets(),
  routeMapIn: name("Route-map applied to routes received from the neighbor.", ROUTE_MAP_NAME),
  routeMapOut: name("Route-map applied to routes sent to the neighbor.", ROUTE_MAP_NAME),
  prefixListIn: name("Prefix-list filtering routes received from the neighbor.", LIST_NAME),
  prefixListOut: name("Prefix-list filtering routes sent to the neighbor.", LIST_NAME),
  filterListIn: name("AS-path access list filtering routes received from the neighbor.", LIST_NAME),
  filterListOut: name("AS-path access list filtering routes sent to the neighbor.", LIST_NAME),
  softReconfigurationInbound: bool(
    "Keep an unmodified copy of received routes, so inbound policy changes apply without a session reset and rejected routes can be listed.",
  ).defaults("false"),
  maximumPrefix: object("Limit on the number of prefixes accepted from the neighbor.", {
    limit: int("Maximum number of prefixes.", 1, 4294967295).required(),
    threshold: int("Percentage of the limit at which FRR starts warning.", 1, 100).defaults("75"),
    warningOnly: bool("Only log when the limit is exceeded instead of closing the session.").defaults("false"),
    restartMinutes: int("Minutes after which a session closed for exceeding the limit is restarted.", 1, 65535),
  }),
  nextHopSelf: bool("Set this router as next hop for routes sent to the neighbor.").defaults("false"),
  nextHopSelfForce: bool("Set this router as next hop also for reflected routes (`next-hop-self force`).").defaults("false"),
  allowasIn: int("Accept routes whose AS path contains the local AS up to this many times.", 1, 10),
  allowasInOrigin: bool("Accept routes whose origin AS is the local AS (`allowas-in origin`).").defaults("false"),
  defaultOriginate: object("Send a default route to the neighbor.", {
    routeMap: name("Only originate the default route when this route-map matches.", ROUTE_MAP_NAME),
  }),
};

const fields = {
  speaker: speakerField(),
  neighbor: str(
    "The neighbor: an IPv4/IPv6 address, an interface name (BGP unnumbered, with `type: \"interface\"`) or a peer-group name (with `type: \"peer-group\"`).",
    parseNeighbor,
    { type: "other", description: "IP address, interface name or peer-group name" },
  )
    .required()
    .replaces(),
  type: oneOf("What `neighbor` names.", ["address", "interface", "peer-group"] as const)
    .defaults("\"address\"")
    .replaces(),
  peerGroup: name("Peer-group this neighbor is a member of (inherits its settings).", PEER_GROUP_NAME).replaces(),
  remoteAs: remoteAs(
    "The neighbor's AS: a number, `\"external\"` (any AS but ours) or `\"internal\"` (our AS). Optional for members of a peer-group that sets it.",
  ),
  description: text("Free text describing the neighbor.", 80),
  password: password("TCP MD5 password shared with the neighbor.").resets(),
  timers: object("Keepalive and hold timers for this neighbor (seconds).", {
    keepalive: int("Keepalive interval in seconds.", 0, 65535).required(),
    hold: int("Hold time in seconds (0 or at least 3).", 0, 65535).required(),
  })
    .defaults("the speaker's timers")
    .resets(),
  connectRetry: int("Seconds between connection attempts (`timers connect`).", 1, 65535),
  updateSource: str(
    "Source address or interface for the BGP session.",
    (input) => (typeof input === "string" && isIpAddress(input) ? parseIpAddress(input) : parseInterfaceName(input)),
    { type: "other", description: "IP address or interface name" },
  ).resets(),
  ebgpMultihop: int("Allow eBGP neighbors this many hops away (1 is plain single-hop eBGP: leave it unset).", 2, 255).resets(),
  ttlSecurityHops: int("GTSM: accept packets only from neighbors at most this many hops away.", 1, 254).resets(),
  bfd: bool("Track the session with BFD (needs bfdd running).").defaults("false"),
  passive: bool("Never initiate the session; only accept it.").defaults("false"),
  shutdown: bool("Administratively shut the session down, keeping its configuration.").defaults("false"),
  localAs: object("Present a different local AS to this neighbor.", {
    asn: asn("The AS presented to the neighbor.").required(),
    noPrepend: bool("Do not prepend the local AS to routes received from the neighbor.").defaults("false"),
    replaceAs: bool("Replace the real AS with the local AS in routes sent (needs noPrepend).").defaults("false"),
  }).resets(),
  capabilityExtendedNexthop: bool("Advertise the extended next-hop capability (IPv4 routes over IPv6 next hops, RFC 8950).")
    .defaults("false (true for interface neighbors)")
    .resets(),
  port: int("TCP port of the neighbor.", 1, 65535).defaults("179").resets(),
  addressFamilies: object("Per address family settings.", {
    ipv4Unicast: object("IPv4 unicast.", afShape),
    ipv6Unicast: object("IPv6 unicast.", afShape),
    l2vpnEvpn: object("L2VPN EVPN.", {
      activate: afShape.activate,
      routeMapIn: afShape.routeMapIn,
      routeMapOut: afShape.routeMapOut,
      softReconfigurationInbound: afShape.softReconfigurationInbound,
      allowasIn: afShape.allowasIn,
    }),
  }),
  adopt: adoptField(),
};

const status = {
  state: str("BGP session state (Idle, Connect, Active, OpenSent, OpenConfirm, Established).", (v) => ok(String(v))),
  established: bool("Whether the session is Established."),
  uptimeSeconds: int("Seconds since the session was established (0 when down).", 0, Number.MAX_SAFE_INTEGER),
  prefixesReceived: int("Prefixes accepted from the neighbor, all address families.", 0, Number.MAX_SAFE_INTEGER),
  prefixesSent: int("Prefixes sent to the neighbor, all address families.", 0, Number.MAX_SAFE_INTEGER),
  lastResetReason: str("Why the session last went down, as FRR reports it.", (v) => ok(String(v))),
  dynamicNeighbors: int("For peer-groups: neighbors currently connected through listen ranges.", 0, Number.MAX_SAFE_INTEGER),
};

export type PeerSpec = SpecOf<typeof fields>;
type AfSpec = Record<string, unknown>;

// ---------------------------------------------------------------------------------------------
// Knobs: one line each, read and rendered from the same template (the text after "neighbor X ").

/** Interface neighbors carry their remote-as or peer-group in the line that creates them. */
const interfaceKnob = mappedKnob(
  "interface",
  "interface[ peer-group {peerGroup}][ remote-as {remoteAs}]",
  (s) => {
    const { peerGroup, remoteAs } = s as PeerSpec;
    return { ...(peerGroup !== undefined ? { peerGroup } : {}), ...(remoteAs !== undefined ? { remoteAs } : {}) };
  },
  (s, v) => {
    if (v["peerGroup"] !== undefined) s["peerGroup"] = v["peerGroup"];
    if (v["remoteAs"] !== undefined) s["remoteAs"] = v["remoteAs"];
  },
);

const MAX_TTL = 255;
const printsBareMaxTtl = (dialect: Dialect) => dialect.major > 9 || (dialect.major === 9 && !dialect.version.startsWith("9.0"));

const buildSessionKnobs = (spec: Pick<PeerSpec, "type">): Knob[] => [
  ...(spec.type === "peer-group" ? [flagKnob("isPeerGroup", "peer-group")] : []),
  ...(spec.type === "interface"
    ? [interfaceKnob]
    : [valueKnob("remoteAs", "remote-as {remoteAs}"), valueKnob("peerGroup", "peer-group {peerGroup}", { removeBeforeChange: true })]),
  valueKnob("description", "description {description:rest}", { negation: (line) => line.replace(/ description .*$/, " description").replace(/^/, "no ") }),
  valueKnob("password", "password {password:rest}", { negation: (line) => `no ${line.replace(/ password .*$/, " password")}` }),
  valueKnob("timers", "timers {keepalive:int} {hold:int}", { negation: (line) => `no ${line.replace(/ timers .*$/, " timers")}` }),
  valueKnob("connectRetry", "timers connect {connectRetry:int}", { negation: (line) => `no ${line.replace(/ timers connect .*$/, " timers connect")}` }),
  valueKnob("updateSource", "update-source {updateSource}"),
  // FRR 9.1 and later print the maximum, 255, as a bare `ebgp-multihop`.
  mappedKnob(
    "ebgpMultihop",
    "ebgp-multihop[ {hops:int}]",
    (s): Values | undefined => {
      const hops = (s as PeerSpec).ebgpMultihop;
      return hops === undefined ? undefined : { hops };
    },
    (s, v) => (s["ebgpMultihop"] = v["hops"] ?? MAX_TTL),
    {
      negation: (line) => `no ${line.replace(/ ebgp-multihop.*$/, " ebgp-multihop")}`,
      exclusive: true,
      display: (values, env) => (values["hops"] === MAX_TTL && printsBareMaxTtl(env) ? {} : values),
    },
  ),
  valueKnob("ttlSecurityHops", "ttl-security hops {ttlSecurityHops:int}", { exclusive: true }),
  flagKnob("bfd", "bfd"),
  flagKnob("passive", "passive"),
  flagKnob("shutdown", "shutdown"),
  valueKnob("localAs", "local-as {asn:int}[ no-prepend{noPrepend:flag}][ replace-as{replaceAs:flag}]", {
    negation: (line) => `no ${line.replace(/ local-as .*$/, " local-as")}`,
    removeBeforeChange: true,
  }),
  flagKnob("capabilityExtendedNexthop", "capability extended-nexthop", { default: (env) => env.facts["interface"] === true }),
  valueKnob("port", "port {port:int}", { default: () => ({ port: 179 }) }),
];

const buildAfKnobs = (af: AddressFamilyKey): Knob[] => [
  flagKnob("activate", "activate", { default: (env) => env.facts[`activate:${af}`] === true }),
  valueKnob("routeMapIn", "route-map {routeMapIn} in"),
  valueKnob("routeMapOut", "route-map {routeMapOut} out"),
  valueKnob("prefixListIn", "prefix-list {prefixListIn} in"),
  valueKnob("prefixListOut", "prefix-list {prefixListOut} out"),
  valueKnob("filterListIn", "filter-list {filterListIn} in"),
  valueKnob("filterListOut", "filter-list {filterListOut} out"),
  flagKnob("softReconfigurationInbound", "soft-reconfiguration inbound"),
  valueKnob("maximumPrefix", "maximum-prefix {limit:int}[ {threshold:int}][ warning-only{warningOnly:flag}][ restart {restartMinutes:int}]", {
    negation: (line) => `no ${line.replace(/ maximum-prefix .*$/, " maximum-prefix")}`,
  }),
  flagKnob("nextHopSelf", "next-hop-self"),
  flagKnob("nextHopSelfForce", "next-hop-self force"),
  // FRR prints the default count 3 as a bare `allowas-in`.
  mappedKnob(
    "allowasIn",
    "allowas-in[ {count:int}]",
    (s): Values | undefined => {
      const count = (s as AfSpec)["allowasIn"];
      return count === undefined ? undefined : count === 3 ? {} : { count: count as number };
    },
    (s, v) => (s["allowasIn"] = v["count"] ?? 3),
    { negation: (line) => `no ${line.replace(/ allowas-in.*$/, " allowas-in")}`, exclusive: true },
  ),
  // One FRR setting with two spellings: the count or `origin`; whichever goes is removed first.
  flagKnob("allowasInOrigin", "allowas-in origin", { exclusive: true }),
  objectKnob("defaultOriginate", "default-originate[ route-map {routeMap}]", {
    negation: (line) => `no ${line.replace(/ default-originate.*$/, " default-originate")}`,
  }),
];

// Templates compile to regular expressions once, not once per operation.
const sessionKnobsByType = new Map<string, Knob[]>();
const sessionKnobs = (spec: Pick<PeerSpec, "type">): Knob[] => {
  const type = spec.type ?? "address";
  let knobs = sessionKnobsByType.get(type);
  if (!knobs) sessionKnobsByType.set(type, (knobs = buildSessionKnobs({ type })));
  return knobs;
};
const afKnobsByFamily = new Map<AddressFamilyKey, Knob[]>(ADDRESS_FAMILY_KEYS.map((af) => [af, buildAfKnobs(af)]));
const afKnobs = (af: AddressFamilyKey): Knob[] => afKnobsByFamily.get(af)!;

// ---------------------------------------------------------------------------------------------

function routerNode(config: RunningConfig, speaker: string): ConfigNode | undefined {
  const ref = parseSpeakerRef(speaker);
  return ref.ok ? findNode(config.root, [routerHeader(ref.value)]) : undefined;
}

function routerPath(speaker: string): [string] {
  const ref = parseSpeakerRef(speaker);
  if (!ref.ok) throw new Error(`invalid speaker reference ${speaker}`);
  return [routerHeader(ref.value)];
}

/** What an unset knob means depends on the instance and on the peer-group a member inherits from. */
function knobEnv(config: RunningConfig, dialect: Dialect, spec: PeerSpec): KnobEnv {
  const router = routerNode(config, spec.speaker);
  const facts: Record<string, boolean> = { interface: spec.type === "interface" };
  const defaultIpv4 = !(router?.lines.includes("no bgp default ipv4-unicast") ?? false);
  const defaultIpv6 = router?.lines.includes("bgp default ipv6-unicast") ?? false;
  for (const af of ADDRESS_FAMILY_KEYS) {
    let activated = af === "ipv4Unicast" ? defaultIpv4 : af === "ipv6Unicast" ? defaultIpv6 : false;
    if (spec.peerGroup !== undefined && router) {
      const afNode = router.children.find((child) => child.header === ADDRESS_FAMILIES[af]);
      const groupLines = linesFor(afNode, `neighbor ${spec.peerGroup}`);
      const groupLine = `neighbor ${spec.peerGroup} activate`;
      if (groupLines.includes(groupLine)) activated = true;
      if (groupLines.includes(`no ${groupLine}`)) activated = false;
    }
    facts[`activate:${af}`] = activated;
  }
  return { ...dialect, facts };
}

const prefixOf = (spec: Pick<PeerSpec, "neighbor">) => `neighbor ${spec.neighbor} `;
/** The lines of one neighbor in a context (via the context's line index). */
const neighborLines = (node: ConfigNode | undefined, neighbor: string) => linesFor(node, `neighbor ${neighbor}`);

/** A neighbor exists in FRR once one of these lines is there. */
function existsIn(lines: readonly string[], neighbor: string): "address" | "interface" | "peer-group" | undefined {
  const prefix = `neighbor ${neighbor} `;
  let found: "address" | "interface" | undefined;
  for (const line of lines) {
    if (!line.startsWith(prefix)) continue;
    const rest = line.slice(prefix.length);
    if (rest === "peer-group") return "peer-group";
    if (rest.startsWith("interface")) found = "interface";
    else if (found === undefined && (rest.startsWith("remote-as ") || rest.startsWith("peer-group "))) found = "address";
  }
  return found;
}

function read(config: RunningConfig, identity: PeerSpec, dialect: Dialect): Observed<PeerSpec> | undefined {
  const router = routerNode(config, identity.speaker);
  if (!router) return undefined;
  const type = existsIn(neighborLines(router, identity.neighbor), identity.neighbor);
  if (type === undefined) return undefined;
  const spec: Record<string, unknown> = { speaker: identity.speaker, neighbor: identity.neighbor, type };
  const unmanaged: Command[] = [];
  const context = [router.header];
  const session = new KnobSet(prefixOf(identity), sessionKnobs({ type }));
  for (const line of session.read(neighborLines(router, identity.neighbor), spec)) unmanaged.push({ context, line });
  if (type === "peer-group") delete spec["isPeerGroup"];
  for (const af of ADDRESS_FAMILY_KEYS) {
    const afNode = router.children.find((child) => child.header === ADDRESS_FAMILIES[af]);
    if (!afNode) continue;
    const afSpec: AfSpec = {};
    const knobs = new KnobSet(prefixOf(identity), afKnobs(af));
    for (const line of knobs.read(neighborLines(afNode, identity.neighbor), afSpec)) unmanaged.push({ context: [router.header, afNode.header], line });
    if (Object.keys(afSpec).length > 0) setAf(spec, af, afSpec);
  }
  return { spec: spec as PeerSpec, unmanaged };
}

function setAf(spec: Record<string, unknown>, af: AddressFamilyKey, value: AfSpec): void {
  const families = (spec["addressFamilies"] ??= {}) as Record<string, unknown>;
  families[af] = value;
}

function withDefaults(observed: PeerSpec, prior: PeerSpec, config: RunningConfig, dialect: Dialect): PeerSpec {
  const env = knobEnv(config, dialect, observed);
  const spec = structuredClone(observed) as Record<string, unknown>;
  new KnobSet(prefixOf(observed), sessionKnobs(observed)).fillDefaults(spec, env, (knob) => (prior as Record<string, unknown>)[knob.key] !== undefined);
  for (const af of ADDRESS_FAMILY_KEYS) {
    const priorAf = prior.addressFamilies?.[af] as AfSpec | undefined;
    if (!priorAf) continue;
    const afSpec = { ...((observed.addressFamilies?.[af] as AfSpec | undefined) ?? {}) };
    new KnobSet(prefixOf(observed), afKnobs(af)).fillDefaults(afSpec, env, (knob) => priorAf[knob.key] !== undefined);
    setAf(spec, af, afSpec);
  }
  return spec as PeerSpec;
}

function render(spec: PeerSpec, config: RunningConfig, dialect: Dialect): Command[] {
  const env = knobEnv(config, dialect, spec);
  const router = routerPath(spec.speaker);
  const session = new KnobSet(prefixOf(spec), sessionKnobs(spec));
  const lines: Command[] = session.render(subjectOf(spec), env).map((line) => ({ context: router, line }));
  for (const af of ADDRESS_FAMILY_KEYS) {
    const afSpec = spec.addressFamilies?.[af] as AfSpec | undefined;
    if (!afSpec) continue;
    for (const line of new KnobSet(prefixOf(spec), afKnobs(af)).render(afSpec, env)) lines.push({ context: [...router, ADDRESS_FAMILIES[af]], line });
  }
  return lines;
}

/** The spec as the knobs see it: a peer-group definition has its `neighbor NAME peer-group` line. */
function subjectOf(spec: PeerSpec): Record<string, unknown> {
  return spec.type === "peer-group" ? { ...spec, isPeerGroup: true } : { ...spec };
}

function plan(observed: Observed<PeerSpec> | undefined, desired: PeerSpec | undefined, config: RunningConfig, dialect: Dialect): Command[] {
  const identity = desired ?? observed?.spec;
  if (!identity) return [];
  const router = routerPath(identity.speaker);
  if (desired === undefined) {
    const removal =
      identity.type === "peer-group"
        ? `no neighbor ${identity.neighbor} peer-group`
        : identity.type === "interface"
          ? `no neighbor ${identity.neighbor} interface`
          : `no neighbor ${identity.neighbor}`;
    return [{ context: router, line: removal }];
  }
  const env = knobEnv(config, dialect, desired);
  const commands: Command[] = [];
  const session = new KnobSet(prefixOf(desired), sessionKnobs(desired));
  const currentSession = observed ? neighborLines(routerNode(config, desired.speaker), desired.neighbor) : [];
  for (const line of session.plan(currentSession, subjectOf(desired), env)) commands.push({ context: router, line });
  const routerNodeNow = routerNode(config, desired.speaker);
  for (const af of ADDRESS_FAMILY_KEYS) {
    const afSpec = (desired.addressFamilies?.[af] as AfSpec | undefined) ?? {};
    const afNode = routerNodeNow?.children.find((child) => child.header === ADDRESS_FAMILIES[af]);
    const knobs = new KnobSet(prefixOf(desired), afKnobs(af));
    const current = observed ? neighborLines(afNode, desired.neighbor) : [];
    for (const line of knobs.plan(current, afSpec, env)) commands.push({ context: [...router, ADDRESS_FAMILIES[af]], line });
  }
  return observed === undefined ? heldDownWhileConfigured(commands, desired) : commands;
}

/**
 * A new neighbor is shut down from the line that creates it until its last line is in: otherwise
 * FRR opens the session at once, before its password, policy and address families are there (BIRD
 * answers such an OPEN with "Required capability missing" and then waits a minute or more; a
 * session without its inbound route-map yet accepts everything).
 */
function heldDownWhileConfigured(commands: Command[], desired: PeerSpec): Command[] {
  const [create, ...rest] = commands;
  if (create === undefined || desired.type === "peer-group" || desired.shutdown === true) return commands;
  const router = create.context;
  return [create, { context: router, line: `neighbor ${desired.neighbor} shutdown` }, ...rest, { context: router, line: `no neighbor ${desired.neighbor} shutdown` }];
}

function ownership(config: RunningConfig, identity: PeerSpec): Ownership {
  const router = routerNode(config, identity.speaker);
  if (!router) return { lines: [], contexts: [] };
  const lines: Command[] = neighborLines(router, identity.neighbor).map((line) => ({ context: [router.header], line }));
  for (const child of router.children) for (const line of neighborLines(child, identity.neighbor)) lines.push({ context: [router.header, child.header], line });
  return { lines, contexts: [] };
}

function check(spec: PeerSpec, issues: Issue[]): void {
  const type = spec.type ?? "address";
  if (type === "address" && !isIpAddress(spec.neighbor)) {
    issues.push({ code: "FRR_CONFLICT", path: "neighbor", input: spec.neighbor, message: "is not an IP address; set `type` to \"interface\" or \"peer-group\" if that is what it names" });
  }
  if (type === "interface" && !parseInterfaceName(spec.neighbor).ok) {
    issues.push({ code: "FRR_INVALID_NAME", path: "neighbor", input: spec.neighbor, message: "is not an interface name (1 to 15 characters)" });
  }
  if (type === "peer-group") {
    const parsed = parseName(spec.neighbor, PEER_GROUP_NAME);
    if (!parsed.ok) issues.push({ code: parsed.code, path: "neighbor", input: spec.neighbor, message: parsed.message });
    if (spec.peerGroup !== undefined) issues.push({ code: "FRR_CONFLICT", path: "peerGroup", input: spec.peerGroup, message: "cannot be set on a peer-group definition; peer-groups do not nest" });
  }
  if (spec.peerGroup !== undefined && spec.peerGroup === spec.neighbor) {
    issues.push({ code: "FRR_CONFLICT", path: "peerGroup", input: spec.peerGroup, message: "names the neighbor itself; a neighbor cannot be a member of itself" });
  }
  if (type !== "peer-group" && spec.remoteAs === undefined && spec.peerGroup === undefined) {
    issues.push({ code: "FRR_REQUIRED", path: "remoteAs", message: "is required unless the neighbor is a member of a peer-group (`peerGroup`) that sets it" });
  }
  checkTimers(spec.timers, "timers", issues);
  const ownAs = parseSpeakerRef(spec.speaker);
  const internal = spec.remoteAs === "internal" || (ownAs.ok && spec.remoteAs === String(ownAs.value.asn));
  if (spec.localAs !== undefined && internal) {
    issues.push({ code: "FRR_CONFLICT", path: "localAs", message: "is only allowed for eBGP neighbors (FRR refuses it: the neighbor's remote-as is our own AS)" });
  }
  if (spec.localAs !== undefined && spec.remoteAs === String(spec.localAs.asn)) {
    issues.push({ code: "FRR_CONFLICT", path: "localAs.asn", input: spec.localAs.asn, message: "equals the neighbor's remote-as; FRR refuses a local-as that is the same as the remote AS" });
  }
  if (spec.ebgpMultihop !== undefined && internal) {
    issues.push({ code: "FRR_CONFLICT", path: "ebgpMultihop", input: spec.ebgpMultihop, message: "only applies to eBGP neighbors; iBGP sessions may be multihop already (FRR accepts it and ignores it)" });
  }
  for (const af of ADDRESS_FAMILY_KEYS) {
    const max = (spec.addressFamilies?.[af] as AfSpec | undefined)?.["maximumPrefix"] as { warningOnly?: boolean; restartMinutes?: number } | undefined;
    if (max?.warningOnly === true && max.restartMinutes !== undefined) {
      issues.push({ code: "FRR_CONFLICT", path: `addressFamilies.${af}.maximumPrefix.restartMinutes`, input: max.restartMinutes, message: "cannot be combined with `warningOnly` (FRR takes one or the other): warn only, or close the session and restart it" });
    }
  }
  if (spec.ttlSecurityHops !== undefined && spec.ebgpMultihop !== undefined) {
    issues.push({ code: "FRR_CONFLICT", path: "ttlSecurityHops", input: spec.ttlSecurityHops, message: "cannot be combined with `ebgpMultihop`; FRR refuses both on one neighbor" });
  }
  if (spec.localAs?.replaceAs === true && spec.localAs.noPrepend !== true) {
    issues.push({ code: "FRR_CONFLICT", path: "localAs.replaceAs", input: true, message: "needs `localAs.noPrepend: true` (FRR only accepts `local-as N no-prepend replace-as`)" });
  }
  for (const af of ADDRESS_FAMILY_KEYS) {
    const afSpec = spec.addressFamilies?.[af] as AfSpec | undefined;
    if (afSpec?.["allowasIn"] !== undefined && afSpec["allowasInOrigin"] === true) {
      issues.push({ code: "FRR_CONFLICT", path: `addressFamilies.${af}.allowasInOrigin`, input: true, message: "cannot be combined with `allowasIn`; choose a count or `origin`" });
    }
  }
}

export const peer = defineResource({
  name: "peer",
  className: "Peer",
  terraformName: "bgp_peer",
  summary: "A BGP neighbor (by address or interface) or a peer-group definition, with its per address family policy.",
  description: [
    "Owns every `neighbor NAME ...` line of one neighbor or peer-group in one BGP instance, in the",
    "instance and in its address families. Lines it does not understand are reported, never removed.",
    "Settings not given are FRR's defaults: a hand-made `neighbor X bfd` on a managed peer shows up as drift.",
  ].join(" "),
  fields,
  status,
  liveStatus: {
    shows: () => [NEIGHBORS_SHOW],
    read(spec, shows) {
      const neighbors = neighborsIn(shows, vrfOfSpeaker(spec.speaker));
      if (spec.type !== "peer-group") return { ...sessionStatus(neighbors.get(spec.neighbor)), dynamicNeighbors: 0 };
      const members = [...neighbors.values()].filter((n) => n.peerGroup === spec.neighbor);
      return {
        ...sessionStatus(undefined),
        state: "PeerGroup",
        dynamicNeighbors: members.filter(isDynamic).length,
        prefixesReceived: members.reduce((sum, n) => sum + Number(sessionStatus(n)["prefixesReceived"]), 0),
      };
    },
  },
  identity: {
    format: "<speaker>/neighbor/<neighbor>",
    examples: ["65000/neighbor/10.0.0.254", "4200001000/vrf/vrf_evpnz1/neighbor/VMS"],
    fields: ["speaker", "neighbor"],
    idOf: (spec) => `${spec.speaker}/neighbor/${spec.neighbor}`,
    parseId(id) {
      const split = splitChildId(id, "neighbor");
      const neighbor = split ? parseNeighbor(split.rest) : undefined;
      if (!split || !neighbor?.ok) return { ok: false, message: "expected <speaker>/neighbor/<neighbor>, e.g. 65000/neighbor/10.0.0.254" };
      return { ok: true, identity: { speaker: split.speaker, neighbor: neighbor.value } };
    },
  },
  phase: (spec) => (spec.type === "peer-group" ? PHASE.peerGroup : PHASE.peer),
  check,
  model: {
    read,
    render,
    plan,
    ownership,
    withDefaults,
    discover: (config) =>
      allInstances(config).flatMap((instance) => {
        const speaker = speakerId(instance);
        const names = new Set<string>();
        for (const line of instance.node.lines) {
          const match = /^neighbor (\S+) (remote-as|peer-group|interface)\b/.exec(line);
          if (match) names.add(match[1]!);
        }
        return [...names].map((neighbor) => ({ speaker, neighbor }) as PeerSpec);
      }),
  },
});
