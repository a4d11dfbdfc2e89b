// A tenant VRF on a hypervisor (seed pve-evpn-frr-spec.md §3.2, §4.4–4.7): the VRF's BGP
// instance, a peer-group with `remote-as external` that the tenant's VMs join through listen
// ranges, the import/export prefix-lists and route-maps, redistribution of the VRF's connected
// subnets, and route leaking with the default VRF in both directions (`import vrf`).
import { Construct } from "constructs";
import type { Family } from "../../src/values/ip";
import { LIST_NAME, PEER_GROUP_NAME, VRF_NAME } from "../../src/values/names";
import { AF_OF, FAMILIES, inGivenOrder, PrefixPolicy, prefixesByFamily, rulesByFamily, type PrefixRule } from "./prefix-policy";
import { idFrom, PropsCheck } from "./props-check";
import {
  BgpListenRange,
  BgpPeer,
  BgpSpeaker,
  Vrf,
  type BgpPeerAddressFamiliesIpv4Unicast,
  type BgpSpeakerAddressFamiliesIpv4Unicast,
  type TerraformProvider,
} from "./runtime";

export interface TenantVrfProps {
  /** The host's provider. @default `globalSpeaker`'s provider, else the stack's default frr provider */
  readonly provider?: TerraformProvider;
  /** The VRF's name (with FRR's netns backend, the network namespace's name), e.g. "vrf_evpnz1". */
  readonly vrf: string;
  /** EVPN layer-3 VNI: also manages the `vrf NAME / vni N` block. @default the VRF block is not managed */
  readonly vni?: number;
  /** The AS of the VRF's BGP instance (the host's AS). */
  readonly asn: number;
  /** @default chosen by FRR */
  readonly routerId?: string;
  /**
   * The host's default-VRF instance. TenantVrf adds `import vrf <vrf>` to it in the tenant's
   * address families, the global side of the route leak (seed §3.2), keeping what it already imports,
   * and creates the VRF's instance after it (FRR deletes the default instance only when no VRF
   * instance is left).
   * @default the global side is left to you
   */
  readonly globalSpeaker?: BgpSpeaker;
  /** `import vrf default` in the tenant's instance: the VMs learn the global default route. @default true */
  readonly importDefault?: boolean;
  /** @default "VMS" */
  readonly peerGroup?: string;
  /** Prefixes dynamic neighbors (the VMs) connect from: `bgp listen range ... peer-group`. */
  readonly listenRanges: string[];
  /** Maximum number of dynamic neighbors. @default FRR's 100 */
  readonly listenLimit?: number;
  /** The VMs' AS: each VM has its own. @default "external" */
  readonly remoteAs?: string;
  /** IPv4 routes over the VMs' IPv6 sessions (RFC 8950). @default true */
  readonly capabilityExtendedNexthop?: boolean;
  /** Routes the VMs may announce (their loopbacks, pod networks; seed §4.6). Everything else is denied. */
  readonly acceptFromGuests: PrefixRule[];
  /** Routes sent to the VMs (default routes, peer loopbacks; seed §4.7). */
  readonly sendToGuests: PrefixRule[];
  /** The VRF's own subnets, redistributed as connected routes (seed VRF_SUBNETS_V4/V6). @default nothing redistributed */
  readonly connectedSubnets?: string[];
  /** Families the peer-group is activated in and leaked. @default ["ipv4", "ipv6"] */
  readonly families?: Family[];
  /**
   * Prefix of the policy objects' names: route-maps `NAME-IN`, `NAME-OUT`, `NAME-CONNECTED`, each
   * with prefix-lists `-V4`/`-V6`. Route-maps and prefix-lists are global on a host: give every
   * tenant its own.
   * @default "<vrf>-<peerGroup>", e.g. "vrf_evpnz1-VMS"
   */
  readonly policyName?: string;
}

export class TenantVrf extends Construct {
  /** The `vrf NAME / vni N` block, when `vni` is set. */
  readonly vrf?: Vrf;
  /** `router bgp ASN vrf NAME`. */
  readonly speaker: BgpSpeaker;
  readonly peerGroup: BgpPeer;
  readonly listenRanges: BgpListenRange[] = [];
  /** Route-map `NAME-IN`: what the VMs may announce, explicit deny at the end. */
  readonly fromGuests: PrefixPolicy;
  /** Route-map `NAME-OUT`: what the VMs receive. */
  readonly toGuests: PrefixPolicy;
  /** Route-map `NAME-CONNECTED`, when `connectedSubnets` is set. */
  readonly connected?: PrefixPolicy;

  constructor(scope: Construct, id: string, props: TenantVrfProps) {
    super(scope, id);
    const check = PropsCheck.of("TenantVrf", this);
    const provider = props.provider ?? props.globalSpeaker?.provider;
    if (props.provider !== undefined && props.globalSpeaker?.provider !== undefined && props.provider !== props.globalSpeaker.provider) {
      check.add({ code: "FRR_CONFLICT", path: "globalSpeaker", message: "is managed through another provider (another host); the VRF and the default instance it leaks with must be on one host" });
    }
    const peerGroupName = props.peerGroup ?? "VMS";
    const policyName = props.policyName ?? `${props.vrf}-${peerGroupName}`;
    const families = props.families ?? [...FAMILIES];
    check.name("vrf", props.vrf, VRF_NAME);
    check.asn("asn", props.asn);
    check.name("peerGroup", peerGroupName, PEER_GROUP_NAME);
    check.name(props.policyName === undefined ? "policyName (from vrf and peerGroup)" : "policyName", `${policyName}-CONNECTED-V4`, LIST_NAME);
    check.nonEmpty("listenRanges", props.listenRanges, "listen range");
    check.nonEmpty("families", families, "address family");
    if (props.vni !== undefined) check.int("vni", props.vni, 1, 16777215);

    const accept = rulesByFamily(check, "acceptFromGuests", props.acceptFromGuests);
    const send = rulesByFamily(check, "sendToGuests", props.sendToGuests);
    this.fromGuests = new PrefixPolicy(this, "from-guests", { provider, name: `${policyName}-IN`, rules: accept, explicitDeny: true, check });
    this.toGuests = new PrefixPolicy(this, "to-guests", { provider, name: `${policyName}-OUT`, rules: send, check });
    if (props.connectedSubnets !== undefined) {
      const subnets = prefixesByFamily(check, "connectedSubnets", props.connectedSubnets);
      this.connected = new PrefixPolicy(this, "connected", { provider, name: `${policyName}-CONNECTED`, rules: subnets, check });
    }

    if (props.vni !== undefined) this.vrf = new Vrf(this, "vrf", { provider, name: props.vrf, vni: props.vni });
    const unicast: BgpSpeakerAddressFamiliesIpv4Unicast = {
      ...((props.importDefault ?? true) ? { importVrfs: ["default"] } : {}),
      ...(this.connected ? { redistribute: [{ protocol: "connected", routeMap: this.connected.routeMap.name }] } : {}),
    };
    this.speaker = new BgpSpeaker(this, "speaker", {
      provider,
      // FRR refuses to delete the default instance while VRF instances exist: create after it, destroy before.
      ...(props.globalSpeaker ? { dependsOn: [props.globalSpeaker] } : {}),
      asn: props.asn,
      vrf: this.vrf?.name ?? props.vrf,
      routerId: props.routerId,
      defaultIpv4Unicast: false,
      listenLimit: props.listenLimit,
      addressFamilies: {
        ...(families.includes("ipv4") ? { ipv4Unicast: unicast } : {}),
        ...(families.includes("ipv6") ? { ipv6Unicast: unicast } : {}),
      },
    });

    const policy: BgpPeerAddressFamiliesIpv4Unicast = { activate: true, routeMapIn: this.fromGuests.routeMap.name, routeMapOut: this.toGuests.routeMap.name };
    this.peerGroup = new BgpPeer(this, "peer-group", {
      provider,
      speaker: this.speaker.id,
      neighbor: peerGroupName,
      type: "peer-group",
      remoteAs: props.remoteAs ?? "external",
      capabilityExtendedNexthop: props.capabilityExtendedNexthop ?? true,
      addressFamilies: {
        ...(families.includes("ipv4") ? { ipv4Unicast: policy } : {}),
        ...(families.includes("ipv6") ? { ipv6Unicast: policy } : {}),
      },
    });
    const ranges = prefixesByFamily(check, "listenRanges", props.listenRanges);
    for (const { prefix } of inGivenOrder(ranges)) {
      this.listenRanges.push(new BgpListenRange(this, `listen-range-${idFrom(prefix)}`, { provider, speaker: this.speaker.id, prefix, peerGroup: this.peerGroup.neighbor }));
    }

    if (props.globalSpeaker) importInto(props.globalSpeaker, props.vrf, families);
    check.throwIfAny();
  }
}

/** Adds `import vrf NAME` to the default instance's unicast families, keeping the VRFs it already imports. */
function importInto(speaker: BgpSpeaker, vrf: string, families: readonly Family[]): void {
  for (const family of families) {
    const af = speaker.addressFamilies[AF_OF[family]];
    const current = af.importVrfsInput ?? [];
    if (!current.includes(vrf)) af.importVrfs = [...current, vrf];
  }
}
