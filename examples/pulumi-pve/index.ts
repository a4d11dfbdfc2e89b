// Seed pve-evpn-frr-spec.md (§4.4–4.7, 6.4, 7.4): Proxmox VE hypervisors in AS 4200001000.
// - iBGP mesh over the loopbacks (fd00:0:0:ffff::N) with update-source, IPv6 + EVPN;
// - eBGP multihop to the edge router (AS 4200000000) over IPv4 and IPv6 loopbacks, next-hop-self
//   (force on IPv6), only tenant routes exported (EXPORT_TO_ROUTEROS);
// - on hosts with the tenant VRF (pve01): `router bgp 4200001000 vrf vrf_evpnz1` with the VMs as
//   dynamic neighbors (peer-group VMS, `remote-as external`, listen ranges), filtered in
//   (IMPORT-VM-ROUTES) and out (EXPORT_TO_TALOS), and `import vrf` both ways so VM loopbacks reach
//   the edge and the edge's default route reaches the VMs.
// The seed's OSPF underlay is not BGP and not modelled here (the lab uses static routes).
//
//   FRR_IAC_LAB_FILE=.lab/pve.json pulumi up
import * as pulumi from "@pulumi/pulumi";
import * as frr from "frr-iac/pulumi";

interface Hypervisor {
  /** PVE_ID: loopbacks 10.255.0.ID and fd00:0:0:ffff::ID. */
  readonly id: number;
  /** Hosts the tenant VRF and its VM peers. */
  readonly tenant?: boolean;
}

const config = new pulumi.Config();
const asn = config.getNumber("asn") ?? 4200001000;
const edgeAsn = config.getNumber("edgeAsn") ?? 4200000000;
const tenantVrf = config.get("tenantVrf") ?? "vrf_evpnz1";
const tenantVni = config.getNumber("tenantVni");
const hypervisors = config.getObject<Record<string, Hypervisor>>("hypervisors") ?? {
  pve01: { id: 1, tenant: true },
  pve02: { id: 2 },
  pve03: { id: 3 },
};

type Entry = [seq: number, action: "permit" | "deny", prefix: string, ge?: number, le?: number];
const entries = (list: Entry[]) =>
  list.map(([seq, action, prefix, ge, le]) => ({ seq, action, prefix, ...(ge !== undefined ? { ge } : {}), ...(le !== undefined ? { le } : {}) }));

/** Prefix-lists of §4.5–4.7 and 7.3, the same on every hypervisor. */
const prefixLists: Record<string, { family: "ipv4" | "ipv6"; entries: Entry[]; tenant?: boolean }> = {
  TENANT_ONLY_V6: {
    family: "ipv6",
    entries: [
      [5, "permit", "fd00:101::/64", undefined, 128],
      [10, "permit", "fd00:102::/64", undefined, 128],
      [15, "permit", "2001:db8:2600::/64", undefined, 128], // the seed's delegated 2600:xxxx::/64
      [20, "permit", "fd00:101:fe::/64", 128, 128],
      [90, "deny", "fd00::/48", undefined, 128],
      [95, "deny", "fd00:10::/64", undefined, 128],
      [99, "deny", "::/0", undefined, 128],
    ],
  },
  TENANT_ONLY_V4: {
    family: "ipv4",
    entries: [
      [5, "permit", "10.101.0.0/24"],
      [10, "permit", "10.101.254.0/24", 32, 32],
      [90, "deny", "10.255.0.0/24", 32],
      [99, "deny", "0.0.0.0/0", undefined, 32],
    ],
  },
  INFRA_CONNECTED_V4: { family: "ipv4", entries: [[5, "permit", "10.255.0.0/24", 32]] },
  INFRA_CONNECTED_V6: { family: "ipv6", entries: [[5, "permit", "fd00:0:0:ffff::/64", 128]] },
  "VM-LOOPBACKS-V4": { family: "ipv4", entries: [[5, "permit", "10.101.254.0/24", 32, 32]], tenant: true },
  "VM-K8S-PODS-V4": { family: "ipv4", entries: [[5, "permit", "10.101.244.0/22", undefined, 24]], tenant: true },
  "VM-LOOPBACKS-V6": { family: "ipv6", entries: [[5, "permit", "fd00:101:fe::/64", 128, 128]], tenant: true },
  "VM-K8S-PODS-V6": { family: "ipv6", entries: [[5, "permit", "fd00:101:244::/60", undefined, 64]], tenant: true },
  DEFAULT_V4: { family: "ipv4", entries: [[5, "permit", "0.0.0.0/0"]], tenant: true },
  DEFAULT_V6: { family: "ipv6", entries: [[5, "permit", "::/0"]], tenant: true },
  TALOS_LOOPBACKS: { family: "ipv4", entries: [[5, "permit", "10.101.254.0/24", 32]], tenant: true },
  TALOS_LOOPBACKS_V6: { family: "ipv6", entries: [[5, "permit", "fd00:101:fe::/64", 128]], tenant: true },
  VRF_SUBNETS_V4: { family: "ipv4", entries: [[5, "permit", "10.101.0.0/24"]], tenant: true },
  VRF_SUBNETS_V6: { family: "ipv6", entries: [[5, "permit", "fd00:101::/64"]], tenant: true },
  PL_K8S_PODS_V6: { family: "ipv6", entries: [[5, "permit", "fd00:101:244::/60", undefined, 64]], tenant: true },
};

const sessions: Record<string, pulumi.Output<Record<string, string>>> = {};
const vmNeighbors: Record<string, pulumi.Output<number | undefined>> = {};

for (const [name, { id, tenant = false }] of Object.entries(hypervisors)) {
  const connection = frr.hostConnection(name);
  const loopback4 = `10.255.0.${id}`;
  const loopback6 = `fd00:0:0:ffff::${id}`;

  // Policy objects first; resources that use them take their `name` output, so Pulumi creates
  // them before (and deletes them after) their users.
  const lists: Record<string, pulumi.Output<string>> = {};
  for (const [listName, list] of Object.entries(prefixLists)) {
    if (list.tenant && !tenant) continue;
    lists[listName] = new frr.PrefixList(`${name}-pl-${listName.toLowerCase()}`, { connection, name: listName, family: list.family, entries: entries(list.entries) }).name;
  }
  const routeMap = (mapName: string, mapEntries: frr.RouteMapArgs["entries"]) =>
    new frr.RouteMap(`${name}-rm-${mapName.toLowerCase()}`, { connection, name: mapName, entries: mapEntries }).name;

  const exportToEdge = routeMap("EXPORT_TO_ROUTEROS", [
    { seq: 10, action: "permit", match: { ipv6AddressPrefixList: lists["TENANT_ONLY_V6"]! }, set: { ipv6NextHopGlobal: loopback6 } },
    { seq: 20, action: "permit", match: { ipAddressPrefixList: lists["TENANT_ONLY_V4"]! }, set: { ipNextHop: loopback4 } },
  ]);
  const importFromEdge = routeMap("IMPORT_FROM_ROUTEROS", [{ seq: 10, action: "permit" }]);
  const connectedV4 = routeMap("EXPORT_V4_CONNECTED", [{ seq: 10, action: "permit", match: { ipAddressPrefixList: lists["INFRA_CONNECTED_V4"]! } }]);
  const connectedV6 = routeMap("EXPORT_V6_CONNECTED", [{ seq: 10, action: "permit", match: { ipv6AddressPrefixList: lists["INFRA_CONNECTED_V6"]! } }]);

  // The EVPN layer-3 VNI of the tenant VRF (`vrf vrf_evpnz1` → `vni 10101`), only when `tenantVni`
  // is set: the lab has no VXLAN, and its VRF is a live network namespace, which FRR refuses to
  // delete ("Only inactive VRFs can be deleted"), so destroying a Vrf resource fails there today.
  if (tenant && tenantVni !== undefined) new frr.Vrf(`${name}-${tenantVrf}`, { connection, name: tenantVrf, vni: tenantVni, adopt: true });
  const family = (redistributeMap: pulumi.Output<string>) => ({
    redistribute: [{ protocol: "connected" as const, routeMap: redistributeMap }],
    ...(tenant ? { importVrfs: [tenantVrf] } : {}),
    maximumPaths: 4,
    maximumPathsIbgp: 4,
  });
  const speaker = new frr.Speaker(name, {
    connection,
    asn,
    routerId: loopback4,
    defaultIpv4Unicast: false,
    networkImportCheck: false,
    timers: { keepalive: 10, hold: 30 },
    addressFamilies: {
      ipv4Unicast: family(connectedV4),
      ipv6Unicast: family(connectedV6),
      l2vpnEvpn: { advertiseAllVni: true, advertiseSviIp: true },
    },
  });

  const peers: frr.Peer[] = [];
  for (const [other, { id: otherId }] of Object.entries(hypervisors)) {
    if (other === name) continue;
    peers.push(
      new frr.Peer(`${name}-ibgp-${other}`, {
        speaker,
        neighbor: `fd00:0:0:ffff::${otherId}`,
        remoteAs: asn,
        description: `"iBGP to ${other} loopback"`,
        updateSource: loopback6,
        addressFamilies: { ipv6Unicast: { activate: true }, l2vpnEvpn: { activate: true } },
      }),
    );
  }
  const edgePolicy = { activate: true, routeMapIn: importFromEdge, routeMapOut: exportToEdge };
  peers.push(
    new frr.Peer(`${name}-edge-v6`, {
      speaker,
      neighbor: "fd00:0:0:ffff::fffe",
      remoteAs: edgeAsn,
      description: '"MikroTik edge router"',
      updateSource: loopback6,
      ebgpMultihop: 5,
      addressFamilies: { ipv6Unicast: { ...edgePolicy, nextHopSelfForce: true } },
    }),
    new frr.Peer(`${name}-edge-v4`, {
      speaker,
      neighbor: "10.255.0.254",
      remoteAs: edgeAsn,
      description: "MikroTik edge router (IPv4)",
      updateSource: loopback4,
      ebgpMultihop: 5,
      addressFamilies: { ipv4Unicast: { ...edgePolicy, nextHopSelf: true } },
    }),
  );
  sessions[name] = pulumi
    .all(peers.map((peer) => pulumi.all([peer.neighbor, peer.status])))
    .apply((pairs) => Object.fromEntries(pairs.map(([neighbor, status]) => [neighbor, status?.state ?? "unknown"])));

  if (!tenant) continue;

  // §7.4: large communities classifying Kubernetes routes.
  new frr.CommunityList(`${name}-cl-k8s-internal`, { connection, name: "CL_K8S_INTERNAL", type: "large", entries: [{ seq: 5, action: "permit", communities: [`${asn}:0:100`] }] });
  const k8sPublic = new frr.CommunityList(`${name}-cl-k8s-public`, { connection, name: "CL_K8S_PUBLIC", type: "large", entries: [{ seq: 5, action: "permit", communities: [`${asn}:0:200`] }] });
  routeMap("RM_EDGE_EXPORT_V6", [{ seq: 20, action: "permit", match: { largeCommunity: k8sPublic.name } }]);
  routeMap("RM_VMS_IN_V6", [{ seq: 10, action: "permit", match: { ipv6AddressPrefixList: lists["PL_K8S_PODS_V6"]! }, set: { largeCommunity: [`${asn}:0:100`] } }]);

  const importVms = routeMap("IMPORT-VM-ROUTES", [
    { seq: 10, action: "permit", match: { ipAddressPrefixList: lists["VM-LOOPBACKS-V4"]! } },
    { seq: 20, action: "permit", match: { ipAddressPrefixList: lists["VM-K8S-PODS-V4"]! } },
    { seq: 30, action: "permit", match: { ipv6AddressPrefixList: lists["VM-LOOPBACKS-V6"]! } },
    { seq: 40, action: "permit", match: { ipv6AddressPrefixList: lists["VM-K8S-PODS-V6"]! } },
    { seq: 99, action: "deny" },
  ]);
  const exportToVms = routeMap("EXPORT_TO_TALOS", [
    { seq: 10, action: "permit", match: { ipAddressPrefixList: lists["DEFAULT_V4"]! } },
    { seq: 20, action: "permit", match: { ipv6AddressPrefixList: lists["DEFAULT_V6"]! } },
    { seq: 30, action: "permit", match: { ipAddressPrefixList: lists["TALOS_LOOPBACKS"]! } },
    { seq: 40, action: "permit", match: { ipv6AddressPrefixList: lists["TALOS_LOOPBACKS_V6"]! } },
  ]);
  const vrfConnectedV4 = routeMap("VRF_CONNECTED_V4", [{ seq: 10, action: "permit", match: { ipAddressPrefixList: lists["VRF_SUBNETS_V4"]! } }]);
  const vrfConnectedV6 = routeMap("VRF_CONNECTED_V6", [{ seq: 10, action: "permit", match: { ipv6AddressPrefixList: lists["VRF_SUBNETS_V6"]! } }]);

  // A VRF instance comes after the default instance and goes before it: FRR refuses to delete
  // the default instance while VRF instances exist.
  const tenantSpeaker = new frr.Speaker(
    `${name}-${tenantVrf}`,
    {
      connection,
      asn,
      vrf: tenantVrf,
    routerId: loopback4,
    defaultIpv4Unicast: false,
    addressFamilies: {
      ipv4Unicast: { redistribute: [{ protocol: "connected", routeMap: vrfConnectedV4 }], importVrfs: ["default"] },
      ipv6Unicast: { redistribute: [{ protocol: "connected", routeMap: vrfConnectedV6 }], importVrfs: ["default"] },
      },
    },
    { dependsOn: [speaker] },
  );
  const vmPolicy = { activate: true, routeMapIn: importVms, routeMapOut: exportToVms };
  const vms = new frr.Peer(`${name}-vms`, {
    speaker: tenantSpeaker,
    neighbor: "VMS",
    type: "peer-group",
    remoteAs: "external",
    capabilityExtendedNexthop: true,
    addressFamilies: { ipv4Unicast: vmPolicy, ipv6Unicast: vmPolicy },
  });
  for (const prefix of ["fd00:101::/64", "fd00:101:fe::/64"]) {
    new frr.ListenRange(`${name}-listen-${prefix.replace(/[:/]+/g, "-").replace(/-$/, "")}`, { speaker: tenantSpeaker, prefix, peerGroup: vms.neighbor });
  }
  vmNeighbors[name] = vms.status.apply((status) => status?.dynamicNeighbors);
}

export { sessions, vmNeighbors };
