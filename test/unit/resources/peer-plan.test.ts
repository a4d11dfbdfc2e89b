import { describe, expect, it } from "vitest";
import { parseRunningConfig } from "../../../src/frr/config-tree";
import { dialectOf } from "../../../src/frr/dialect";
import { registry } from "../../../src/resources/registry";
import type { AnyResourceKind } from "../../../src/resources/resource-kind";

const peer: AnyResourceKind = registry.peer;
const host = (neighborLine: string) =>
  parseRunningConfig(`frr version 10.3\nfrr defaults traditional\nrouter bgp 65000\n neighbor 198.51.100.2 remote-as 65001\n ${neighborLine}\nexit\n`);

function planFrom(current: string, desired: Record<string, unknown>): string[] {
  const config = host(current);
  const spec = { speaker: "65000", neighbor: "198.51.100.2", remoteAs: "65001", ...desired };
  const observed = peer.model.read(config, spec, dialectOf(config));
  return peer.model.plan(observed, spec, config, dialectOf(config)).flatMap((command) => (command.line === undefined ? [] : [command.line]));
}

describe("peer plan", () => {
  it("removes ebgp-multihop before it sets ttl-security (FRR refuses both on one neighbor)", () => {
    expect(planFrom("neighbor 198.51.100.2 ebgp-multihop 4", { ttlSecurityHops: 2 })).toEqual([
      "no neighbor 198.51.100.2 ebgp-multihop",
      "neighbor 198.51.100.2 ttl-security hops 2",
    ]);
  });

  it("removes ttl-security before it sets ebgp-multihop", () => {
    expect(planFrom("neighbor 198.51.100.2 ttl-security hops 2", { ebgpMultihop: 4 })).toEqual([
      "no neighbor 198.51.100.2 ttl-security hops 2",
      "neighbor 198.51.100.2 ebgp-multihop 4",
    ]);
  });

  it("writes the maximum ebgp-multihop the way FRR 10.3 prints it (bare) and reads it back as 255", () => {
    expect(planFrom("neighbor 198.51.100.2 ebgp-multihop 4", { ebgpMultihop: 255 })).toEqual(["neighbor 198.51.100.2 ebgp-multihop"]);
    expect(planFrom("neighbor 198.51.100.2 ebgp-multihop", { ebgpMultihop: 255 })).toEqual([]);
  });

  it("changes ebgp-multihop in place", () => {
    expect(planFrom("neighbor 198.51.100.2 ebgp-multihop 4", { ebgpMultihop: 8 })).toEqual(["neighbor 198.51.100.2 ebgp-multihop 8"]);
  });
});

describe("peer plan, address families", () => {
  const planAf = (current: string, desired: Record<string, unknown>) => {
    const config = parseRunningConfig(
      `frr version 10.3\nfrr defaults traditional\nrouter bgp 65000\n neighbor 198.51.100.2 remote-as 65001\n !\n address-family ipv4 unicast\n  ${current}\n exit-address-family\nexit\n`,
    );
    const spec = { speaker: "65000", neighbor: "198.51.100.2", remoteAs: "65001", addressFamilies: { ipv4Unicast: desired } };
    const observed = peer.model.read(config, spec, dialectOf(config));
    return peer.model.plan(observed, spec, config, dialectOf(config)).flatMap((command) => (command.line === undefined ? [] : [command.line]));
  };

  it("switches allowas-in origin to a count without the removal undoing the count (one FRR setting)", () => {
    expect(planAf("neighbor 198.51.100.2 allowas-in origin", { allowasIn: 6, allowasInOrigin: false })).toEqual([
      "no neighbor 198.51.100.2 allowas-in origin",
      "neighbor 198.51.100.2 allowas-in 6",
    ]);
  });

  it("switches a count to allowas-in origin", () => {
    expect(planAf("neighbor 198.51.100.2 allowas-in 6", { allowasInOrigin: true })).toEqual([
      "no neighbor 198.51.100.2 allowas-in",
      "neighbor 198.51.100.2 allowas-in origin",
    ]);
  });
});

describe("speaker plan", () => {
  const speaker: AnyResourceKind = registry.speaker;
  const planSpeaker = (body: string, spec: Record<string, unknown>) => {
    const config = parseRunningConfig(`frr version 8.4.4\nfrr defaults traditional\nrouter bgp 65000 vrf red\n${body}exit\n`);
    const full = { asn: 65000, vrf: "red", ...spec };
    const observed = speaker.model.read(config, full, dialectOf(config));
    return speaker.model.plan(observed, full, config, dialectOf(config)).flatMap((c) => (c.line === undefined ? [] : [c.line]));
  };

  it("removes a redistribution first when the change drops its metric (FRR would keep the old metric)", () => {
    const body = " address-family ipv4 unicast\n  redistribute static metric 10 route-map A\n exit-address-family\n";
    expect(planSpeaker(body, { addressFamilies: { ipv4Unicast: { redistribute: [{ protocol: "static", routeMap: "B" }] } } })).toEqual([
      "no redistribute static metric 10 route-map A",
      "redistribute static route-map B",
    ]);
    expect(planSpeaker(body, { addressFamilies: { ipv4Unicast: { redistribute: [{ protocol: "static", metric: 20, routeMap: "A" }] } } })).toEqual([
      "redistribute static metric 20 route-map A",
    ]);
  });

  it("sets another RD before a new one (FRR ignores `rd X` right after `no rd X`)", () => {
    expect(planSpeaker("", { addressFamilies: { l2vpnEvpn: { rd: "65000:7" } } })).toEqual(["rd 65535:65535", "rd 65000:7"]);
    expect(planSpeaker(" address-family l2vpn evpn\n  rd 65000:6\n exit-address-family\n", { addressFamilies: { l2vpnEvpn: { rd: "65000:7" } } })).toEqual(["rd 65000:7"]);
  });
});
