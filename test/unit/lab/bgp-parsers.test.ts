import { describe, expect, it } from "vitest";
import {
  birdRoutes,
  birdSessions,
  frrPrefixesFromNeighbors,
  frrRoutesFromDetail,
  frrSessions,
  gobgpRoutes,
  gobgpSessions,
  splitJsonDocuments,
} from "../../../src/lab/bgp-parsers";

// Outputs captured from the lab (FRR 8.4.4, BIRD 2.0.12, GoBGP 3.10), trimmed.

const frrTable = {
  routerId: "10.0.0.254",
  routes: {
    "10.200.0.0/24": [{ valid: true, bestpath: true, pathFrom: "external", network: "10.200.0.0/24", peerId: "10.0.0.1", path: "65000", origin: "IGP", nexthops: [{ ip: "10.0.0.1", afi: "ipv4", used: true }] }],
    "198.51.100.0/24": [{ valid: true, bestpath: true, pathFrom: "external", network: "198.51.100.0/24", peerId: "(unspec)", path: "", origin: "IGP", nexthops: [{ ip: "0.0.0.0", afi: "ipv4", used: true }] }],
  },
};

const frrDetail = {
  prefix: "10.100.0.0/24",
  paths: [
    {
      aspath: { string: "65000 65010", segments: [{ type: "as-sequence", list: [65000, 65010] }], length: 2 },
      origin: "IGP",
      metric: 42,
      locPrf: 150,
      valid: true,
      bestpath: { overall: true, selectionReason: "First path received" },
      community: { string: "65000:100 no-export", list: ["65000:100", "noExport"] },
      largeCommunity: { string: "65000:1:2", list: ["65000:1:2"] },
      nexthops: [
        { ip: "2001:db8:0:a::1", afi: "ipv6", scope: "global", used: true },
        { ip: "fe80::1", afi: "ipv6", scope: "link-local" },
      ],
      peer: { peerId: "2001:db8:0:a::1", routerId: "10.0.0.1", type: "external" },
    },
    { aspath: { string: "Local", segments: [], length: 0 }, origin: "IGP", local: true, nexthops: [{ ip: "0.0.0.0" }], peer: { peerId: "0.0.0.0" } },
  ],
};

const frrSummary = {
  ipv4Unicast: { peers: { "10.0.0.1": { remoteAs: 65000, state: "Established", pfxRcd: 2 }, "10.0.0.2": { remoteAs: 65000, state: "Connect", pfxRcd: 0 } } },
  ipv6Unicast: { peers: { "10.0.0.1": { remoteAs: 65000, state: "Established", pfxRcd: 1 } } },
};

const birdRoutesText = `BIRD 2.0.12 ready.
Table master4:
10.100.0.0/24        unicast [node1_v4 07:38:24.668] * (100) [AS65000i]
	via 10.0.1.1 on fabric-b
	Type: BGP univ
	BGP.origin: IGP
	BGP.as_path: 65000
	BGP.next_hop: 10.0.1.1
	BGP.med: 42
	BGP.local_pref: 100
	BGP.community: (65000,100) (65535,666)
	BGP.large_community: (65000, 1, 2)
                     unicast [node2_v4 07:38:25.001] (100) [AS65000i]
	via 10.0.1.2 on fabric-b
	Type: BGP univ
	BGP.origin: IGP
	BGP.as_path: 65000
	BGP.next_hop: 10.0.1.2
	BGP.local_pref: 100
10.101.254.11/32     blackhole [static4 07:37:45.805] * (200)
	Type: static univ

Table master6:
2001:db8:0:a::/64    unicast [node1_v6 07:37:56.574] * (100) [AS65000i]
	via 2001:db8:0:b::1 on fabric-b
	Type: BGP univ
	BGP.origin: Incomplete
	BGP.as_path: 65000 65010
	BGP.next_hop: 2001:db8:0:b::1 fe80::53:36ff:fe38:690a
	BGP.local_pref: 100
`;

const birdProtocolsText = `BIRD 2.0.12 ready.
Name       Proto      Table      State  Since         Info
device1    Device     ---        up     07:37:45.805  

node1_v4   BGP        ---        up     07:37:55.320  Established   
  BGP state:          Established
    Neighbor address: 10.0.1.1
    Neighbor AS:      65000
    Local AS:         65001
  Channel ipv4
    State:          UP
    Routes:         2 imported, 0 exported, 2 preferred

node2_v4   BGP        ---        start  07:37:45.805  Connect       
  BGP state:          Connect
    Neighbor address: 10.0.1.2
    Neighbor AS:      65000
    Local AS:         65001
`;

const gobgpRib = {
  "fd00:101:fe::11/128": [
    {
      nlri: { prefix: "fd00:101:fe::11/128" },
      best: true,
      attrs: [
        { type: 1, value: 0 },
        { type: 2, as_paths: [{ segment_type: 2, num: 2, asns: [4200001000, 4210101011] }] },
        { type: 4, metric: 7 },
        { type: 8, communities: [275251201, 4294967041] },
        { type: 32, value: [{ ASN: 4200001000, LocalData1: 1, LocalData2: 2 }] },
        { type: 14, nexthop: "fd00:101::11", afi: 2, safi: 1, value: [{ prefix: "fd00:101:fe::11/128" }] },
      ],
      "source-id": "10.255.0.1",
      "neighbor-ip": "fd00:101::fffe",
    },
  ],
  "fd00:101:fe::6/128": [{ nlri: { prefix: "fd00:101:fe::6/128" }, best: true, attrs: [{ type: 1, value: 2 }, { type: 14, nexthop: "::", afi: 2, safi: 1 }] }],
};

const gobgpNeighbors = [
  { conf: { local_asn: 4200101006, neighbor_address: "fd00:101::fffe", peer_asn: 4200001000 }, state: { session_state: 6, afi_safis: [] }, afi_safis: [{ state: { received: 2 } }, { state: { received: 1 } }] },
  { conf: { neighbor_address: "fd00:101::fffd", peer_asn: 4200001000 }, state: { session_state: 3 } },
];

describe("FRR", () => {
  it("lists the prefixes that have a path from a neighbor", () => {
    expect(frrPrefixesFromNeighbors(frrTable)).toEqual(["10.200.0.0/24"]);
  });

  it("reads a path's attributes, normalising well-known communities and skipping local paths", () => {
    expect(frrRoutesFromDetail(frrDetail)).toEqual([
      {
        prefix: "10.100.0.0/24",
        from: "2001:db8:0:a::1",
        nextHop: "2001:db8:0:a::1",
        asPath: [65000, 65010],
        origin: "igp",
        med: 42,
        localPref: 150,
        communities: ["65000:100", "65535:65281"],
        largeCommunities: ["65000:1:2"],
        best: true,
      },
    ]);
  });

  it("merges a neighbor's address families into one session", () => {
    expect(frrSessions(frrSummary)).toEqual([
      { neighbor: "10.0.0.1", state: "Established", established: true, prefixesReceived: 3, remoteAs: 65000 },
      { neighbor: "10.0.0.2", state: "Connect", established: false, prefixesReceived: 0, remoteAs: 65000 },
    ]);
  });

  it("splits the concatenated JSON of several vtysh commands", () => {
    expect(splitJsonDocuments('{\n "a": "x}{"\n}\n{"b": [1, {"c": 2}]}\n')).toEqual([{ a: "x}{" }, { b: [1, { c: 2 }] }]);
  });
});

describe("BIRD", () => {
  it("reads BGP routes, every path of a prefix, and skips other protocols", () => {
    const routes = birdRoutes(birdRoutesText);
    expect(routes.map((r) => [r.prefix, r.from, r.best])).toEqual([
      ["10.100.0.0/24", "node1_v4", true],
      ["10.100.0.0/24", "node2_v4", false],
      ["2001:db8:0:a::/64", "node1_v6", true],
    ]);
    expect(routes[0]).toMatchObject({ nextHop: "10.0.1.1", asPath: [65000], origin: "igp", med: 42, localPref: 100, communities: ["65000:100", "65535:666"], largeCommunities: ["65000:1:2"] });
    expect(routes[2]).toMatchObject({ nextHop: "2001:db8:0:b::1", asPath: [65000, 65010], origin: "incomplete" });
  });

  it("reads BGP sessions with their neighbor addresses", () => {
    expect(birdSessions(birdProtocolsText)).toEqual([
      { neighbor: "10.0.1.1", name: "node1_v4", state: "Established", established: true, prefixesReceived: 2, remoteAs: 65000 },
      { neighbor: "10.0.1.2", name: "node2_v4", state: "Connect", established: false, prefixesReceived: 0, remoteAs: 65000 },
    ]);
  });
});

describe("GoBGP", () => {
  it("reads paths learned from neighbors and skips locally originated ones", () => {
    expect(gobgpRoutes(gobgpRib)).toEqual([
      {
        prefix: "fd00:101:fe::11/128",
        from: "fd00:101::fffe",
        nextHop: "fd00:101::11",
        asPath: [4200001000, 4210101011],
        origin: "igp",
        med: 7,
        communities: ["4200:1", "65535:65281"],
        largeCommunities: ["4200001000:1:2"],
        best: true,
      },
    ]);
  });

  it("maps numeric session states", () => {
    expect(gobgpSessions(gobgpNeighbors)).toEqual([
      { neighbor: "fd00:101::fffe", state: "Established", established: true, prefixesReceived: 3, remoteAs: 4200001000 },
      { neighbor: "fd00:101::fffd", state: "Active", established: false, prefixesReceived: 0, remoteAs: 4200001000 },
    ]);
  });
});
