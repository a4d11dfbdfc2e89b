// Real BGP: the quantix ToR seed applied by the engine on both hypervisors (FRR 8.4 and 10.3);
// sessions reach Established with an FRR ToR and a BIRD ToR over IPv4 and IPv6 with MD5 passwords,
// the ToRs receive the overlay prefixes with their communities, and status outputs say so.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { closeSshPool, sshEngine } from "../../../src/host/host-session";
import { registry, type KindName } from "../../../src/resources/registry";
import { parseSpec } from "../../../src/resources/validate-spec";
import { waitForRoutes, waitForSession } from "../../../src/lab";
import { connectionTo, eventually, labFilePath } from "../../support/lab-env";

const engine = sshEngine({ readCacheMs: 0 });
const lab = () => labFilePath("tor");
const nodes = [
  { host: "node1", routerId: "10.0.0.1", a4: "10.0.0.1", a6: "2001:db8:0:a::1", b4: "10.0.1.1", b6: "2001:db8:0:b::1" },
  { host: "node2", routerId: "10.0.0.2", a4: "10.0.0.2", a6: "2001:db8:0:a::2", b4: "10.0.1.2", b6: "2001:db8:0:b::2" },
];
const tors = [
  { neighbor: "10.0.0.254", password: "secretpass", family: "ipv4Unicast", description: "ToR-Switch-A" },
  { neighbor: "2001:db8:0:a::fe", password: "secretpass", family: "ipv6Unicast", description: "ToR-Switch-A v6" },
  { neighbor: "10.0.1.254", password: "tor-b-secret", family: "ipv4Unicast", description: "ToR-Switch-B" },
  { neighbor: "2001:db8:0:b::fe", password: "tor-b-secret", family: "ipv6Unicast", description: "ToR-Switch-B v6" },
];

function torSeed(routerId: string) {
  return [
    { kind: "prefixList", spec: { name: "OVERLAY-V4", entries: [{ seq: 5, action: "permit", prefix: "10.0.0.0/8", le: 24 }] } },
    { kind: "prefixList", spec: { name: "OVERLAY-V6", family: "ipv6", entries: [{ seq: 5, action: "permit", prefix: "2001:db8:100::/40", le: 48 }] } },
    {
      kind: "routeMap",
      spec: { name: "TOR-OUT", entries: [{ seq: 10, action: "permit", match: { ipAddressPrefixList: "OVERLAY-V4" } }, { seq: 20, action: "permit", match: { ipv6AddressPrefixList: "OVERLAY-V6" } }] },
    },
    { kind: "routeMap", spec: { name: "TOR-IN", entries: [{ seq: 10, action: "permit" }] } },
    { kind: "speaker", spec: { asn: 65000, routerId, logNeighborChanges: true, defaultIpv4Unicast: false, networkImportCheck: false } },
    ...tors.map((tor) => ({
      kind: "peer",
      spec: {
        speaker: "65000",
        neighbor: tor.neighbor,
        remoteAs: 65001,
        description: tor.description,
        password: tor.password,
        timers: { keepalive: 30, hold: 90 },
        connectRetry: 5,
        addressFamilies: { [tor.family]: { activate: true, softReconfigurationInbound: true, routeMapIn: "TOR-IN", routeMapOut: "TOR-OUT" } },
      },
    })),
    { kind: "advertisement", spec: { speaker: "65000", prefix: "10.100.0.0/24", communities: ["65000:100"], localPreference: 200 } },
    { kind: "advertisement", spec: { speaker: "65000", prefix: "10.200.0.0/24", communities: ["65000:200"] } },
    { kind: "advertisement", spec: { speaker: "65000", prefix: "2001:db8:100::/48", communities: ["65000:600"], largeCommunities: ["65000:0:6"] } },
  ];
}

beforeAll(async () => {
  await Promise.all(
    nodes.map(async (node) => {
      const connection = connectionTo("tor", node.host);
      const results = await Promise.all(torSeed(node.routerId).map((r) => engine.create(connection, r.kind, { ...r.spec, adopt: true })));
      expect(results.every((r) => r.found)).toBe(true);
    }),
  );
});
afterAll(async () => {
  // Leave the hosts as the lab made them, for the test files that follow.
  for (const node of nodes) {
    const connection = connectionTo("tor", node.host);
    for (const resource of [...torSeed(node.routerId)].reverse()) await engine.delete(connection, resource.kind, parseSpec(registry[resource.kind as KindName], resource.spec) as Record<string, unknown>);
  }
  await closeSshPool();
});

describe.each(nodes)("$host", (node) => {
  it.each(tors)("reaches Established with $neighbor ($description, MD5)", async (tor) => {
    const session = await waitForSession(node.host, tor.neighbor, { lab: lab(), timeoutMs: 60_000 });
    expect(session.established).toBe(true);
    const state = await engine.read(connectionTo("tor", node.host), "peer", { speaker: "65000", neighbor: tor.neighbor });
    expect(state.status["state"]).toBe("Established");
    expect(state.status["established"]).toBe(true);
    expect(Number(state.status["uptimeSeconds"])).toBeGreaterThanOrEqual(0);
  });

  it("reports the overlay prefix as in the BGP table and sent to the ToRs", async () => {
    // Updates go out on FRR's advertisement timer: poll (bounded) until both ToRs have it.
    const state = await eventually(
      () => engine.read(connectionTo("tor", node.host), "advertisement", { speaker: "65000", prefix: "10.100.0.0/24" }),
      (s) => Number(s.status["advertisedTo"]) >= 2,
    );
    expect(state.status["inBgpTable"]).toBe(true);
    expect(Number(state.status["advertisedTo"])).toBeGreaterThanOrEqual(2);
  });

  it("counts prefixes received from the FRR ToR in the peer's status", async () => {
    const state = await eventually(
      () => engine.read(connectionTo("tor", node.host), "peer", { speaker: "65000", neighbor: "10.0.0.254" }),
      (s) => Number(s.status["prefixesReceived"]) === 2 && Number(s.status["prefixesSent"]) >= 2,
    );
    expect(Number(state.status["prefixesReceived"])).toBe(2);
    expect(Number(state.status["prefixesSent"])).toBeGreaterThanOrEqual(2);
  });
});

describe("what the ToRs receive", () => {
  it("the FRR ToR gets both overlay prefixes from both nodes, with their communities", async () => {
    const routes = await waitForRoutes("tor-a", (r) => r.filter((x) => x.prefix === "10.100.0.0/24" || x.prefix === "10.200.0.0/24").length >= 4, { lab: lab(), family: "ipv4", timeoutMs: 60_000 });
    for (const from of ["10.0.0.1", "10.0.0.2"]) {
      const overlay = routes.find((r) => r.prefix === "10.100.0.0/24" && r.from === from);
      expect(overlay?.communities, `from ${from}`).toEqual(["65000:100"]);
      expect(overlay?.asPath).toEqual([65000]);
      const second = routes.find((r) => r.prefix === "10.200.0.0/24" && r.from === from);
      expect(second?.communities).toEqual(["65000:200"]);
    }
  });

  it("the BIRD ToR gets the IPv6 overlay prefix with its community and large community over IPv6", async () => {
    const routes = await waitForRoutes("tor-b", (r) => r.filter((x) => x.prefix === "2001:db8:100::/48").length >= 2, { lab: lab(), family: "ipv6", timeoutMs: 60_000 });
    const route = routes.find((r) => r.prefix === "2001:db8:100::/48");
    expect(route?.communities).toEqual(["65000:600"]);
    expect(route?.largeCommunities).toEqual(["65000:0:6"]);
  });
});
