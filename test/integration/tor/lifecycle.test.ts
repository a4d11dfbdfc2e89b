// Every resource kind on FRR 8.4 (node1, traditional) and FRR 10.3 (node2, datacenter), against
// the real hosts over SSH: create → read equals the spec → applying again sends nothing → a hand
// edit shows up as drift on exactly that field → update repairs it → delete removes only its own
// lines (hand-made configuration survives).
import { afterAll, describe, expect, it } from "vitest";
import { diffSpecs } from "../../../src/engine/diff";
import { closeSshPool, sshEngine } from "../../../src/host/host-session";
import { registry, type KindName } from "../../../src/resources/registry";
import type { AnyResourceKind } from "../../../src/resources/resource-kind";
import { parseSpec } from "../../../src/resources/validate-spec";
import { connectionTo, handEdit, runningConfig } from "../../support/lab-env";

interface Case {
  readonly kind: KindName;
  readonly spec: Record<string, unknown>;
  /** Commands (inside `configure terminal`) an operator runs behind frr-iac's back. */
  readonly edit: readonly string[];
  /** The field that drift must name; "gone" when the edit removes the object. */
  readonly drift: string;
  /** Resources this case needs first (created before, deleted after). */
  readonly needs?: readonly { kind: KindName; spec: Record<string, unknown> }[];
}

const speaker = { kind: "speaker" as const, spec: { asn: 65000, routerId: "10.0.0.9", defaultIpv4Unicast: false } };
const group = { kind: "peer" as const, spec: { speaker: "65000", neighbor: "LTGROUP", type: "peer-group", remoteAs: "external" } };

const cases: Case[] = [
  {
    kind: "speaker",
    spec: { asn: 65000, vrf: "ltv", routerId: "10.9.9.1", timers: { keepalive: 10, hold: 30 }, listenLimit: 50, logNeighborChanges: true, addressFamilies: { ipv4Unicast: { maximumPaths: 4, redistribute: [{ protocol: "static", metric: 7 }] } } },
    edit: ["router bgp 65000 vrf ltv", "bgp router-id 10.9.9.9"],
    drift: "routerId",
    needs: [speaker],
  },
  {
    kind: "peer",
    spec: {
      speaker: "65000",
      neighbor: "10.77.0.1",
      remoteAs: 65077,
      description: "lifecycle peer",
      password: "pw-1234",
      ebgpMultihop: 2,
      timers: { keepalive: 20, hold: 60 },
      addressFamilies: { ipv4Unicast: { activate: true, maximumPrefix: { limit: 100, warningOnly: true }, softReconfigurationInbound: true, nextHopSelf: true } },
    },
    edit: ["router bgp 65000", "neighbor 10.77.0.1 description hacked by hand"],
    drift: "description",
    needs: [speaker],
  },
  {
    kind: "peer",
    spec: { speaker: "65000", neighbor: "LTGROUP", type: "peer-group", remoteAs: "external", capabilityExtendedNexthop: true, addressFamilies: { ipv6Unicast: { activate: true, allowasIn: 2 } } },
    edit: ["router bgp 65000", "neighbor LTGROUP passive"],
    drift: "passive",
    needs: [speaker],
  },
  {
    kind: "peer",
    spec: { speaker: "65000", neighbor: "fd00:77::1", peerGroup: "LTGROUP", description: "member" },
    edit: ["router bgp 65000", "neighbor fd00:77::1 shutdown"],
    drift: "shutdown",
    needs: [speaker, group],
  },
  {
    kind: "listenRange",
    spec: { speaker: "65000", prefix: "10.78.0.0/24", peerGroup: "LTGROUP" },
    edit: ["router bgp 65000", "no bgp listen range 10.78.0.0/24 peer-group LTGROUP"],
    drift: "gone",
    needs: [speaker, group],
  },
  {
    kind: "advertisement",
    spec: { speaker: "65000", prefix: "10.79.0.0/24", communities: ["65000:79", "no-export"], largeCommunities: ["65000:0:79"], localPreference: 150, med: 10, nextHop: "10.0.0.1" },
    edit: ["route-map frriac-adv-10.79.0.0_24 permit 10", "set local-preference 99"],
    drift: "localPreference",
    needs: [speaker],
  },
  {
    kind: "advertisement",
    spec: { speaker: "65000", prefix: "fd00:79::/48", type: "aggregate", summaryOnly: true },
    edit: ["router bgp 65000", "address-family ipv6 unicast", "aggregate-address fd00:79::/48 as-set summary-only"],
    drift: "asSet",
    needs: [speaker],
  },
  {
    kind: "prefixList",
    spec: { name: "LT-PL", entries: [{ seq: 5, action: "permit", prefix: "10.100.0.0/16", le: 24 }, { seq: 99, action: "deny", prefix: "0.0.0.0/0", le: 32 }] },
    edit: ["ip prefix-list LT-PL seq 7 permit 10.1.0.0/16"],
    drift: "entries",
  },
  {
    kind: "prefixList",
    spec: { name: "LT-PL6", family: "ipv6", description: "tenant loopbacks", entries: [{ seq: 5, action: "permit", prefix: "fd00:101:fe::/64", ge: 128, le: 128 }] },
    edit: ["ipv6 prefix-list LT-PL6 description changed"],
    drift: "description",
  },
  {
    kind: "routeMap",
    spec: {
      name: "LT-RM",
      entries: [
        { seq: 10, action: "permit", match: { ipAddressPrefixList: "LT-PL" }, set: { community: ["65000:10"], communityAdditive: true, localPreference: 200 } },
        { seq: 20, action: "permit", match: { asPath: "LT-AS" }, set: { asPathPrepend: [65000, 65000] }, onMatchNext: true },
        { seq: 100, action: "deny" },
      ],
    },
    edit: ["route-map LT-RM permit 10", "set metric 5"],
    drift: "entries",
  },
  {
    kind: "communityList",
    spec: { name: "LT-CL", entries: [{ seq: 5, action: "permit", communities: ["65000:1", "65000:2"] }] },
    edit: ["bgp community-list standard LT-CL seq 10 deny 65000:3"],
    drift: "entries",
  },
  {
    kind: "communityList",
    spec: { name: "LT-LCL", type: "large", entries: [{ seq: 5, action: "permit", communities: ["4200001000:0:100"] }] },
    edit: ["bgp large-community-list standard LT-LCL seq 5 permit 4200001000:0:200"],
    drift: "entries",
  },
  {
    kind: "asPathList",
    spec: { name: "LT-AS", entries: [{ seq: 5, action: "permit", regex: "^652[0-9][0-9]$" }, { seq: 10, action: "deny", regex: ".*" }] },
    edit: ["bgp as-path access-list LT-AS seq 7 permit ^65300$"],
    drift: "entries",
  },
  {
    kind: "vrf",
    spec: { name: "ltv", vni: 10101 },
    edit: ["vrf ltv", "no vni 10101", "vni 20202"],
    drift: "vni",
  },
];

const hosts = [
  { host: "node1", frr: "8.4 traditional" },
  { host: "node2", frr: "10.3 datacenter" },
];

const engine = sshEngine({ readCacheMs: 0 });
afterAll(() => closeSshPool());

/**
 * The configuration as a set of lines. An empty `vrf NAME` block is left out: it is FRR's view of a
 * VRF it knows (from the kernel, or from a BGP instance that named it), which FRR 10.3 may keep
 * printing after the Vrf resource's VNI is gone. The resource owns the VNI, not the block.
 */
const lines = (text: string) =>
  new Set(
    text
      .replace(/^vrf \S+\nexit-vrf\n/gm, "")
      .split("\n")
      .map((l) => l.trimEnd())
      .filter((l) => l !== "" && l !== "!" && !/^(Building configuration|Current configuration)/.test(l)),
  );

/** Sorted lines: a failure shows which lines differ, not only how many. */
const sorted = (set: Set<string>) => [...set].sort();

describe.each(hosts)("on $host (FRR $frr)", ({ host }) => {
  const connection = connectionTo("tor", host);

  it.each(cases.map((c) => [`${c.kind} ${(registry[c.kind] as AnyResourceKind).identity.idOf(parseSpec(registry[c.kind], c.spec))}`, c] as const))("%s", async (_title, c) => {
    const kind = registry[c.kind];
    const spec = parseSpec(kind, c.spec) as Record<string, unknown>;
    const before = await runningConfig("tor", host);
    for (const need of c.needs ?? []) await engine.create(connection, need.kind, { ...need.spec, adopt: true });
    const withNeeds = await runningConfig("tor", host);

    const created = await engine.create(connection, c.kind, spec);
    expect(created.applied.length, "create sends commands").toBeGreaterThan(0);
    expect(created.unmanaged).toEqual([]);

    const read = await engine.read(connection, c.kind, spec);
    expect(read.found).toBe(true);
    expect(read.spec, "read equals the spec").toEqual(spec);

    const again = await engine.create(connection, c.kind, spec);
    expect(again.applied, "applying again sends nothing").toEqual([]);

    await handEdit("tor", host, c.edit);
    const drifted = await engine.read(connection, c.kind, spec);
    if (c.drift === "gone") {
      expect(drifted.found, "the hand edit removed the object").toBe(false);
    } else {
      expect(drifted.found).toBe(true);
      expect(diffSpecs(kind.fields, spec, drifted.spec!).changed.map((p) => p.split(".")[0]), "drift names exactly the edited field").toEqual([c.drift]);
    }

    const repaired = drifted.found ? await engine.update(connection, c.kind, spec) : await engine.create(connection, c.kind, spec);
    expect(repaired.applied.length).toBeGreaterThan(0);
    expect((await engine.read(connection, c.kind, spec)).spec, "update repairs the drift").toEqual(spec);

    await engine.delete(connection, c.kind, spec);
    expect((await engine.read(connection, c.kind, spec)).found, "deleted").toBe(false);
    expect(sorted(lines(await runningConfig("tor", host))), "delete removes only its own lines").toEqual(sorted(lines(withNeeds)));

    for (const need of [...(c.needs ?? [])].reverse()) await engine.delete(connection, need.kind, parseSpec(registry[need.kind], need.spec) as Record<string, unknown>);
    const after = lines(await runningConfig("tor", host));
    expect(sorted(after), "the host is back where it was").toEqual(sorted(lines(before)));
    expect([...after].some((l) => l.includes("HANDMADE-OVERLAY")), "hand-made configuration survives").toBe(true);
  });
});
