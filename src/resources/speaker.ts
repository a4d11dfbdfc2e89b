import { NEIGHBORS_SHOW, neighborsIn } from "./live-status";
import type { Issue } from "../errors";
import type { Command } from "../frr/commands";
import { isEmptyNode, type ConfigNode, type RunningConfig } from "../frr/config-tree";
import type { Dialect } from "../frr/dialect";
import { flagKnob, KnobSet, listKnob, valueKnob, type Knob, type KnobEnv } from "../frr/knob";
import { object, set, type SpecOf } from "../schema/field";
import { asn, bool, int, ipAddress, name, oneOf, routeDistinguisher, str } from "../schema/kinds";
import { ROUTE_MAP_NAME, VRF_NAME } from "../values/names";
import { ok } from "../values/result";
import { ADDRESS_FAMILIES, ADDRESS_FAMILY_KEYS, type AddressFamilyKey } from "./address-family";
import { allInstances, findInstance } from "./bgp-instance";
import { defineResource, PHASE, type Observed, type Ownership } from "./resource-kind";
import { adoptField, checkTimers } from "./shared-fields";
import { parseSpeakerRef, routerHeader, speakerId } from "./speaker-ref";

const unicastShape = (protocols: readonly string[]) => ({
  redistribute: set(
    "Routes of other protocols to announce, one entry per protocol.",
    object("One redistributed protocol.", {
      protocol: oneOf("The protocol whose routes are redistributed.", protocols).required(),
      routeMap: name("Route-map filtering and setting attributes of redistributed routes.", ROUTE_MAP_NAME),
      metric: int("MED set on redistributed routes.", 0, 4294967295),
    }),
    "protocol",
  ),
  importVrfs: set(
    "VRFs whose BGP routes are leaked into this one (`import vrf NAME`; `default` for the default VRF). Declare a Speaker for each VRF named here: " +
      "FRR 8.4 creates an empty BGP instance for a VRF that has none, and keeps it after the import is gone.",
    name("A VRF name.", VRF_NAME),
  ),
  maximumPaths: int("Number of eBGP paths installed for ECMP.", 1, 256).defaults("FRR's compiled-in multipath limit (256 in Debian's FRR)"),
  maximumPathsIbgp: int("Number of iBGP paths installed for ECMP.", 1, 256).defaults("FRR's compiled-in multipath limit (256 in Debian's FRR)"),
});
// FRR knows ospf and rip only for IPv4, ospf6 and ripng only for IPv6.
// (`redistribute table` needs a table ID that this schema does not model yet.)
const IPV4_PROTOCOLS = ["connected", "static", "kernel", "ospf", "isis", "rip", "babel", "openfabric"] as const;
const IPV6_PROTOCOLS = ["connected", "static", "kernel", "ospf6", "isis", "ripng", "babel", "openfabric"] as const;

const fields = {
  asn: asn("The local AS of this BGP instance. Changing it re-creates the instance (and everything in it).").required().replaces(),
  vrf: name("VRF of this instance (`router bgp ASN vrf NAME`); unset for the default VRF.", VRF_NAME).replaces(),
  routerId: ipAddress("BGP router ID (an IPv4 address).", "ipv4").defaults("chosen by FRR from the interface addresses"),
  defaultIpv4Unicast: bool("Activate every neighbor in IPv4 unicast automatically (`no bgp default ipv4-unicast` when false).").defaults("true"),
  defaultIpv6Unicast: bool("Activate every neighbor in IPv6 unicast automatically.").defaults("false"),
  logNeighborChanges: bool("Log neighbor up/down changes.").defaults("true with `frr defaults datacenter`, false with `traditional`"),
  ebgpRequiresPolicy: bool("Refuse to send or accept eBGP routes without an inbound/outbound policy (RFC 8212).").defaults(
    "true with `frr defaults traditional`, false with `datacenter`",
  ),
  networkImportCheck: bool("Only advertise `network` prefixes that are in the routing table.").defaults("true"),
  timers: object("Default keepalive and hold timers (seconds) for every neighbor.", {
    keepalive: int("Keepalive interval in seconds.", 0, 65535).required(),
    hold: int("Hold time in seconds (0 or at least 3).", 0, 65535).required(),
  }).defaults("60/180 with `frr defaults traditional`, 3/9 with `datacenter`"),
  gracefulRestart: bool("Enable BGP graceful restart (RFC 4724).").defaults("false (helper mode only)"),
  listenLimit: int("Maximum number of dynamic neighbors accepted through listen ranges.", 1, 65535).defaults("100"),
  bestpath: object("Best path selection options.", {
    asPathMultipathRelax: bool("Allow ECMP across paths with different neighbor ASes of equal length.").defaults("false"),
    compareRouterId: bool("Use the router ID as a tie breaker between external paths.").defaults("false"),
  }),
  addressFamilies: object("Per address family settings of the instance.", {
    ipv4Unicast: object("IPv4 unicast.", unicastShape(IPV4_PROTOCOLS)),
    ipv6Unicast: object("IPv6 unicast.", unicastShape(IPV6_PROTOCOLS)),
    l2vpnEvpn: object("L2VPN EVPN.", {
      advertiseAllVni: bool("Advertise every locally configured VNI (default instance of an EVPN VTEP).").defaults("false"),
      advertiseSviIp: bool("Advertise the SVI addresses of local VNIs.").defaults("false"),
      advertiseIpv4Unicast: bool("Advertise IPv4 routes of this VRF as EVPN type-5 routes.").defaults("false"),
      advertiseIpv6Unicast: bool("Advertise IPv6 routes of this VRF as EVPN type-5 routes.").defaults("false"),
      rd: routeDistinguisher("Route distinguisher of this VRF's EVPN routes (VRF instances).").defaults("derived by FRR from the router ID"),
      routeTargetsImport: set("Route targets imported into this VRF (VRF instances).", routeDistinguisher("A route target.")),
      routeTargetsExport: set("Route targets attached to routes exported from this VRF (VRF instances).", routeDistinguisher("A route target.")),
    }),
  }),
  adopt: adoptField(),
};

const status = {
  routerIdInUse: str("The router ID FRR uses (configured or chosen); empty while the instance has no neighbor.", (v) => ok(String(v))),
  peersEstablished: int("Neighbors of this instance in state Established.", 0, Number.MAX_SAFE_INTEGER),
  peersTotal: int("Neighbors of this instance, including dynamic ones.", 0, Number.MAX_SAFE_INTEGER),
};

export type SpeakerSpec = SpecOf<typeof fields>;
type Subject = Record<string, unknown>;

const routerKnobs: Knob[] = [
  valueKnob("routerId", "bgp router-id {routerId}"),
  flagKnob("defaultIpv4Unicast", "bgp default ipv4-unicast", { default: () => true }),
  flagKnob("defaultIpv6Unicast", "bgp default ipv6-unicast", { default: () => false }),
  flagKnob("logNeighborChanges", "bgp log-neighbor-changes", { default: (env) => env.profile === "datacenter" }),
  flagKnob("ebgpRequiresPolicy", "bgp ebgp-requires-policy", { default: (env) => env.profile !== "datacenter" }),
  flagKnob("networkImportCheck", "bgp network import-check", { default: () => true }),
  valueKnob("timers", "timers bgp {keepalive:int} {hold:int}", {
    default: (env) => (env.profile === "datacenter" ? { keepalive: 3, hold: 9 } : { keepalive: 60, hold: 180 }),
    negation: () => "no timers bgp",
  }),
  flagKnob("gracefulRestart", "bgp graceful-restart"),
  valueKnob("listenLimit", "bgp listen limit {listenLimit:int}", { default: () => ({ listenLimit: 100 }), negation: () => "no bgp listen limit" }),
  flagKnob("bestpath.asPathMultipathRelax", "bgp bestpath as-path multipath-relax"),
  flagKnob("bestpath.compareRouterId", "bgp bestpath compare-routerid"),
];

const unicastKnobs: Knob[] = [
  listKnob("redistribute", "redistribute {protocol}[ metric {metric:int}][ route-map {routeMap}]", "protocol", { keepsOmittedParts: true }),
  listKnob("importVrfs", "import vrf {vrf}", "vrf"),
  // FRR hides the compiled-in multipath limit: 256 in Debian's builds of 8.4 and 10.3.
  valueKnob("maximumPaths", "maximum-paths {maximumPaths:int}", { negation: (line) => `no ${line}`, default: () => ({ maximumPaths: 256 }) }),
  valueKnob("maximumPathsIbgp", "maximum-paths ibgp {maximumPathsIbgp:int}", { negation: (line) => `no ${line}`, default: () => ({ maximumPathsIbgp: 256 }) }),
];

const RD_PLACEHOLDER = "65535:65535";
const RD_PLACEHOLDER_ALT = "65535:65534";

const evpnKnobs: Knob[] = [
  flagKnob("advertiseAllVni", "advertise-all-vni"),
  flagKnob("advertiseSviIp", "advertise-svi-ip"),
  flagKnob("advertiseIpv4Unicast", "advertise ipv4 unicast"),
  flagKnob("advertiseIpv6Unicast", "advertise ipv6 unicast"),
  // FRR 8.4 and 10.3 ignore `rd X` after `no rd X` (the old value is still stored, so it "matches");
  // setting another RD first makes the new one take.
  valueKnob("rd", "rd {rd}", { prelude: (line) => [line.replace(/ \S+$/, ` ${line.endsWith(` ${RD_PLACEHOLDER}`) ? RD_PLACEHOLDER_ALT : RD_PLACEHOLDER}`)] }),
  listKnob("routeTargetsImport", "route-target import {rt}", "rt"),
  listKnob("routeTargetsExport", "route-target export {rt}", "rt"),
];

const afKnobs = (af: AddressFamilyKey) => new KnobSet("", af === "l2vpnEvpn" ? evpnKnobs : unicastKnobs);
const routerSet = new KnobSet("", routerKnobs);

/** Lines in an instance that belong to other resources (peers, listen ranges, advertisements). */
function belongsToOthers(line: string): boolean {
  const bare = line.startsWith("no ") ? line.slice(3) : line;
  return /^(neighbor |bgp listen range |network |aggregate-address )/.test(bare);
}

const refOf = (spec: Pick<SpeakerSpec, "asn" | "vrf">) => ({ asn: spec.asn, ...(spec.vrf !== undefined ? { vrf: spec.vrf } : {}) });
const envOf = (dialect: Dialect): KnobEnv => ({ ...dialect, facts: {} });

function afNode(router: ConfigNode | undefined, af: AddressFamilyKey): ConfigNode | undefined {
  return router?.children.find((child) => child.header === ADDRESS_FAMILIES[af]);
}

function read(config: RunningConfig, identity: SpeakerSpec): Observed<SpeakerSpec> | undefined {
  const instance = findInstance(config, identity.vrf);
  if (!instance) return undefined;
  const spec: Subject = { asn: instance.asn, ...(instance.vrf !== undefined ? { vrf: instance.vrf } : {}) };
  const unmanaged: Command[] = [];
  const context = [instance.node.header];
  for (const line of routerSet.read(instance.node.lines.filter((l) => !belongsToOthers(l)), spec)) unmanaged.push({ context, line });
  for (const af of ADDRESS_FAMILY_KEYS) {
    const node = afNode(instance.node, af);
    if (!node) continue;
    const afSpec: Subject = {};
    for (const line of afKnobs(af).read(node.lines.filter((l) => !belongsToOthers(l)), afSpec)) unmanaged.push({ context: [...context, node.header], line });
    if (Object.keys(afSpec).length > 0) ((spec["addressFamilies"] ??= {}) as Subject)[af] = afSpec;
  }
  for (const child of instance.node.children) {
    if (!Object.values(ADDRESS_FAMILIES).includes(child.header as never)) unmanaged.push({ context, line: child.header });
  }
  return { spec: spec as SpeakerSpec, unmanaged };
}

function withDefaults(observed: SpeakerSpec, prior: SpeakerSpec, _config: RunningConfig, dialect: Dialect): SpeakerSpec {
  const spec = structuredClone(observed) as Subject;
  const priorSubject = prior as Subject;
  const env = envOf(dialect);
  routerSet.fillDefaults(spec, env, (knob) => knob.get(priorSubject) !== undefined);
  for (const af of ADDRESS_FAMILY_KEYS) {
    const priorAf = prior.addressFamilies?.[af] as Subject | undefined;
    if (!priorAf) continue;
    const families = (spec["addressFamilies"] ??= {}) as Subject;
    const afSpec = { ...((families[af] as Subject | undefined) ?? {}) };
    afKnobs(af).fillDefaults(afSpec, env, (knob) => knob.get(priorAf) !== undefined);
    families[af] = afSpec;
  }
  return spec as SpeakerSpec;
}

function render(spec: SpeakerSpec, _config: RunningConfig, dialect: Dialect): Command[] {
  const header = routerHeader(refOf(spec));
  const env = envOf(dialect);
  const commands: Command[] = [{ context: [header] }];
  for (const line of routerSet.render(spec, env)) commands.push({ context: [header], line });
  for (const af of ADDRESS_FAMILY_KEYS) {
    const afSpec = spec.addressFamilies?.[af];
    if (!afSpec) continue;
    for (const line of afKnobs(af).render(afSpec, env)) commands.push({ context: [header, ADDRESS_FAMILIES[af]], line });
  }
  return commands;
}

function plan(observed: Observed<SpeakerSpec> | undefined, desired: SpeakerSpec | undefined, config: RunningConfig, dialect: Dialect): Command[] {
  const identity = desired ?? observed?.spec;
  if (!identity) return [];
  const instance = findInstance(config, identity.vrf);
  const env = envOf(dialect);
  if (desired === undefined) return planRemoval(instance?.node, identity, env);
  const header = routerHeader(refOf(desired));
  const commands: Command[] = instance ? [] : [{ context: [header] }];
  const routerLines = instance?.node.lines.filter((l) => !belongsToOthers(l)) ?? [];
  for (const line of routerSet.plan(routerLines, desired, env)) commands.push({ context: [header], line });
  for (const af of ADDRESS_FAMILY_KEYS) {
    const current = afNode(instance?.node, af)?.lines.filter((l) => !belongsToOthers(l)) ?? [];
    for (const line of afKnobs(af).plan(current, desired.addressFamilies?.[af] ?? {}, env)) commands.push({ context: [header, ADDRESS_FAMILIES[af]], line });
  }
  return commands;
}

/**
 * Removes the instance when nothing but this resource's own lines is left in it; otherwise only
 * its settings, so hand-made neighbors or another tool's lines survive.
 */
function planRemoval(node: ConfigNode | undefined, identity: SpeakerSpec, env: KnobEnv): Command[] {
  if (!node) return [];
  const whole = !hasForeignLines(node);
  // FRR 10 keeps a deleted default instance hidden, settings and all, while VRF instances exist,
  // and the next `router bgp` brings the settings back: they are removed before the instance.
  if (whole && identity.vrf !== undefined) return [{ context: [], line: `no ${node.header}` }];
  const header = node.header;
  const commands: Command[] = [];
  const bare = { asn: identity.asn } as SpeakerSpec;
  for (const line of routerSet.plan(node.lines.filter((l) => !belongsToOthers(l)), bare, env)) commands.push({ context: [header], line });
  for (const af of ADDRESS_FAMILY_KEYS) {
    const current = afNode(node, af)?.lines.filter((l) => !belongsToOthers(l)) ?? [];
    for (const line of afKnobs(af).plan(current, {}, env)) commands.push({ context: [header, ADDRESS_FAMILIES[af]], line });
  }
  if (whole) commands.push({ context: [], line: `no ${header}` });
  return commands;
}

function ownership(config: RunningConfig, identity: SpeakerSpec): Ownership {
  const instance = findInstance(config, identity.vrf);
  if (!instance) return { lines: [], contexts: [] };
  const header = instance.node.header;
  const ours = (set: KnobSet) => (line: string) => !belongsToOthers(line) && set.understands(line);
  const lines: Command[] = instance.node.lines.filter(ours(routerSet)).map((line) => ({ context: [header], line }));
  for (const af of ADDRESS_FAMILY_KEYS) {
    const node = afNode(instance.node, af);
    for (const line of node?.lines.filter(ours(afKnobs(af))) ?? []) lines.push({ context: [header, node!.header], line });
  }
  // The instance itself is ours too when nothing else is left in it.
  const whole = !hasForeignLines(instance.node);
  return { lines, contexts: whole ? [[header]] : [] };
}

function hasForeignLines(node: ConfigNode): boolean {
  const foreign = (set: KnobSet | undefined) => (line: string) => belongsToOthers(line) || !set?.understands(line);
  return (
    node.lines.some(foreign(routerSet)) ||
    node.children.some((child) => {
      const af = ADDRESS_FAMILY_KEYS.find((key) => ADDRESS_FAMILIES[key] === child.header);
      return af === undefined || child.lines.some(foreign(afKnobs(af)));
    })
  );
}

function withoutImportVrfs(spec: SpeakerSpec): SpeakerSpec {
  const families = spec.addressFamilies;
  if (families === undefined) return spec;
  const stripped = Object.fromEntries(
    Object.entries(families).map(([af, afSpec]) => {
      if (afSpec === undefined || !("importVrfs" in afSpec)) return [af, afSpec];
      const { importVrfs: _dropped, ...rest } = afSpec;
      return [af, rest];
    }),
  );
  return { ...spec, addressFamilies: stripped as SpeakerSpec["addressFamilies"] };
}

function check(spec: SpeakerSpec, issues: Issue[]): void {
  if (spec.vrf === "default") issues.push({ code: "FRR_CONFLICT", path: "vrf", input: "default", message: "names the default VRF; leave `vrf` unset for the default instance" });
  checkTimers(spec.timers, "timers", issues);
  for (const knob of ["advertiseAllVni", "advertiseSviIp"] as const) {
    if (spec.addressFamilies?.l2vpnEvpn?.[knob] === true && spec.vrf !== undefined) {
      issues.push({ code: "FRR_CONFLICT", path: `addressFamilies.l2vpnEvpn.${knob}`, input: true, message: "is only valid in the default instance; leave `vrf` unset" });
    }
  }
}

export const speaker = defineResource({
  name: "speaker",
  className: "Speaker",
  terraformName: "bgp_speaker",
  summary: "A BGP instance (`router bgp ASN [vrf NAME]`) and its instance-wide settings.",
  description: [
    "Owns the instance-wide settings of one `router bgp` instance and of its address families",
    "(router-id, timers, defaults, redistribution, `import vrf`, ECMP, EVPN advertisement). Neighbors,",
    "listen ranges and advertisements are separate resources that reference the speaker by its `id`.",
    "Deleting a speaker removes the instance only when nothing else is left in it.",
  ].join(" "),
  fields,
  status,
  liveStatus: {
    shows: () => [NEIGHBORS_SHOW],
    read(spec, shows) {
      const neighbors = [...neighborsIn(shows, spec.vrf ?? "default").values()];
      return { routerIdInUse: neighbors.find((n) => n.localRouterId !== undefined)?.localRouterId ?? "", peersEstablished: neighbors.filter((n) => n.bgpState === "Established").length, peersTotal: neighbors.length };
    },
  },
  identity: {
    format: "<asn> or <asn>/vrf/<vrf>",
    examples: ["65000", "4200001000/vrf/vrf_evpnz1"],
    fields: ["asn", "vrf"],
    idOf: (spec) => speakerId(refOf(spec)),
    parseId(id) {
      const ref = parseSpeakerRef(id);
      if (!ref.ok) return { ok: false, message: `expected <asn> or <asn>/vrf/<vrf>, e.g. 65000 or 4200001000/vrf/vrf_evpnz1 (${ref.message})` };
      return { ok: true, identity: { asn: ref.value.asn, ...(ref.value.vrf !== undefined ? { vrf: ref.value.vrf } : {}) } };
    },
  },
  phase: (spec) => (spec.vrf === undefined ? PHASE.speaker : PHASE.vrfSpeaker),
  check,
  model: {
    read,
    render,
    plan,
    ownership,
    withDefaults,
    discover: (config) => allInstances(config).map((i) => ({ asn: i.asn, ...(i.vrf !== undefined ? { vrf: i.vrf } : {}) }) as SpeakerSpec),
    // FRR keeps a VRF instance that another instance still imports from (as an "auto" instance,
    // its listening socket closed), and a default instance deleted while such an instance exists
    // (hidden). Claimed again later, neither listens: dynamic neighbors can no longer connect.
    detached: withoutImportVrfs,
  },
});
