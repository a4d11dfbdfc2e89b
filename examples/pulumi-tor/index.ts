// Seed quantix-bgp-tor.md: two hypervisors (AS 65000) dual-homed to two ToR switches (AS 65001).
// Every node peers with both ToRs over IPv4 and IPv6 with an MD5 password (a stack secret),
// timers 30/90 and soft-reconfiguration inbound, and advertises the overlay prefixes with a
// community and a local preference. TOR-IN/TOR-OUT route-maps make eBGP work on FRR's
// `traditional` profile, which refuses eBGP routes without a policy (RFC 8212).
//
//   pulumi config set --secret torAPassword secretpass
//   pulumi config set --secret torBPassword tor-b-secret
//   FRR_IAC_LAB_FILE=.lab/tor.json pulumi up      # or: pulumi config set --path 'frr:hosts.node1.host' ...
import * as pulumi from "@pulumi/pulumi";
import * as frr from "frr-iac/pulumi";

interface Tor {
  readonly asn: number;
  readonly ipv4: string;
  readonly ipv6: string;
  readonly description: string;
  /** Stack config key of the MD5 password (a secret). */
  readonly passwordKey: string;
}

interface Node {
  readonly routerId: string;
}

const config = new pulumi.Config();
const asn = config.getNumber("asn") ?? 65000;
const nodes = config.getObject<Record<string, Node>>("nodes") ?? {
  node1: { routerId: "10.0.0.1" },
  node2: { routerId: "10.0.0.2" },
};
const tors = config.getObject<Record<string, Tor>>("tors") ?? {
  "tor-a": { asn: 65001, ipv4: "10.0.0.254", ipv6: "2001:db8:0:a::fe", description: "ToR-Switch-A", passwordKey: "torAPassword" },
  "tor-b": { asn: 65001, ipv4: "10.0.1.254", ipv6: "2001:db8:0:b::fe", description: "ToR-Switch-B", passwordKey: "torBPassword" },
};
const overlay = [
  { prefix: "10.100.0.0/24", community: `${asn}:100`, localPreference: 200 },
  { prefix: "10.200.0.0/24", community: `${asn}:200`, localPreference: 150 },
];
const passwords = Object.fromEntries(Object.values(tors).map((tor) => [tor.passwordKey, config.requireSecret(tor.passwordKey)]));

const sessions: Record<string, pulumi.Output<Record<string, string>>> = {};
const established: Record<string, pulumi.Output<number | undefined>> = {};

for (const [node, { routerId }] of Object.entries(nodes)) {
  const connection = frr.hostConnection(node);
  const speaker = new frr.Speaker(node, { connection, asn, routerId, logNeighborChanges: true, defaultIpv4Unicast: false });

  // Policy objects belong to the host, not to the BGP instance: they take the connection, so an
  // AS number change (which re-creates the speaker) leaves them alone.
  const overlayList = new frr.PrefixList(`${node}-overlay-v4`, {
    connection,
    name: "OVERLAY-V4",
    entries: overlay.map(({ prefix }, i) => ({ seq: 5 * (i + 1), action: "permit", prefix })),
  });
  const torIn = new frr.RouteMap(`${node}-tor-in`, { connection, name: "TOR-IN", entries: [{ seq: 10, action: "permit" }] });
  const torOut = new frr.RouteMap(`${node}-tor-out`, {
    connection,
    name: "TOR-OUT",
    entries: [{ seq: 10, action: "permit", match: { ipAddressPrefixList: overlayList.name } }],
  });

  const peers: frr.Peer[] = [];
  for (const [torName, tor] of Object.entries(tors)) {
    const common = {
      speaker,
      remoteAs: tor.asn,
      description: tor.description,
      password: passwords[tor.passwordKey]!,
      timers: { keepalive: 30, hold: 90 },
    };
    const policy = { activate: true, softReconfigurationInbound: true, routeMapIn: torIn.name, routeMapOut: torOut.name };
    peers.push(new frr.Peer(`${node}-${torName}-v4`, { ...common, neighbor: tor.ipv4, addressFamilies: { ipv4Unicast: policy } }));
    peers.push(new frr.Peer(`${node}-${torName}-v6`, { ...common, neighbor: tor.ipv6, addressFamilies: { ipv6Unicast: policy } }));
  }

  for (const { prefix, community, localPreference } of overlay) {
    new frr.Advertisement(`${node}-${prefix.replace(/[./]/g, "-")}`, { speaker, prefix, communities: [community], localPreference });
  }

  // Status outputs: as read at the last up or refresh (`pulumi refresh` updates them).
  sessions[node] = pulumi
    .all(peers.map((peer) => pulumi.all([peer.neighbor, peer.status])))
    .apply((pairs) => Object.fromEntries(pairs.map(([neighbor, status]) => [neighbor, status?.state ?? "unknown"])));
  established[node] = speaker.status.apply((status) => status?.peersEstablished);
}

export { sessions, established };
