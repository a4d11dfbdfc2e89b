import { describe, expect, it } from "vitest";
import { BgpSpeaker, FrrProvider, GuestPeering, type GuestPeeringProps } from "../../../constructs/index";
import { asnRangeRegex } from "../../../src/resources/as-path-list";
import { cloudstackSeed } from "../../support/seed-specs";
import { find, newStack, resolve, synth } from "./synth";

/** Seed cloudstack-guest-bgp-api.md: the virtual router with the offering's guardrails. */
function vr(props: Partial<GuestPeeringProps> = {}) {
  const stack = newStack();
  const provider = new FrrProvider(stack, "vr", { alias: "vr", host: "172.30.3.11" });
  const speaker = new BgpSpeaker(stack, "speaker", { provider, asn: 65101, routerId: "10.46.10.1", defaultIpv4Unicast: false, listenLimit: 250 });
  new GuestPeering(stack, "guests", {
    speaker,
    guestNetworks: ["2001:db8:1046:10::/64"],
    description: "CloudStack guest VMs",
    sendToGuests: [{ prefix: "::/0" }, { prefix: "2001:db8:1046::/48", ge: 64, le: 64 }],
    staticGuests: ["2001:db8:1046:10:1::50", "2001:db8:1046:10:1::51"],
    ...props,
  });
  return synth(stack);
}

const seed = (kind: string, key: string, value: unknown) => cloudstackSeed.find((r) => r.kind === kind && r.spec[key] === value)!.spec;
const withoutSeq = (entries: unknown) => (entries as Array<Record<string, unknown>>).map(({ seq: _, ...rest }) => rest);

describe("GuestPeering", () => {
  it("builds the allowed-ASN guardrail with asnRangeRegex (the offering's default 65200-65299)", () => {
    const s = vr();
    const list = find(s, "frr_as_path_list", "name", "GUESTS-ASN");
    expect(list["entries"]).toEqual([
      { seq: 5, action: "permit", regex: asnRangeRegex(65200, 65299) },
      { seq: 10, action: "deny", regex: ".*" },
    ]);
    const seedRegex = (seed("asPathList", "name", "GUEST-ASN")["entries"] as Array<{ regex: string }>)[0]!.regex;
    for (const asn of [65199, 65200, 65250, 65299, 65300]) expect(new RegExp(asnRangeRegex(65200, 65299)).test(String(asn))).toBe(new RegExp(seedRegex).test(String(asn)));
  });

  it("accepts host routes inside the guest network only, as the seed's GUEST-V6-IN, and what the seed sends out", () => {
    const s = vr();
    expect(withoutSeq(find(s, "frr_prefix_list", "name", "GUESTS-IN-V6")["entries"])).toEqual(withoutSeq(seed("prefixList", "name", "GUEST-V6-IN")["entries"]));
    expect(withoutSeq(find(s, "frr_prefix_list", "name", "GUESTS-OUT-V6")["entries"])).toEqual(withoutSeq(seed("prefixList", "name", "GUEST-V6-OUT")["entries"]));
    const entries = find(s, "frr_route_map", "name", "GUESTS-IN")["entries"] as Array<{ action: string; match?: Record<string, string> }>;
    expect(entries.map((e) => e.action)).toEqual(["permit", "deny"]);
    expect(resolve(s, entries[0]!.match!["as_path"])).toBe("GUESTS-ASN");
    expect(resolve(s, entries[0]!.match!["ipv6_address_prefix_list"])).toBe("GUESTS-IN-V6");
  });

  it("configures the peer-group as the seed does: remote-as external, GTSM, filters, max prefixes, soft-reconfiguration", () => {
    const s = vr();
    const group = find(s, "frr_bgp_peer", "neighbor", "GUESTS");
    const seedGroup = seed("peer", "neighbor", "GUESTS");
    expect(group).toMatchObject({ provider: "frr.vr", type: "peer-group", remote_as: "external", description: seedGroup["description"], ttl_security_hops: seedGroup["ttlSecurityHops"] });
    const af = (group["address_families"] as Record<string, Record<string, unknown>>)["ipv6_unicast"]!;
    expect(Object.keys(group["address_families"] as object)).toEqual(["ipv6_unicast"]);
    expect(af).toMatchObject({ activate: true, maximum_prefix: { limit: 10 }, soft_reconfiguration_inbound: true });
    expect([af["route_map_in"], af["route_map_out"], af["filter_list_in"], af["prefix_list_in"]].map((v) => resolve(s, v))).toEqual(["GUESTS-IN", "GUESTS-OUT", "GUESTS-ASN", "GUESTS-IN-V6"]);
  });

  it("accepts guests from their network, keeps static guests in the peer-group and originates the network", () => {
    const s = vr();
    const [range] = s.of("frr_bgp_listen_range");
    expect(range).toMatchObject({ prefix: "2001:db8:1046:10::/64", speaker: "${frr_bgp_speaker.speaker.id}" });
    expect(resolve(s, range!["peer_group"])).toBe("GUESTS");
    const members = s.of("frr_bgp_peer").filter((p) => p["type"] === undefined);
    expect(members.map((m) => m["neighbor"])).toEqual(cloudstackSeed.filter((r) => r.kind === "peer" && r.spec["peerGroup"] === "GUESTS").map((r) => r.spec["neighbor"]));
    for (const member of members) expect(member).not.toHaveProperty("remote_as");
    expect(s.of("frr_bgp_advertisement").map((a) => a["prefix"])).toEqual(["2001:db8:1046:10::/64"]);
  });

  it("turns the offering's prefix-length and max-prefix settings into the filters", () => {
    const s = vr({ prefixLength: { min: 64, max: 128 }, maxPrefixes: 20, allowedAsns: { min: 64512, max: 65534 }, sendToGuests: undefined });
    expect(find(s, "frr_prefix_list", "name", "GUESTS-IN-V6")["entries"]).toContainEqual({ seq: 5, action: "permit", prefix: "2001:db8:1046:10::/64", le: 128 });
    expect(find(s, "frr_prefix_list", "name", "GUESTS-OUT-V6")["entries"]).toEqual([{ seq: 5, action: "permit", prefix: "::/0" }]);
    const group = find(s, "frr_bgp_peer", "neighbor", "GUESTS");
    expect(group).toHaveProperty(["address_families", "ipv6_unicast", "maximum_prefix"], { limit: 20 });
    expect((find(s, "frr_as_path_list", "name", "GUESTS-ASN")["entries"] as Array<{ regex: string }>)[0]!.regex).toBe(asnRangeRegex(64512, 65534));
  });

  it("refuses guardrails that cannot hold", () => {
    expect(() => vr({ prefixLength: { min: 48, max: 128 } })).toThrow(/FRR_CONFLICT at `prefixLength`.*does not fit guest network 2001:db8:1046:10::\/64/);
    expect(() => vr({ allowedAsns: { min: 65299, max: 65200 } })).toThrow(/FRR_CONFLICT at `allowedAsns`.*min above max/);
    expect(() => vr({ guestNetworks: ["2001:db8:1046:10::1/64"] })).toThrow(/FRR_INVALID_PREFIX at `guestNetworks\[0\]`.*host bits/);
  });
});
