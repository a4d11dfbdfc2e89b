// The PVE EVPN seed applied by the engine to three hypervisors (FRR 10.3, 8.4, 10.3; datacenter
// profile): the iBGP mesh over loopbacks, multihop eBGP to the edge router, and on pve01 the tenant
// VRF whose VMs (GoBGP and BIRD, each with its own AS) come in through listen ranges with
// `remote-as external`. The seed's import filter accepts a VM's loopback and rejects a prefix
// outside the allowed ranges — as seen in the host's BGP table.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { closeSshPool, sshEngine } from "../../../src/host/host-session";
import { receivedRoutes, waitForRoutes, waitForSession } from "../../../src/lab";
import { registry, type KindName } from "../../../src/resources/registry";
import { parseSpec } from "../../../src/resources/validate-spec";
import { pveHostSeed, type SeedResource } from "../../support/seed-specs";
import { connectionTo, eventually, labFilePath, restartLingeringBgpInstances, vtysh } from "../../support/lab-env";

const engine = sshEngine({ readCacheMs: 0 });
const lab = () => labFilePath("pve");
const ASN = "4200001000";

/** pve02/pve03: the seed's global instance (iBGP mesh + edge), without the tenant VRF. */
function meshSeed(id: 2 | 3): SeedResource[] {
  const others = [1, 2, 3].filter((n) => n !== id);
  return [
    { kind: "speaker", spec: { asn: 4200001000, routerId: `10.255.0.${id}`, defaultIpv4Unicast: false, networkImportCheck: false, timers: { keepalive: 10, hold: 30 } } },
    ...others.map((n) => ({
      kind: "peer" as const,
      spec: { speaker: ASN, neighbor: `fd00:0:0:ffff::${n}`, remoteAs: 4200001000, description: `"iBGP to pve0${n} loopback"`, updateSource: `fd00:0:0:ffff::${id}`, addressFamilies: { ipv6Unicast: { activate: true }, l2vpnEvpn: { activate: true } } },
    })),
    {
      kind: "peer",
      spec: { speaker: ASN, neighbor: "fd00:0:0:ffff::fffe", remoteAs: 4200000000, description: "\"MikroTik edge router\"", updateSource: `fd00:0:0:ffff::${id}`, ebgpMultihop: 5, addressFamilies: { ipv6Unicast: { activate: true, nextHopSelfForce: true } } },
    },
  ];
}

/** pve01 gets the whole seed, plus an advertisement with local-preference for the iBGP check. */
const pve01: SeedResource[] = [...pveHostSeed, { kind: "advertisement", spec: { speaker: ASN, prefix: "fd00:250:1::/48", localPreference: 300, communities: ["4200:1"] } }];
const hosts: Record<string, SeedResource[]> = { pve01, pve02: meshSeed(2), pve03: meshSeed(3) };

beforeAll(async () => {
  await restartLingeringBgpInstances("pve");
  await Promise.all(
    Object.entries(hosts).map(async ([host, resources]) => {
      const connection = connectionTo("pve", host);
      // All at once, as Pulumi or Terraform would send them: one batch per host.
      const results = await Promise.all(resources.map((r) => engine.create(connection, r.kind, r.spec)));
      expect(results.every((r) => r.found)).toBe(true);
    }),
  );
}, 120_000);

afterAll(async () => {
  for (const [host, resources] of Object.entries(hosts)) {
    const connection = connectionTo("pve", host);
    await Promise.all(resources.map((r) => engine.delete(connection, r.kind, parseSpec(registry[r.kind as KindName], r.spec) as Record<string, unknown>)));
  }
  await closeSshPool();
});

describe("infrastructure", () => {
  it.each([
    ["pve01", "fd00:0:0:ffff::2"],
    ["pve01", "fd00:0:0:ffff::3"],
    ["pve02", "fd00:0:0:ffff::3"],
  ])("%s reaches its iBGP neighbor %s over loopbacks", async (host, neighbor) => {
    expect((await waitForSession(host, neighbor, { lab: lab(), timeoutMs: 90_000 })).established).toBe(true);
  });

  it.each(["pve01", "pve02", "pve03"])("%s reaches the edge router by eBGP multihop and learns the default route", async (host) => {
    expect((await waitForSession(host, "fd00:0:0:ffff::fffe", { lab: lab(), timeoutMs: 90_000 })).established).toBe(true);
    const routes = await waitForRoutes(host, (r) => r.some((x) => x.prefix === "::/0"), { lab: lab(), family: "ipv6", timeoutMs: 60_000 });
    expect(routes.find((r) => r.prefix === "::/0")?.asPath).toEqual([4200000000]);
  });

  it("carries local-preference over iBGP: pve02 sees pve01's advertisement with LOCAL_PREF 300 and its community", async () => {
    const routes = await waitForRoutes("pve02", (r) => r.some((x) => x.prefix === "fd00:250:1::/48"), { lab: lab(), family: "ipv6", timeoutMs: 60_000 });
    const route = routes.find((r) => r.prefix === "fd00:250:1::/48");
    expect(route?.localPref).toBe(300);
    expect(route?.communities).toEqual(["4200:1"]);
  });
});

describe("tenant VRF on pve01", () => {
  it.each([
    ["fd00:101::6", "the GoBGP VM (AS 4200101006)"],
    ["fd00:101::11", "the BIRD VM (AS 4210101011)"],
  ])("%s (%s) comes up through a listen range with remote-as external", async (neighbor) => {
    const session = await waitForSession("pve01", neighbor, { lab: lab(), vrf: "vrf_evpnz1", timeoutMs: 90_000 });
    expect(session.established).toBe(true);
    const group = await eventually(
      () => engine.read(connectionTo("pve", "pve01"), "peer", { speaker: `${ASN}/vrf/vrf_evpnz1`, neighbor: "VMS", type: "peer-group" }),
      (s) => Number(s.status["dynamicNeighbors"]) >= 1,
    );
    expect(Number(group.status["dynamicNeighbors"])).toBeGreaterThanOrEqual(1);
  });

  it("the import filter accepts the VMs' loopbacks and rejects prefixes outside the allowed ranges", async () => {
    await waitForRoutes("pve01", (r) => r.some((x) => x.prefix === "10.101.254.6/32"), { lab: lab(), vrf: "vrf_evpnz1", family: "ipv4", timeoutMs: 60_000 });
    const v4 = await receivedRoutes("pve01", { lab: lab(), vrf: "vrf_evpnz1", family: "ipv4" });
    const v6 = await waitForRoutes("pve01", (r) => r.some((x) => x.prefix === "fd00:101:fe::11/128"), { lab: lab(), vrf: "vrf_evpnz1", family: "ipv6", timeoutMs: 60_000 });
    const prefixes = new Set([...v4, ...v6].map((r) => r.prefix));
    expect(prefixes.has("10.101.254.6/32"), "GoBGP VM loopback accepted").toBe(true);
    expect(prefixes.has("fd00:101:fe::6/128"), "GoBGP VM IPv6 loopback accepted").toBe(true);
    expect(prefixes.has("fd00:101:fe::11/128"), "BIRD VM IPv6 loopback accepted").toBe(true);
    expect(prefixes.has("10.99.6.0/24"), "out-of-range prefix rejected").toBe(false);
    expect(prefixes.has("fd00:99:11::/64"), "out-of-range IPv6 prefix rejected").toBe(false);
  });

  it("leaks the VM loopbacks into the default instance and the edge's default route into the VRF (`import vrf` both ways)", async () => {
    const inTable = async (vrf: string, prefix: string) => {
      const json = await vtysh("pve", "pve01", [`show bgp vrf ${vrf} ipv6 unicast ${prefix} json`]);
      return ((JSON.parse(json || "{}") as { paths?: unknown[] }).paths?.length ?? 0) > 0;
    };
    expect(await eventually(() => inTable("default", "fd00:101:fe::6/128"), (found) => found), "VM loopback leaked into the default instance").toBe(true);
    expect(await eventually(() => inTable("vrf_evpnz1", "::/0"), (found) => found), "edge default route leaked into the VRF").toBe(true);
  });
});
