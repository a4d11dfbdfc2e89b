// Reads what BGP speakers report about their sessions and received routes, in one shape for FRR
// (`show bgp ... json`), BIRD (`birdc show ...` text) and GoBGP (`gobgp -j ...`). Pure.

export type Origin = "igp" | "egp" | "incomplete";

export interface ReceivedRoute {
  readonly prefix: string;
  /** Address of the neighbor the route came from. */
  readonly from: string;
  readonly nextHop: string;
  readonly asPath: readonly number[];
  readonly origin?: Origin;
  readonly med?: number;
  readonly localPref?: number;
  /** "65000:100"; well-known communities in the same numeric form ("65535:65281" = no-export). */
  readonly communities: readonly string[];
  /** "65000:1:2" */
  readonly largeCommunities: readonly string[];
  readonly best: boolean;
}

export interface BgpSession {
  readonly neighbor: string;
  readonly remoteAs?: number;
  /** As the daemon names it: "Established", "Active", "Connect", ... */
  readonly state: string;
  readonly established: boolean;
  readonly prefixesReceived?: number;
  /** BIRD: the protocol name. */
  readonly name?: string;
}

type Json = Record<string, unknown>;

const asObject = (v: unknown): Json => (typeof v === "object" && v !== null && !Array.isArray(v) ? (v as Json) : {});
const asArray = (v: unknown): unknown[] => (Array.isArray(v) ? v : []);
const asNumber = (v: unknown): number | undefined => (typeof v === "number" ? v : undefined);
const asString = (v: unknown): string | undefined => (typeof v === "string" ? v : undefined);

/** FRR's JSON names (and CLI names) of well-known communities, as numbers. */
const WELL_KNOWN: Readonly<Record<string, string>> = {
  noExport: "65535:65281",
  "no-export": "65535:65281",
  noAdvertise: "65535:65282",
  "no-advertise": "65535:65282",
  localAs: "65535:65283",
  "local-AS": "65535:65283",
  noPeer: "65535:65284",
  "no-peer": "65535:65284",
  blackhole: "65535:666",
  gracefulShutdown: "65535:0",
  "graceful-shutdown": "65535:0",
  acceptOwn: "65535:1",
  "accept-own": "65535:1",
  llgrStale: "65535:6",
  "llgr-stale": "65535:6",
  noLlgr: "65535:7",
  "no-llgr": "65535:7",
  internet: "0:0",
};

export function normaliseCommunity(text: string): string {
  return WELL_KNOWN[text] ?? text;
}

function parseOrigin(text: string | undefined): Origin | undefined {
  switch (text?.toLowerCase()) {
    case "igp":
    case "i":
      return "igp";
    case "egp":
    case "e":
      return "egp";
    case "incomplete":
    case "?":
      return "incomplete";
    default:
      return undefined;
  }
}

/** Splits concatenated JSON documents (several `-c 'show ... json'` in one vtysh call). */
export function splitJsonDocuments(text: string): unknown[] {
  const out: unknown[] = [];
  let depth = 0;
  let start = -1;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (inString) {
      if (ch === "\\") i++;
      else if (ch === '"') inString = false;
      continue;
    }
    if (ch === '"') inString = true;
    else if (ch === "{" || ch === "[") {
      if (depth === 0) start = i;
      depth++;
    } else if (ch === "}" || ch === "]") {
      depth--;
      if (depth === 0 && start >= 0) {
        out.push(JSON.parse(text.slice(start, i + 1)));
        start = -1;
      }
    }
  }
  return out;
}

/** `show bgp [vrf X] <afi> unicast json` → prefixes that have at least one path from a neighbor. */
export function frrPrefixesFromNeighbors(table: unknown): string[] {
  const routes = asObject(asObject(table)["routes"]);
  return Object.entries(routes)
    .filter(([, paths]) => asArray(paths).some((p) => isNeighborPeerId(asString(asObject(p)["peerId"]))))
    .map(([prefix]) => prefix);
}

function isNeighborPeerId(peerId: string | undefined): boolean {
  return peerId !== undefined && peerId !== "(unspec)" && peerId !== "0.0.0.0" && peerId !== "::";
}

function pickNextHop(nexthops: unknown[]): string {
  const all = nexthops.map(asObject);
  const global = all.find((n) => asString(n["scope"]) !== "link-local" && !(asString(n["ip"]) ?? "").startsWith("fe80:"));
  return asString((global ?? all[0] ?? {})["ip"]) ?? "";
}

/** `show bgp [vrf X] <afi> unicast <prefix> json` → the paths received from neighbors. */
export function frrRoutesFromDetail(detail: unknown): ReceivedRoute[] {
  const doc = asObject(detail);
  const prefix = asString(doc["prefix"]);
  if (prefix === undefined) return [];
  const out: ReceivedRoute[] = [];
  for (const raw of asArray(doc["paths"])) {
    const path = asObject(raw);
    const peerId = asString(asObject(path["peer"])["peerId"]);
    if (!isNeighborPeerId(peerId) || path["local"] === true) continue;
    const segments = asArray(asObject(path["aspath"])["segments"]);
    const med = asNumber(path["metric"]);
    const localPref = asNumber(path["locPrf"]) ?? asNumber(path["localpref"]);
    const origin = parseOrigin(asString(path["origin"]));
    out.push({
      prefix,
      from: peerId ?? "",
      nextHop: pickNextHop(asArray(path["nexthops"])),
      asPath: segments.flatMap((s) => asArray(asObject(s)["list"]).filter((n): n is number => typeof n === "number")),
      ...(origin !== undefined ? { origin } : {}),
      ...(med !== undefined ? { med } : {}),
      ...(localPref !== undefined ? { localPref } : {}),
      communities: asArray(asObject(path["community"])["list"]).filter((c): c is string => typeof c === "string").map(normaliseCommunity),
      largeCommunities: asArray(asObject(path["largeCommunity"])["list"]).filter((c): c is string => typeof c === "string"),
      best: asObject(path["bestpath"])["overall"] === true,
    });
  }
  return out;
}

/** `show bgp [vrf X] summary json` → one session per neighbor (address families merged). */
export function frrSessions(summary: unknown): BgpSession[] {
  const byNeighbor = new Map<string, BgpSession>();
  for (const family of Object.values(asObject(summary))) {
    for (const [neighbor, raw] of Object.entries(asObject(asObject(family)["peers"]))) {
      const peer = asObject(raw);
      const state = asString(peer["state"]) ?? "unknown";
      const previous = byNeighbor.get(neighbor);
      const received = (previous?.prefixesReceived ?? 0) + (asNumber(peer["pfxRcd"]) ?? 0);
      const remoteAs = asNumber(peer["remoteAs"]);
      byNeighbor.set(neighbor, {
        neighbor,
        state,
        established: state === "Established",
        prefixesReceived: received,
        ...(remoteAs !== undefined ? { remoteAs } : {}),
      });
    }
  }
  return [...byNeighbor.values()];
}

/** `birdc show route all` → BGP routes (other protocols' routes are skipped), keyed by protocol name in `from`. */
export function birdRoutes(text: string): ReceivedRoute[] {
  const out: ReceivedRoute[] = [];
  let prefix = "";
  let current: { protocol: string; best: boolean; attrs: Map<string, string> } | undefined;
  const flush = (): void => {
    if (current === undefined || !current.attrs.has("BGP.as_path")) return;
    const a = current.attrs;
    const med = a.get("BGP.med");
    const localPref = a.get("BGP.local_pref");
    const origin = parseOrigin(a.get("BGP.origin"));
    out.push({
      prefix,
      from: current.protocol,
      nextHop: (a.get("BGP.next_hop") ?? "").split(/\s+/)[0] ?? "",
      asPath: (a.get("BGP.as_path") ?? "").split(/\s+/).filter((x) => /^\d+$/.test(x)).map(Number),
      ...(origin !== undefined ? { origin } : {}),
      ...(med !== undefined ? { med: Number(med) } : {}),
      ...(localPref !== undefined ? { localPref: Number(localPref) } : {}),
      communities: [...(a.get("BGP.community") ?? "").matchAll(/\((\d+),\s*(\d+)\)/g)].map((m) => `${m[1]}:${m[2]}`),
      largeCommunities: [...(a.get("BGP.large_community") ?? "").matchAll(/\((\d+),\s*(\d+),\s*(\d+)\)/g)].map((m) => `${m[1]}:${m[2]}:${m[3]}`),
      best: current.best,
    });
  };
  for (const line of text.split("\n")) {
    const route = /^(\S+)?\s+(?:unicast|blackhole|unreachable|prohibit|\w+)\s+\[(\S+)\s[^\]]*\](\s+\*)?/.exec(line);
    if (route !== null && !line.startsWith("\t") && !line.startsWith("Table") && !/^BIRD /.test(line)) {
      flush();
      if (route[1] !== undefined) prefix = route[1];
      current = { protocol: route[2] ?? "", best: route[3] !== undefined, attrs: new Map() };
      continue;
    }
    const attr = /^\s+(BGP\.\w+):\s*(.*)$/.exec(line);
    if (attr !== null && current !== undefined) current.attrs.set(attr[1] ?? "", (attr[2] ?? "").trim());
  }
  flush();
  return out;
}

/** `birdc show protocols all` → BGP sessions. */
export function birdSessions(text: string): BgpSession[] {
  const out: BgpSession[] = [];
  const blocks = text.split(/\n(?=\S)/);
  for (const block of blocks) {
    const header = /^(\S+)\s+BGP\s+\S+\s+(\S+)/.exec(block);
    if (header === null) continue;
    const bgpState = /BGP state:\s+(\S+)/.exec(block)?.[1] ?? header[2] ?? "unknown";
    const neighbor = /Neighbor address:\s+(\S+)/.exec(block)?.[1] ?? "";
    const remoteAs = /Neighbor AS:\s+(\d+)/.exec(block)?.[1];
    const imported = [...block.matchAll(/Routes:\s+(\d+) imported/g)].reduce((sum, m) => sum + Number(m[1]), 0);
    out.push({
      neighbor,
      name: header[1] ?? "",
      state: bgpState,
      established: bgpState === "Established",
      prefixesReceived: imported,
      ...(remoteAs !== undefined ? { remoteAs: Number(remoteAs) } : {}),
    });
  }
  return out;
}

function gobgpCommunity(n: number): string {
  return `${Math.floor(n / 65536)}:${n % 65536}`;
}

/** `gobgp -j global rib -a <family>` → paths learned from neighbors (locally originated ones are skipped). */
export function gobgpRoutes(json: unknown): ReceivedRoute[] {
  const out: ReceivedRoute[] = [];
  for (const [prefix, paths] of Object.entries(asObject(json))) {
    for (const raw of asArray(paths)) {
      const path = asObject(raw);
      const from = asString(path["neighbor-ip"]);
      if (from === undefined || from === "" || from === "<nil>") continue;
      let nextHop = "";
      let asPath: number[] = [];
      let origin: Origin | undefined;
      let med: number | undefined;
      let localPref: number | undefined;
      let communities: string[] = [];
      let largeCommunities: string[] = [];
      for (const rawAttr of asArray(path["attrs"])) {
        const attr = asObject(rawAttr);
        switch (asNumber(attr["type"])) {
          case 1:
            origin = (["igp", "egp", "incomplete"] as const)[asNumber(attr["value"]) ?? -1];
            break;
          case 2:
            asPath = asArray(attr["as_paths"]).flatMap((s) => asArray(asObject(s)["asns"]).filter((n): n is number => typeof n === "number"));
            break;
          case 3:
            nextHop = asString(attr["nexthop"]) ?? nextHop;
            break;
          case 4:
            med = asNumber(attr["metric"]);
            break;
          case 5:
            localPref = asNumber(attr["value"]);
            break;
          case 8:
            communities = asArray(attr["communities"]).filter((n): n is number => typeof n === "number").map(gobgpCommunity);
            break;
          case 14:
            nextHop = asString(attr["nexthop"]) ?? nextHop;
            break;
          case 32:
            largeCommunities = asArray(attr["value"]).map((v) => {
              const c = asObject(v);
              const global = asNumber(c["ASN"]) ?? asNumber(c["asn"]) ?? asNumber(c["global_admin"]) ?? 0;
              return `${global}:${asNumber(c["LocalData1"]) ?? asNumber(c["local_data1"]) ?? 0}:${asNumber(c["LocalData2"]) ?? asNumber(c["local_data2"]) ?? 0}`;
            });
            break;
          default:
            break;
        }
      }
      out.push({
        prefix: asString(asObject(path["nlri"])["prefix"]) ?? prefix,
        from,
        nextHop,
        asPath,
        ...(origin !== undefined ? { origin } : {}),
        ...(med !== undefined ? { med } : {}),
        ...(localPref !== undefined ? { localPref } : {}),
        communities,
        largeCommunities,
        best: path["best"] === true,
      });
    }
  }
  return out;
}

const GOBGP_STATES = ["unknown", "Idle", "Connect", "Active", "OpenSent", "OpenConfirm", "Established"];

/** `gobgp -j neighbor` → sessions. */
export function gobgpSessions(json: unknown): BgpSession[] {
  return asArray(json).map((raw) => {
    const n = asObject(raw);
    const conf = asObject(n["conf"]);
    const st = asObject(n["state"]);
    const rawState = st["session_state"];
    const state = typeof rawState === "number" ? (GOBGP_STATES[rawState] ?? String(rawState)) : (asString(rawState) ?? "unknown");
    const remoteAs = asNumber(conf["peer_asn"]) ?? asNumber(st["peer_asn"]);
    const received = asArray(n["afi_safis"]).reduce<number>((sum, af) => sum + (asNumber(asObject(asObject(af)["state"])["received"]) ?? 0), 0);
    return {
      neighbor: asString(conf["neighbor_address"]) ?? asString(st["neighbor_address"]) ?? "",
      state: state.charAt(0).toUpperCase() + state.slice(1),
      established: /^established$/i.test(state),
      prefixesReceived: received,
      ...(remoteAs !== undefined ? { remoteAs } : {}),
    };
  });
}
