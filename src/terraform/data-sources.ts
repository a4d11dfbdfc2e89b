// Terraform data sources for live status: `frr_bgp_sessions` and `frr_bgp_routes`.
import { parsePeerRoutes, parseSessions, routesShows, sessionsShows } from "../frr/bgp-report";
import { isDynamic, NEIGHBORS_SHOW, neighborsByVrf } from "../frr/show-json";
import { parseRunningConfig } from "../frr/config-tree";
import { inboundPolicyOf } from "../frr/inbound-policy";
import type { Engine } from "../engine/engine";
import { findInstance } from "../resources/bgp-instance";
import { familyOf } from "../values/ip";
import type { Block } from "./protocol/schema";
import type { ObjectValue } from "./protocol/value";

const str = (description: string) => ({ type: "string" as const, computed: true, description });
const num = (description: string) => ({ type: "number" as const, computed: true, description });
const flag = (description: string) => ({ type: "bool" as const, computed: true, description });

export interface DataSource {
  readonly block: Block;
  read<C>(engine: Engine<C>, connection: C, config: ObjectValue): Promise<ObjectValue>;
}

const sessions: DataSource = {
  block: {
    description: "BGP sessions of the host and their live state, from `show bgp vrf all neighbors json`.",
    attributes: {
      vrf: { type: "string", optional: true, description: "Only sessions of this VRF (`default` for the default VRF)." },
      sessions: {
        computed: true,
        description: "One entry per neighbor, including dynamic ones.",
        nestedType: {
          nesting: "list",
          attributes: {
            vrf: str("VRF of the session."),
            neighbor: str("Neighbor address or interface."),
            remote_as: num("The neighbor's AS."),
            state: str("BGP state (Established, Active, ...)."),
            established: flag("Whether the session is Established."),
            uptime_seconds: num("Seconds since the session came up (0 when down)."),
            prefixes_received: num("Prefixes accepted from the neighbor."),
            prefixes_sent: num("Prefixes sent to the neighbor."),
            last_reset_reason: str("Why the session last went down."),
            peer_group: str("Peer-group of the neighbor, if any."),
            dynamic: flag("Whether the neighbor came in through a listen range."),
          },
        },
      },
    },
  },
  async read(engine, connection, config) {
    const vrf = typeof config["vrf"] === "string" ? config["vrf"] : undefined;
    const data = await engine.shows(connection, sessionsShows());
    const dynamic = dynamicNeighbors(data.shows[NEIGHBORS_SHOW]);
    const list = parseSessions(data.shows, vrf).map((s) => ({
      vrf: s.vrf,
      neighbor: s.neighbor,
      remote_as: s.remoteAs,
      state: s.state,
      established: s.established,
      uptime_seconds: s.uptimeSeconds,
      prefixes_received: s.prefixesReceived,
      prefixes_sent: s.prefixesSent,
      last_reset_reason: s.lastResetReason,
      peer_group: s.peerGroup,
      dynamic: s.dynamic || dynamic.has(`${s.vrf} ${s.neighbor}`),
    }));
    return { vrf: vrf ?? null, sessions: list };
  },
};

const routes: DataSource = {
  block: {
    description:
      "Routes one neighbor sent: accepted by inbound policy and, when the neighbor has soft-reconfiguration inbound, the rejected ones with the policy that filtered them.",
    attributes: {
      neighbor: { type: "string", required: true, description: "Neighbor address." },
      vrf: { type: "string", optional: true, description: "VRF of the neighbor. Default: the default VRF." },
      address_family: { type: "string", optional: true, description: "`ipv4` or `ipv6`. Default: the neighbor address's family." },
      received_known: flag("Whether FRR kept the routes before policy (soft-reconfiguration inbound), so rejected routes can be listed."),
      accepted: num("Number of accepted routes."),
      rejected: num("Number of rejected routes."),
      routes: {
        computed: true,
        description: "Each route with its status.",
        nestedType: {
          nesting: "list",
          attributes: {
            prefix: str("The prefix."),
            next_hop: str("Next hop as received."),
            as_path: str("AS path as received."),
            status: str("`accepted` or `rejected`."),
            reason: str("Why it was rejected."),
          },
        },
      },
    },
  },
  async read(engine, connection, config) {
    const neighbor = String(config["neighbor"]);
    const vrf = typeof config["vrf"] === "string" ? config["vrf"] : "default";
    const family = config["address_family"] === "ipv6" || config["address_family"] === "ipv4" ? config["address_family"] : familyOf(neighbor);
    const commands = routesShows(vrf, family, neighbor);
    const data = await engine.shows(connection, [commands.received, commands.accepted, ...sessionsShows()]);
    const running = parseRunningConfig(data.runningConfig);
    const instance = findInstance(running, vrf === "default" ? undefined : vrf);
    const peerGroup = parseSessions(data.shows, vrf).find((s) => s.neighbor === neighbor)?.peerGroup;
    const policy = instance ? inboundPolicyOf(running, instance.node.header, family, neighbor, peerGroup) : "";
    const report = parsePeerRoutes(data.shows[commands.received], data.shows[commands.accepted], policy, instance?.asn);
    return {
      neighbor,
      vrf: typeof config["vrf"] === "string" ? config["vrf"] : null,
      address_family: typeof config["address_family"] === "string" ? config["address_family"] : null,
      received_known: report.receivedKnown,
      accepted: report.routes.filter((r) => r.status === "accepted").length,
      rejected: report.routes.filter((r) => r.status === "rejected").length,
      routes: report.routes.map((r) => ({ prefix: r.prefix, next_hop: r.nextHop, as_path: r.asPath, status: r.status, reason: r.reason })),
    };
  },
};

/** "VRF NEIGHBOR" of every neighbor that came in through a listen range. */
function dynamicNeighbors(json: string | undefined): Set<string> {
  const out = new Set<string>();
  for (const [vrf, neighbors] of neighborsByVrf(json)) {
    for (const [neighbor, entry] of neighbors) if (isDynamic(entry)) out.add(`${vrf} ${neighbor}`);
  }
  return out;
}

export const dataSources: Record<string, DataSource> = { frr_bgp_sessions: sessions, frr_bgp_routes: routes };
