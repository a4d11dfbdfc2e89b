import { describe, expect, it } from "vitest";
import { BgpSpeaker, FrrProvider, TenantVrf, type TenantVrfProps } from "../../../constructs/index";
import { pveHostSeed } from "../../support/seed-specs";
import { find, newStack, resolve, synth, type Synthesised } from "./synth";

/** Seed pve-evpn-frr-spec.md §4.4–4.7 on pve01. */
function pve01(props: Partial<TenantVrfProps> = {}, globalImports: string[] = []) {
  const stack = newStack();
  const provider = new FrrProvider(stack, "pve01", { alias: "pve01", host: "172.30.2.11" });
  const global = new BgpSpeaker(stack, "global", {
    provider,
    asn: 4200001000,
    addressFamilies: { ipv4Unicast: { maximumPaths: 4, ...(globalImports.length ? { importVrfs: globalImports } : {}) }, ipv6Unicast: { maximumPaths: 4 } },
  });
  const tenant = new TenantVrf(stack, "tenant", {
    globalSpeaker: global,
    vrf: "vrf_evpnz1",
    vni: 10101,
    asn: 4200001000,
    routerId: "10.255.0.1",
    listenRanges: ["fd00:101::/64", "fd00:101:fe::/64"],
    acceptFromGuests: [
      { prefix: "10.101.254.0/24", ge: 32, le: 32 },
      { prefix: "10.101.244.0/22", le: 24 },
      { prefix: "fd00:101:fe::/64", ge: 128, le: 128 },
      { prefix: "fd00:101:244::/60", le: 64 },
    ],
    sendToGuests: [{ prefix: "0.0.0.0/0" }, { prefix: "::/0" }, { prefix: "10.101.254.0/24", ge: 32 }, { prefix: "fd00:101:fe::/64", ge: 128 }],
    connectedSubnets: ["10.101.0.0/24", "fd00:101::/64"],
    ...props,
  });
  return { tenant, s: synth(stack) };
}

const seedSpec = (kind: string, pick: (spec: Record<string, unknown>) => boolean) => pveHostSeed.find((r) => r.kind === kind && pick(r.spec))!.spec;
const seedLists = (...names: string[]) =>
  names.flatMap((name) => (seedSpec("prefixList", (s) => s["name"] === name)["entries"] as Array<Record<string, unknown>>).map(({ seq: _, ...rest }) => rest));
const entriesOf = (s: Synthesised, name: string) => (find(s, "frr_prefix_list", "name", name)["entries"] as Array<Record<string, unknown>>).map(({ seq: _, ...rest }) => rest);

describe("TenantVrf", () => {
  it("declares the VRF with its VNI and the VRF's BGP instance (router-id, no default ipv4-unicast)", () => {
    const { s } = pve01();
    expect(find(s, "frr_vrf", "name", "vrf_evpnz1")).toMatchObject({ provider: "frr.pve01", vni: seedSpec("vrf", () => true)["vni"] });
    const speaker = s.of("frr_bgp_speaker").find((r) => r["vrf"] !== undefined)!;
    expect(resolve(s, speaker["vrf"])).toBe("vrf_evpnz1");
    expect(speaker).toMatchObject({ provider: "frr.pve01", asn: 4200001000, router_id: "10.255.0.1", default_ipv4_unicast: false, depends_on: ["frr_bgp_speaker.global"] });
  });

  it("makes the seed's peer-group VMS (remote-as external, extended next hop) and a listen range per tenant prefix", () => {
    const { s } = pve01();
    const seedGroup = seedSpec("peer", (p) => p["neighbor"] === "VMS");
    const group = find(s, "frr_bgp_peer", "neighbor", "VMS");
    expect(group).toMatchObject({ type: "peer-group", remote_as: seedGroup["remoteAs"], capability_extended_nexthop: true });
    for (const af of ["ipv4_unicast", "ipv6_unicast"]) {
      const settings = (group["address_families"] as Record<string, Record<string, unknown>>)[af]!;
      expect(settings["activate"]).toBe(true);
      expect(resolve(s, settings["route_map_in"])).toBe("vrf_evpnz1-VMS-IN");
      expect(resolve(s, settings["route_map_out"])).toBe("vrf_evpnz1-VMS-OUT");
    }
    const seedRanges = pveHostSeed.filter((r) => r.kind === "listenRange").map((r) => r.spec["prefix"]);
    expect(s.of("frr_bgp_listen_range").map((r) => r["prefix"])).toEqual(seedRanges);
    for (const range of s.of("frr_bgp_listen_range")) expect(resolve(s, range["peer_group"])).toBe("VMS");
  });

  it("accepts from the VMs what the seed's IMPORT-VM-ROUTES accepts, with an explicit deny at the end", () => {
    const { s } = pve01();
    expect(entriesOf(s, "vrf_evpnz1-VMS-IN-V4")).toEqual([...seedLists("VM-LOOPBACKS-V4", "VM-K8S-PODS-V4"), { action: "deny", prefix: "0.0.0.0/0", le: 32 }]);
    expect(entriesOf(s, "vrf_evpnz1-VMS-IN-V6")).toEqual([...seedLists("VM-LOOPBACKS-V6", "VM-K8S-PODS-V6"), { action: "deny", prefix: "::/0", le: 128 }]);
    const entries = find(s, "frr_route_map", "name", "vrf_evpnz1-VMS-IN")["entries"] as Array<Record<string, unknown>>;
    expect(entries.map((e) => [e["seq"], e["action"]])).toEqual([[10, "permit"], [20, "permit"], [100, "deny"]]);
  });

  it("sends the VMs what the seed's EXPORT_TO_TALOS sends", () => {
    const { s } = pve01();
    expect(entriesOf(s, "vrf_evpnz1-VMS-OUT-V4")).toEqual(seedLists("DEFAULT_V4", "TALOS_LOOPBACKS"));
    expect(entriesOf(s, "vrf_evpnz1-VMS-OUT-V6")).toEqual(seedLists("DEFAULT_V6", "TALOS_LOOPBACKS_V6"));
  });

  it("redistributes the VRF's connected subnets through a route-map, and leaks routes both ways", () => {
    const { s } = pve01({}, ["vrf_other"]);
    const speaker = s.of("frr_bgp_speaker").find((r) => r["vrf"] !== undefined)!;
    const families = speaker["address_families"] as Record<string, Record<string, unknown>>;
    for (const af of ["ipv4_unicast", "ipv6_unicast"]) {
      expect(families[af]!["import_vrfs"]).toEqual(["default"]);
      const [redistribute] = families[af]!["redistribute"] as Array<Record<string, unknown>>;
      expect(redistribute!["protocol"]).toBe("connected");
      expect(resolve(s, redistribute!["route_map"])).toBe("vrf_evpnz1-VMS-CONNECTED");
    }
    expect(entriesOf(s, "vrf_evpnz1-VMS-CONNECTED-V4")).toEqual(seedLists("VRF_SUBNETS_V4"));
    const global = s.of("frr_bgp_speaker").find((r) => r["vrf"] === undefined)!;
    // The global side keeps what the speaker itself declared.
    expect(global["address_families"]).toEqual({
      ipv4_unicast: { maximum_paths: 4, import_vrfs: ["vrf_other", "vrf_evpnz1"] },
      ipv6_unicast: { maximum_paths: 4, import_vrfs: ["vrf_evpnz1"] },
    });
  });

  it("takes the host's provider from the global speaker, and refuses a speaker of another host", () => {
    const { s } = pve01();
    for (const resources of Object.values(s.json.resource ?? {})) for (const r of Object.values(resources)) expect(r["provider"]).toBe("frr.pve01");
    const stack = newStack();
    const pve01Provider = new FrrProvider(stack, "pve01", { alias: "pve01", host: "172.30.2.11" });
    const pve02Provider = new FrrProvider(stack, "pve02", { alias: "pve02", host: "172.30.2.12" });
    const global = new BgpSpeaker(stack, "global", { provider: pve02Provider, asn: 4200001000 });
    expect(
      () => new TenantVrf(stack, "tenant", { provider: pve01Provider, globalSpeaker: global, vrf: "vrf_evpnz1", asn: 4200001000, listenRanges: ["fd00:101::/64"], acceptFromGuests: [], sendToGuests: [] }),
    ).toThrow(/FRR_CONFLICT at `globalSpeaker`: is managed through another provider/);
  });

  it("leaves the VRF block alone without a VNI, and the route leak to the user without a global speaker", () => {
    const { s } = pve01({ vni: undefined, globalSpeaker: undefined, families: ["ipv6"] });
    expect(s.of("frr_vrf")).toEqual([]);
    const speakers = s.of("frr_bgp_speaker");
    expect(speakers.find((r) => r["vrf"] === undefined)!["address_families"]).not.toHaveProperty("ipv4_unicast.import_vrfs");
    const tenant = speakers.find((r) => r["vrf"] !== undefined)!;
    expect(tenant["vrf"]).toBe("vrf_evpnz1");
    expect(Object.keys(tenant["address_families"] as object)).toEqual(["ipv6_unicast"]);
  });

  it("refuses names FRR would refuse", () => {
    expect(() => pve01({ vrf: "a-very-long-vrf-name-that-frr-does-not-take" })).toThrow(/FRR_INVALID_NAME at `vrf`/);
    expect(() => pve01({ listenRanges: [] })).toThrow(/FRR_REQUIRED at `listenRanges`/);
  });
});
