import { TerraformVariable } from "cdktf";
import { describe, expect, it } from "vitest";
import { FrrProvider, TorPeering, type TorPeeringProps } from "../../../constructs/index";
import { ValidationError } from "../../../src/errors";
import { quantixSeed } from "../../support/seed-specs";
import { find, newStack, resolve, synth } from "./synth";

/** Seed quantix-bgp-tor.md: one node, ToR A over IPv4 (the seed's session) and IPv6. */
function quantix(props: Partial<TorPeeringProps> = {}) {
  const stack = newStack();
  const provider = new FrrProvider(stack, "node1", { alias: "node1", host: "172.30.1.11" });
  const password = new TerraformVariable(stack, "tor_a_password", { type: "string", sensitive: true }).stringValue;
  const peering = new TorPeering(stack, "tor", {
    provider,
    asn: 65000,
    routerId: "10.0.0.1",
    neighbors: [
      { address: "10.0.0.254", asn: 65001, description: "ToR-Switch-A", password },
      { address: "2001:db8:0:a::fe", asn: 65001, description: "ToR-Switch-A", password },
    ],
    advertisements: [
      { prefix: "10.100.0.0/24", communities: ["65000:100"], localPreference: 200 },
      { prefix: "10.200.0.0/24" },
    ],
    ...props,
  });
  return { stack, peering, s: synth(stack) };
}

const seed = (kind: string) => quantixSeed.filter((r) => r.kind === kind).map((r) => r.spec);

describe("TorPeering", () => {
  it("declares the seed's speaker: router-id, log-neighbor-changes, no default ipv4-unicast", () => {
    const { s } = quantix();
    const [speaker] = s.of("frr_bgp_speaker");
    const expected = seed("speaker")[0]!;
    expect(speaker).toEqual({ provider: "frr.node1", asn: expected["asn"], router_id: expected["routerId"], log_neighbor_changes: true, default_ipv4_unicast: false });
  });

  it("peers with every ToR: remote-as, description, MD5 password from a sensitive variable, timers 30/90, soft-reconfiguration in the neighbor's family", () => {
    const { s } = quantix();
    const ipv4 = find(s, "frr_bgp_peer", "neighbor", "10.0.0.254");
    const seedPeer = seed("peer")[0]!;
    expect(ipv4).toMatchObject({
      provider: "frr.node1",
      remote_as: String(seedPeer["remoteAs"]),
      description: seedPeer["description"],
      password: "${var.tor_a_password}",
      timers: { keepalive: 30, hold: 90 },
      address_families: { ipv4_unicast: { activate: true, soft_reconfiguration_inbound: true } },
    });
    expect(resolve(s, ipv4["speaker"])).toMatch(/^\$\{frr_bgp_speaker\.tor_speaker_\w+\.id\}$/);
    const ipv6 = find(s, "frr_bgp_peer", "neighbor", "2001:db8:0:a::fe");
    expect(Object.keys(ipv6["address_families"] as object)).toEqual(["ipv6_unicast"]);
    expect(s.json.variable?.["tor_a_password"]).toMatchObject({ sensitive: true });
    expect(s.warnings).toEqual([]);
  });

  it("advertises the overlay prefixes with their communities and local preference", () => {
    const { s } = quantix();
    expect(s.of("frr_bgp_advertisement").map((a) => a["prefix"])).toEqual(seed("advertisement").map((a) => a["prefix"]));
    expect(find(s, "frr_bgp_advertisement", "prefix", "10.100.0.0/24")).toMatchObject({ communities: ["65000:100"], local_preference: 200 });
    expect(find(s, "frr_bgp_advertisement", "prefix", "10.200.0.0/24")).not.toHaveProperty("communities");
  });

  it("sends only the advertised prefixes (TOR-OUT) and accepts everything by default (TOR-IN)", () => {
    const { s } = quantix();
    const peer = find(s, "frr_bgp_peer", "neighbor", "10.0.0.254");
    const af = (peer["address_families"] as Record<string, Record<string, unknown>>)["ipv4_unicast"]!;
    expect(resolve(s, af["route_map_out"])).toBe("TOR-OUT");
    expect(resolve(s, af["route_map_in"])).toBe("TOR-IN");
    expect(find(s, "frr_route_map", "name", "TOR-IN")["entries"]).toEqual([{ seq: 10, action: "permit" }]);
    expect(find(s, "frr_prefix_list", "name", "TOR-OUT-V4")).toMatchObject({
      family: "ipv4",
      entries: [
        { seq: 5, action: "permit", prefix: "10.100.0.0/24" },
        { seq: 10, action: "permit", prefix: "10.200.0.0/24" },
      ],
    });
    const out = find(s, "frr_route_map", "name", "TOR-OUT")["entries"] as Array<{ match: Record<string, string> }>;
    expect(out.map((e) => resolve(s, e.match["ip_address_prefix_list"]))).toEqual(["TOR-OUT-V4"]);
  });

  it("filters inbound routes with acceptPrefixes, one prefix-list per family", () => {
    const { s } = quantix({ acceptPrefixes: [{ prefix: "198.51.100.0/24" }, { prefix: "2001:db8:ffff::/48", le: 64 }] });
    expect(find(s, "frr_prefix_list", "name", "TOR-IN-V6")["entries"]).toEqual([{ seq: 5, action: "permit", prefix: "2001:db8:ffff::/48", le: 64 }]);
    expect(find(s, "frr_route_map", "name", "TOR-IN")["entries"]).toHaveLength(2);
  });

  it("takes AS numbers from variables", () => {
    const stack = newStack();
    const asn = new TerraformVariable(stack, "tor_asn", { type: "number" }).numberValue;
    new TorPeering(stack, "tor", { asn: 65000, neighbors: [{ address: "10.0.0.254", asn }] });
    expect(find(synth(stack), "frr_bgp_peer", "neighbor", "10.0.0.254")["remote_as"]).toBe("${var.tor_asn}");
  });

  it("warns when a password is a literal: it would be written to cdk.tf.json", () => {
    const { s } = quantix({ neighbors: [{ address: "10.0.0.254", asn: 65001, password: "secretpass" }] });
    expect(s.warnings).toHaveLength(1);
    expect(s.warnings[0]!.message).toMatch(/neighbors\[0\]\.password is a literal secret.*sensitive variable/);
  });

  it("reports every invalid prop at once, with its path", () => {
    let error: unknown;
    try {
      quantix({ asn: 0, neighbors: [{ address: "10.0.0.254", asn: 23456 }], advertisements: [{ prefix: "10.100.0.1/24" }, { prefix: "10.200.0.0" }] });
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(ValidationError);
    const message = (error as Error).message;
    expect(message).toContain('TorPeering "test/tor" is invalid');
    expect(message).toMatch(/FRR_INVALID_ASN at `asn`/);
    expect(message).toMatch(/FRR_INVALID_ASN at `neighbors\[0\]\.asn`: 23456 AS 23456 is AS_TRANS/);
    expect(message).toMatch(/FRR_INVALID_PREFIX at `advertisements\[0\]\.prefix`: "10\.100\.0\.1\/24" has host bits set.*Use "10\.100\.0\.0\/24"/);
    expect(message).toMatch(/FRR_INVALID_PREFIX at `advertisements\[1\]\.prefix`/);
  });

  it("checks prefix-length bounds with the prefix-list resource's own rules", () => {
    expect(() => quantix({ acceptPrefixes: [{ prefix: "198.51.100.0/24", ge: 16 }] })).toThrow(/FRR_INVALID_NUMBER at `acceptPrefixes\[0\]\.ge`: 16 must be greater than the prefix length 24/);
  });
});
