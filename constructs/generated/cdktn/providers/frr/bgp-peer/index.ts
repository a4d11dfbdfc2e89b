// https://registry.terraform.io/providers/frr-iac/frr/latest/docs/resources/bgp_peer
// generated from terraform resource schema

import { Construct } from 'constructs';
import * as cdktn from 'cdktn';

// Configuration

export interface BgpPeerConfig extends cdktn.TerraformMetaArguments {
  /**
  * Per address family settings.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/frr-iac/frr/latest/docs/resources/bgp_peer#address_families BgpPeer#address_families}
  */
  readonly addressFamilies?: BgpPeerAddressFamilies;
  /**
  * Take over matching configuration that already exists on the host. Without it, creating a resource whose lines exist with different values fails instead of overwriting hand-made configuration. Default: false.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/frr-iac/frr/latest/docs/resources/bgp_peer#adopt BgpPeer#adopt}
  */
  readonly adopt?: boolean | cdktn.IResolvable;
  /**
  * Track the session with BFD (needs bfdd running). Default: false.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/frr-iac/frr/latest/docs/resources/bgp_peer#bfd BgpPeer#bfd}
  */
  readonly bfd?: boolean | cdktn.IResolvable;
  /**
  * Advertise the extended next-hop capability (IPv4 routes over IPv6 next hops, RFC 8950). Default: false (true for interface neighbors). Changing it resets the BGP session.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/frr-iac/frr/latest/docs/resources/bgp_peer#capability_extended_nexthop BgpPeer#capability_extended_nexthop}
  */
  readonly capabilityExtendedNexthop?: boolean | cdktn.IResolvable;
  /**
  * Seconds between connection attempts (`timers connect`).
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/frr-iac/frr/latest/docs/resources/bgp_peer#connect_retry BgpPeer#connect_retry}
  */
  readonly connectRetry?: number;
  /**
  * Free text describing the neighbor.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/frr-iac/frr/latest/docs/resources/bgp_peer#description BgpPeer#description}
  */
  readonly description?: string;
  /**
  * Allow eBGP neighbors this many hops away (1 is plain single-hop eBGP: leave it unset). Changing it resets the BGP session.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/frr-iac/frr/latest/docs/resources/bgp_peer#ebgp_multihop BgpPeer#ebgp_multihop}
  */
  readonly ebgpMultihop?: number;
  /**
  * Present a different local AS to this neighbor. Changing it resets the BGP session.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/frr-iac/frr/latest/docs/resources/bgp_peer#local_as BgpPeer#local_as}
  */
  readonly localAs?: BgpPeerLocalAs;
  /**
  * The neighbor: an IPv4/IPv6 address, an interface name (BGP unnumbered, with `type: "interface"`) or a peer-group name (with `type: "peer-group"`). Changing it replaces the resource.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/frr-iac/frr/latest/docs/resources/bgp_peer#neighbor BgpPeer#neighbor}
  */
  readonly neighbor: string;
  /**
  * Never initiate the session; only accept it. Default: false.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/frr-iac/frr/latest/docs/resources/bgp_peer#passive BgpPeer#passive}
  */
  readonly passive?: boolean | cdktn.IResolvable;
  /**
  * TCP MD5 password shared with the neighbor. Changing it resets the BGP session.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/frr-iac/frr/latest/docs/resources/bgp_peer#password BgpPeer#password}
  */
  readonly password?: string;
  /**
  * Peer-group this neighbor is a member of (inherits its settings). Changing it replaces the resource.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/frr-iac/frr/latest/docs/resources/bgp_peer#peer_group BgpPeer#peer_group}
  */
  readonly peerGroup?: string;
  /**
  * TCP port of the neighbor. Default: 179. Changing it resets the BGP session.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/frr-iac/frr/latest/docs/resources/bgp_peer#port BgpPeer#port}
  */
  readonly port?: number;
  /**
  * The neighbor's AS: a number, `"external"` (any AS but ours) or `"internal"` (our AS). Optional for members of a peer-group that sets it.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/frr-iac/frr/latest/docs/resources/bgp_peer#remote_as BgpPeer#remote_as}
  */
  readonly remoteAs?: string;
  /**
  * Administratively shut the session down, keeping its configuration. Default: false.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/frr-iac/frr/latest/docs/resources/bgp_peer#shutdown BgpPeer#shutdown}
  */
  readonly shutdown?: boolean | cdktn.IResolvable;
  /**
  * The speaker (BGP instance) this belongs to: the `id` of a Speaker, `"ASN"` or `"ASN/vrf/NAME"`. Changing it replaces the resource.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/frr-iac/frr/latest/docs/resources/bgp_peer#speaker BgpPeer#speaker}
  */
  readonly speaker: string;
  /**
  * Keepalive and hold timers for this neighbor (seconds). Default: the speaker's timers. Changing it resets the BGP session.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/frr-iac/frr/latest/docs/resources/bgp_peer#timers BgpPeer#timers}
  */
  readonly timers?: BgpPeerTimers;
  /**
  * GTSM: accept packets only from neighbors at most this many hops away. Changing it resets the BGP session.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/frr-iac/frr/latest/docs/resources/bgp_peer#ttl_security_hops BgpPeer#ttl_security_hops}
  */
  readonly ttlSecurityHops?: number;
  /**
  * What `neighbor` names. Default: "address". Changing it replaces the resource.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/frr-iac/frr/latest/docs/resources/bgp_peer#type BgpPeer#type}
  */
  readonly type?: string;
  /**
  * Source address or interface for the BGP session. Changing it resets the BGP session.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/frr-iac/frr/latest/docs/resources/bgp_peer#update_source BgpPeer#update_source}
  */
  readonly updateSource?: string;
}
export interface BgpPeerAddressFamiliesIpv4UnicastDefaultOriginate {
  /**
  * Only originate the default route when this route-map matches.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/frr-iac/frr/latest/docs/resources/bgp_peer#route_map BgpPeer#route_map}
  */
  readonly routeMap?: string;
}

export function bgpPeerAddressFamiliesIpv4UnicastDefaultOriginateToTerraform(struct?: BgpPeerAddressFamiliesIpv4UnicastDefaultOriginate | cdktn.IResolvable): any {
  if (!cdktn.canInspect(struct) || cdktn.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktn.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdktn.io/docs/concepts/resources#references");
  }
  return {
    route_map: cdktn.stringToTerraform(struct!.routeMap),
  }
}


export function bgpPeerAddressFamiliesIpv4UnicastDefaultOriginateToHclTerraform(struct?: BgpPeerAddressFamiliesIpv4UnicastDefaultOriginate | cdktn.IResolvable): any {
  if (!cdktn.canInspect(struct) || cdktn.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktn.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdktn.io/docs/concepts/resources#references");
  }
  const attrs = {
    route_map: {
      value: cdktn.stringToHclTerraform(struct!.routeMap),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
  };

  // remove undefined attributes
  return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined));
}

export class BgpPeerAddressFamiliesIpv4UnicastDefaultOriginateOutputReference extends cdktn.ComplexObject {
  private isEmptyObject = false;
  private resolvableValue?: cdktn.IResolvable;

  /**
  * @param terraformResource The parent resource
  * @param terraformAttribute The attribute on the parent resource this class is referencing
  */
  public constructor(terraformResource: cdktn.IInterpolatingParent, terraformAttribute: string) {
    super(terraformResource, terraformAttribute, false);
  }

  public get internalValue(): BgpPeerAddressFamiliesIpv4UnicastDefaultOriginate | cdktn.IResolvable | undefined {
    if (this.resolvableValue) {
      return this.resolvableValue;
    }
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    if (this._routeMap !== undefined) {
      hasAnyValues = true;
      internalValueResult.routeMap = this._routeMap;
    }
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: BgpPeerAddressFamiliesIpv4UnicastDefaultOriginate | cdktn.IResolvable | undefined) {
    if (value === undefined) {
      this.isEmptyObject = false;
      this.resolvableValue = undefined;
      this._routeMap = undefined;
    }
    else if (cdktn.Tokenization.isResolvable(value)) {
      this.isEmptyObject = false;
      this.resolvableValue = value;
    }
    else {
      this.isEmptyObject = Object.keys(value).length === 0;
      this.resolvableValue = undefined;
      this._routeMap = value.routeMap;
    }
  }

  // route_map - computed: false, optional: true, required: false
  private _routeMap?: string; 
  public get routeMap() {
    return this.getStringAttribute('route_map');
  }
  public set routeMap(value: string) {
    this._routeMap = value;
  }
  public resetRouteMap() {
    this._routeMap = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get routeMapInput() {
    return this._routeMap;
  }
}
export interface BgpPeerAddressFamiliesIpv4UnicastMaximumPrefix {
  /**
  * Maximum number of prefixes.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/frr-iac/frr/latest/docs/resources/bgp_peer#limit BgpPeer#limit}
  */
  readonly limit: number;
  /**
  * Minutes after which a session closed for exceeding the limit is restarted.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/frr-iac/frr/latest/docs/resources/bgp_peer#restart_minutes BgpPeer#restart_minutes}
  */
  readonly restartMinutes?: number;
  /**
  * Percentage of the limit at which FRR starts warning. Default: 75.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/frr-iac/frr/latest/docs/resources/bgp_peer#threshold BgpPeer#threshold}
  */
  readonly threshold?: number;
  /**
  * Only log when the limit is exceeded instead of closing the session. Default: false.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/frr-iac/frr/latest/docs/resources/bgp_peer#warning_only BgpPeer#warning_only}
  */
  readonly warningOnly?: boolean | cdktn.IResolvable;
}

export function bgpPeerAddressFamiliesIpv4UnicastMaximumPrefixToTerraform(struct?: BgpPeerAddressFamiliesIpv4UnicastMaximumPrefix | cdktn.IResolvable): any {
  if (!cdktn.canInspect(struct) || cdktn.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktn.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdktn.io/docs/concepts/resources#references");
  }
  return {
    limit: cdktn.numberToTerraform(struct!.limit),
    restart_minutes: cdktn.numberToTerraform(struct!.restartMinutes),
    threshold: cdktn.numberToTerraform(struct!.threshold),
    warning_only: cdktn.booleanToTerraform(struct!.warningOnly),
  }
}


export function bgpPeerAddressFamiliesIpv4UnicastMaximumPrefixToHclTerraform(struct?: BgpPeerAddressFamiliesIpv4UnicastMaximumPrefix | cdktn.IResolvable): any {
  if (!cdktn.canInspect(struct) || cdktn.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktn.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdktn.io/docs/concepts/resources#references");
  }
  const attrs = {
    limit: {
      value: cdktn.numberToHclTerraform(struct!.limit),
      isBlock: false,
      type: "simple",
      storageClassType: "number",
    },
    restart_minutes: {
      value: cdktn.numberToHclTerraform(struct!.restartMinutes),
      isBlock: false,
      type: "simple",
      storageClassType: "number",
    },
    threshold: {
      value: cdktn.numberToHclTerraform(struct!.threshold),
      isBlock: false,
      type: "simple",
      storageClassType: "number",
    },
    warning_only: {
      value: cdktn.booleanToHclTerraform(struct!.warningOnly),
      isBlock: false,
      type: "simple",
      storageClassType: "boolean",
    },
  };

  // remove undefined attributes
  return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined));
}

export class BgpPeerAddressFamiliesIpv4UnicastMaximumPrefixOutputReference extends cdktn.ComplexObject {
  private isEmptyObject = false;
  private resolvableValue?: cdktn.IResolvable;

  /**
  * @param terraformResource The parent resource
  * @param terraformAttribute The attribute on the parent resource this class is referencing
  */
  public constructor(terraformResource: cdktn.IInterpolatingParent, terraformAttribute: string) {
    super(terraformResource, terraformAttribute, false);
  }

  public get internalValue(): BgpPeerAddressFamiliesIpv4UnicastMaximumPrefix | cdktn.IResolvable | undefined {
    if (this.resolvableValue) {
      return this.resolvableValue;
    }
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    if (this._limit !== undefined) {
      hasAnyValues = true;
      internalValueResult.limit = this._limit;
    }
    if (this._restartMinutes !== undefined) {
      hasAnyValues = true;
      internalValueResult.restartMinutes = this._restartMinutes;
    }
    if (this._threshold !== undefined) {
      hasAnyValues = true;
      internalValueResult.threshold = this._threshold;
    }
    if (this._warningOnly !== undefined) {
      hasAnyValues = true;
      internalValueResult.warningOnly = this._warningOnly;
    }
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: BgpPeerAddressFamiliesIpv4UnicastMaximumPrefix | cdktn.IResolvable | undefined) {
    if (value === undefined) {
      this.isEmptyObject = false;
      this.resolvableValue = undefined;
      this._limit = undefined;
      this._restartMinutes = undefined;
      this._threshold = undefined;
      this._warningOnly = undefined;
    }
    else if (cdktn.Tokenization.isResolvable(value)) {
      this.isEmptyObject = false;
      this.resolvableValue = value;
    }
    else {
      this.isEmptyObject = Object.keys(value).length === 0;
      this.resolvableValue = undefined;
      this._limit = value.limit;
      this._restartMinutes = value.restartMinutes;
      this._threshold = value.threshold;
      this._warningOnly = value.warningOnly;
    }
  }

  // limit - computed: false, optional: false, required: true
  private _limit?: number; 
  public get limit() {
    return this.getNumberAttribute('limit');
  }
  public set limit(value: number) {
    this._limit = value;
  }
  // Temporarily expose input value. Use with caution.
  public get limitInput() {
    return this._limit;
  }

  // restart_minutes - computed: false, optional: true, required: false
  private _restartMinutes?: number; 
  public get restartMinutes() {
    return this.getNumberAttribute('restart_minutes');
  }
  public set restartMinutes(value: number) {
    this._restartMinutes = value;
  }
  public resetRestartMinutes() {
    this._restartMinutes = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get restartMinutesInput() {
    return this._restartMinutes;
  }

  // threshold - computed: false, optional: true, required: false
  private _threshold?: number; 
  public get threshold() {
    return this.getNumberAttribute('threshold');
  }
  public set threshold(value: number) {
    this._threshold = value;
  }
  public resetThreshold() {
    this._threshold = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get thresholdInput() {
    return this._threshold;
  }

  // warning_only - computed: false, optional: true, required: false
  private _warningOnly?: boolean | cdktn.IResolvable; 
  public get warningOnly() {
    return this.getBooleanAttribute('warning_only');
  }
  public set warningOnly(value: boolean | cdktn.IResolvable) {
    this._warningOnly = value;
  }
  public resetWarningOnly() {
    this._warningOnly = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get warningOnlyInput() {
    return this._warningOnly;
  }
}
export interface BgpPeerAddressFamiliesIpv4Unicast {
  /**
  * Exchange routes of this address family with the neighbor. Default: true in IPv4 unicast unless the speaker sets `defaultIpv4Unicast: false`; false elsewhere. Changing it resets the BGP session.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/frr-iac/frr/latest/docs/resources/bgp_peer#activate BgpPeer#activate}
  */
  readonly activate?: boolean | cdktn.IResolvable;
  /**
  * Accept routes whose AS path contains the local AS up to this many times.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/frr-iac/frr/latest/docs/resources/bgp_peer#allowas_in BgpPeer#allowas_in}
  */
  readonly allowasIn?: number;
  /**
  * Accept routes whose origin AS is the local AS (`allowas-in origin`). Default: false.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/frr-iac/frr/latest/docs/resources/bgp_peer#allowas_in_origin BgpPeer#allowas_in_origin}
  */
  readonly allowasInOrigin?: boolean | cdktn.IResolvable;
  /**
  * Send a default route to the neighbor.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/frr-iac/frr/latest/docs/resources/bgp_peer#default_originate BgpPeer#default_originate}
  */
  readonly defaultOriginate?: BgpPeerAddressFamiliesIpv4UnicastDefaultOriginate;
  /**
  * AS-path access list filtering routes received from the neighbor.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/frr-iac/frr/latest/docs/resources/bgp_peer#filter_list_in BgpPeer#filter_list_in}
  */
  readonly filterListIn?: string;
  /**
  * AS-path access list filtering routes sent to the neighbor.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/frr-iac/frr/latest/docs/resources/bgp_peer#filter_list_out BgpPeer#filter_list_out}
  */
  readonly filterListOut?: string;
  /**
  * Limit on the number of prefixes accepted from the neighbor.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/frr-iac/frr/latest/docs/resources/bgp_peer#maximum_prefix BgpPeer#maximum_prefix}
  */
  readonly maximumPrefix?: BgpPeerAddressFamiliesIpv4UnicastMaximumPrefix;
  /**
  * Set this router as next hop for routes sent to the neighbor. Default: false.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/frr-iac/frr/latest/docs/resources/bgp_peer#next_hop_self BgpPeer#next_hop_self}
  */
  readonly nextHopSelf?: boolean | cdktn.IResolvable;
  /**
  * Set this router as next hop also for reflected routes (`next-hop-self force`). Default: false.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/frr-iac/frr/latest/docs/resources/bgp_peer#next_hop_self_force BgpPeer#next_hop_self_force}
  */
  readonly nextHopSelfForce?: boolean | cdktn.IResolvable;
  /**
  * Prefix-list filtering routes received from the neighbor.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/frr-iac/frr/latest/docs/resources/bgp_peer#prefix_list_in BgpPeer#prefix_list_in}
  */
  readonly prefixListIn?: string;
  /**
  * Prefix-list filtering routes sent to the neighbor.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/frr-iac/frr/latest/docs/resources/bgp_peer#prefix_list_out BgpPeer#prefix_list_out}
  */
  readonly prefixListOut?: string;
  /**
  * Route-map applied to routes received from the neighbor.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/frr-iac/frr/latest/docs/resources/bgp_peer#route_map_in BgpPeer#route_map_in}
  */
  readonly routeMapIn?: string;
  /**
  * Route-map applied to routes sent to the neighbor.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/frr-iac/frr/latest/docs/resources/bgp_peer#route_map_out BgpPeer#route_map_out}
  */
  readonly routeMapOut?: string;
  /**
  * Keep an unmodified copy of received routes, so inbound policy changes apply without a session reset and rejected routes can be listed. Default: false.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/frr-iac/frr/latest/docs/resources/bgp_peer#soft_reconfiguration_inbound BgpPeer#soft_reconfiguration_inbound}
  */
  readonly softReconfigurationInbound?: boolean | cdktn.IResolvable;
}

export function bgpPeerAddressFamiliesIpv4UnicastToTerraform(struct?: BgpPeerAddressFamiliesIpv4Unicast | cdktn.IResolvable): any {
  if (!cdktn.canInspect(struct) || cdktn.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktn.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdktn.io/docs/concepts/resources#references");
  }
  return {
    activate: cdktn.booleanToTerraform(struct!.activate),
    allowas_in: cdktn.numberToTerraform(struct!.allowasIn),
    allowas_in_origin: cdktn.booleanToTerraform(struct!.allowasInOrigin),
    default_originate: bgpPeerAddressFamiliesIpv4UnicastDefaultOriginateToTerraform(struct!.defaultOriginate),
    filter_list_in: cdktn.stringToTerraform(struct!.filterListIn),
    filter_list_out: cdktn.stringToTerraform(struct!.filterListOut),
    maximum_prefix: bgpPeerAddressFamiliesIpv4UnicastMaximumPrefixToTerraform(struct!.maximumPrefix),
    next_hop_self: cdktn.booleanToTerraform(struct!.nextHopSelf),
    next_hop_self_force: cdktn.booleanToTerraform(struct!.nextHopSelfForce),
    prefix_list_in: cdktn.stringToTerraform(struct!.prefixListIn),
    prefix_list_out: cdktn.stringToTerraform(struct!.prefixListOut),
    route_map_in: cdktn.stringToTerraform(struct!.routeMapIn),
    route_map_out: cdktn.stringToTerraform(struct!.routeMapOut),
    soft_reconfiguration_inbound: cdktn.booleanToTerraform(struct!.softReconfigurationInbound),
  }
}


export function bgpPeerAddressFamiliesIpv4UnicastToHclTerraform(struct?: BgpPeerAddressFamiliesIpv4Unicast | cdktn.IResolvable): any {
  if (!cdktn.canInspect(struct) || cdktn.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktn.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdktn.io/docs/concepts/resources#references");
  }
  const attrs = {
    activate: {
      value: cdktn.booleanToHclTerraform(struct!.activate),
      isBlock: false,
      type: "simple",
      storageClassType: "boolean",
    },
    allowas_in: {
      value: cdktn.numberToHclTerraform(struct!.allowasIn),
      isBlock: false,
      type: "simple",
      storageClassType: "number",
    },
    allowas_in_origin: {
      value: cdktn.booleanToHclTerraform(struct!.allowasInOrigin),
      isBlock: false,
      type: "simple",
      storageClassType: "boolean",
    },
    default_originate: {
      value: bgpPeerAddressFamiliesIpv4UnicastDefaultOriginateToHclTerraform(struct!.defaultOriginate),
      isBlock: true,
      type: "struct",
      storageClassType: "BgpPeerAddressFamiliesIpv4UnicastDefaultOriginate",
    },
    filter_list_in: {
      value: cdktn.stringToHclTerraform(struct!.filterListIn),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    filter_list_out: {
      value: cdktn.stringToHclTerraform(struct!.filterListOut),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    maximum_prefix: {
      value: bgpPeerAddressFamiliesIpv4UnicastMaximumPrefixToHclTerraform(struct!.maximumPrefix),
      isBlock: true,
      type: "struct",
      storageClassType: "BgpPeerAddressFamiliesIpv4UnicastMaximumPrefix",
    },
    next_hop_self: {
      value: cdktn.booleanToHclTerraform(struct!.nextHopSelf),
      isBlock: false,
      type: "simple",
      storageClassType: "boolean",
    },
    next_hop_self_force: {
      value: cdktn.booleanToHclTerraform(struct!.nextHopSelfForce),
      isBlock: false,
      type: "simple",
      storageClassType: "boolean",
    },
    prefix_list_in: {
      value: cdktn.stringToHclTerraform(struct!.prefixListIn),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    prefix_list_out: {
      value: cdktn.stringToHclTerraform(struct!.prefixListOut),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    route_map_in: {
      value: cdktn.stringToHclTerraform(struct!.routeMapIn),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    route_map_out: {
      value: cdktn.stringToHclTerraform(struct!.routeMapOut),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    soft_reconfiguration_inbound: {
      value: cdktn.booleanToHclTerraform(struct!.softReconfigurationInbound),
      isBlock: false,
      type: "simple",
      storageClassType: "boolean",
    },
  };

  // remove undefined attributes
  return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined));
}

export class BgpPeerAddressFamiliesIpv4UnicastOutputReference extends cdktn.ComplexObject {
  private isEmptyObject = false;
  private resolvableValue?: cdktn.IResolvable;

  /**
  * @param terraformResource The parent resource
  * @param terraformAttribute The attribute on the parent resource this class is referencing
  */
  public constructor(terraformResource: cdktn.IInterpolatingParent, terraformAttribute: string) {
    super(terraformResource, terraformAttribute, false);
  }

  public get internalValue(): BgpPeerAddressFamiliesIpv4Unicast | cdktn.IResolvable | undefined {
    if (this.resolvableValue) {
      return this.resolvableValue;
    }
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    if (this._activate !== undefined) {
      hasAnyValues = true;
      internalValueResult.activate = this._activate;
    }
    if (this._allowasIn !== undefined) {
      hasAnyValues = true;
      internalValueResult.allowasIn = this._allowasIn;
    }
    if (this._allowasInOrigin !== undefined) {
      hasAnyValues = true;
      internalValueResult.allowasInOrigin = this._allowasInOrigin;
    }
    if (this._defaultOriginate?.internalValue !== undefined) {
      hasAnyValues = true;
      internalValueResult.defaultOriginate = this._defaultOriginate?.internalValue;
    }
    if (this._filterListIn !== undefined) {
      hasAnyValues = true;
      internalValueResult.filterListIn = this._filterListIn;
    }
    if (this._filterListOut !== undefined) {
      hasAnyValues = true;
      internalValueResult.filterListOut = this._filterListOut;
    }
    if (this._maximumPrefix?.internalValue !== undefined) {
      hasAnyValues = true;
      internalValueResult.maximumPrefix = this._maximumPrefix?.internalValue;
    }
    if (this._nextHopSelf !== undefined) {
      hasAnyValues = true;
      internalValueResult.nextHopSelf = this._nextHopSelf;
    }
    if (this._nextHopSelfForce !== undefined) {
      hasAnyValues = true;
      internalValueResult.nextHopSelfForce = this._nextHopSelfForce;
    }
    if (this._prefixListIn !== undefined) {
      hasAnyValues = true;
      internalValueResult.prefixListIn = this._prefixListIn;
    }
    if (this._prefixListOut !== undefined) {
      hasAnyValues = true;
      internalValueResult.prefixListOut = this._prefixListOut;
    }
    if (this._routeMapIn !== undefined) {
      hasAnyValues = true;
      internalValueResult.routeMapIn = this._routeMapIn;
    }
    if (this._routeMapOut !== undefined) {
      hasAnyValues = true;
      internalValueResult.routeMapOut = this._routeMapOut;
    }
    if (this._softReconfigurationInbound !== undefined) {
      hasAnyValues = true;
      internalValueResult.softReconfigurationInbound = this._softReconfigurationInbound;
    }
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: BgpPeerAddressFamiliesIpv4Unicast | cdktn.IResolvable | undefined) {
    if (value === undefined) {
      this.isEmptyObject = false;
      this.resolvableValue = undefined;
      this._activate = undefined;
      this._allowasIn = undefined;
      this._allowasInOrigin = undefined;
      this._defaultOriginate.internalValue = undefined;
      this._filterListIn = undefined;
      this._filterListOut = undefined;
      this._maximumPrefix.internalValue = undefined;
      this._nextHopSelf = undefined;
      this._nextHopSelfForce = undefined;
      this._prefixListIn = undefined;
      this._prefixListOut = undefined;
      this._routeMapIn = undefined;
      this._routeMapOut = undefined;
      this._softReconfigurationInbound = undefined;
    }
    else if (cdktn.Tokenization.isResolvable(value)) {
      this.isEmptyObject = false;
      this.resolvableValue = value;
    }
    else {
      this.isEmptyObject = Object.keys(value).length === 0;
      this.resolvableValue = undefined;
      this._activate = value.activate;
      this._allowasIn = value.allowasIn;
      this._allowasInOrigin = value.allowasInOrigin;
      this._defaultOriginate.internalValue = value.defaultOriginate;
      this._filterListIn = value.filterListIn;
      this._filterListOut = value.filterListOut;
      this._maximumPrefix.internalValue = value.maximumPrefix;
      this._nextHopSelf = value.nextHopSelf;
      this._nextHopSelfForce = value.nextHopSelfForce;
      this._prefixListIn = value.prefixListIn;
      this._prefixListOut = value.prefixListOut;
      this._routeMapIn = value.routeMapIn;
      this._routeMapOut = value.routeMapOut;
      this._softReconfigurationInbound = value.softReconfigurationInbound;
    }
  }

  // activate - computed: false, optional: true, required: false
  private _activate?: boolean | cdktn.IResolvable; 
  public get activate() {
    return this.getBooleanAttribute('activate');
  }
  public set activate(value: boolean | cdktn.IResolvable) {
    this._activate = value;
  }
  public resetActivate() {
    this._activate = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get activateInput() {
    return this._activate;
  }

  // allowas_in - computed: false, optional: true, required: false
  private _allowasIn?: number; 
  public get allowasIn() {
    return this.getNumberAttribute('allowas_in');
  }
  public set allowasIn(value: number) {
    this._allowasIn = value;
  }
  public resetAllowasIn() {
    this._allowasIn = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get allowasInInput() {
    return this._allowasIn;
  }

  // allowas_in_origin - computed: false, optional: true, required: false
  private _allowasInOrigin?: boolean | cdktn.IResolvable; 
  public get allowasInOrigin() {
    return this.getBooleanAttribute('allowas_in_origin');
  }
  public set allowasInOrigin(value: boolean | cdktn.IResolvable) {
    this._allowasInOrigin = value;
  }
  public resetAllowasInOrigin() {
    this._allowasInOrigin = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get allowasInOriginInput() {
    return this._allowasInOrigin;
  }

  // default_originate - computed: false, optional: true, required: false
  private _defaultOriginate = new BgpPeerAddressFamiliesIpv4UnicastDefaultOriginateOutputReference(this, "default_originate");
  public get defaultOriginate() {
    return this._defaultOriginate;
  }
  public putDefaultOriginate(value: BgpPeerAddressFamiliesIpv4UnicastDefaultOriginate) {
    this._defaultOriginate.internalValue = value;
  }
  public resetDefaultOriginate() {
    this._defaultOriginate.internalValue = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get defaultOriginateInput() {
    return this._defaultOriginate.internalValue;
  }

  // filter_list_in - computed: false, optional: true, required: false
  private _filterListIn?: string; 
  public get filterListIn() {
    return this.getStringAttribute('filter_list_in');
  }
  public set filterListIn(value: string) {
    this._filterListIn = value;
  }
  public resetFilterListIn() {
    this._filterListIn = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get filterListInInput() {
    return this._filterListIn;
  }

  // filter_list_out - computed: false, optional: true, required: false
  private _filterListOut?: string; 
  public get filterListOut() {
    return this.getStringAttribute('filter_list_out');
  }
  public set filterListOut(value: string) {
    this._filterListOut = value;
  }
  public resetFilterListOut() {
    this._filterListOut = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get filterListOutInput() {
    return this._filterListOut;
  }

  // maximum_prefix - computed: false, optional: true, required: false
  private _maximumPrefix = new BgpPeerAddressFamiliesIpv4UnicastMaximumPrefixOutputReference(this, "maximum_prefix");
  public get maximumPrefix() {
    return this._maximumPrefix;
  }
  public putMaximumPrefix(value: BgpPeerAddressFamiliesIpv4UnicastMaximumPrefix) {
    this._maximumPrefix.internalValue = value;
  }
  public resetMaximumPrefix() {
    this._maximumPrefix.internalValue = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get maximumPrefixInput() {
    return this._maximumPrefix.internalValue;
  }

  // next_hop_self - computed: false, optional: true, required: false
  private _nextHopSelf?: boolean | cdktn.IResolvable; 
  public get nextHopSelf() {
    return this.getBooleanAttribute('next_hop_self');
  }
  public set nextHopSelf(value: boolean | cdktn.IResolvable) {
    this._nextHopSelf = value;
  }
  public resetNextHopSelf() {
    this._nextHopSelf = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get nextHopSelfInput() {
    return this._nextHopSelf;
  }

  // next_hop_self_force - computed: false, optional: true, required: false
  private _nextHopSelfForce?: boolean | cdktn.IResolvable; 
  public get nextHopSelfForce() {
    return this.getBooleanAttribute('next_hop_self_force');
  }
  public set nextHopSelfForce(value: boolean | cdktn.IResolvable) {
    this._nextHopSelfForce = value;
  }
  public resetNextHopSelfForce() {
    this._nextHopSelfForce = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get nextHopSelfForceInput() {
    return this._nextHopSelfForce;
  }

  // prefix_list_in - computed: false, optional: true, required: false
  private _prefixListIn?: string; 
  public get prefixListIn() {
    return this.getStringAttribute('prefix_list_in');
  }
  public set prefixListIn(value: string) {
    this._prefixListIn = value;
  }
  public resetPrefixListIn() {
    this._prefixListIn = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get prefixListInInput() {
    return this._prefixListIn;
  }

  // prefix_list_out - computed: false, optional: true, required: false
  private _prefixListOut?: string; 
  public get prefixListOut() {
    return this.getStringAttribute('prefix_list_out');
  }
  public set prefixListOut(value: string) {
    this._prefixListOut = value;
  }
  public resetPrefixListOut() {
    this._prefixListOut = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get prefixListOutInput() {
    return this._prefixListOut;
  }

  // route_map_in - computed: false, optional: true, required: false
  private _routeMapIn?: string; 
  public get routeMapIn() {
    return this.getStringAttribute('route_map_in');
  }
  public set routeMapIn(value: string) {
    this._routeMapIn = value;
  }
  public resetRouteMapIn() {
    this._routeMapIn = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get routeMapInInput() {
    return this._routeMapIn;
  }

  // route_map_out - computed: false, optional: true, required: false
  private _routeMapOut?: string; 
  public get routeMapOut() {
    return this.getStringAttribute('route_map_out');
  }
  public set routeMapOut(value: string) {
    this._routeMapOut = value;
  }
  public resetRouteMapOut() {
    this._routeMapOut = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get routeMapOutInput() {
    return this._routeMapOut;
  }

  // soft_reconfiguration_inbound - computed: false, optional: true, required: false
  private _softReconfigurationInbound?: boolean | cdktn.IResolvable; 
  public get softReconfigurationInbound() {
    return this.getBooleanAttribute('soft_reconfiguration_inbound');
  }
  public set softReconfigurationInbound(value: boolean | cdktn.IResolvable) {
    this._softReconfigurationInbound = value;
  }
  public resetSoftReconfigurationInbound() {
    this._softReconfigurationInbound = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get softReconfigurationInboundInput() {
    return this._softReconfigurationInbound;
  }
}
export interface BgpPeerAddressFamiliesIpv6UnicastDefaultOriginate {
  /**
  * Only originate the default route when this route-map matches.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/frr-iac/frr/latest/docs/resources/bgp_peer#route_map BgpPeer#route_map}
  */
  readonly routeMap?: string;
}

export function bgpPeerAddressFamiliesIpv6UnicastDefaultOriginateToTerraform(struct?: BgpPeerAddressFamiliesIpv6UnicastDefaultOriginate | cdktn.IResolvable): any {
  if (!cdktn.canInspect(struct) || cdktn.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktn.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdktn.io/docs/concepts/resources#references");
  }
  return {
    route_map: cdktn.stringToTerraform(struct!.routeMap),
  }
}


export function bgpPeerAddressFamiliesIpv6UnicastDefaultOriginateToHclTerraform(struct?: BgpPeerAddressFamiliesIpv6UnicastDefaultOriginate | cdktn.IResolvable): any {
  if (!cdktn.canInspect(struct) || cdktn.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktn.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdktn.io/docs/concepts/resources#references");
  }
  const attrs = {
    route_map: {
      value: cdktn.stringToHclTerraform(struct!.routeMap),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
  };

  // remove undefined attributes
  return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined));
}

export class BgpPeerAddressFamiliesIpv6UnicastDefaultOriginateOutputReference extends cdktn.ComplexObject {
  private isEmptyObject = false;
  private resolvableValue?: cdktn.IResolvable;

  /**
  * @param terraformResource The parent resource
  * @param terraformAttribute The attribute on the parent resource this class is referencing
  */
  public constructor(terraformResource: cdktn.IInterpolatingParent, terraformAttribute: string) {
    super(terraformResource, terraformAttribute, false);
  }

  public get internalValue(): BgpPeerAddressFamiliesIpv6UnicastDefaultOriginate | cdktn.IResolvable | undefined {
    if (this.resolvableValue) {
      return this.resolvableValue;
    }
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    if (this._routeMap !== undefined) {
      hasAnyValues = true;
      internalValueResult.routeMap = this._routeMap;
    }
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: BgpPeerAddressFamiliesIpv6UnicastDefaultOriginate | cdktn.IResolvable | undefined) {
    if (value === undefined) {
      this.isEmptyObject = false;
      this.resolvableValue = undefined;
      this._routeMap = undefined;
    }
    else if (cdktn.Tokenization.isResolvable(value)) {
      this.isEmptyObject = false;
      this.resolvableValue = value;
    }
    else {
      this.isEmptyObject = Object.keys(value).length === 0;
      this.resolvableValue = undefined;
      this._routeMap = value.routeMap;
    }
  }

  // route_map - computed: false, optional: true, required: false
  private _routeMap?: string; 
  public get routeMap() {
    return this.getStringAttribute('route_map');
  }
  public set routeMap(value: string) {
    this._routeMap = value;
  }
  public resetRouteMap() {
    this._routeMap = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get routeMapInput() {
    return this._routeMap;
  }
}
export interface BgpPeerAddressFamiliesIpv6UnicastMaximumPrefix {
  /**
  * Maximum number of prefixes.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/frr-iac/frr/latest/docs/resources/bgp_peer#limit BgpPeer#limit}
  */
  readonly limit: number;
  /**
  * Minutes after which a session closed for exceeding the limit is restarted.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/frr-iac/frr/latest/docs/resources/bgp_peer#restart_minutes BgpPeer#restart_minutes}
  */
  readonly restartMinutes?: number;
  /**
  * Percentage of the limit at which FRR starts warning. Default: 75.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/frr-iac/frr/latest/docs/resources/bgp_peer#threshold BgpPeer#threshold}
  */
  readonly threshold?: number;
  /**
  * Only log when the limit is exceeded instead of closing the session. Default: false.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/frr-iac/frr/latest/docs/resources/bgp_peer#warning_only BgpPeer#warning_only}
  */
  readonly warningOnly?: boolean | cdktn.IResolvable;
}

export function bgpPeerAddressFamiliesIpv6UnicastMaximumPrefixToTerraform(struct?: BgpPeerAddressFamiliesIpv6UnicastMaximumPrefix | cdktn.IResolvable): any {
  if (!cdktn.canInspect(struct) || cdktn.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktn.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdktn.io/docs/concepts/resources#references");
  }
  return {
    limit: cdktn.numberToTerraform(struct!.limit),
    restart_minutes: cdktn.numberToTerraform(struct!.restartMinutes),
    threshold: cdktn.numberToTerraform(struct!.threshold),
    warning_only: cdktn.booleanToTerraform(struct!.warningOnly),
  }
}


export function bgpPeerAddressFamiliesIpv6UnicastMaximumPrefixToHclTerraform(struct?: BgpPeerAddressFamiliesIpv6UnicastMaximumPrefix | cdktn.IResolvable): any {
  if (!cdktn.canInspect(struct) || cdktn.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktn.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdktn.io/docs/concepts/resources#references");
  }
  const attrs = {
    limit: {
      value: cdktn.numberToHclTerraform(struct!.limit),
      isBlock: false,
      type: "simple",
      storageClassType: "number",
    },
    restart_minutes: {
      value: cdktn.numberToHclTerraform(struct!.restartMinutes),
      isBlock: false,
      type: "simple",
      storageClassType: "number",
    },
    threshold: {
      value: cdktn.numberToHclTerraform(struct!.threshold),
      isBlock: false,
      type: "simple",
      storageClassType: "number",
    },
    warning_only: {
      value: cdktn.booleanToHclTerraform(struct!.warningOnly),
      isBlock: false,
      type: "simple",
      storageClassType: "boolean",
    },
  };

  // remove undefined attributes
  return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined));
}

export class BgpPeerAddressFamiliesIpv6UnicastMaximumPrefixOutputReference extends cdktn.ComplexObject {
  private isEmptyObject = false;
  private resolvableValue?: cdktn.IResolvable;

  /**
  * @param terraformResource The parent resource
  * @param terraformAttribute The attribute on the parent resource this class is referencing
  */
  public constructor(terraformResource: cdktn.IInterpolatingParent, terraformAttribute: string) {
    super(terraformResource, terraformAttribute, false);
  }

  public get internalValue(): BgpPeerAddressFamiliesIpv6UnicastMaximumPrefix | cdktn.IResolvable | undefined {
    if (this.resolvableValue) {
      return this.resolvableValue;
    }
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    if (this._limit !== undefined) {
      hasAnyValues = true;
      internalValueResult.limit = this._limit;
    }
    if (this._restartMinutes !== undefined) {
      hasAnyValues = true;
      internalValueResult.restartMinutes = this._restartMinutes;
    }
    if (this._threshold !== undefined) {
      hasAnyValues = true;
      internalValueResult.threshold = this._threshold;
    }
    if (this._warningOnly !== undefined) {
      hasAnyValues = true;
      internalValueResult.warningOnly = this._warningOnly;
    }
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: BgpPeerAddressFamiliesIpv6UnicastMaximumPrefix | cdktn.IResolvable | undefined) {
    if (value === undefined) {
      this.isEmptyObject = false;
      this.resolvableValue = undefined;
      this._limit = undefined;
      this._restartMinutes = undefined;
      this._threshold = undefined;
      this._warningOnly = undefined;
    }
    else if (cdktn.Tokenization.isResolvable(value)) {
      this.isEmptyObject = false;
      this.resolvableValue = value;
    }
    else {
      this.isEmptyObject = Object.keys(value).length === 0;
      this.resolvableValue = undefined;
      this._limit = value.limit;
      this._restartMinutes = value.restartMinutes;
      this._threshold = value.threshold;
      this._warningOnly = value.warningOnly;
    }
  }

  // limit - computed: false, optional: false, required: true
  private _limit?: number; 
  public get limit() {
    return this.getNumberAttribute('limit');
  }
  public set limit(value: number) {
    this._limit = value;
  }
  // Temporarily expose input value. Use with caution.
  public get limitInput() {
    return this._limit;
  }

  // restart_minutes - computed: false, optional: true, required: false
  private _restartMinutes?: number; 
  public get restartMinutes() {
    return this.getNumberAttribute('restart_minutes');
  }
  public set restartMinutes(value: number) {
    this._restartMinutes = value;
  }
  public resetRestartMinutes() {
    this._restartMinutes = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get restartMinutesInput() {
    return this._restartMinutes;
  }

  // threshold - computed: false, optional: true, required: false
  private _threshold?: number; 
  public get threshold() {
    return this.getNumberAttribute('threshold');
  }
  public set threshold(value: number) {
    this._threshold = value;
  }
  public resetThreshold() {
    this._threshold = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get thresholdInput() {
    return this._threshold;
  }

  // warning_only - computed: false, optional: true, required: false
  private _warningOnly?: boolean | cdktn.IResolvable; 
  public get warningOnly() {
    return this.getBooleanAttribute('warning_only');
  }
  public set warningOnly(value: boolean | cdktn.IResolvable) {
    this._warningOnly = value;
  }
  public resetWarningOnly() {
    this._warningOnly = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get warningOnlyInput() {
    return this._warningOnly;
  }
}
export interface BgpPeerAddressFamiliesIpv6Unicast {
  /**
  * Exchange routes of this address family with the neighbor. Default: true in IPv4 unicast unless the speaker sets `defaultIpv4Unicast: false`; false elsewhere. Changing it resets the BGP session.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/frr-iac/frr/latest/docs/resources/bgp_peer#activate BgpPeer#activate}
  */
  readonly activate?: boolean | cdktn.IResolvable;
  /**
  * Accept routes whose AS path contains the local AS up to this many times.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/frr-iac/frr/latest/docs/resources/bgp_peer#allowas_in BgpPeer#allowas_in}
  */
  readonly allowasIn?: number;
  /**
  * Accept routes whose origin AS is the local AS (`allowas-in origin`). Default: false.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/frr-iac/frr/latest/docs/resources/bgp_peer#allowas_in_origin BgpPeer#allowas_in_origin}
  */
  readonly allowasInOrigin?: boolean | cdktn.IResolvable;
  /**
  * Send a default route to the neighbor.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/frr-iac/frr/latest/docs/resources/bgp_peer#default_originate BgpPeer#default_originate}
  */
  readonly defaultOriginate?: BgpPeerAddressFamiliesIpv6UnicastDefaultOriginate;
  /**
  * AS-path access list filtering routes received from the neighbor.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/frr-iac/frr/latest/docs/resources/bgp_peer#filter_list_in BgpPeer#filter_list_in}
  */
  readonly filterListIn?: string;
  /**
  * AS-path access list filtering routes sent to the neighbor.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/frr-iac/frr/latest/docs/resources/bgp_peer#filter_list_out BgpPeer#filter_list_out}
  */
  readonly filterListOut?: string;
  /**
  * Limit on the number of prefixes accepted from the neighbor.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/frr-iac/frr/latest/docs/resources/bgp_peer#maximum_prefix BgpPeer#maximum_prefix}
  */
  readonly maximumPrefix?: BgpPeerAddressFamiliesIpv6UnicastMaximumPrefix;
  /**
  * Set this router as next hop for routes sent to the neighbor. Default: false.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/frr-iac/frr/latest/docs/resources/bgp_peer#next_hop_self BgpPeer#next_hop_self}
  */
  readonly nextHopSelf?: boolean | cdktn.IResolvable;
  /**
  * Set this router as next hop also for reflected routes (`next-hop-self force`). Default: false.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/frr-iac/frr/latest/docs/resources/bgp_peer#next_hop_self_force BgpPeer#next_hop_self_force}
  */
  readonly nextHopSelfForce?: boolean | cdktn.IResolvable;
  /**
  * Prefix-list filtering routes received from the neighbor.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/frr-iac/frr/latest/docs/resources/bgp_peer#prefix_list_in BgpPeer#prefix_list_in}
  */
  readonly prefixListIn?: string;
  /**
  * Prefix-list filtering routes sent to the neighbor.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/frr-iac/frr/latest/docs/resources/bgp_peer#prefix_list_out BgpPeer#prefix_list_out}
  */
  readonly prefixListOut?: string;
  /**
  * Route-map applied to routes received from the neighbor.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/frr-iac/frr/latest/docs/resources/bgp_peer#route_map_in BgpPeer#route_map_in}
  */
  readonly routeMapIn?: string;
  /**
  * Route-map applied to routes sent to the neighbor.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/frr-iac/frr/latest/docs/resources/bgp_peer#route_map_out BgpPeer#route_map_out}
  */
  readonly routeMapOut?: string;
  /**
  * Keep an unmodified copy of received routes, so inbound policy changes apply without a session reset and rejected routes can be listed. Default: false.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/frr-iac/frr/latest/docs/resources/bgp_peer#soft_reconfiguration_inbound BgpPeer#soft_reconfiguration_inbound}
  */
  readonly softReconfigurationInbound?: boolean | cdktn.IResolvable;
}

export function bgpPeerAddressFamiliesIpv6UnicastToTerraform(struct?: BgpPeerAddressFamiliesIpv6Unicast | cdktn.IResolvable): any {
  if (!cdktn.canInspect(struct) || cdktn.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktn.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdktn.io/docs/concepts/resources#references");
  }
  return {
    activate: cdktn.booleanToTerraform(struct!.activate),
    allowas_in: cdktn.numberToTerraform(struct!.allowasIn),
    allowas_in_origin: cdktn.booleanToTerraform(struct!.allowasInOrigin),
    default_originate: bgpPeerAddressFamiliesIpv6UnicastDefaultOriginateToTerraform(struct!.defaultOriginate),
    filter_list_in: cdktn.stringToTerraform(struct!.filterListIn),
    filter_list_out: cdktn.stringToTerraform(struct!.filterListOut),
    maximum_prefix: bgpPeerAddressFamiliesIpv6UnicastMaximumPrefixToTerraform(struct!.maximumPrefix),
    next_hop_self: cdktn.booleanToTerraform(struct!.nextHopSelf),
    next_hop_self_force: cdktn.booleanToTerraform(struct!.nextHopSelfForce),
    prefix_list_in: cdktn.stringToTerraform(struct!.prefixListIn),
    prefix_list_out: cdktn.stringToTerraform(struct!.prefixListOut),
    route_map_in: cdktn.stringToTerraform(struct!.routeMapIn),
    route_map_out: cdktn.stringToTerraform(struct!.routeMapOut),
    soft_reconfiguration_inbound: cdktn.booleanToTerraform(struct!.softReconfigurationInbound),
  }
}


export function bgpPeerAddressFamiliesIpv6UnicastToHclTerraform(struct?: BgpPeerAddressFamiliesIpv6Unicast | cdktn.IResolvable): any {
  if (!cdktn.canInspect(struct) || cdktn.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktn.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdktn.io/docs/concepts/resources#references");
  }
  const attrs = {
    activate: {
      value: cdktn.booleanToHclTerraform(struct!.activate),
      isBlock: false,
      type: "simple",
      storageClassType: "boolean",
    },
    allowas_in: {
      value: cdktn.numberToHclTerraform(struct!.allowasIn),
      isBlock: false,
      type: "simple",
      storageClassType: "number",
    },
    allowas_in_origin: {
      value: cdktn.booleanToHclTerraform(struct!.allowasInOrigin),
      isBlock: false,
      type: "simple",
      storageClassType: "boolean",
    },
    default_originate: {
      value: bgpPeerAddressFamiliesIpv6UnicastDefaultOriginateToHclTerraform(struct!.defaultOriginate),
      isBlock: true,
      type: "struct",
      storageClassType: "BgpPeerAddressFamiliesIpv6UnicastDefaultOriginate",
    },
    filter_list_in: {
      value: cdktn.stringToHclTerraform(struct!.filterListIn),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    filter_list_out: {
      value: cdktn.stringToHclTerraform(struct!.filterListOut),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    maximum_prefix: {
      value: bgpPeerAddressFamiliesIpv6UnicastMaximumPrefixToHclTerraform(struct!.maximumPrefix),
      isBlock: true,
      type: "struct",
      storageClassType: "BgpPeerAddressFamiliesIpv6UnicastMaximumPrefix",
    },
    next_hop_self: {
      value: cdktn.booleanToHclTerraform(struct!.nextHopSelf),
      isBlock: false,
      type: "simple",
      storageClassType: "boolean",
    },
    next_hop_self_force: {
      value: cdktn.booleanToHclTerraform(struct!.nextHopSelfForce),
      isBlock: false,
      type: "simple",
      storageClassType: "boolean",
    },
    prefix_list_in: {
      value: cdktn.stringToHclTerraform(struct!.prefixListIn),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    prefix_list_out: {
      value: cdktn.stringToHclTerraform(struct!.prefixListOut),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    route_map_in: {
      value: cdktn.stringToHclTerraform(struct!.routeMapIn),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    route_map_out: {
      value: cdktn.stringToHclTerraform(struct!.routeMapOut),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    soft_reconfiguration_inbound: {
      value: cdktn.booleanToHclTerraform(struct!.softReconfigurationInbound),
      isBlock: false,
      type: "simple",
      storageClassType: "boolean",
    },
  };

  // remove undefined attributes
  return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined));
}

export class BgpPeerAddressFamiliesIpv6UnicastOutputReference extends cdktn.ComplexObject {
  private isEmptyObject = false;
  private resolvableValue?: cdktn.IResolvable;

  /**
  * @param terraformResource The parent resource
  * @param terraformAttribute The attribute on the parent resource this class is referencing
  */
  public constructor(terraformResource: cdktn.IInterpolatingParent, terraformAttribute: string) {
    super(terraformResource, terraformAttribute, false);
  }

  public get internalValue(): BgpPeerAddressFamiliesIpv6Unicast | cdktn.IResolvable | undefined {
    if (this.resolvableValue) {
      return this.resolvableValue;
    }
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    if (this._activate !== undefined) {
      hasAnyValues = true;
      internalValueResult.activate = this._activate;
    }
    if (this._allowasIn !== undefined) {
      hasAnyValues = true;
      internalValueResult.allowasIn = this._allowasIn;
    }
    if (this._allowasInOrigin !== undefined) {
      hasAnyValues = true;
      internalValueResult.allowasInOrigin = this._allowasInOrigin;
    }
    if (this._defaultOriginate?.internalValue !== undefined) {
      hasAnyValues = true;
      internalValueResult.defaultOriginate = this._defaultOriginate?.internalValue;
    }
    if (this._filterListIn !== undefined) {
      hasAnyValues = true;
      internalValueResult.filterListIn = this._filterListIn;
    }
    if (this._filterListOut !== undefined) {
      hasAnyValues = true;
      internalValueResult.filterListOut = this._filterListOut;
    }
    if (this._maximumPrefix?.internalValue !== undefined) {
      hasAnyValues = true;
      internalValueResult.maximumPrefix = this._maximumPrefix?.internalValue;
    }
    if (this._nextHopSelf !== undefined) {
      hasAnyValues = true;
      internalValueResult.nextHopSelf = this._nextHopSelf;
    }
    if (this._nextHopSelfForce !== undefined) {
      hasAnyValues = true;
      internalValueResult.nextHopSelfForce = this._nextHopSelfForce;
    }
    if (this._prefixListIn !== undefined) {
      hasAnyValues = true;
      internalValueResult.prefixListIn = this._prefixListIn;
    }
    if (this._prefixListOut !== undefined) {
      hasAnyValues = true;
      internalValueResult.prefixListOut = this._prefixListOut;
    }
    if (this._routeMapIn !== undefined) {
      hasAnyValues = true;
      internalValueResult.routeMapIn = this._routeMapIn;
    }
    if (this._routeMapOut !== undefined) {
      hasAnyValues = true;
      internalValueResult.routeMapOut = this._routeMapOut;
    }
    if (this._softReconfigurationInbound !== undefined) {
      hasAnyValues = true;
      internalValueResult.softReconfigurationInbound = this._softReconfigurationInbound;
    }
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: BgpPeerAddressFamiliesIpv6Unicast | cdktn.IResolvable | undefined) {
    if (value === undefined) {
      this.isEmptyObject = false;
      this.resolvableValue = undefined;
      this._activate = undefined;
      this._allowasIn = undefined;
      this._allowasInOrigin = undefined;
      this._defaultOriginate.internalValue = undefined;
      this._filterListIn = undefined;
      this._filterListOut = undefined;
      this._maximumPrefix.internalValue = undefined;
      this._nextHopSelf = undefined;
      this._nextHopSelfForce = undefined;
      this._prefixListIn = undefined;
      this._prefixListOut = undefined;
      this._routeMapIn = undefined;
      this._routeMapOut = undefined;
      this._softReconfigurationInbound = undefined;
    }
    else if (cdktn.Tokenization.isResolvable(value)) {
      this.isEmptyObject = false;
      this.resolvableValue = value;
    }
    else {
      this.isEmptyObject = Object.keys(value).length === 0;
      this.resolvableValue = undefined;
      this._activate = value.activate;
      this._allowasIn = value.allowasIn;
      this._allowasInOrigin = value.allowasInOrigin;
      this._defaultOriginate.internalValue = value.defaultOriginate;
      this._filterListIn = value.filterListIn;
      this._filterListOut = value.filterListOut;
      this._maximumPrefix.internalValue = value.maximumPrefix;
      this._nextHopSelf = value.nextHopSelf;
      this._nextHopSelfForce = value.nextHopSelfForce;
      this._prefixListIn = value.prefixListIn;
      this._prefixListOut = value.prefixListOut;
      this._routeMapIn = value.routeMapIn;
      this._routeMapOut = value.routeMapOut;
      this._softReconfigurationInbound = value.softReconfigurationInbound;
    }
  }

  // activate - computed: false, optional: true, required: false
  private _activate?: boolean | cdktn.IResolvable; 
  public get activate() {
    return this.getBooleanAttribute('activate');
  }
  public set activate(value: boolean | cdktn.IResolvable) {
    this._activate = value;
  }
  public resetActivate() {
    this._activate = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get activateInput() {
    return this._activate;
  }

  // allowas_in - computed: false, optional: true, required: false
  private _allowasIn?: number; 
  public get allowasIn() {
    return this.getNumberAttribute('allowas_in');
  }
  public set allowasIn(value: number) {
    this._allowasIn = value;
  }
  public resetAllowasIn() {
    this._allowasIn = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get allowasInInput() {
    return this._allowasIn;
  }

  // allowas_in_origin - computed: false, optional: true, required: false
  private _allowasInOrigin?: boolean | cdktn.IResolvable; 
  public get allowasInOrigin() {
    return this.getBooleanAttribute('allowas_in_origin');
  }
  public set allowasInOrigin(value: boolean | cdktn.IResolvable) {
    this._allowasInOrigin = value;
  }
  public resetAllowasInOrigin() {
    this._allowasInOrigin = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get allowasInOriginInput() {
    return this._allowasInOrigin;
  }

  // default_originate - computed: false, optional: true, required: false
  private _defaultOriginate = new BgpPeerAddressFamiliesIpv6UnicastDefaultOriginateOutputReference(this, "default_originate");
  public get defaultOriginate() {
    return this._defaultOriginate;
  }
  public putDefaultOriginate(value: BgpPeerAddressFamiliesIpv6UnicastDefaultOriginate) {
    this._defaultOriginate.internalValue = value;
  }
  public resetDefaultOriginate() {
    this._defaultOriginate.internalValue = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get defaultOriginateInput() {
    return this._defaultOriginate.internalValue;
  }

  // filter_list_in - computed: false, optional: true, required: false
  private _filterListIn?: string; 
  public get filterListIn() {
    return this.getStringAttribute('filter_list_in');
  }
  public set filterListIn(value: string) {
    this._filterListIn = value;
  }
  public resetFilterListIn() {
    this._filterListIn = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get filterListInInput() {
    return this._filterListIn;
  }

  // filter_list_out - computed: false, optional: true, required: false
  private _filterListOut?: string; 
  public get filterListOut() {
    return this.getStringAttribute('filter_list_out');
  }
  public set filterListOut(value: string) {
    this._filterListOut = value;
  }
  public resetFilterListOut() {
    this._filterListOut = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get filterListOutInput() {
    return this._filterListOut;
  }

  // maximum_prefix - computed: false, optional: true, required: false
  private _maximumPrefix = new BgpPeerAddressFamiliesIpv6UnicastMaximumPrefixOutputReference(this, "maximum_prefix");
  public get maximumPrefix() {
    return this._maximumPrefix;
  }
  public putMaximumPrefix(value: BgpPeerAddressFamiliesIpv6UnicastMaximumPrefix) {
    this._maximumPrefix.internalValue = value;
  }
  public resetMaximumPrefix() {
    this._maximumPrefix.internalValue = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get maximumPrefixInput() {
    return this._maximumPrefix.internalValue;
  }

  // next_hop_self - computed: false, optional: true, required: false
  private _nextHopSelf?: boolean | cdktn.IResolvable; 
  public get nextHopSelf() {
    return this.getBooleanAttribute('next_hop_self');
  }
  public set nextHopSelf(value: boolean | cdktn.IResolvable) {
    this._nextHopSelf = value;
  }
  public resetNextHopSelf() {
    this._nextHopSelf = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get nextHopSelfInput() {
    return this._nextHopSelf;
  }

  // next_hop_self_force - computed: false, optional: true, required: false
  private _nextHopSelfForce?: boolean | cdktn.IResolvable; 
  public get nextHopSelfForce() {
    return this.getBooleanAttribute('next_hop_self_force');
  }
  public set nextHopSelfForce(value: boolean | cdktn.IResolvable) {
    this._nextHopSelfForce = value;
  }
  public resetNextHopSelfForce() {
    this._nextHopSelfForce = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get nextHopSelfForceInput() {
    return this._nextHopSelfForce;
  }

  // prefix_list_in - computed: false, optional: true, required: false
  private _prefixListIn?: string; 
  public get prefixListIn() {
    return this.getStringAttribute('prefix_list_in');
  }
  public set prefixListIn(value: string) {
    this._prefixListIn = value;
  }
  public resetPrefixListIn() {
    this._prefixListIn = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get prefixListInInput() {
    return this._prefixListIn;
  }

  // prefix_list_out - computed: false, optional: true, required: false
  private _prefixListOut?: string; 
  public get prefixListOut() {
    return this.getStringAttribute('prefix_list_out');
  }
  public set prefixListOut(value: string) {
    this._prefixListOut = value;
  }
  public resetPrefixListOut() {
    this._prefixListOut = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get prefixListOutInput() {
    return this._prefixListOut;
  }

  // route_map_in - computed: false, optional: true, required: false
  private _routeMapIn?: string; 
  public get routeMapIn() {
    return this.getStringAttribute('route_map_in');
  }
  public set routeMapIn(value: string) {
    this._routeMapIn = value;
  }
  public resetRouteMapIn() {
    this._routeMapIn = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get routeMapInInput() {
    return this._routeMapIn;
  }

  // route_map_out - computed: false, optional: true, required: false
  private _routeMapOut?: string; 
  public get routeMapOut() {
    return this.getStringAttribute('route_map_out');
  }
  public set routeMapOut(value: string) {
    this._routeMapOut = value;
  }
  public resetRouteMapOut() {
    this._routeMapOut = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get routeMapOutInput() {
    return this._routeMapOut;
  }

  // soft_reconfiguration_inbound - computed: false, optional: true, required: false
  private _softReconfigurationInbound?: boolean | cdktn.IResolvable; 
  public get softReconfigurationInbound() {
    return this.getBooleanAttribute('soft_reconfiguration_inbound');
  }
  public set softReconfigurationInbound(value: boolean | cdktn.IResolvable) {
    this._softReconfigurationInbound = value;
  }
  public resetSoftReconfigurationInbound() {
    this._softReconfigurationInbound = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get softReconfigurationInboundInput() {
    return this._softReconfigurationInbound;
  }
}
export interface BgpPeerAddressFamiliesL2VpnEvpn {
  /**
  * Exchange routes of this address family with the neighbor. Default: true in IPv4 unicast unless the speaker sets `defaultIpv4Unicast: false`; false elsewhere. Changing it resets the BGP session.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/frr-iac/frr/latest/docs/resources/bgp_peer#activate BgpPeer#activate}
  */
  readonly activate?: boolean | cdktn.IResolvable;
  /**
  * Accept routes whose AS path contains the local AS up to this many times.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/frr-iac/frr/latest/docs/resources/bgp_peer#allowas_in BgpPeer#allowas_in}
  */
  readonly allowasIn?: number;
  /**
  * Route-map applied to routes received from the neighbor.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/frr-iac/frr/latest/docs/resources/bgp_peer#route_map_in BgpPeer#route_map_in}
  */
  readonly routeMapIn?: string;
  /**
  * Route-map applied to routes sent to the neighbor.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/frr-iac/frr/latest/docs/resources/bgp_peer#route_map_out BgpPeer#route_map_out}
  */
  readonly routeMapOut?: string;
  /**
  * Keep an unmodified copy of received routes, so inbound policy changes apply without a session reset and rejected routes can be listed. Default: false.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/frr-iac/frr/latest/docs/resources/bgp_peer#soft_reconfiguration_inbound BgpPeer#soft_reconfiguration_inbound}
  */
  readonly softReconfigurationInbound?: boolean | cdktn.IResolvable;
}

export function bgpPeerAddressFamiliesL2VpnEvpnToTerraform(struct?: BgpPeerAddressFamiliesL2VpnEvpn | cdktn.IResolvable): any {
  if (!cdktn.canInspect(struct) || cdktn.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktn.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdktn.io/docs/concepts/resources#references");
  }
  return {
    activate: cdktn.booleanToTerraform(struct!.activate),
    allowas_in: cdktn.numberToTerraform(struct!.allowasIn),
    route_map_in: cdktn.stringToTerraform(struct!.routeMapIn),
    route_map_out: cdktn.stringToTerraform(struct!.routeMapOut),
    soft_reconfiguration_inbound: cdktn.booleanToTerraform(struct!.softReconfigurationInbound),
  }
}


export function bgpPeerAddressFamiliesL2VpnEvpnToHclTerraform(struct?: BgpPeerAddressFamiliesL2VpnEvpn | cdktn.IResolvable): any {
  if (!cdktn.canInspect(struct) || cdktn.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktn.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdktn.io/docs/concepts/resources#references");
  }
  const attrs = {
    activate: {
      value: cdktn.booleanToHclTerraform(struct!.activate),
      isBlock: false,
      type: "simple",
      storageClassType: "boolean",
    },
    allowas_in: {
      value: cdktn.numberToHclTerraform(struct!.allowasIn),
      isBlock: false,
      type: "simple",
      storageClassType: "number",
    },
    route_map_in: {
      value: cdktn.stringToHclTerraform(struct!.routeMapIn),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    route_map_out: {
      value: cdktn.stringToHclTerraform(struct!.routeMapOut),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    soft_reconfiguration_inbound: {
      value: cdktn.booleanToHclTerraform(struct!.softReconfigurationInbound),
      isBlock: false,
      type: "simple",
      storageClassType: "boolean",
    },
  };

  // remove undefined attributes
  return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined));
}

export class BgpPeerAddressFamiliesL2VpnEvpnOutputReference extends cdktn.ComplexObject {
  private isEmptyObject = false;
  private resolvableValue?: cdktn.IResolvable;

  /**
  * @param terraformResource The parent resource
  * @param terraformAttribute The attribute on the parent resource this class is referencing
  */
  public constructor(terraformResource: cdktn.IInterpolatingParent, terraformAttribute: string) {
    super(terraformResource, terraformAttribute, false);
  }

  public get internalValue(): BgpPeerAddressFamiliesL2VpnEvpn | cdktn.IResolvable | undefined {
    if (this.resolvableValue) {
      return this.resolvableValue;
    }
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    if (this._activate !== undefined) {
      hasAnyValues = true;
      internalValueResult.activate = this._activate;
    }
    if (this._allowasIn !== undefined) {
      hasAnyValues = true;
      internalValueResult.allowasIn = this._allowasIn;
    }
    if (this._routeMapIn !== undefined) {
      hasAnyValues = true;
      internalValueResult.routeMapIn = this._routeMapIn;
    }
    if (this._routeMapOut !== undefined) {
      hasAnyValues = true;
      internalValueResult.routeMapOut = this._routeMapOut;
    }
    if (this._softReconfigurationInbound !== undefined) {
      hasAnyValues = true;
      internalValueResult.softReconfigurationInbound = this._softReconfigurationInbound;
    }
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: BgpPeerAddressFamiliesL2VpnEvpn | cdktn.IResolvable | undefined) {
    if (value === undefined) {
      this.isEmptyObject = false;
      this.resolvableValue = undefined;
      this._activate = undefined;
      this._allowasIn = undefined;
      this._routeMapIn = undefined;
      this._routeMapOut = undefined;
      this._softReconfigurationInbound = undefined;
    }
    else if (cdktn.Tokenization.isResolvable(value)) {
      this.isEmptyObject = false;
      this.resolvableValue = value;
    }
    else {
      this.isEmptyObject = Object.keys(value).length === 0;
      this.resolvableValue = undefined;
      this._activate = value.activate;
      this._allowasIn = value.allowasIn;
      this._routeMapIn = value.routeMapIn;
      this._routeMapOut = value.routeMapOut;
      this._softReconfigurationInbound = value.softReconfigurationInbound;
    }
  }

  // activate - computed: false, optional: true, required: false
  private _activate?: boolean | cdktn.IResolvable; 
  public get activate() {
    return this.getBooleanAttribute('activate');
  }
  public set activate(value: boolean | cdktn.IResolvable) {
    this._activate = value;
  }
  public resetActivate() {
    this._activate = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get activateInput() {
    return this._activate;
  }

  // allowas_in - computed: false, optional: true, required: false
  private _allowasIn?: number; 
  public get allowasIn() {
    return this.getNumberAttribute('allowas_in');
  }
  public set allowasIn(value: number) {
    this._allowasIn = value;
  }
  public resetAllowasIn() {
    this._allowasIn = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get allowasInInput() {
    return this._allowasIn;
  }

  // route_map_in - computed: false, optional: true, required: false
  private _routeMapIn?: string; 
  public get routeMapIn() {
    return this.getStringAttribute('route_map_in');
  }
  public set routeMapIn(value: string) {
    this._routeMapIn = value;
  }
  public resetRouteMapIn() {
    this._routeMapIn = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get routeMapInInput() {
    return this._routeMapIn;
  }

  // route_map_out - computed: false, optional: true, required: false
  private _routeMapOut?: string; 
  public get routeMapOut() {
    return this.getStringAttribute('route_map_out');
  }
  public set routeMapOut(value: string) {
    this._routeMapOut = value;
  }
  public resetRouteMapOut() {
    this._routeMapOut = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get routeMapOutInput() {
    return this._routeMapOut;
  }

  // soft_reconfiguration_inbound - computed: false, optional: true, required: false
  private _softReconfigurationInbound?: boolean | cdktn.IResolvable; 
  public get softReconfigurationInbound() {
    return this.getBooleanAttribute('soft_reconfiguration_inbound');
  }
  public set softReconfigurationInbound(value: boolean | cdktn.IResolvable) {
    this._softReconfigurationInbound = value;
  }
  public resetSoftReconfigurationInbound() {
    this._softReconfigurationInbound = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get softReconfigurationInboundInput() {
    return this._softReconfigurationInbound;
  }
}
export interface BgpPeerAddressFamilies {
  /**
  * IPv4 unicast.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/frr-iac/frr/latest/docs/resources/bgp_peer#ipv4_unicast BgpPeer#ipv4_unicast}
  */
  readonly ipv4Unicast?: BgpPeerAddressFamiliesIpv4Unicast;
  /**
  * IPv6 unicast.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/frr-iac/frr/latest/docs/resources/bgp_peer#ipv6_unicast BgpPeer#ipv6_unicast}
  */
  readonly ipv6Unicast?: BgpPeerAddressFamiliesIpv6Unicast;
  /**
  * L2VPN EVPN.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/frr-iac/frr/latest/docs/resources/bgp_peer#l2vpn_evpn BgpPeer#l2vpn_evpn}
  */
  readonly l2VpnEvpn?: BgpPeerAddressFamiliesL2VpnEvpn;
}

export function bgpPeerAddressFamiliesToTerraform(struct?: BgpPeerAddressFamilies | cdktn.IResolvable): any {
  if (!cdktn.canInspect(struct) || cdktn.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktn.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdktn.io/docs/concepts/resources#references");
  }
  return {
    ipv4_unicast: bgpPeerAddressFamiliesIpv4UnicastToTerraform(struct!.ipv4Unicast),
    ipv6_unicast: bgpPeerAddressFamiliesIpv6UnicastToTerraform(struct!.ipv6Unicast),
    l2vpn_evpn: bgpPeerAddressFamiliesL2VpnEvpnToTerraform(struct!.l2VpnEvpn),
  }
}


export function bgpPeerAddressFamiliesToHclTerraform(struct?: BgpPeerAddressFamilies | cdktn.IResolvable): any {
  if (!cdktn.canInspect(struct) || cdktn.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktn.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdktn.io/docs/concepts/resources#references");
  }
  const attrs = {
    ipv4_unicast: {
      value: bgpPeerAddressFamiliesIpv4UnicastToHclTerraform(struct!.ipv4Unicast),
      isBlock: true,
      type: "struct",
      storageClassType: "BgpPeerAddressFamiliesIpv4Unicast",
    },
    ipv6_unicast: {
      value: bgpPeerAddressFamiliesIpv6UnicastToHclTerraform(struct!.ipv6Unicast),
      isBlock: true,
      type: "struct",
      storageClassType: "BgpPeerAddressFamiliesIpv6Unicast",
    },
    l2vpn_evpn: {
      value: bgpPeerAddressFamiliesL2VpnEvpnToHclTerraform(struct!.l2VpnEvpn),
      isBlock: true,
      type: "struct",
      storageClassType: "BgpPeerAddressFamiliesL2VpnEvpn",
    },
  };

  // remove undefined attributes
  return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined));
}

export class BgpPeerAddressFamiliesOutputReference extends cdktn.ComplexObject {
  private isEmptyObject = false;
  private resolvableValue?: cdktn.IResolvable;

  /**
  * @param terraformResource The parent resource
  * @param terraformAttribute The attribute on the parent resource this class is referencing
  */
  public constructor(terraformResource: cdktn.IInterpolatingParent, terraformAttribute: string) {
    super(terraformResource, terraformAttribute, false);
  }

  public get internalValue(): BgpPeerAddressFamilies | cdktn.IResolvable | undefined {
    if (this.resolvableValue) {
      return this.resolvableValue;
    }
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    if (this._ipv4Unicast?.internalValue !== undefined) {
      hasAnyValues = true;
      internalValueResult.ipv4Unicast = this._ipv4Unicast?.internalValue;
    }
    if (this._ipv6Unicast?.internalValue !== undefined) {
      hasAnyValues = true;
      internalValueResult.ipv6Unicast = this._ipv6Unicast?.internalValue;
    }
    if (this._l2VpnEvpn?.internalValue !== undefined) {
      hasAnyValues = true;
      internalValueResult.l2VpnEvpn = this._l2VpnEvpn?.internalValue;
    }
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: BgpPeerAddressFamilies | cdktn.IResolvable | undefined) {
    if (value === undefined) {
      this.isEmptyObject = false;
      this.resolvableValue = undefined;
      this._ipv4Unicast.internalValue = undefined;
      this._ipv6Unicast.internalValue = undefined;
      this._l2VpnEvpn.internalValue = undefined;
    }
    else if (cdktn.Tokenization.isResolvable(value)) {
      this.isEmptyObject = false;
      this.resolvableValue = value;
    }
    else {
      this.isEmptyObject = Object.keys(value).length === 0;
      this.resolvableValue = undefined;
      this._ipv4Unicast.internalValue = value.ipv4Unicast;
      this._ipv6Unicast.internalValue = value.ipv6Unicast;
      this._l2VpnEvpn.internalValue = value.l2VpnEvpn;
    }
  }

  // ipv4_unicast - computed: false, optional: true, required: false
  private _ipv4Unicast = new BgpPeerAddressFamiliesIpv4UnicastOutputReference(this, "ipv4_unicast");
  public get ipv4Unicast() {
    return this._ipv4Unicast;
  }
  public putIpv4Unicast(value: BgpPeerAddressFamiliesIpv4Unicast) {
    this._ipv4Unicast.internalValue = value;
  }
  public resetIpv4Unicast() {
    this._ipv4Unicast.internalValue = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get ipv4UnicastInput() {
    return this._ipv4Unicast.internalValue;
  }

  // ipv6_unicast - computed: false, optional: true, required: false
  private _ipv6Unicast = new BgpPeerAddressFamiliesIpv6UnicastOutputReference(this, "ipv6_unicast");
  public get ipv6Unicast() {
    return this._ipv6Unicast;
  }
  public putIpv6Unicast(value: BgpPeerAddressFamiliesIpv6Unicast) {
    this._ipv6Unicast.internalValue = value;
  }
  public resetIpv6Unicast() {
    this._ipv6Unicast.internalValue = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get ipv6UnicastInput() {
    return this._ipv6Unicast.internalValue;
  }

  // l2vpn_evpn - computed: false, optional: true, required: false
  private _l2VpnEvpn = new BgpPeerAddressFamiliesL2VpnEvpnOutputReference(this, "l2vpn_evpn");
  public get l2VpnEvpn() {
    return this._l2VpnEvpn;
  }
  public putL2VpnEvpn(value: BgpPeerAddressFamiliesL2VpnEvpn) {
    this._l2VpnEvpn.internalValue = value;
  }
  public resetL2VpnEvpn() {
    this._l2VpnEvpn.internalValue = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get l2VpnEvpnInput() {
    return this._l2VpnEvpn.internalValue;
  }
}
export interface BgpPeerLocalAs {
  /**
  * The AS presented to the neighbor.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/frr-iac/frr/latest/docs/resources/bgp_peer#asn BgpPeer#asn}
  */
  readonly asn: number;
  /**
  * Do not prepend the local AS to routes received from the neighbor. Default: false.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/frr-iac/frr/latest/docs/resources/bgp_peer#no_prepend BgpPeer#no_prepend}
  */
  readonly noPrepend?: boolean | cdktn.IResolvable;
  /**
  * Replace the real AS with the local AS in routes sent (needs noPrepend). Default: false.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/frr-iac/frr/latest/docs/resources/bgp_peer#replace_as BgpPeer#replace_as}
  */
  readonly replaceAs?: boolean | cdktn.IResolvable;
}

export function bgpPeerLocalAsToTerraform(struct?: BgpPeerLocalAs | cdktn.IResolvable): any {
  if (!cdktn.canInspect(struct) || cdktn.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktn.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdktn.io/docs/concepts/resources#references");
  }
  return {
    asn: cdktn.numberToTerraform(struct!.asn),
    no_prepend: cdktn.booleanToTerraform(struct!.noPrepend),
    replace_as: cdktn.booleanToTerraform(struct!.replaceAs),
  }
}


export function bgpPeerLocalAsToHclTerraform(struct?: BgpPeerLocalAs | cdktn.IResolvable): any {
  if (!cdktn.canInspect(struct) || cdktn.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktn.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdktn.io/docs/concepts/resources#references");
  }
  const attrs = {
    asn: {
      value: cdktn.numberToHclTerraform(struct!.asn),
      isBlock: false,
      type: "simple",
      storageClassType: "number",
    },
    no_prepend: {
      value: cdktn.booleanToHclTerraform(struct!.noPrepend),
      isBlock: false,
      type: "simple",
      storageClassType: "boolean",
    },
    replace_as: {
      value: cdktn.booleanToHclTerraform(struct!.replaceAs),
      isBlock: false,
      type: "simple",
      storageClassType: "boolean",
    },
  };

  // remove undefined attributes
  return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined));
}

export class BgpPeerLocalAsOutputReference extends cdktn.ComplexObject {
  private isEmptyObject = false;
  private resolvableValue?: cdktn.IResolvable;

  /**
  * @param terraformResource The parent resource
  * @param terraformAttribute The attribute on the parent resource this class is referencing
  */
  public constructor(terraformResource: cdktn.IInterpolatingParent, terraformAttribute: string) {
    super(terraformResource, terraformAttribute, false);
  }

  public get internalValue(): BgpPeerLocalAs | cdktn.IResolvable | undefined {
    if (this.resolvableValue) {
      return this.resolvableValue;
    }
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    if (this._asn !== undefined) {
      hasAnyValues = true;
      internalValueResult.asn = this._asn;
    }
    if (this._noPrepend !== undefined) {
      hasAnyValues = true;
      internalValueResult.noPrepend = this._noPrepend;
    }
    if (this._replaceAs !== undefined) {
      hasAnyValues = true;
      internalValueResult.replaceAs = this._replaceAs;
    }
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: BgpPeerLocalAs | cdktn.IResolvable | undefined) {
    if (value === undefined) {
      this.isEmptyObject = false;
      this.resolvableValue = undefined;
      this._asn = undefined;
      this._noPrepend = undefined;
      this._replaceAs = undefined;
    }
    else if (cdktn.Tokenization.isResolvable(value)) {
      this.isEmptyObject = false;
      this.resolvableValue = value;
    }
    else {
      this.isEmptyObject = Object.keys(value).length === 0;
      this.resolvableValue = undefined;
      this._asn = value.asn;
      this._noPrepend = value.noPrepend;
      this._replaceAs = value.replaceAs;
    }
  }

  // asn - computed: false, optional: false, required: true
  private _asn?: number; 
  public get asn() {
    return this.getNumberAttribute('asn');
  }
  public set asn(value: number) {
    this._asn = value;
  }
  // Temporarily expose input value. Use with caution.
  public get asnInput() {
    return this._asn;
  }

  // no_prepend - computed: false, optional: true, required: false
  private _noPrepend?: boolean | cdktn.IResolvable; 
  public get noPrepend() {
    return this.getBooleanAttribute('no_prepend');
  }
  public set noPrepend(value: boolean | cdktn.IResolvable) {
    this._noPrepend = value;
  }
  public resetNoPrepend() {
    this._noPrepend = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get noPrependInput() {
    return this._noPrepend;
  }

  // replace_as - computed: false, optional: true, required: false
  private _replaceAs?: boolean | cdktn.IResolvable; 
  public get replaceAs() {
    return this.getBooleanAttribute('replace_as');
  }
  public set replaceAs(value: boolean | cdktn.IResolvable) {
    this._replaceAs = value;
  }
  public resetReplaceAs() {
    this._replaceAs = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get replaceAsInput() {
    return this._replaceAs;
  }
}
export interface BgpPeerStatus {
}

export function bgpPeerStatusToTerraform(struct?: BgpPeerStatus): any {
  if (!cdktn.canInspect(struct) || cdktn.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktn.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdktn.io/docs/concepts/resources#references");
  }
  return {
  }
}


export function bgpPeerStatusToHclTerraform(struct?: BgpPeerStatus): any {
  if (!cdktn.canInspect(struct) || cdktn.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktn.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdktn.io/docs/concepts/resources#references");
  }
  const attrs = {
  };
  return attrs;
}

export class BgpPeerStatusOutputReference extends cdktn.ComplexObject {
  private isEmptyObject = false;

  /**
  * @param terraformResource The parent resource
  * @param terraformAttribute The attribute on the parent resource this class is referencing
  */
  public constructor(terraformResource: cdktn.IInterpolatingParent, terraformAttribute: string) {
    super(terraformResource, terraformAttribute, false);
  }

  public get internalValue(): BgpPeerStatus | undefined {
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: BgpPeerStatus | undefined) {
    if (value === undefined) {
      this.isEmptyObject = false;
    }
    else {
      this.isEmptyObject = Object.keys(value).length === 0;
    }
  }

  // dynamic_neighbors - computed: true, optional: false, required: false
  public get dynamicNeighbors() {
    return this.getNumberAttribute('dynamic_neighbors');
  }

  // established - computed: true, optional: false, required: false
  public get established() {
    return this.getBooleanAttribute('established');
  }

  // last_reset_reason - computed: true, optional: false, required: false
  public get lastResetReason() {
    return this.getStringAttribute('last_reset_reason');
  }

  // prefixes_received - computed: true, optional: false, required: false
  public get prefixesReceived() {
    return this.getNumberAttribute('prefixes_received');
  }

  // prefixes_sent - computed: true, optional: false, required: false
  public get prefixesSent() {
    return this.getNumberAttribute('prefixes_sent');
  }

  // state - computed: true, optional: false, required: false
  public get state() {
    return this.getStringAttribute('state');
  }

  // uptime_seconds - computed: true, optional: false, required: false
  public get uptimeSeconds() {
    return this.getNumberAttribute('uptime_seconds');
  }
}
export interface BgpPeerTimers {
  /**
  * Hold time in seconds (0 or at least 3).
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/frr-iac/frr/latest/docs/resources/bgp_peer#hold BgpPeer#hold}
  */
  readonly hold: number;
  /**
  * Keepalive interval in seconds.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/frr-iac/frr/latest/docs/resources/bgp_peer#keepalive BgpPeer#keepalive}
  */
  readonly keepalive: number;
}

export function bgpPeerTimersToTerraform(struct?: BgpPeerTimers | cdktn.IResolvable): any {
  if (!cdktn.canInspect(struct) || cdktn.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktn.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdktn.io/docs/concepts/resources#references");
  }
  return {
    hold: cdktn.numberToTerraform(struct!.hold),
    keepalive: cdktn.numberToTerraform(struct!.keepalive),
  }
}


export function bgpPeerTimersToHclTerraform(struct?: BgpPeerTimers | cdktn.IResolvable): any {
  if (!cdktn.canInspect(struct) || cdktn.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktn.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdktn.io/docs/concepts/resources#references");
  }
  const attrs = {
    hold: {
      value: cdktn.numberToHclTerraform(struct!.hold),
      isBlock: false,
      type: "simple",
      storageClassType: "number",
    },
    keepalive: {
      value: cdktn.numberToHclTerraform(struct!.keepalive),
      isBlock: false,
      type: "simple",
      storageClassType: "number",
    },
  };

  // remove undefined attributes
  return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined));
}

export class BgpPeerTimersOutputReference extends cdktn.ComplexObject {
  private isEmptyObject = false;
  private resolvableValue?: cdktn.IResolvable;

  /**
  * @param terraformResource The parent resource
  * @param terraformAttribute The attribute on the parent resource this class is referencing
  */
  public constructor(terraformResource: cdktn.IInterpolatingParent, terraformAttribute: string) {
    super(terraformResource, terraformAttribute, false);
  }

  public get internalValue(): BgpPeerTimers | cdktn.IResolvable | undefined {
    if (this.resolvableValue) {
      return this.resolvableValue;
    }
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    if (this._hold !== undefined) {
      hasAnyValues = true;
      internalValueResult.hold = this._hold;
    }
    if (this._keepalive !== undefined) {
      hasAnyValues = true;
      internalValueResult.keepalive = this._keepalive;
    }
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: BgpPeerTimers | cdktn.IResolvable | undefined) {
    if (value === undefined) {
      this.isEmptyObject = false;
      this.resolvableValue = undefined;
      this._hold = undefined;
      this._keepalive = undefined;
    }
    else if (cdktn.Tokenization.isResolvable(value)) {
      this.isEmptyObject = false;
      this.resolvableValue = value;
    }
    else {
      this.isEmptyObject = Object.keys(value).length === 0;
      this.resolvableValue = undefined;
      this._hold = value.hold;
      this._keepalive = value.keepalive;
    }
  }

  // hold - computed: false, optional: false, required: true
  private _hold?: number; 
  public get hold() {
    return this.getNumberAttribute('hold');
  }
  public set hold(value: number) {
    this._hold = value;
  }
  // Temporarily expose input value. Use with caution.
  public get holdInput() {
    return this._hold;
  }

  // keepalive - computed: false, optional: false, required: true
  private _keepalive?: number; 
  public get keepalive() {
    return this.getNumberAttribute('keepalive');
  }
  public set keepalive(value: number) {
    this._keepalive = value;
  }
  // Temporarily expose input value. Use with caution.
  public get keepaliveInput() {
    return this._keepalive;
  }
}

/**
* Represents a {@link https://registry.terraform.io/providers/frr-iac/frr/latest/docs/resources/bgp_peer frr_bgp_peer}
*/
export class BgpPeer extends cdktn.TerraformResource {

  // =================
  // STATIC PROPERTIES
  // =================
  public static readonly tfResourceType = "frr_bgp_peer";

  // ==============
  // STATIC Methods
  // ==============
  /**
  * Generates CDKTN code for importing a BgpPeer resource upon running "cdktn plan <stack-name>"
  * @param scope The scope in which to define this construct
  * @param importToId The construct id used in the generated config for the BgpPeer to import
  * @param importFromId The id of the existing BgpPeer that should be imported. Refer to the {@link https://registry.terraform.io/providers/frr-iac/frr/latest/docs/resources/bgp_peer#import import section} in the documentation of this resource for the id to use
  * @param provider? Optional instance of the provider where the BgpPeer to import is found
  */
  public static generateConfigForImport(scope: Construct, importToId: string, importFromId: string, provider?: cdktn.TerraformProvider) {
        return new cdktn.ImportableResource(scope, importToId, { terraformResourceType: "frr_bgp_peer", importId: importFromId, provider });
      }

  // ===========
  // INITIALIZER
  // ===========

  /**
  * Create a new {@link https://registry.terraform.io/providers/frr-iac/frr/latest/docs/resources/bgp_peer frr_bgp_peer} Resource
  *
  * @param scope The scope in which to define this construct
  * @param id The scoped construct ID. Must be unique amongst siblings in the same scope
  * @param options BgpPeerConfig
  */
  public constructor(scope: Construct, id: string, config: BgpPeerConfig) {
    super(scope, id, {
      terraformResourceType: 'frr_bgp_peer',
      terraformGeneratorMetadata: {
        providerName: 'frr',
        providerVersionConstraint: '~> 0.1.0'
      },
      provider: config.provider,
      dependsOn: config.dependsOn,
      count: config.count,
      lifecycle: config.lifecycle,
      provisioners: config.provisioners,
      connection: config.connection,
      forEach: config.forEach
    });
    this._addressFamilies.internalValue = config.addressFamilies;
    this._adopt = config.adopt;
    this._bfd = config.bfd;
    this._capabilityExtendedNexthop = config.capabilityExtendedNexthop;
    this._connectRetry = config.connectRetry;
    this._description = config.description;
    this._ebgpMultihop = config.ebgpMultihop;
    this._localAs.internalValue = config.localAs;
    this._neighbor = config.neighbor;
    this._passive = config.passive;
    this._password = config.password;
    this._peerGroup = config.peerGroup;
    this._port = config.port;
    this._remoteAs = config.remoteAs;
    this._shutdown = config.shutdown;
    this._speaker = config.speaker;
    this._timers.internalValue = config.timers;
    this._ttlSecurityHops = config.ttlSecurityHops;
    this._type = config.type;
    this._updateSource = config.updateSource;
  }

  // ==========
  // ATTRIBUTES
  // ==========

  // address_families - computed: false, optional: true, required: false
  private _addressFamilies = new BgpPeerAddressFamiliesOutputReference(this, "address_families");
  public get addressFamilies() {
    return this._addressFamilies;
  }
  public putAddressFamilies(value: BgpPeerAddressFamilies) {
    this._addressFamilies.internalValue = value;
  }
  public resetAddressFamilies() {
    this._addressFamilies.internalValue = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get addressFamiliesInput() {
    return this._addressFamilies.internalValue;
  }

  // adopt - computed: false, optional: true, required: false
  private _adopt?: boolean | cdktn.IResolvable; 
  public get adopt() {
    return this.getBooleanAttribute('adopt');
  }
  public set adopt(value: boolean | cdktn.IResolvable) {
    this._adopt = value;
  }
  public resetAdopt() {
    this._adopt = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get adoptInput() {
    return this._adopt;
  }

  // bfd - computed: false, optional: true, required: false
  private _bfd?: boolean | cdktn.IResolvable; 
  public get bfd() {
    return this.getBooleanAttribute('bfd');
  }
  public set bfd(value: boolean | cdktn.IResolvable) {
    this._bfd = value;
  }
  public resetBfd() {
    this._bfd = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get bfdInput() {
    return this._bfd;
  }

  // capability_extended_nexthop - computed: false, optional: true, required: false
  private _capabilityExtendedNexthop?: boolean | cdktn.IResolvable; 
  public get capabilityExtendedNexthop() {
    return this.getBooleanAttribute('capability_extended_nexthop');
  }
  public set capabilityExtendedNexthop(value: boolean | cdktn.IResolvable) {
    this._capabilityExtendedNexthop = value;
  }
  public resetCapabilityExtendedNexthop() {
    this._capabilityExtendedNexthop = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get capabilityExtendedNexthopInput() {
    return this._capabilityExtendedNexthop;
  }

  // connect_retry - computed: false, optional: true, required: false
  private _connectRetry?: number; 
  public get connectRetry() {
    return this.getNumberAttribute('connect_retry');
  }
  public set connectRetry(value: number) {
    this._connectRetry = value;
  }
  public resetConnectRetry() {
    this._connectRetry = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get connectRetryInput() {
    return this._connectRetry;
  }

  // description - computed: false, optional: true, required: false
  private _description?: string; 
  public get description() {
    return this.getStringAttribute('description');
  }
  public set description(value: string) {
    this._description = value;
  }
  public resetDescription() {
    this._description = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get descriptionInput() {
    return this._description;
  }

  // ebgp_multihop - computed: false, optional: true, required: false
  private _ebgpMultihop?: number; 
  public get ebgpMultihop() {
    return this.getNumberAttribute('ebgp_multihop');
  }
  public set ebgpMultihop(value: number) {
    this._ebgpMultihop = value;
  }
  public resetEbgpMultihop() {
    this._ebgpMultihop = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get ebgpMultihopInput() {
    return this._ebgpMultihop;
  }

  // id - computed: true, optional: false, required: false
  public get id() {
    return this.getStringAttribute('id');
  }

  // local_as - computed: false, optional: true, required: false
  private _localAs = new BgpPeerLocalAsOutputReference(this, "local_as");
  public get localAs() {
    return this._localAs;
  }
  public putLocalAs(value: BgpPeerLocalAs) {
    this._localAs.internalValue = value;
  }
  public resetLocalAs() {
    this._localAs.internalValue = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get localAsInput() {
    return this._localAs.internalValue;
  }

  // neighbor - computed: false, optional: false, required: true
  private _neighbor?: string; 
  public get neighbor() {
    return this.getStringAttribute('neighbor');
  }
  public set neighbor(value: string) {
    this._neighbor = value;
  }
  // Temporarily expose input value. Use with caution.
  public get neighborInput() {
    return this._neighbor;
  }

  // passive - computed: false, optional: true, required: false
  private _passive?: boolean | cdktn.IResolvable; 
  public get passive() {
    return this.getBooleanAttribute('passive');
  }
  public set passive(value: boolean | cdktn.IResolvable) {
    this._passive = value;
  }
  public resetPassive() {
    this._passive = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get passiveInput() {
    return this._passive;
  }

  // password - computed: false, optional: true, required: false
  private _password?: string; 
  public get password() {
    return this.getStringAttribute('password');
  }
  public set password(value: string) {
    this._password = value;
  }
  public resetPassword() {
    this._password = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get passwordInput() {
    return this._password;
  }

  // peer_group - computed: false, optional: true, required: false
  private _peerGroup?: string; 
  public get peerGroup() {
    return this.getStringAttribute('peer_group');
  }
  public set peerGroup(value: string) {
    this._peerGroup = value;
  }
  public resetPeerGroup() {
    this._peerGroup = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get peerGroupInput() {
    return this._peerGroup;
  }

  // port - computed: false, optional: true, required: false
  private _port?: number; 
  public get port() {
    return this.getNumberAttribute('port');
  }
  public set port(value: number) {
    this._port = value;
  }
  public resetPort() {
    this._port = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get portInput() {
    return this._port;
  }

  // remote_as - computed: false, optional: true, required: false
  private _remoteAs?: string; 
  public get remoteAs() {
    return this.getStringAttribute('remote_as');
  }
  public set remoteAs(value: string) {
    this._remoteAs = value;
  }
  public resetRemoteAs() {
    this._remoteAs = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get remoteAsInput() {
    return this._remoteAs;
  }

  // shutdown - computed: false, optional: true, required: false
  private _shutdown?: boolean | cdktn.IResolvable; 
  public get shutdown() {
    return this.getBooleanAttribute('shutdown');
  }
  public set shutdown(value: boolean | cdktn.IResolvable) {
    this._shutdown = value;
  }
  public resetShutdown() {
    this._shutdown = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get shutdownInput() {
    return this._shutdown;
  }

  // speaker - computed: false, optional: false, required: true
  private _speaker?: string; 
  public get speaker() {
    return this.getStringAttribute('speaker');
  }
  public set speaker(value: string) {
    this._speaker = value;
  }
  // Temporarily expose input value. Use with caution.
  public get speakerInput() {
    return this._speaker;
  }

  // status - computed: true, optional: false, required: false
  private _status = new BgpPeerStatusOutputReference(this, "status");
  public get status() {
    return this._status;
  }

  // timers - computed: false, optional: true, required: false
  private _timers = new BgpPeerTimersOutputReference(this, "timers");
  public get timers() {
    return this._timers;
  }
  public putTimers(value: BgpPeerTimers) {
    this._timers.internalValue = value;
  }
  public resetTimers() {
    this._timers.internalValue = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get timersInput() {
    return this._timers.internalValue;
  }

  // ttl_security_hops - computed: false, optional: true, required: false
  private _ttlSecurityHops?: number; 
  public get ttlSecurityHops() {
    return this.getNumberAttribute('ttl_security_hops');
  }
  public set ttlSecurityHops(value: number) {
    this._ttlSecurityHops = value;
  }
  public resetTtlSecurityHops() {
    this._ttlSecurityHops = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get ttlSecurityHopsInput() {
    return this._ttlSecurityHops;
  }

  // type - computed: false, optional: true, required: false
  private _type?: string; 
  public get type() {
    return this.getStringAttribute('type');
  }
  public set type(value: string) {
    this._type = value;
  }
  public resetType() {
    this._type = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get typeInput() {
    return this._type;
  }

  // update_source - computed: false, optional: true, required: false
  private _updateSource?: string; 
  public get updateSource() {
    return this.getStringAttribute('update_source');
  }
  public set updateSource(value: string) {
    this._updateSource = value;
  }
  public resetUpdateSource() {
    this._updateSource = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get updateSourceInput() {
    return this._updateSource;
  }

  // =========
  // SYNTHESIS
  // =========

  protected override synthesizeAttributes(): { [name: string]: any } {
    return {
      address_families: bgpPeerAddressFamiliesToTerraform(this._addressFamilies.internalValue),
      adopt: cdktn.booleanToTerraform(this._adopt),
      bfd: cdktn.booleanToTerraform(this._bfd),
      capability_extended_nexthop: cdktn.booleanToTerraform(this._capabilityExtendedNexthop),
      connect_retry: cdktn.numberToTerraform(this._connectRetry),
      description: cdktn.stringToTerraform(this._description),
      ebgp_multihop: cdktn.numberToTerraform(this._ebgpMultihop),
      local_as: bgpPeerLocalAsToTerraform(this._localAs.internalValue),
      neighbor: cdktn.stringToTerraform(this._neighbor),
      passive: cdktn.booleanToTerraform(this._passive),
      password: cdktn.stringToTerraform(this._password),
      peer_group: cdktn.stringToTerraform(this._peerGroup),
      port: cdktn.numberToTerraform(this._port),
      remote_as: cdktn.stringToTerraform(this._remoteAs),
      shutdown: cdktn.booleanToTerraform(this._shutdown),
      speaker: cdktn.stringToTerraform(this._speaker),
      timers: bgpPeerTimersToTerraform(this._timers.internalValue),
      ttl_security_hops: cdktn.numberToTerraform(this._ttlSecurityHops),
      type: cdktn.stringToTerraform(this._type),
      update_source: cdktn.stringToTerraform(this._updateSource),
    };
  }

  protected override synthesizeHclAttributes(): { [name: string]: any } {
    const attrs = {
      address_families: {
        value: bgpPeerAddressFamiliesToHclTerraform(this._addressFamilies.internalValue),
        isBlock: true,
        type: "struct",
        storageClassType: "BgpPeerAddressFamilies",
      },
      adopt: {
        value: cdktn.booleanToHclTerraform(this._adopt),
        isBlock: false,
        type: "simple",
        storageClassType: "boolean",
      },
      bfd: {
        value: cdktn.booleanToHclTerraform(this._bfd),
        isBlock: false,
        type: "simple",
        storageClassType: "boolean",
      },
      capability_extended_nexthop: {
        value: cdktn.booleanToHclTerraform(this._capabilityExtendedNexthop),
        isBlock: false,
        type: "simple",
        storageClassType: "boolean",
      },
      connect_retry: {
        value: cdktn.numberToHclTerraform(this._connectRetry),
        isBlock: false,
        type: "simple",
        storageClassType: "number",
      },
      description: {
        value: cdktn.stringToHclTerraform(this._description),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      ebgp_multihop: {
        value: cdktn.numberToHclTerraform(this._ebgpMultihop),
        isBlock: false,
        type: "simple",
        storageClassType: "number",
      },
      local_as: {
        value: bgpPeerLocalAsToHclTerraform(this._localAs.internalValue),
        isBlock: true,
        type: "struct",
        storageClassType: "BgpPeerLocalAs",
      },
      neighbor: {
        value: cdktn.stringToHclTerraform(this._neighbor),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      passive: {
        value: cdktn.booleanToHclTerraform(this._passive),
        isBlock: false,
        type: "simple",
        storageClassType: "boolean",
      },
      password: {
        value: cdktn.stringToHclTerraform(this._password),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      peer_group: {
        value: cdktn.stringToHclTerraform(this._peerGroup),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      port: {
        value: cdktn.numberToHclTerraform(this._port),
        isBlock: false,
        type: "simple",
        storageClassType: "number",
      },
      remote_as: {
        value: cdktn.stringToHclTerraform(this._remoteAs),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      shutdown: {
        value: cdktn.booleanToHclTerraform(this._shutdown),
        isBlock: false,
        type: "simple",
        storageClassType: "boolean",
      },
      speaker: {
        value: cdktn.stringToHclTerraform(this._speaker),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      timers: {
        value: bgpPeerTimersToHclTerraform(this._timers.internalValue),
        isBlock: true,
        type: "struct",
        storageClassType: "BgpPeerTimers",
      },
      ttl_security_hops: {
        value: cdktn.numberToHclTerraform(this._ttlSecurityHops),
        isBlock: false,
        type: "simple",
        storageClassType: "number",
      },
      type: {
        value: cdktn.stringToHclTerraform(this._type),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      update_source: {
        value: cdktn.stringToHclTerraform(this._updateSource),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
    };

    // remove undefined attributes
    return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined ))
  }
}
