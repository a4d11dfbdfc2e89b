// A virtual router's BGP peering with guest VMs, with the guardrails of seed
// cloudstack-guest-bgp-api.md: guests connect dynamically from their network, must have an AS in
// the allowed range (an AS-path list), may only announce prefixes inside their network within the
// allowed prefix lengths (a prefix-list), and at most `maxPrefixes` of them.
import { Construct } from "constructs";
import { asnRangeRegex } from "../../src/resources/as-path-list";
import { prefixFamily, prefixLength, type Family } from "../../src/values/ip";
import { LIST_NAME, PEER_GROUP_NAME } from "../../src/values/names";
import { FAMILIES, inGivenOrder, PrefixPolicy, prefixesByFamily, rulesByFamily, type PrefixRule, type RulesByFamily, type SortedRule } from "./prefix-policy";
import { idFrom, PropsCheck } from "./props-check";
import { AsPathList, BgpAdvertisement, BgpListenRange, BgpPeer, type BgpPeerAddressFamiliesIpv4Unicast, type BgpSpeaker, type TerraformProvider } from "./runtime";

export interface AsnRange {
  readonly min: number;
  readonly max: number;
}

export interface PrefixLengthRange {
  /** @default the family's host route length (32 or 128) */
  readonly min?: number;
  /** @default the family's host route length (32 or 128) */
  readonly max?: number;
}

export interface GuestPeeringProps {
  /** The virtual router's BGP instance. */
  readonly speaker: BgpSpeaker;
  /** @default the speaker's provider */
  readonly provider?: TerraformProvider;
  /**
   * The guest networks: guests connect from addresses in them (listen ranges) and may announce
   * prefixes inside them only.
   */
  readonly guestNetworks: string[];
  /** AS numbers guests may use (`guestbgpallowedasnmin/max`). @default { min: 65200, max: 65299 } */
  readonly allowedAsns?: AsnRange;
  /**
   * Lengths of the prefixes guests may announce (`guestbgpmin/maxprefixlength`), within their
   * network; applies to networks of both families.
   * @default host routes only (/32, /128)
   */
  readonly prefixLength?: PrefixLengthRange;
  /** Routes accepted from one guest before its session is closed (`guestbgpmaxprefixes`). @default 10 */
  readonly maxPrefixes?: number;
  /** Routes sent to the guests. @default the default route of each guest network's family */
  readonly sendToGuests?: PrefixRule[];
  /** @default "GUESTS" */
  readonly peerGroup?: string;
  /** @default no description */
  readonly description?: string;
  /** GTSM: guests must be this many hops away at most. @default 1 (directly connected) */
  readonly ttlSecurityHops?: number;
  /** Keep what guests sent before policy, so rejected routes can be listed with their reason. @default true */
  readonly softReconfigurationInbound?: boolean;
  /** Guests configured as static members of the peer-group, by address. @default none (all dynamic) */
  readonly staticGuests?: string[];
  /** Originate every guest network from the router. @default true */
  readonly advertiseGuestNetworks?: boolean;
  /**
   * Prefix of the policy objects' names: AS-path list `NAME-ASN`, route-maps `NAME-IN`, `NAME-OUT`
   * and their prefix-lists `-V4`/`-V6`.
   * @default the peer-group's name
   */
  readonly policyName?: string;
}

const HOST_LENGTH: Record<Family, number> = { ipv4: 32, ipv6: 128 };

export class GuestPeering extends Construct {
  /** `NAME-ASN`: the allowed AS range. */
  readonly allowedAsns: AsPathList;
  /** Route-map `NAME-IN`: prefixes inside the guest networks, from allowed ASes; explicit deny at the end. */
  readonly fromGuests: PrefixPolicy;
  /** Route-map `NAME-OUT`. */
  readonly toGuests: PrefixPolicy;
  readonly peerGroup: BgpPeer;
  readonly listenRanges: BgpListenRange[] = [];
  readonly staticGuests: BgpPeer[] = [];
  readonly advertisements: BgpAdvertisement[] = [];

  constructor(scope: Construct, id: string, props: GuestPeeringProps) {
    super(scope, id);
    const check = PropsCheck.of("GuestPeering", this);
    const provider = props.provider ?? props.speaker.provider;
    const peerGroupName = props.peerGroup ?? "GUESTS";
    const policyName = props.policyName ?? peerGroupName;
    const asns = props.allowedAsns ?? { min: 65200, max: 65299 };
    check.name("peerGroup", peerGroupName, PEER_GROUP_NAME);
    check.name("policyName", `${policyName}-OUT-V4`, LIST_NAME);
    check.int("allowedAsns.min", asns.min, 1, 4294967294, true);
    check.int("allowedAsns.max", asns.max, 1, 4294967294, true);
    if (asns.min > asns.max) check.add({ code: "FRR_CONFLICT", path: "allowedAsns", input: asns, message: "has min above max; give the lowest and the highest AS number guests may use" });
    check.int("maxPrefixes", props.maxPrefixes ?? 10, 1, 4294967295);
    for (const bound of ["min", "max"] as const) {
      const value = props.prefixLength?.[bound];
      if (value !== undefined) check.int(`prefixLength.${bound}`, value, 0, 128, true);
    }
    check.nonEmpty("guestNetworks", props.guestNetworks, "guest network");

    const networks = prefixesByFamily(check, "guestNetworks", props.guestNetworks);
    const families = FAMILIES.filter((family) => networks[family].length > 0);
    const within = (rules: readonly SortedRule[]) => rules.map((network) => ({ ...network, ...allowedWithin(check, network.path, network.prefix, props.prefixLength) }));
    const accept: RulesByFamily = { ipv4: within(networks.ipv4), ipv6: within(networks.ipv6) };
    const send = rulesByFamily(check, "sendToGuests", props.sendToGuests ?? families.map((family) => ({ prefix: family === "ipv4" ? "0.0.0.0/0" : "::/0" })));

    this.allowedAsns = new AsPathList(this, "allowed-asns", {
      provider,
      name: `${policyName}-ASN`,
      entries: [
        { seq: 5, action: "permit", regex: asnRangeRegex(asns.min, asns.max) },
        { seq: 10, action: "deny", regex: ".*" },
      ],
    });
    this.fromGuests = new PrefixPolicy(this, "from-guests", { provider, name: `${policyName}-IN`, rules: accept, match: { asPath: this.allowedAsns.name }, explicitDeny: true, check });
    this.toGuests = new PrefixPolicy(this, "to-guests", { provider, name: `${policyName}-OUT`, rules: send, check });

    const policy = (family: Family): BgpPeerAddressFamiliesIpv4Unicast => ({
      activate: true,
      routeMapIn: this.fromGuests.routeMap.name,
      routeMapOut: this.toGuests.routeMap.name,
      filterListIn: this.allowedAsns.name,
      prefixListIn: this.fromGuests.prefixLists[family]?.name,
      maximumPrefix: { limit: props.maxPrefixes ?? 10 },
      softReconfigurationInbound: props.softReconfigurationInbound ?? true,
    });
    this.peerGroup = new BgpPeer(this, "peer-group", {
      provider,
      speaker: props.speaker.id,
      neighbor: peerGroupName,
      type: "peer-group",
      remoteAs: "external",
      description: props.description,
      ttlSecurityHops: props.ttlSecurityHops ?? 1,
      addressFamilies: {
        ...(families.includes("ipv4") ? { ipv4Unicast: policy("ipv4") } : {}),
        ...(families.includes("ipv6") ? { ipv6Unicast: policy("ipv6") } : {}),
      },
    });

    for (const network of inGivenOrder(networks)) {
      this.listenRanges.push(
        new BgpListenRange(this, `listen-range-${idFrom(network.prefix)}`, { provider, speaker: props.speaker.id, prefix: network.prefix, peerGroup: this.peerGroup.neighbor }),
      );
      if (props.advertiseGuestNetworks ?? true) {
        this.advertisements.push(new BgpAdvertisement(this, `advertisement-${idFrom(network.prefix)}`, { provider, speaker: props.speaker.id, prefix: network.prefix }));
      }
    }
    for (const address of props.staticGuests ?? []) {
      this.staticGuests.push(new BgpPeer(this, `guest-${idFrom(address)}`, { provider, speaker: props.speaker.id, neighbor: address, peerGroup: this.peerGroup.neighbor }));
    }
    check.throwIfAny();
  }
}

/** The prefix-list rule for "inside `network`, with a length from min to max". */
function allowedWithin(check: PropsCheck, path: string, network: string, range: PrefixLengthRange | undefined): PrefixRule {
  const length = prefixLength(network);
  const host = HOST_LENGTH[prefixFamily(network)];
  const min = range?.min ?? host;
  const max = range?.max ?? host;
  if (min < length || max > host || min > max) {
    check.add({
      code: "FRR_CONFLICT",
      path: "prefixLength",
      input: { min, max },
      message: `does not fit guest network ${network} (${path}): guests may announce prefixes inside it, so lengths must go from ${length} to ${host} with min <= max`,
    });
    return { prefix: network };
  }
  return { prefix: network, ...(min > length ? { ge: min } : {}), ...(max > length ? { le: max } : {}) };
}
