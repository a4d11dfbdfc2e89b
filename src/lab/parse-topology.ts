// Topology YAML → Topology. Every problem is collected with its path before failing, so one run
// shows all of them. Pure: no file or network access.

import YAML from "yaml";
import { ValidationError, type Issue, type IssueCode } from "../errors";
import { parseAsn } from "../values/asn";
import { parseIpAddress, parsePrefix, prefixContains } from "../values/ip";
import { parseInterfaceName, parseName, VRF_NAME } from "../values/names";
import { parsePassword } from "../values/text";
import { parseInterfaceAddress, prefixesOverlap, type InterfaceAddress } from "./interface-address";
import {
  DEFAULTS_PROFILES,
  FRR_TRACKS,
  PEER_DAEMONS,
  type DefaultsProfile,
  type FrrTrack,
  type HostSpec,
  type LinkEnd,
  type LinkSpec,
  type PeerDaemon,
  type PeerSpec,
  type StaticRoute,
  type Topology,
} from "./topology";

/** Lab names have no "-" so that `fil-<lab>-` prefixes of two labs can never match each other. */
export const LAB_NAME = /^[a-z][a-z0-9]{0,11}$/;
/** Node and link names become interface names (15 characters at most) and namespace names. */
export const NODE_NAME = /^[a-z](?:[a-z0-9-]{0,13}[a-z0-9])?$/;
export const RESERVED_NAMES: readonly string[] = ["mgmt"];
const RESERVED_INTERFACES: readonly string[] = ["lo", "mgmt0"];

type Json = Record<string, unknown>;

class Collector {
  readonly issues: Issue[] = [];
  add(code: IssueCode, path: string, message: string, input?: unknown): undefined {
    this.issues.push(input === undefined ? { code, path, message } : { code, path, input, message });
    return undefined;
  }
}

function isObject(value: unknown): value is Json {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

function join(path: string, key: string | number): string {
  if (typeof key === "number") return `${path}[${key}]`;
  return path === "" ? key : `${path}.${key}`;
}

function readObject(c: Collector, value: unknown, path: string, allowed: readonly string[]): Json | undefined {
  if (!isObject(value)) {
    return c.add("FRR_INVALID_TYPE", path, `is ${describe(value)}; expected a mapping with keys ${allowed.join(", ")}`);
  }
  for (const key of Object.keys(value)) {
    if (!allowed.includes(key)) c.add("FRR_UNKNOWN_FIELD", join(path, key), `is not a known field; expected one of ${allowed.join(", ")}`);
  }
  return value;
}

function describe(value: unknown): string {
  if (value === null || value === undefined) return "empty";
  if (Array.isArray(value)) return "a list";
  return `a ${typeof value}`;
}

function readString(c: Collector, obj: Json, key: string, path: string, required: boolean): string | undefined {
  const value = obj[key];
  if (value === undefined || value === null) {
    return required ? c.add("FRR_REQUIRED", join(path, key), "is required") : undefined;
  }
  // YAML reads `frr: 8.4` as a number; the version is meant as text.
  if (typeof value === "number") return String(value);
  if (typeof value !== "string") return c.add("FRR_INVALID_TYPE", join(path, key), `is ${describe(value)}; expected text`);
  return value;
}

function readChoice<T extends string>(c: Collector, obj: Json, key: string, path: string, choices: readonly T[], fallback?: T): T | undefined {
  const value = readString(c, obj, key, path, fallback === undefined);
  if (value === undefined) return fallback;
  if (!(choices as readonly string[]).includes(value)) {
    return c.add("FRR_INVALID_CHOICE", join(path, key), `is not one of ${choices.map((x) => `"${x}"`).join(", ")}`, value);
  }
  return value as T;
}

function readBoolean(c: Collector, obj: Json, key: string, path: string, fallback: boolean): boolean {
  const value = obj[key];
  if (value === undefined || value === null) return fallback;
  if (typeof value !== "boolean") {
    c.add("FRR_INVALID_TYPE", join(path, key), `is ${describe(value)}; expected true or false`, value);
    return fallback;
  }
  return value;
}

function readList(c: Collector, obj: Json, key: string, path: string): unknown[] {
  const value = obj[key];
  if (value === undefined || value === null) return [];
  if (!Array.isArray(value)) {
    c.add("FRR_INVALID_TYPE", join(path, key), `is ${describe(value)}; expected a list`);
    return [];
  }
  return value;
}

function readAddresses(c: Collector, values: unknown[], path: string): InterfaceAddress[] {
  const out: InterfaceAddress[] = [];
  values.forEach((value, index) => {
    const parsed = parseInterfaceAddress(value);
    if (parsed.ok) out.push(parsed.value);
    else c.add(parsed.code, join(path, index), parsed.message, value);
  });
  return out;
}

function readNodeName(c: Collector, name: string, path: string): boolean {
  if (!NODE_NAME.test(name)) {
    c.add("FRR_INVALID_NAME", path, "is not a node or link name: 1 to 15 characters, lower-case letters, digits and \"-\", starting with a letter, not ending with \"-\"", name);
    return false;
  }
  if (RESERVED_NAMES.includes(name)) {
    c.add("FRR_INVALID_NAME", path, `is reserved (the management namespace is called "${name}"); pick another name`, name);
    return false;
  }
  return true;
}

function readRoutes(c: Collector, obj: Json, path: string): StaticRoute[] {
  const routes: StaticRoute[] = [];
  readList(c, obj, "routes", path).forEach((raw, index) => {
    const at = join(join(path, "routes"), index);
    const r = readObject(c, raw, at, ["to", "via", "blackhole", "vrf"]);
    if (!r) return;
    const to = parsePrefix(r["to"]);
    if (!to.ok) {
      c.add(r["to"] === undefined ? "FRR_REQUIRED" : to.code, join(at, "to"), r["to"] === undefined ? "is required" : to.message, r["to"]);
      return;
    }
    const blackhole = readBoolean(c, r, "blackhole", at, false);
    const vrf = readString(c, r, "vrf", at, false);
    let via: string | undefined;
    if (r["via"] !== undefined) {
      const parsed = parseIpAddress(r["via"]);
      if (!parsed.ok) return c.add(parsed.code, join(at, "via"), parsed.message, r["via"]);
      via = parsed.value;
      if (via.includes(":") !== to.value.includes(":")) {
        return c.add("FRR_CONFLICT", join(at, "via"), `is not of the same address family as the destination "${to.value}"`, via);
      }
    }
    if ((via === undefined) === !blackhole) {
      return c.add("FRR_CONFLICT", at, "needs exactly one of `via: <gateway>` or `blackhole: true`");
    }
    routes.push({ to: to.value, blackhole, ...(via !== undefined ? { via } : {}), ...(vrf !== undefined ? { vrf } : {}) });
  });
  return routes;
}

function readStrings(c: Collector, obj: Json, key: string, path: string): string[] {
  const out: string[] = [];
  readList(c, obj, key, path).forEach((value, index) => {
    if (typeof value !== "string") c.add("FRR_INVALID_TYPE", join(join(path, key), index), `is ${describe(value)}; expected text`);
    else out.push(value);
  });
  return out;
}

const HOST_FIELDS = ["frr", "defaults", "management", "loopback", "routes", "vrfs", "forwarding", "config"] as const;

function readHost(c: Collector, name: string, raw: unknown, path: string): HostSpec | undefined {
  const h = readObject(c, raw ?? {}, path, HOST_FIELDS);
  if (!h) return undefined;
  const frr = readChoice<FrrTrack>(c, h, "frr", path, FRR_TRACKS);
  const defaults = readChoice<DefaultsProfile>(c, h, "defaults", path, DEFAULTS_PROFILES, "traditional");
  let management: string | undefined;
  if (h["management"] !== undefined) {
    const parsed = parseIpAddress(h["management"], "ipv4");
    if (parsed.ok) management = parsed.value;
    else c.add(parsed.code, join(path, "management"), parsed.message, h["management"]);
  }
  const vrfs: string[] = [];
  readList(c, h, "vrfs", path).forEach((value, index) => {
    const parsed = parseName(value, VRF_NAME);
    if (!parsed.ok) return c.add(parsed.code, join(join(path, "vrfs"), index), parsed.message, value);
    if (parsed.value === "default") return c.add("FRR_INVALID_NAME", join(join(path, "vrfs"), index), "is the default VRF, which every host has; list only the extra VRFs", value);
    if (vrfs.includes(parsed.value)) return c.add("FRR_CONFLICT", join(join(path, "vrfs"), index), "is listed twice", value);
    vrfs.push(parsed.value);
  });
  const config = readString(c, h, "config", path, false) ?? "";
  const host: HostSpec = {
    role: "host",
    name,
    frr: frr ?? "8.4",
    defaults: defaults ?? "traditional",
    vrfs,
    config,
    loopback: readAddresses(c, readList(c, h, "loopback", path), join(path, "loopback")),
    routes: readRoutes(c, h, path),
    forwarding: readBoolean(c, h, "forwarding", path, true),
    ...(management !== undefined ? { management } : {}),
  };
  return frr === undefined ? undefined : host;
}

const PEER_FIELDS = [
  "daemon", "asn", "frr", "defaults", "configFormat", "config", "password", "announces", "run", "description", "loopback", "routes", "forwarding",
] as const;

function readPeer(c: Collector, name: string, raw: unknown, path: string): PeerSpec | undefined {
  const p = readObject(c, raw, path, PEER_FIELDS);
  if (!p) return undefined;
  const daemon = readChoice<PeerDaemon>(c, p, "daemon", path, PEER_DAEMONS);
  let asn: number | undefined;
  if (p["asn"] === undefined) c.add("FRR_REQUIRED", join(path, "asn"), "is required");
  else {
    const parsed = parseAsn(p["asn"]);
    if (parsed.ok) asn = parsed.value;
    else c.add(parsed.code, join(path, "asn"), parsed.message, p["asn"]);
  }
  const config = readString(c, p, "config", path, true);
  if (daemon !== undefined && daemon !== "frr") {
    for (const key of ["frr", "defaults"]) {
      if (p[key] !== undefined) c.add("FRR_CONFLICT", join(path, key), `only applies to daemon "frr"; this peer runs "${daemon}"`);
    }
  }
  if (daemon !== undefined && daemon !== "gobgp" && p["configFormat"] !== undefined) {
    c.add("FRR_CONFLICT", join(path, "configFormat"), `only applies to daemon "gobgp"; this peer runs "${daemon}"`);
  }
  const frr = readChoice<FrrTrack>(c, p, "frr", path, FRR_TRACKS, "8.4") ?? "8.4";
  const defaults = readChoice<DefaultsProfile>(c, p, "defaults", path, DEFAULTS_PROFILES, "traditional") ?? "traditional";
  const configFormat = readChoice(c, p, "configFormat", path, ["toml", "yaml"] as const, "toml") ?? "toml";
  let password: string | undefined;
  if (p["password"] !== undefined) {
    const parsed = parsePassword(p["password"]);
    if (!parsed.ok) c.add(parsed.code, join(path, "password"), parsed.message);
    else if (config !== undefined && !config.includes(parsed.value)) {
      c.add("FRR_CONFLICT", join(path, "password"), "does not appear in `config`; the password listed for the hosts must be the one the daemon is configured with");
    } else password = parsed.value;
  }
  const announces: string[] = [];
  readList(c, p, "announces", path).forEach((value, index) => {
    const parsed = parsePrefix(value);
    if (parsed.ok) announces.push(parsed.value);
    else c.add(parsed.code, join(join(path, "announces"), index), parsed.message, value);
  });
  const description = readString(c, p, "description", path, false);
  if (daemon === undefined || asn === undefined || config === undefined) return undefined;
  return {
    role: "peer",
    name,
    daemon,
    asn,
    frr,
    defaults,
    configFormat,
    config,
    announces,
    run: readStrings(c, p, "run", path),
    loopback: readAddresses(c, readList(c, p, "loopback", path), join(path, "loopback")),
    routes: readRoutes(c, p, path),
    forwarding: readBoolean(c, p, "forwarding", path, true),
    ...(password !== undefined ? { password } : {}),
    ...(description !== undefined ? { description } : {}),
  };
}

function readLink(c: Collector, name: string, raw: unknown, path: string): LinkSpec | undefined {
  if (!isObject(raw)) return c.add("FRR_INVALID_TYPE", path, `is ${describe(raw)}; expected a mapping of node name to its addresses on this link`);
  const ends: LinkEnd[] = [];
  for (const [node, value] of Object.entries(raw)) {
    const at = join(path, node);
    if (Array.isArray(value)) {
      ends.push({ node, addresses: readAddresses(c, value, at) });
      continue;
    }
    const e = readObject(c, value ?? {}, at, ["addresses", "ifname", "vrf"]);
    if (!e) continue;
    let ifname: string | undefined;
    if (e["ifname"] !== undefined) {
      const parsed = parseInterfaceName(e["ifname"]);
      if (!parsed.ok) c.add(parsed.code, join(at, "ifname"), parsed.message, e["ifname"]);
      else if (RESERVED_INTERFACES.includes(parsed.value)) c.add("FRR_INVALID_NAME", join(at, "ifname"), "is used by the lab itself; pick another name", parsed.value);
      else ifname = parsed.value;
    }
    const vrf = readString(c, e, "vrf", at, false);
    ends.push({
      node,
      addresses: readAddresses(c, readList(c, e, "addresses", at), join(at, "addresses")),
      ...(ifname !== undefined ? { ifname } : {}),
      ...(vrf !== undefined ? { vrf } : {}),
    });
  }
  if (ends.length < 2) c.add("FRR_CONFLICT", path, `has ${ends.length} end(s); a link joins at least two nodes`);
  return { name, ends };
}

function readSection<T>(c: Collector, doc: Json, key: string, read: (name: string, raw: unknown, path: string) => T | undefined): T[] {
  const value = doc[key];
  if (value === undefined || value === null) return [];
  if (!isObject(value)) {
    c.add("FRR_INVALID_TYPE", key, `is ${describe(value)}; expected a mapping of name to definition`);
    return [];
  }
  const out: T[] = [];
  for (const [name, raw] of Object.entries(value)) {
    const path = join(key, name);
    if (!readNodeName(c, name, path)) continue;
    const item = read(name, raw, path);
    if (item !== undefined) out.push(item);
  }
  return out;
}

/** Parses and checks a topology document; throws a ValidationError listing every issue. */
export function parseTopology(text: string, source: string): Topology {
  let doc: unknown;
  try {
    doc = YAML.parse(text, { prettyErrors: true, uniqueKeys: true });
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    throw new ValidationError(`topology ${source}`, [{ code: "FRR_INVALID_TYPE", path: "", message: `is not valid YAML: ${message}` }]);
  }
  return checkTopology(doc, source);
}

export function checkTopology(doc: unknown, source: string): Topology {
  const c = new Collector();
  const top = readObject(c, doc, "", ["name", "description", "management", "hosts", "peers", "links"]);
  if (!top) throw new ValidationError(`topology ${source}`, c.issues);
  const name = readString(c, top, "name", "", true);
  if (name !== undefined && !LAB_NAME.test(name)) {
    c.add("FRR_INVALID_NAME", "name", "is not a lab name: 1 to 12 lower-case letters and digits, starting with a letter (no \"-\")", name);
  }
  const description = readString(c, top, "description", "", false);
  let management: string | undefined;
  const rawManagement = top["management"];
  if (rawManagement === undefined) c.add("FRR_REQUIRED", "management", 'is required: the IPv4 prefix of the management segment, e.g. "172.30.1.0/24"');
  else {
    const parsed = parsePrefix(rawManagement, "ipv4");
    if (!parsed.ok) c.add(parsed.code, "management", parsed.message, rawManagement);
    else if (Number(parsed.value.split("/")[1]) > 26 || Number(parsed.value.split("/")[1]) < 8) {
      c.add("FRR_INVALID_PREFIX", "management", "should be between a /8 and a /26 (the lab numbers hosts from the 11th address)", rawManagement);
    } else management = parsed.value;
  }
  const hosts = readSection(c, top, "hosts", (n, raw, path) => readHost(c, n, raw, path));
  const peers = readSection(c, top, "peers", (n, raw, path) => readPeer(c, n, raw, path));
  const links = readSection(c, top, "links", (n, raw, path) => readLink(c, n, raw, path));
  if (hosts.length === 0 && top["hosts"] !== undefined) c.add("FRR_REQUIRED", "hosts", "lists no valid host");

  const topology: Topology = {
    name: name ?? "",
    management: management ?? "",
    hosts,
    peers,
    links,
    ...(description !== undefined ? { description } : {}),
  };
  crossCheck(c, topology);
  if (c.issues.length > 0) throw new ValidationError(`topology ${source}`, c.issues);
  return topology;
}

function crossCheck(c: Collector, t: Topology): void {
  const kinds = new Map<string, string>();
  const claim = (name: string, kind: string, path: string): void => {
    const previous = kinds.get(name);
    if (previous !== undefined) c.add("FRR_CONFLICT", path, `is already the name of a ${previous}; hosts, peers and links share one namespace of names`, name);
    else kinds.set(name, kind);
  };
  t.hosts.forEach((h) => claim(h.name, "host", `hosts.${h.name}`));
  t.peers.forEach((p) => claim(p.name, "peer", `peers.${p.name}`));
  t.links.forEach((l) => claim(l.name, "link", `links.${l.name}`));
  const hosts = new Map(t.hosts.map((h) => [h.name, h]));
  const nodes = new Set([...t.hosts.map((h) => h.name), ...t.peers.map((p) => p.name)]);

  // Interface names and addresses must be unique inside one network namespace (node + VRF).
  const interfaces = new Map<string, string>();
  const addresses = new Map<string, string>();
  const place = (node: string, vrf: string | undefined): string => `${node}${vrf === undefined ? "" : ` vrf ${vrf}`}`;
  const claimAddress = (where: string, a: InterfaceAddress, path: string): void => {
    const key = `${where}|${a.address}`;
    const previous = addresses.get(key);
    if (previous !== undefined) c.add("FRR_CONFLICT", path, `is already configured on ${where} at ${previous}`, a.address);
    else addresses.set(key, path);
  };
  for (const node of [...t.hosts, ...t.peers]) {
    node.loopback.forEach((a, i) => claimAddress(place(node.name, undefined), a, `${node.role}s.${node.name}.loopback[${i}]`));
  }
  for (const link of t.links) {
    const onLink = new Map<string, string>();
    const segment = link.ends.length > 2;
    for (const end of link.ends) {
      const path = `links.${link.name}.${end.node}`;
      if (!nodes.has(end.node)) {
        c.add("FRR_CONFLICT", path, `names no host or peer; known nodes: ${[...nodes].join(", ") || "none"}`, end.node);
        continue;
      }
      if (end.vrf !== undefined) {
        const host = hosts.get(end.node);
        if (host === undefined) c.add("FRR_CONFLICT", `${path}.vrf`, "is only possible on a host (peers have no VRFs)", end.vrf);
        else if (!host.vrfs.includes(end.vrf)) c.add("FRR_CONFLICT", `${path}.vrf`, `is not one of the VRFs of host ${end.node} (${host.vrfs.join(", ") || "none"}); add it to hosts.${end.node}.vrfs`, end.vrf);
      }
      const others = link.ends.filter((e) => e !== end);
      const ifname = end.ifname ?? (segment ? link.name : (others[0]?.node ?? link.name));
      const where = place(end.node, end.vrf);
      const ifKey = `${where}|${ifname}`;
      const previous = interfaces.get(ifKey);
      if (previous !== undefined) {
        c.add("FRR_CONFLICT", path, `would create interface "${ifname}" on ${where}, which link ${previous} already uses; set \`ifname\` on one of them`);
      } else interfaces.set(ifKey, link.name);
      end.addresses.forEach((a, i) => {
        claimAddress(where, a, `${path}[${i}]`);
        const seen = onLink.get(a.address);
        if (seen !== undefined) c.add("FRR_CONFLICT", `${path}[${i}]`, `is also used by ${seen} on the same link`, a.address);
        onLink.set(a.address, end.node);
      });
    }
  }
  for (const node of [...t.hosts, ...t.peers]) {
    node.routes.forEach((r, i) => {
      if (r.vrf === undefined) return;
      const host = hosts.get(node.name);
      if (host === undefined || !host.vrfs.includes(r.vrf)) {
        c.add("FRR_CONFLICT", `${node.role}s.${node.name}.routes[${i}].vrf`, `is not a VRF of ${node.name}`, r.vrf);
      }
    });
  }

  if (t.management !== "") {
    const inside: string[] = [];
    t.hosts.forEach((h) => {
      if (h.management === undefined) return;
      if (!prefixContains(t.management, `${h.management}/32`)) {
        c.add("FRR_CONFLICT", `hosts.${h.name}.management`, `is outside the management prefix ${t.management}`, h.management);
      } else if (inside.includes(h.management)) {
        c.add("FRR_CONFLICT", `hosts.${h.name}.management`, "is used by another host", h.management);
      }
      inside.push(h.management);
    });
    for (const [path, prefix] of dataPlanePrefixes(t)) {
      if (prefixesOverlap(prefix, t.management)) {
        c.add("FRR_CONFLICT", path, `overlaps the management prefix ${t.management}; keep management and data plane apart`, prefix);
      }
    }
  }
}

/** Every prefix the data plane uses, with where it comes from. Default routes are not prefixes of anything. */
export function dataPlanePrefixes(t: Topology): Array<[path: string, prefix: string]> {
  const out: Array<[string, string]> = [];
  for (const node of [...t.hosts, ...t.peers]) {
    node.loopback.forEach((a, i) => out.push([`${node.role}s.${node.name}.loopback[${i}]`, a.network]));
    node.routes.forEach((r, i) => {
      if (!r.to.endsWith("/0")) out.push([`${node.role}s.${node.name}.routes[${i}].to`, r.to]);
    });
  }
  for (const link of t.links) {
    for (const end of link.ends) end.addresses.forEach((a, i) => out.push([`links.${link.name}.${end.node}[${i}]`, a.network]));
  }
  return out;
}
