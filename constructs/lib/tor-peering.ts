// A hypervisor's BGP speaker peering with its Top-of-Rack switches and advertising the overlay
// prefixes (seed quantix-bgp-tor.md): eBGP with MD5, timers, soft-reconfiguration inbound, one
// address family per neighbor's address, and outbound/inbound route-maps so that FRR's
// `traditional` profile (RFC 8212: no policy, no routes) exchanges routes.
import { Construct } from "constructs";
import { familyOf, type Family } from "../../src/values/ip";
import { LIST_NAME } from "../../src/values/names";
import { inGivenOrder, PrefixPolicy, rulesByFamily, type PrefixRule } from "./prefix-policy";
import { idFrom, PropsCheck, warnIfLiteralSecret } from "./props-check";
import { BgpAdvertisement, BgpPeer, BgpSpeaker, Token, type BgpPeerAddressFamiliesIpv4Unicast, type TerraformProvider } from "./runtime";

export interface BgpTimers {
  /** Keepalive interval in seconds. */
  readonly keepalive: number;
  /** Hold time in seconds (0 or at least 3). */
  readonly hold: number;
}

export interface TorNeighbor {
  /** The switch's address on the shared segment. Its family picks the address family activated. */
  readonly address: string;
  /** The switch's AS number. */
  readonly asn: number;
  /** @default no description */
  readonly description?: string;
  /**
   * TCP MD5 password. Give the value of a sensitive TerraformVariable: a literal is written to
   * cdk.tf.json in plain text (TorPeering warns).
   * @default no password
   */
  readonly password?: string;
  /** @default the peering's `timers` */
  readonly timers?: BgpTimers;
}

export interface OverlayPrefix {
  /** A prefix of the overlay, routed to this host (it must be in the host's routing table). */
  readonly prefix: string;
  /** @default no communities */
  readonly communities?: string[];
  /** @default no large communities */
  readonly largeCommunities?: string[];
  /** @default no LOCAL_PREF set */
  readonly localPreference?: number;
  /** @default no MED set */
  readonly med?: number;
  /** @default the session's own address (FRR's choice) */
  readonly nextHop?: string;
}

export interface TorPeeringProps {
  /** The host's provider (one aliased FrrProvider per host). @default the stack's default frr provider */
  readonly provider?: TerraformProvider;
  /** The host's AS number. */
  readonly asn: number;
  /** @default chosen by FRR from the interface addresses */
  readonly routerId?: string;
  /** The Top-of-Rack switches to peer with. */
  readonly neighbors: TorNeighbor[];
  /** Keepalive and hold timers of every neighbor. @default { keepalive: 30, hold: 90 } (the seed's) */
  readonly timers?: BgpTimers;
  /** Keep the routes each switch sent before inbound policy, so rejected routes can be listed. @default true */
  readonly softReconfigurationInbound?: boolean;
  /** @default true */
  readonly logNeighborChanges?: boolean;
  /** The prefixes this host originates, with their attributes. @default nothing advertised */
  readonly advertisements?: OverlayPrefix[];
  /**
   * Routes accepted from the switches. Everything else is rejected (and listed, with
   * soft-reconfiguration).
   * @default every route
   */
  readonly acceptPrefixes?: PrefixRule[];
  /**
   * Prefix of the policy objects' names: route-maps `NAME-IN` and `NAME-OUT`, prefix-lists
   * `NAME-OUT-V4`, `NAME-OUT-V6` (only the advertised prefixes go out) and, with
   * `acceptPrefixes`, `NAME-IN-V4`, `NAME-IN-V6`.
   * @default "TOR"
   */
  readonly policyName?: string;
}

const DEFAULT_TIMERS: BgpTimers = { keepalive: 30, hold: 90 };

export class TorPeering extends Construct {
  readonly speaker: BgpSpeaker;
  /** One per neighbor, in the order given. */
  readonly peers: BgpPeer[] = [];
  /** One per overlay prefix, in the order given. */
  readonly advertisements: BgpAdvertisement[] = [];
  /** Route-map `NAME-IN` (and its prefix-lists with `acceptPrefixes`). */
  readonly inbound: PrefixPolicy;
  /** Route-map `NAME-OUT`: only the advertised prefixes. */
  readonly outbound: PrefixPolicy;

  constructor(scope: Construct, id: string, props: TorPeeringProps) {
    super(scope, id);
    const check = PropsCheck.of("TorPeering", this);
    const provider = props.provider;
    const policyName = props.policyName ?? "TOR";
    check.asn("asn", props.asn);
    check.name("policyName", `${policyName}-OUT-V4`, LIST_NAME);
    check.nonEmpty("neighbors", props.neighbors, "Top-of-Rack neighbor");
    const advertised = props.advertisements ?? [];
    const outRules = rulesByFamily(check, "advertisements", advertised.map(({ prefix }) => ({ prefix })));
    const inRules = props.acceptPrefixes === undefined ? undefined : rulesByFamily(check, "acceptPrefixes", props.acceptPrefixes);

    this.speaker = new BgpSpeaker(this, "speaker", {
      provider,
      asn: props.asn,
      routerId: props.routerId,
      logNeighborChanges: props.logNeighborChanges ?? true,
      // Every neighbor is activated in the family of its own address, nowhere else.
      defaultIpv4Unicast: false,
    });
    this.outbound = new PrefixPolicy(this, "outbound", { provider, name: `${policyName}-OUT`, rules: outRules, check });
    this.inbound = new PrefixPolicy(this, "inbound", { provider, name: `${policyName}-IN`, rules: inRules, check });

    props.neighbors.forEach((neighbor, index) => {
      const path = `neighbors[${index}]`;
      check.asn(`${path}.asn`, neighbor.asn);
      warnIfLiteralSecret(this, `${path}.password`, neighbor.password);
      const family: Family | undefined = Token.isUnresolved(neighbor.address) ? undefined : familyOf(neighbor.address);
      if (family === undefined) {
        check.add({ code: "FRR_INVALID_ADDRESS", path: `${path}.address`, message: "is a token; TorPeering needs literal neighbor addresses, because their family decides the address family activated" });
        return;
      }
      const policy: BgpPeerAddressFamiliesIpv4Unicast = {
        activate: true,
        softReconfigurationInbound: props.softReconfigurationInbound ?? true,
        routeMapIn: this.inbound.routeMap.name,
        routeMapOut: this.outbound.routeMap.name,
      };
      this.peers.push(
        new BgpPeer(this, `neighbor-${idFrom(neighbor.address)}`, {
          provider,
          speaker: this.speaker.id,
          neighbor: neighbor.address,
          remoteAs: Token.isUnresolved(neighbor.asn) ? Token.asString(neighbor.asn) : String(neighbor.asn),
          description: neighbor.description,
          password: neighbor.password,
          timers: neighbor.timers ?? props.timers ?? DEFAULT_TIMERS,
          addressFamilies: family === "ipv4" ? { ipv4Unicast: policy } : { ipv6Unicast: policy },
        }),
      );
    });

    for (const { prefix, index } of inGivenOrder(outRules)) {
      const overlay = advertised[index]!;
      this.advertisements.push(
        new BgpAdvertisement(this, `advertisement-${idFrom(prefix)}`, {
          provider,
          speaker: this.speaker.id,
          prefix,
          communities: overlay.communities,
          largeCommunities: overlay.largeCommunities,
          localPreference: overlay.localPreference,
          med: overlay.med,
          nextHop: overlay.nextHop,
        }),
      );
    }
    check.throwIfAny();
  }
}
