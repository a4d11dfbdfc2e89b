// Sessions and per-peer routes, for `frr-iac status`, the Terraform data sources and the Pulumi
// functions. Pure: show commands to run, and parsers for what FRR prints (8.4 and 10.x shapes).
import { isDynamic, NEIGHBORS_SHOW, neighborsByVrf } from "./show-json";

export interface Session {
  readonly vrf: string;
  readonly neighbor: string;
  readonly remoteAs: number;
  readonly state: string;
  readonly established: boolean;
  readonly uptimeSeconds: number;
  readonly prefixesReceived: number;
  readonly prefixesSent: number;
  readonly lastResetReason: string;
  readonly peerGroup: string;
  readonly dynamic: boolean;
}

export function sessionsShows(): string[] {
  return [NEIGHBORS_SHOW];
}

export function parseSessions(shows: Readonly<Record<string, string>>, vrf?: string): Session[] {
  const sessions: Session[] = [];
  for (const [vrfName, neighbors] of neighborsByVrf(shows[NEIGHBORS_SHOW])) {
    if (vrf !== undefined && vrf !== vrfName) continue;
    for (const [neighbor, n] of neighbors) {
      let received = 0;
      let sent = 0;
      for (const af of Object.values(n.addressFamilyInfo ?? {})) {
        received += af.acceptedPrefixCounter ?? 0;
        sent += af.sentPrefixCounter ?? 0;
      }
      const established = n.bgpState === "Established";
      sessions.push({
        vrf: vrfName,
        neighbor,
        remoteAs: n.remoteAs ?? 0,
        state: n.bgpState ?? "Unknown",
        established,
        uptimeSeconds: established ? Math.floor((n.bgpTimerUpMsec ?? 0) / 1000) : 0,
        prefixesReceived: received,
        prefixesSent: sent,
        lastResetReason: n.lastResetDueTo ?? "",
        peerGroup: n.peerGroup ?? "",
        dynamic: isDynamic(n),
      });
    }
  }
  return sessions.sort((a, b) => (a.vrf + a.neighbor < b.vrf + b.neighbor ? -1 : 1));
}

export type RouteStatus = "accepted" | "rejected";

export interface PeerRoute {
  readonly prefix: string;
  readonly nextHop: string;
  readonly asPath: string;
  readonly status: RouteStatus;
  /** Why a route was rejected, as far as frr-iac can tell. */
  readonly reason: string;
}

export interface PeerRoutes {
  /** Whether FRR kept received routes before policy (soft-reconfiguration inbound). */
  readonly receivedKnown: boolean;
  readonly routes: readonly PeerRoute[];
}

export function routesShows(vrf: string, family: "ipv4" | "ipv6", neighbor: string): { received: string; accepted: string } {
  const base = `show bgp vrf ${vrf} ${family} unicast neighbors ${neighbor}`;
  return { received: `${base} received-routes json`, accepted: `${base} routes json` };
}

interface RouteJson {
  readonly nextHop?: string;
  readonly nexthops?: readonly { readonly ip?: string }[];
  readonly path?: string;
  readonly aspath?: string | { readonly string?: string };
}

function routeTable(json: string | undefined, key: "receivedRoutes" | "routes"): Map<string, RouteJson> {
  const table = new Map<string, RouteJson>();
  if (!json) return table;
  let doc: Record<string, unknown>;
  try {
    doc = JSON.parse(json) as Record<string, unknown>;
  } catch {
    return table;
  }
  const routes = (doc[key] ?? doc["routes"] ?? {}) as Record<string, unknown>;
  for (const [prefix, entry] of Object.entries(routes)) {
    const first = Array.isArray(entry) ? (entry[0] as RouteJson | undefined) : (entry as RouteJson);
    if (first) table.set(prefix, first);
  }
  return table;
}

function rejectionReason(asPath: string, inboundPolicy: string, localAs: number | undefined): string {
  if (localAs !== undefined && asPath.split(/[\s{},]+/).includes(String(localAs))) return `AS-path loop: the path already contains our AS ${localAs}`;
  if (inboundPolicy !== "") return `filtered by inbound ${inboundPolicy}`;
  return "rejected by FRR (no inbound policy: eBGP without a policy under ebgp-requires-policy, or a maximum-prefix limit)";
}

const nextHopOf = (route: RouteJson) => route.nextHop ?? route.nexthops?.[0]?.ip ?? "";
const asPathOf = (route: RouteJson) => (typeof route.aspath === "object" ? (route.aspath.string ?? "") : (route.aspath ?? route.path ?? ""));

/**
 * Routes a peer sent: accepted (in the BGP table after inbound policy) and, when FRR kept them
 * (soft-reconfiguration inbound), rejected ones with the inbound policy that filtered them.
 */
export function parsePeerRoutes(received: string | undefined, accepted: string | undefined, inboundPolicy: string, localAs?: number): PeerRoutes {
  const acceptedTable = routeTable(accepted, "routes");
  const receivedTable = routeTable(received, "receivedRoutes");
  const receivedKnown = received !== undefined && !/not enabled|soft-reconfiguration/i.test(received) && received.trim().startsWith("{");
  const routes: PeerRoute[] = [];
  for (const [prefix, route] of acceptedTable) routes.push({ prefix, nextHop: nextHopOf(route), asPath: asPathOf(route), status: "accepted", reason: "" });
  if (receivedKnown) {
    for (const [prefix, route] of receivedTable) {
      if (acceptedTable.has(prefix)) continue;
      const asPath = asPathOf(route);
      routes.push({ prefix, nextHop: nextHopOf(route), asPath, status: "rejected", reason: rejectionReason(asPath, inboundPolicy, localAs) });
    }
  }
  return { receivedKnown, routes: routes.sort((a, b) => (a.prefix < b.prefix ? -1 : a.prefix > b.prefix ? 1 : 0)) };
}
