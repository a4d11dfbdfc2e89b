// The BGP and routing-policy parts of the three seeds, written as frr-iac resource inputs.
// Golden tests check them against what real FRR printed for the same configuration
// (test/fixtures/frr/<version>/<profile>/seed-*.running.conf).
import type { KindName } from "../../src/resources/registry";

export interface SeedResource {
  readonly kind: KindName;
  readonly spec: Record<string, unknown>;
}

const pl = (name: string, family: "ipv4" | "ipv6", entries: [number, "permit" | "deny", string, number?, number?][]): SeedResource => ({
  kind: "prefixList",
  spec: {
    name,
    ...(family === "ipv6" ? { family } : {}),
    entries: entries.map(([seq, action, prefix, ge, le]) => ({ seq, action, prefix, ...(ge !== undefined ? { ge } : {}), ...(le !== undefined ? { le } : {}) })),
  },
});

const rm = (name: string, entries: Record<string, unknown>[]): SeedResource => ({ kind: "routeMap", spec: { name, entries } });

/** quantix-bgp-tor.md: the generated frr.conf of a QHCI node. */
export const quantixSeed: SeedResource[] = [
  { kind: "speaker", spec: { asn: 65000, routerId: "10.0.0.1", logNeighborChanges: true, defaultIpv4Unicast: false } },
  {
    kind: "peer",
    spec: {
      speaker: "65000",
      neighbor: "10.0.0.254",
      remoteAs: 65001,
      description: "ToR-Switch-A",
      password: "secretpass",
      timers: { keepalive: 30, hold: 90 },
      addressFamilies: { ipv4Unicast: { activate: true, softReconfigurationInbound: true } },
    },
  },
  { kind: "advertisement", spec: { speaker: "65000", prefix: "10.100.0.0/24" } },
  { kind: "advertisement", spec: { speaker: "65000", prefix: "10.200.0.0/24" } },
];

/** pve-evpn-frr-spec.md §4.4–4.7, 7.4: pve01 (PVE_ID 1). */
export const pveHostSeed: SeedResource[] = [
  pl("OSPF_INFRA_V4", "ipv4", [[5, "permit", "10.255.0.0/16", undefined, 32], [10, "deny", "0.0.0.0/0", undefined, 32]]),
  pl("OSPF_INFRA_V6", "ipv6", [[5, "permit", "fd00:0:0:ffff::/64", undefined, 128], [10, "deny", "::/0", undefined, 128]]),
  pl("TENANT_ONLY_V6", "ipv6", [
    [5, "permit", "fd00:101::/64", undefined, 128],
    [10, "permit", "fd00:102::/64", undefined, 128],
    [15, "permit", "2001:db8:2600::/64", undefined, 128],
    [20, "permit", "fd00:101:fe::/64", 128, 128],
    [90, "deny", "fd00::/48", undefined, 128],
    [95, "deny", "fd00:10::/64", undefined, 128],
    [99, "deny", "::/0", undefined, 128],
  ]),
  pl("TENANT_ONLY_V4", "ipv4", [
    [5, "permit", "10.101.0.0/24"],
    [10, "permit", "10.101.254.0/24", 32, 32],
    [90, "deny", "10.255.0.0/24", 32],
    [99, "deny", "0.0.0.0/0", undefined, 32],
  ]),
  pl("VM-LOOPBACKS-V4", "ipv4", [[5, "permit", "10.101.254.0/24", 32, 32]]),
  pl("VM-K8S-PODS-V4", "ipv4", [[5, "permit", "10.101.244.0/22", undefined, 24]]),
  pl("VM-LOOPBACKS-V6", "ipv6", [[5, "permit", "fd00:101:fe::/64", 128, 128]]),
  pl("VM-K8S-PODS-V6", "ipv6", [[5, "permit", "fd00:101:244::/60", undefined, 64]]),
  pl("DEFAULT_V4", "ipv4", [[5, "permit", "0.0.0.0/0"]]),
  pl("DEFAULT_V6", "ipv6", [[5, "permit", "::/0"]]),
  pl("TALOS_LOOPBACKS", "ipv4", [[5, "permit", "10.101.254.0/24", 32]]),
  pl("TALOS_LOOPBACKS_V6", "ipv6", [[5, "permit", "fd00:101:fe::/64", 128]]),
  pl("INFRA_CONNECTED_V4", "ipv4", [[5, "permit", "10.255.0.0/24", 32]]),
  pl("INFRA_CONNECTED_V6", "ipv6", [[5, "permit", "fd00:0:0:ffff::/64", 128]]),
  pl("VRF_SUBNETS_V4", "ipv4", [[5, "permit", "10.101.0.0/24"]]),
  pl("VRF_SUBNETS_V6", "ipv6", [[5, "permit", "fd00:101::/64"]]),
  pl("PL_K8S_PODS_V6", "ipv6", [[5, "permit", "fd00:101:244::/60", undefined, 64]]),
  { kind: "communityList", spec: { name: "CL_K8S_INTERNAL", type: "large", entries: [{ seq: 5, action: "permit", communities: ["4200001000:0:100"] }] } },
  { kind: "communityList", spec: { name: "CL_K8S_PUBLIC", type: "large", entries: [{ seq: 5, action: "permit", communities: ["4200001000:0:200"] }] } },
  rm("OSPF_INFRA_V4", [{ seq: 10, action: "permit", match: { ipAddressPrefixList: "OSPF_INFRA_V4" } }]),
  rm("OSPF_INFRA_V6", [{ seq: 10, action: "permit", match: { ipv6AddressPrefixList: "OSPF_INFRA_V6" } }]),
  rm("EXPORT_TO_ROUTEROS", [
    { seq: 10, action: "permit", match: { ipv6AddressPrefixList: "TENANT_ONLY_V6" }, set: { ipv6NextHopGlobal: "fd00:0:0:ffff::1" } },
    { seq: 20, action: "permit", match: { ipAddressPrefixList: "TENANT_ONLY_V4" }, set: { ipNextHop: "10.255.0.1" } },
  ]),
  rm("IMPORT_FROM_ROUTEROS", [{ seq: 10, action: "permit" }]),
  rm("EXPORT_V4_CONNECTED", [{ seq: 10, action: "permit", match: { ipAddressPrefixList: "INFRA_CONNECTED_V4" } }]),
  rm("EXPORT_V6_CONNECTED", [{ seq: 10, action: "permit", match: { ipv6AddressPrefixList: "INFRA_CONNECTED_V6" } }]),
  rm("VRF_CONNECTED_V4", [{ seq: 10, action: "permit", match: { ipAddressPrefixList: "VRF_SUBNETS_V4" } }]),
  rm("VRF_CONNECTED_V6", [{ seq: 10, action: "permit", match: { ipv6AddressPrefixList: "VRF_SUBNETS_V6" } }]),
  rm("IMPORT-VM-ROUTES", [
    { seq: 10, action: "permit", match: { ipAddressPrefixList: "VM-LOOPBACKS-V4" } },
    { seq: 20, action: "permit", match: { ipAddressPrefixList: "VM-K8S-PODS-V4" } },
    { seq: 30, action: "permit", match: { ipv6AddressPrefixList: "VM-LOOPBACKS-V6" } },
    { seq: 40, action: "permit", match: { ipv6AddressPrefixList: "VM-K8S-PODS-V6" } },
    { seq: 99, action: "deny" },
  ]),
  rm("EXPORT_TO_TALOS", [
    { seq: 10, action: "permit", match: { ipAddressPrefixList: "DEFAULT_V4" } },
    { seq: 20, action: "permit", match: { ipv6AddressPrefixList: "DEFAULT_V6" } },
    { seq: 30, action: "permit", match: { ipAddressPrefixList: "TALOS_LOOPBACKS" } },
    { seq: 40, action: "permit", match: { ipv6AddressPrefixList: "TALOS_LOOPBACKS_V6" } },
  ]),
  rm("RM_EDGE_EXPORT_V6", [{ seq: 20, action: "permit", match: { largeCommunity: "CL_K8S_PUBLIC" } }]),
  rm("RM_VMS_IN_V6", [{ seq: 10, action: "permit", match: { ipv6AddressPrefixList: "PL_K8S_PODS_V6" }, set: { largeCommunity: ["4200001000:0:100"] } }]),
  { kind: "vrf", spec: { name: "vrf_evpnz1", vni: 10101 } },
  {
    kind: "speaker",
    spec: {
      asn: 4200001000,
      routerId: "10.255.0.1",
      defaultIpv4Unicast: false,
      networkImportCheck: false,
      timers: { keepalive: 10, hold: 30 },
      addressFamilies: {
        ipv4Unicast: { redistribute: [{ protocol: "connected", routeMap: "EXPORT_V4_CONNECTED" }], importVrfs: ["vrf_evpnz1"], maximumPaths: 4, maximumPathsIbgp: 4 },
        ipv6Unicast: { redistribute: [{ protocol: "connected", routeMap: "EXPORT_V6_CONNECTED" }], importVrfs: ["vrf_evpnz1"], maximumPaths: 4, maximumPathsIbgp: 4 },
        l2vpnEvpn: { advertiseAllVni: true, advertiseSviIp: true },
      },
    },
  },
  ...[2, 3].map((n) => ({
    kind: "peer" as const,
    spec: {
      speaker: "4200001000",
      neighbor: `fd00:0:0:ffff::${n}`,
      remoteAs: 4200001000,
      description: `"iBGP to pve0${n} loopback"`,
      updateSource: "fd00:0:0:ffff::1",
      addressFamilies: { ipv6Unicast: { activate: true }, l2vpnEvpn: { activate: true } },
    },
  })),
  {
    kind: "peer",
    spec: {
      speaker: "4200001000",
      neighbor: "fd00:0:0:ffff::fffe",
      remoteAs: 4200000000,
      description: "\"MikroTik edge router\"",
      updateSource: "fd00:0:0:ffff::1",
      ebgpMultihop: 5,
      addressFamilies: { ipv6Unicast: { activate: true, routeMapIn: "IMPORT_FROM_ROUTEROS", routeMapOut: "EXPORT_TO_ROUTEROS", nextHopSelfForce: true } },
    },
  },
  {
    kind: "peer",
    spec: {
      speaker: "4200001000",
      neighbor: "10.255.0.254",
      remoteAs: 4200000000,
      description: "MikroTik edge router (IPv4)",
      updateSource: "10.255.0.1",
      ebgpMultihop: 5,
      addressFamilies: { ipv4Unicast: { activate: true, routeMapIn: "IMPORT_FROM_ROUTEROS", routeMapOut: "EXPORT_TO_ROUTEROS", nextHopSelf: true } },
    },
  },
  {
    kind: "speaker",
    spec: {
      asn: 4200001000,
      vrf: "vrf_evpnz1",
      routerId: "10.255.0.1",
      defaultIpv4Unicast: false,
      addressFamilies: {
        ipv4Unicast: { redistribute: [{ protocol: "connected", routeMap: "VRF_CONNECTED_V4" }], importVrfs: ["default"] },
        ipv6Unicast: { redistribute: [{ protocol: "connected", routeMap: "VRF_CONNECTED_V6" }], importVrfs: ["default"] },
      },
    },
  },
  {
    kind: "peer",
    spec: {
      speaker: "4200001000/vrf/vrf_evpnz1",
      neighbor: "VMS",
      type: "peer-group",
      remoteAs: "external",
      capabilityExtendedNexthop: true,
      addressFamilies: {
        ipv4Unicast: { activate: true, routeMapIn: "IMPORT-VM-ROUTES", routeMapOut: "EXPORT_TO_TALOS" },
        ipv6Unicast: { activate: true, routeMapIn: "IMPORT-VM-ROUTES", routeMapOut: "EXPORT_TO_TALOS" },
      },
    },
  },
  { kind: "listenRange", spec: { speaker: "4200001000/vrf/vrf_evpnz1", prefix: "fd00:101::/64", peerGroup: "VMS" } },
  { kind: "listenRange", spec: { speaker: "4200001000/vrf/vrf_evpnz1", prefix: "fd00:101:fe::/64", peerGroup: "VMS" } },
];

/** pve-evpn-frr-spec.md §5.3/5.4: the FRR side of a Talos VM (solcp01). */
export const pveVmSeed: SeedResource[] = [
  pl("DEFAULT-ONLY-v6", "ipv6", [[10, "permit", "::/0"]]),
  pl("DEFAULT-ONLY-v4", "ipv4", [[10, "permit", "0.0.0.0/0"]]),
  pl("LOOPBACKS", "ipv4", [[10, "permit", "10.101.254.0/24", 32]]),
  pl("LOOPBACKS-V6", "ipv6", [[10, "permit", "fd00:101:fe::/64", 128]]),
  rm("IMPORT-DEFAULT-v6", [{ seq: 10, action: "permit", match: { ipv6AddressPrefixList: "DEFAULT-ONLY-v6" } }, { seq: 90, action: "deny" }]),
  rm("IMPORT-DEFAULT-v4", [{ seq: 10, action: "permit", match: { ipAddressPrefixList: "DEFAULT-ONLY-v4" } }, { seq: 90, action: "deny" }]),
  rm("ADVERTISE-LOOPBACKS", [{ seq: 10, action: "permit", match: { ipAddressPrefixList: "LOOPBACKS" } }]),
  rm("ADVERTISE-LOOPBACKS-V6", [{ seq: 10, action: "permit", match: { ipv6AddressPrefixList: "LOOPBACKS-V6" } }]),
  {
    kind: "speaker",
    spec: {
      asn: 4210101011,
      routerId: "10.255.101.11",
      defaultIpv4Unicast: false,
      defaultIpv6Unicast: false,
      gracefulRestart: true,
      timers: { keepalive: 10, hold: 30 },
      addressFamilies: {
        ipv4Unicast: { redistribute: [{ protocol: "connected", routeMap: "ADVERTISE-LOOPBACKS" }] },
        ipv6Unicast: { redistribute: [{ protocol: "connected", routeMap: "ADVERTISE-LOOPBACKS-V6" }] },
      },
    },
  },
  {
    kind: "peer",
    spec: {
      speaker: "4210101011",
      neighbor: "fd00:101::fffe",
      remoteAs: 4200001000,
      updateSource: "fd00:101::11",
      description: "\"PVE ULA Anycast Gateway\"",
      capabilityExtendedNexthop: true,
      addressFamilies: {
        ipv4Unicast: { activate: true, routeMapIn: "IMPORT-DEFAULT-v4", routeMapOut: "ADVERTISE-LOOPBACKS" },
        ipv6Unicast: { activate: true, routeMapIn: "IMPORT-DEFAULT-v6", routeMapOut: "ADVERTISE-LOOPBACKS-V6" },
      },
    },
  },
];

/** cloudstack-guest-bgp-api.md: the virtual router with the offering's guardrails. */
export const cloudstackSeed: SeedResource[] = [
  { kind: "asPathList", spec: { name: "GUEST-ASN", entries: [{ seq: 5, action: "permit", regex: "^652[0-9][0-9]$" }, { seq: 10, action: "deny", regex: ".*" }] } },
  pl("GUEST-V6-IN", "ipv6", [[5, "permit", "2001:db8:1046:10::/64", 128, 128], [10, "deny", "::/0", undefined, 128]]),
  pl("GUEST-V6-OUT", "ipv6", [[5, "permit", "::/0"], [10, "permit", "2001:db8:1046::/48", 64, 64]]),
  rm("GUEST-IN", [{ seq: 10, action: "permit", match: { ipv6AddressPrefixList: "GUEST-V6-IN", asPath: "GUEST-ASN" } }, { seq: 100, action: "deny" }]),
  rm("GUEST-OUT", [{ seq: 10, action: "permit", match: { ipv6AddressPrefixList: "GUEST-V6-OUT" } }]),
  { kind: "speaker", spec: { asn: 65101, routerId: "10.46.10.1", defaultIpv4Unicast: false, listenLimit: 250 } },
  {
    kind: "peer",
    spec: {
      speaker: "65101",
      neighbor: "GUESTS",
      type: "peer-group",
      remoteAs: "external",
      description: "CloudStack guest VMs",
      ttlSecurityHops: 1,
      addressFamilies: {
        ipv6Unicast: {
          activate: true,
          routeMapIn: "GUEST-IN",
          routeMapOut: "GUEST-OUT",
          filterListIn: "GUEST-ASN",
          prefixListIn: "GUEST-V6-IN",
          maximumPrefix: { limit: 10 },
          softReconfigurationInbound: true,
        },
      },
    },
  },
  { kind: "listenRange", spec: { speaker: "65101", prefix: "2001:db8:1046:10::/64", peerGroup: "GUESTS" } },
  { kind: "peer", spec: { speaker: "65101", neighbor: "2001:db8:1046:10:1::50", peerGroup: "GUESTS" } },
  { kind: "peer", spec: { speaker: "65101", neighbor: "2001:db8:1046:10:1::51", peerGroup: "GUESTS" } },
  { kind: "advertisement", spec: { speaker: "65101", prefix: "2001:db8:1046:10::/64" } },
];

export const seeds = {
  "seed-quantix": quantixSeed,
  "seed-pve-host": pveHostSeed,
  "seed-pve-vm": pveVmSeed,
  "seed-cloudstack-vr": cloudstackSeed,
} as const;
