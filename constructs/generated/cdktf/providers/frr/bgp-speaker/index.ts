// https://registry.terraform.io/providers/frr-iac/frr/latest/docs/resources/bgp_speaker
// generated from terraform resource schema

import { Construct } from 'constructs';
import * as cdktf from 'cdktf';

// Configuration

export interface BgpSpeakerConfig extends cdktf.TerraformMetaArguments {
  /**
  * Per address family settings of the instance.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/frr-iac/frr/latest/docs/resources/bgp_speaker#address_families BgpSpeaker#address_families}
  */
  readonly addressFamilies?: BgpSpeakerAddressFamilies;
  /**
  * Take over matching configuration that already exists on the host. Without it, creating a resource whose lines exist with different values fails instead of overwriting hand-made configuration. Default: false.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/frr-iac/frr/latest/docs/resources/bgp_speaker#adopt BgpSpeaker#adopt}
  */
  readonly adopt?: boolean | cdktf.IResolvable;
  /**
  * The local AS of this BGP instance. Changing it re-creates the instance (and everything in it). Changing it replaces the resource.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/frr-iac/frr/latest/docs/resources/bgp_speaker#asn BgpSpeaker#asn}
  */
  readonly asn: number;
  /**
  * Best path selection options.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/frr-iac/frr/latest/docs/resources/bgp_speaker#bestpath BgpSpeaker#bestpath}
  */
  readonly bestpath?: BgpSpeakerBestpath;
  /**
  * Activate every neighbor in IPv4 unicast automatically (`no bgp default ipv4-unicast` when false). Default: true.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/frr-iac/frr/latest/docs/resources/bgp_speaker#default_ipv4_unicast BgpSpeaker#default_ipv4_unicast}
  */
  readonly defaultIpv4Unicast?: boolean | cdktf.IResolvable;
  /**
  * Activate every neighbor in IPv6 unicast automatically. Default: false.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/frr-iac/frr/latest/docs/resources/bgp_speaker#default_ipv6_unicast BgpSpeaker#default_ipv6_unicast}
  */
  readonly defaultIpv6Unicast?: boolean | cdktf.IResolvable;
  /**
  * Refuse to send or accept eBGP routes without an inbound/outbound policy (RFC 8212). Default: true with `frr defaults traditional`, false with `datacenter`.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/frr-iac/frr/latest/docs/resources/bgp_speaker#ebgp_requires_policy BgpSpeaker#ebgp_requires_policy}
  */
  readonly ebgpRequiresPolicy?: boolean | cdktf.IResolvable;
  /**
  * Enable BGP graceful restart (RFC 4724). Default: false (helper mode only).
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/frr-iac/frr/latest/docs/resources/bgp_speaker#graceful_restart BgpSpeaker#graceful_restart}
  */
  readonly gracefulRestart?: boolean | cdktf.IResolvable;
  /**
  * Maximum number of dynamic neighbors accepted through listen ranges. Default: 100.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/frr-iac/frr/latest/docs/resources/bgp_speaker#listen_limit BgpSpeaker#listen_limit}
  */
  readonly listenLimit?: number;
  /**
  * Log neighbor up/down changes. Default: true with `frr defaults datacenter`, false with `traditional`.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/frr-iac/frr/latest/docs/resources/bgp_speaker#log_neighbor_changes BgpSpeaker#log_neighbor_changes}
  */
  readonly logNeighborChanges?: boolean | cdktf.IResolvable;
  /**
  * Only advertise `network` prefixes that are in the routing table. Default: true.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/frr-iac/frr/latest/docs/resources/bgp_speaker#network_import_check BgpSpeaker#network_import_check}
  */
  readonly networkImportCheck?: boolean | cdktf.IResolvable;
  /**
  * BGP router ID (an IPv4 address). Default: chosen by FRR from the interface addresses.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/frr-iac/frr/latest/docs/resources/bgp_speaker#router_id BgpSpeaker#router_id}
  */
  readonly routerId?: string;
  /**
  * Default keepalive and hold timers (seconds) for every neighbor. Default: 60/180 with `frr defaults traditional`, 3/9 with `datacenter`.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/frr-iac/frr/latest/docs/resources/bgp_speaker#timers BgpSpeaker#timers}
  */
  readonly timers?: BgpSpeakerTimers;
  /**
  * VRF of this instance (`router bgp ASN vrf NAME`); unset for the default VRF. Changing it replaces the resource.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/frr-iac/frr/latest/docs/resources/bgp_speaker#vrf BgpSpeaker#vrf}
  */
  readonly vrf?: string;
}
export interface BgpSpeakerAddressFamiliesIpv4UnicastRedistribute {
  /**
  * MED set on redistributed routes.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/frr-iac/frr/latest/docs/resources/bgp_speaker#metric BgpSpeaker#metric}
  */
  readonly metric?: number;
  /**
  * The protocol whose routes are redistributed.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/frr-iac/frr/latest/docs/resources/bgp_speaker#protocol BgpSpeaker#protocol}
  */
  readonly protocol: string;
  /**
  * Route-map filtering and setting attributes of redistributed routes.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/frr-iac/frr/latest/docs/resources/bgp_speaker#route_map BgpSpeaker#route_map}
  */
  readonly routeMap?: string;
}

export function bgpSpeakerAddressFamiliesIpv4UnicastRedistributeToTerraform(struct?: BgpSpeakerAddressFamiliesIpv4UnicastRedistribute | cdktf.IResolvable): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  return {
    metric: cdktf.numberToTerraform(struct!.metric),
    protocol: cdktf.stringToTerraform(struct!.protocol),
    route_map: cdktf.stringToTerraform(struct!.routeMap),
  }
}


export function bgpSpeakerAddressFamiliesIpv4UnicastRedistributeToHclTerraform(struct?: BgpSpeakerAddressFamiliesIpv4UnicastRedistribute | cdktf.IResolvable): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  const attrs = {
    metric: {
      value: cdktf.numberToHclTerraform(struct!.metric),
      isBlock: false,
      type: "simple",
      storageClassType: "number",
    },
    protocol: {
      value: cdktf.stringToHclTerraform(struct!.protocol),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    route_map: {
      value: cdktf.stringToHclTerraform(struct!.routeMap),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
  };

  // remove undefined attributes
  return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined));
}

export class BgpSpeakerAddressFamiliesIpv4UnicastRedistributeOutputReference extends cdktf.ComplexObject {
  private isEmptyObject = false;
  private resolvableValue?: cdktf.IResolvable;

  /**
  * @param terraformResource The parent resource
  * @param terraformAttribute The attribute on the parent resource this class is referencing
  * @param complexObjectIndex the index of this item in the list
  * @param complexObjectIsFromSet whether the list is wrapping a set (will add tolist() to be able to access an item via an index)
  */
  public constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string, complexObjectIndex: number, complexObjectIsFromSet: boolean) {
    super(terraformResource, terraformAttribute, complexObjectIsFromSet, complexObjectIndex);
  }

  public get internalValue(): BgpSpeakerAddressFamiliesIpv4UnicastRedistribute | cdktf.IResolvable | undefined {
    if (this.resolvableValue) {
      return this.resolvableValue;
    }
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    if (this._metric !== undefined) {
      hasAnyValues = true;
      internalValueResult.metric = this._metric;
    }
    if (this._protocol !== undefined) {
      hasAnyValues = true;
      internalValueResult.protocol = this._protocol;
    }
    if (this._routeMap !== undefined) {
      hasAnyValues = true;
      internalValueResult.routeMap = this._routeMap;
    }
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: BgpSpeakerAddressFamiliesIpv4UnicastRedistribute | cdktf.IResolvable | undefined) {
    if (value === undefined) {
      this.isEmptyObject = false;
      this.resolvableValue = undefined;
      this._metric = undefined;
      this._protocol = undefined;
      this._routeMap = undefined;
    }
    else if (cdktf.Tokenization.isResolvable(value)) {
      this.isEmptyObject = false;
      this.resolvableValue = value;
    }
    else {
      this.isEmptyObject = Object.keys(value).length === 0;
      this.resolvableValue = undefined;
      this._metric = value.metric;
      this._protocol = value.protocol;
      this._routeMap = value.routeMap;
    }
  }

  // metric - computed: false, optional: true, required: false
  private _metric?: number; 
  public get metric() {
    return this.getNumberAttribute('metric');
  }
  public set metric(value: number) {
    this._metric = value;
  }
  public resetMetric() {
    this._metric = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get metricInput() {
    return this._metric;
  }

  // protocol - computed: false, optional: false, required: true
  private _protocol?: string; 
  public get protocol() {
    return this.getStringAttribute('protocol');
  }
  public set protocol(value: string) {
    this._protocol = value;
  }
  // Temporarily expose input value. Use with caution.
  public get protocolInput() {
    return this._protocol;
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

export class BgpSpeakerAddressFamiliesIpv4UnicastRedistributeList extends cdktf.ComplexList {
  public internalValue? : BgpSpeakerAddressFamiliesIpv4UnicastRedistribute[] | cdktf.IResolvable

  /**
  * @param terraformResource The parent resource
  * @param terraformAttribute The attribute on the parent resource this class is referencing
  * @param wrapsSet whether the list is wrapping a set (will add tolist() to be able to access an item via an index)
  */
  constructor(protected override terraformResource: cdktf.IInterpolatingParent, protected override terraformAttribute: string, protected override wrapsSet: boolean) {
    super(terraformResource, terraformAttribute, wrapsSet)
  }

  /**
  * @param index the index of the item to return
  */
  public get(index: number): BgpSpeakerAddressFamiliesIpv4UnicastRedistributeOutputReference {
    return new BgpSpeakerAddressFamiliesIpv4UnicastRedistributeOutputReference(this.terraformResource, this.terraformAttribute, index, this.wrapsSet);
  }
}
export interface BgpSpeakerAddressFamiliesIpv4Unicast {
  /**
  * VRFs whose BGP routes are leaked into this one (`import vrf NAME`; `default` for the default VRF). Declare a Speaker for each VRF named here: FRR 8.4 creates an empty BGP instance for a VRF that has none, and keeps it after the import is gone.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/frr-iac/frr/latest/docs/resources/bgp_speaker#import_vrfs BgpSpeaker#import_vrfs}
  */
  readonly importVrfs?: string[];
  /**
  * Number of eBGP paths installed for ECMP. Default: FRR's compiled-in multipath limit (256 in Debian's FRR).
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/frr-iac/frr/latest/docs/resources/bgp_speaker#maximum_paths BgpSpeaker#maximum_paths}
  */
  readonly maximumPaths?: number;
  /**
  * Number of iBGP paths installed for ECMP. Default: FRR's compiled-in multipath limit (256 in Debian's FRR).
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/frr-iac/frr/latest/docs/resources/bgp_speaker#maximum_paths_ibgp BgpSpeaker#maximum_paths_ibgp}
  */
  readonly maximumPathsIbgp?: number;
  /**
  * Routes of other protocols to announce, one entry per protocol.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/frr-iac/frr/latest/docs/resources/bgp_speaker#redistribute BgpSpeaker#redistribute}
  */
  readonly redistribute?: BgpSpeakerAddressFamiliesIpv4UnicastRedistribute[] | cdktf.IResolvable;
}

export function bgpSpeakerAddressFamiliesIpv4UnicastToTerraform(struct?: BgpSpeakerAddressFamiliesIpv4Unicast | cdktf.IResolvable): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  return {
    import_vrfs: cdktf.listMapper(cdktf.stringToTerraform, false)(struct!.importVrfs),
    maximum_paths: cdktf.numberToTerraform(struct!.maximumPaths),
    maximum_paths_ibgp: cdktf.numberToTerraform(struct!.maximumPathsIbgp),
    redistribute: cdktf.listMapper(bgpSpeakerAddressFamiliesIpv4UnicastRedistributeToTerraform, false)(struct!.redistribute),
  }
}


export function bgpSpeakerAddressFamiliesIpv4UnicastToHclTerraform(struct?: BgpSpeakerAddressFamiliesIpv4Unicast | cdktf.IResolvable): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  const attrs = {
    import_vrfs: {
      value: cdktf.listMapperHcl(cdktf.stringToHclTerraform, false)(struct!.importVrfs),
      isBlock: false,
      type: "set",
      storageClassType: "stringList",
    },
    maximum_paths: {
      value: cdktf.numberToHclTerraform(struct!.maximumPaths),
      isBlock: false,
      type: "simple",
      storageClassType: "number",
    },
    maximum_paths_ibgp: {
      value: cdktf.numberToHclTerraform(struct!.maximumPathsIbgp),
      isBlock: false,
      type: "simple",
      storageClassType: "number",
    },
    redistribute: {
      value: cdktf.listMapperHcl(bgpSpeakerAddressFamiliesIpv4UnicastRedistributeToHclTerraform, false)(struct!.redistribute),
      isBlock: true,
      type: "set",
      storageClassType: "BgpSpeakerAddressFamiliesIpv4UnicastRedistributeList",
    },
  };

  // remove undefined attributes
  return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined));
}

export class BgpSpeakerAddressFamiliesIpv4UnicastOutputReference extends cdktf.ComplexObject {
  private isEmptyObject = false;
  private resolvableValue?: cdktf.IResolvable;

  /**
  * @param terraformResource The parent resource
  * @param terraformAttribute The attribute on the parent resource this class is referencing
  */
  public constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string) {
    super(terraformResource, terraformAttribute, false);
  }

  public get internalValue(): BgpSpeakerAddressFamiliesIpv4Unicast | cdktf.IResolvable | undefined {
    if (this.resolvableValue) {
      return this.resolvableValue;
    }
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    if (this._importVrfs !== undefined) {
      hasAnyValues = true;
      internalValueResult.importVrfs = this._importVrfs;
    }
    if (this._maximumPaths !== undefined) {
      hasAnyValues = true;
      internalValueResult.maximumPaths = this._maximumPaths;
    }
    if (this._maximumPathsIbgp !== undefined) {
      hasAnyValues = true;
      internalValueResult.maximumPathsIbgp = this._maximumPathsIbgp;
    }
    if (this._redistribute?.internalValue !== undefined) {
      hasAnyValues = true;
      internalValueResult.redistribute = this._redistribute?.internalValue;
    }
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: BgpSpeakerAddressFamiliesIpv4Unicast | cdktf.IResolvable | undefined) {
    if (value === undefined) {
      this.isEmptyObject = false;
      this.resolvableValue = undefined;
      this._importVrfs = undefined;
      this._maximumPaths = undefined;
      this._maximumPathsIbgp = undefined;
      this._redistribute.internalValue = undefined;
    }
    else if (cdktf.Tokenization.isResolvable(value)) {
      this.isEmptyObject = false;
      this.resolvableValue = value;
    }
    else {
      this.isEmptyObject = Object.keys(value).length === 0;
      this.resolvableValue = undefined;
      this._importVrfs = value.importVrfs;
      this._maximumPaths = value.maximumPaths;
      this._maximumPathsIbgp = value.maximumPathsIbgp;
      this._redistribute.internalValue = value.redistribute;
    }
  }

  // import_vrfs - computed: false, optional: true, required: false
  private _importVrfs?: string[]; 
  public get importVrfs() {
    return cdktf.Fn.tolist(this.getListAttribute('import_vrfs'));
  }
  public set importVrfs(value: string[]) {
    this._importVrfs = value;
  }
  public resetImportVrfs() {
    this._importVrfs = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get importVrfsInput() {
    return this._importVrfs;
  }

  // maximum_paths - computed: false, optional: true, required: false
  private _maximumPaths?: number; 
  public get maximumPaths() {
    return this.getNumberAttribute('maximum_paths');
  }
  public set maximumPaths(value: number) {
    this._maximumPaths = value;
  }
  public resetMaximumPaths() {
    this._maximumPaths = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get maximumPathsInput() {
    return this._maximumPaths;
  }

  // maximum_paths_ibgp - computed: false, optional: true, required: false
  private _maximumPathsIbgp?: number; 
  public get maximumPathsIbgp() {
    return this.getNumberAttribute('maximum_paths_ibgp');
  }
  public set maximumPathsIbgp(value: number) {
    this._maximumPathsIbgp = value;
  }
  public resetMaximumPathsIbgp() {
    this._maximumPathsIbgp = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get maximumPathsIbgpInput() {
    return this._maximumPathsIbgp;
  }

  // redistribute - computed: false, optional: true, required: false
  private _redistribute = new BgpSpeakerAddressFamiliesIpv4UnicastRedistributeList(this, "redistribute", true);
  public get redistribute() {
    return this._redistribute;
  }
  public putRedistribute(value: BgpSpeakerAddressFamiliesIpv4UnicastRedistribute[] | cdktf.IResolvable) {
    this._redistribute.internalValue = value;
  }
  public resetRedistribute() {
    this._redistribute.internalValue = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get redistributeInput() {
    return this._redistribute.internalValue;
  }
}
export interface BgpSpeakerAddressFamiliesIpv6UnicastRedistribute {
  /**
  * MED set on redistributed routes.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/frr-iac/frr/latest/docs/resources/bgp_speaker#metric BgpSpeaker#metric}
  */
  readonly metric?: number;
  /**
  * The protocol whose routes are redistributed.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/frr-iac/frr/latest/docs/resources/bgp_speaker#protocol BgpSpeaker#protocol}
  */
  readonly protocol: string;
  /**
  * Route-map filtering and setting attributes of redistributed routes.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/frr-iac/frr/latest/docs/resources/bgp_speaker#route_map BgpSpeaker#route_map}
  */
  readonly routeMap?: string;
}

export function bgpSpeakerAddressFamiliesIpv6UnicastRedistributeToTerraform(struct?: BgpSpeakerAddressFamiliesIpv6UnicastRedistribute | cdktf.IResolvable): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  return {
    metric: cdktf.numberToTerraform(struct!.metric),
    protocol: cdktf.stringToTerraform(struct!.protocol),
    route_map: cdktf.stringToTerraform(struct!.routeMap),
  }
}


export function bgpSpeakerAddressFamiliesIpv6UnicastRedistributeToHclTerraform(struct?: BgpSpeakerAddressFamiliesIpv6UnicastRedistribute | cdktf.IResolvable): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  const attrs = {
    metric: {
      value: cdktf.numberToHclTerraform(struct!.metric),
      isBlock: false,
      type: "simple",
      storageClassType: "number",
    },
    protocol: {
      value: cdktf.stringToHclTerraform(struct!.protocol),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    route_map: {
      value: cdktf.stringToHclTerraform(struct!.routeMap),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
  };

  // remove undefined attributes
  return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined));
}

export class BgpSpeakerAddressFamiliesIpv6UnicastRedistributeOutputReference extends cdktf.ComplexObject {
  private isEmptyObject = false;
  private resolvableValue?: cdktf.IResolvable;

  /**
  * @param terraformResource The parent resource
  * @param terraformAttribute The attribute on the parent resource this class is referencing
  * @param complexObjectIndex the index of this item in the list
  * @param complexObjectIsFromSet whether the list is wrapping a set (will add tolist() to be able to access an item via an index)
  */
  public constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string, complexObjectIndex: number, complexObjectIsFromSet: boolean) {
    super(terraformResource, terraformAttribute, complexObjectIsFromSet, complexObjectIndex);
  }

  public get internalValue(): BgpSpeakerAddressFamiliesIpv6UnicastRedistribute | cdktf.IResolvable | undefined {
    if (this.resolvableValue) {
      return this.resolvableValue;
    }
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    if (this._metric !== undefined) {
      hasAnyValues = true;
      internalValueResult.metric = this._metric;
    }
    if (this._protocol !== undefined) {
      hasAnyValues = true;
      internalValueResult.protocol = this._protocol;
    }
    if (this._routeMap !== undefined) {
      hasAnyValues = true;
      internalValueResult.routeMap = this._routeMap;
    }
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: BgpSpeakerAddressFamiliesIpv6UnicastRedistribute | cdktf.IResolvable | undefined) {
    if (value === undefined) {
      this.isEmptyObject = false;
      this.resolvableValue = undefined;
      this._metric = undefined;
      this._protocol = undefined;
      this._routeMap = undefined;
    }
    else if (cdktf.Tokenization.isResolvable(value)) {
      this.isEmptyObject = false;
      this.resolvableValue = value;
    }
    else {
      this.isEmptyObject = Object.keys(value).length === 0;
      this.resolvableValue = undefined;
      this._metric = value.metric;
      this._protocol = value.protocol;
      this._routeMap = value.routeMap;
    }
  }

  // metric - computed: false, optional: true, required: false
  private _metric?: number; 
  public get metric() {
    return this.getNumberAttribute('metric');
  }
  public set metric(value: number) {
    this._metric = value;
  }
  public resetMetric() {
    this._metric = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get metricInput() {
    return this._metric;
  }

  // protocol - computed: false, optional: false, required: true
  private _protocol?: string; 
  public get protocol() {
    return this.getStringAttribute('protocol');
  }
  public set protocol(value: string) {
    this._protocol = value;
  }
  // Temporarily expose input value. Use with caution.
  public get protocolInput() {
    return this._protocol;
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

export class BgpSpeakerAddressFamiliesIpv6UnicastRedistributeList extends cdktf.ComplexList {
  public internalValue? : BgpSpeakerAddressFamiliesIpv6UnicastRedistribute[] | cdktf.IResolvable

  /**
  * @param terraformResource The parent resource
  * @param terraformAttribute The attribute on the parent resource this class is referencing
  * @param wrapsSet whether the list is wrapping a set (will add tolist() to be able to access an item via an index)
  */
  constructor(protected override terraformResource: cdktf.IInterpolatingParent, protected override terraformAttribute: string, protected override wrapsSet: boolean) {
    super(terraformResource, terraformAttribute, wrapsSet)
  }

  /**
  * @param index the index of the item to return
  */
  public get(index: number): BgpSpeakerAddressFamiliesIpv6UnicastRedistributeOutputReference {
    return new BgpSpeakerAddressFamiliesIpv6UnicastRedistributeOutputReference(this.terraformResource, this.terraformAttribute, index, this.wrapsSet);
  }
}
export interface BgpSpeakerAddressFamiliesIpv6Unicast {
  /**
  * VRFs whose BGP routes are leaked into this one (`import vrf NAME`; `default` for the default VRF). Declare a Speaker for each VRF named here: FRR 8.4 creates an empty BGP instance for a VRF that has none, and keeps it after the import is gone.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/frr-iac/frr/latest/docs/resources/bgp_speaker#import_vrfs BgpSpeaker#import_vrfs}
  */
  readonly importVrfs?: string[];
  /**
  * Number of eBGP paths installed for ECMP. Default: FRR's compiled-in multipath limit (256 in Debian's FRR).
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/frr-iac/frr/latest/docs/resources/bgp_speaker#maximum_paths BgpSpeaker#maximum_paths}
  */
  readonly maximumPaths?: number;
  /**
  * Number of iBGP paths installed for ECMP. Default: FRR's compiled-in multipath limit (256 in Debian's FRR).
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/frr-iac/frr/latest/docs/resources/bgp_speaker#maximum_paths_ibgp BgpSpeaker#maximum_paths_ibgp}
  */
  readonly maximumPathsIbgp?: number;
  /**
  * Routes of other protocols to announce, one entry per protocol.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/frr-iac/frr/latest/docs/resources/bgp_speaker#redistribute BgpSpeaker#redistribute}
  */
  readonly redistribute?: BgpSpeakerAddressFamiliesIpv6UnicastRedistribute[] | cdktf.IResolvable;
}

export function bgpSpeakerAddressFamiliesIpv6UnicastToTerraform(struct?: BgpSpeakerAddressFamiliesIpv6Unicast | cdktf.IResolvable): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  return {
    import_vrfs: cdktf.listMapper(cdktf.stringToTerraform, false)(struct!.importVrfs),
    maximum_paths: cdktf.numberToTerraform(struct!.maximumPaths),
    maximum_paths_ibgp: cdktf.numberToTerraform(struct!.maximumPathsIbgp),
    redistribute: cdktf.listMapper(bgpSpeakerAddressFamiliesIpv6UnicastRedistributeToTerraform, false)(struct!.redistribute),
  }
}


export function bgpSpeakerAddressFamiliesIpv6UnicastToHclTerraform(struct?: BgpSpeakerAddressFamiliesIpv6Unicast | cdktf.IResolvable): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  const attrs = {
    import_vrfs: {
      value: cdktf.listMapperHcl(cdktf.stringToHclTerraform, false)(struct!.importVrfs),
      isBlock: false,
      type: "set",
      storageClassType: "stringList",
    },
    maximum_paths: {
      value: cdktf.numberToHclTerraform(struct!.maximumPaths),
      isBlock: false,
      type: "simple",
      storageClassType: "number",
    },
    maximum_paths_ibgp: {
      value: cdktf.numberToHclTerraform(struct!.maximumPathsIbgp),
      isBlock: false,
      type: "simple",
      storageClassType: "number",
    },
    redistribute: {
      value: cdktf.listMapperHcl(bgpSpeakerAddressFamiliesIpv6UnicastRedistributeToHclTerraform, false)(struct!.redistribute),
      isBlock: true,
      type: "set",
      storageClassType: "BgpSpeakerAddressFamiliesIpv6UnicastRedistributeList",
    },
  };

  // remove undefined attributes
  return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined));
}

export class BgpSpeakerAddressFamiliesIpv6UnicastOutputReference extends cdktf.ComplexObject {
  private isEmptyObject = false;
  private resolvableValue?: cdktf.IResolvable;

  /**
  * @param terraformResource The parent resource
  * @param terraformAttribute The attribute on the parent resource this class is referencing
  */
  public constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string) {
    super(terraformResource, terraformAttribute, false);
  }

  public get internalValue(): BgpSpeakerAddressFamiliesIpv6Unicast | cdktf.IResolvable | undefined {
    if (this.resolvableValue) {
      return this.resolvableValue;
    }
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    if (this._importVrfs !== undefined) {
      hasAnyValues = true;
      internalValueResult.importVrfs = this._importVrfs;
    }
    if (this._maximumPaths !== undefined) {
      hasAnyValues = true;
      internalValueResult.maximumPaths = this._maximumPaths;
    }
    if (this._maximumPathsIbgp !== undefined) {
      hasAnyValues = true;
      internalValueResult.maximumPathsIbgp = this._maximumPathsIbgp;
    }
    if (this._redistribute?.internalValue !== undefined) {
      hasAnyValues = true;
      internalValueResult.redistribute = this._redistribute?.internalValue;
    }
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: BgpSpeakerAddressFamiliesIpv6Unicast | cdktf.IResolvable | undefined) {
    if (value === undefined) {
      this.isEmptyObject = false;
      this.resolvableValue = undefined;
      this._importVrfs = undefined;
      this._maximumPaths = undefined;
      this._maximumPathsIbgp = undefined;
      this._redistribute.internalValue = undefined;
    }
    else if (cdktf.Tokenization.isResolvable(value)) {
      this.isEmptyObject = false;
      this.resolvableValue = value;
    }
    else {
      this.isEmptyObject = Object.keys(value).length === 0;
      this.resolvableValue = undefined;
      this._importVrfs = value.importVrfs;
      this._maximumPaths = value.maximumPaths;
      this._maximumPathsIbgp = value.maximumPathsIbgp;
      this._redistribute.internalValue = value.redistribute;
    }
  }

  // import_vrfs - computed: false, optional: true, required: false
  private _importVrfs?: string[]; 
  public get importVrfs() {
    return cdktf.Fn.tolist(this.getListAttribute('import_vrfs'));
  }
  public set importVrfs(value: string[]) {
    this._importVrfs = value;
  }
  public resetImportVrfs() {
    this._importVrfs = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get importVrfsInput() {
    return this._importVrfs;
  }

  // maximum_paths - computed: false, optional: true, required: false
  private _maximumPaths?: number; 
  public get maximumPaths() {
    return this.getNumberAttribute('maximum_paths');
  }
  public set maximumPaths(value: number) {
    this._maximumPaths = value;
  }
  public resetMaximumPaths() {
    this._maximumPaths = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get maximumPathsInput() {
    return this._maximumPaths;
  }

  // maximum_paths_ibgp - computed: false, optional: true, required: false
  private _maximumPathsIbgp?: number; 
  public get maximumPathsIbgp() {
    return this.getNumberAttribute('maximum_paths_ibgp');
  }
  public set maximumPathsIbgp(value: number) {
    this._maximumPathsIbgp = value;
  }
  public resetMaximumPathsIbgp() {
    this._maximumPathsIbgp = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get maximumPathsIbgpInput() {
    return this._maximumPathsIbgp;
  }

  // redistribute - computed: false, optional: true, required: false
  private _redistribute = new BgpSpeakerAddressFamiliesIpv6UnicastRedistributeList(this, "redistribute", true);
  public get redistribute() {
    return this._redistribute;
  }
  public putRedistribute(value: BgpSpeakerAddressFamiliesIpv6UnicastRedistribute[] | cdktf.IResolvable) {
    this._redistribute.internalValue = value;
  }
  public resetRedistribute() {
    this._redistribute.internalValue = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get redistributeInput() {
    return this._redistribute.internalValue;
  }
}
export interface BgpSpeakerAddressFamiliesL2VpnEvpn {
  /**
  * Advertise every locally configured VNI (default instance of an EVPN VTEP). Default: false.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/frr-iac/frr/latest/docs/resources/bgp_speaker#advertise_all_vni BgpSpeaker#advertise_all_vni}
  */
  readonly advertiseAllVni?: boolean | cdktf.IResolvable;
  /**
  * Advertise IPv4 routes of this VRF as EVPN type-5 routes. Default: false.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/frr-iac/frr/latest/docs/resources/bgp_speaker#advertise_ipv4_unicast BgpSpeaker#advertise_ipv4_unicast}
  */
  readonly advertiseIpv4Unicast?: boolean | cdktf.IResolvable;
  /**
  * Advertise IPv6 routes of this VRF as EVPN type-5 routes. Default: false.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/frr-iac/frr/latest/docs/resources/bgp_speaker#advertise_ipv6_unicast BgpSpeaker#advertise_ipv6_unicast}
  */
  readonly advertiseIpv6Unicast?: boolean | cdktf.IResolvable;
  /**
  * Advertise the SVI addresses of local VNIs. Default: false.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/frr-iac/frr/latest/docs/resources/bgp_speaker#advertise_svi_ip BgpSpeaker#advertise_svi_ip}
  */
  readonly advertiseSviIp?: boolean | cdktf.IResolvable;
  /**
  * Route distinguisher of this VRF's EVPN routes (VRF instances). Default: derived by FRR from the router ID.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/frr-iac/frr/latest/docs/resources/bgp_speaker#rd BgpSpeaker#rd}
  */
  readonly rd?: string;
  /**
  * Route targets attached to routes exported from this VRF (VRF instances).
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/frr-iac/frr/latest/docs/resources/bgp_speaker#route_targets_export BgpSpeaker#route_targets_export}
  */
  readonly routeTargetsExport?: string[];
  /**
  * Route targets imported into this VRF (VRF instances).
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/frr-iac/frr/latest/docs/resources/bgp_speaker#route_targets_import BgpSpeaker#route_targets_import}
  */
  readonly routeTargetsImport?: string[];
}

export function bgpSpeakerAddressFamiliesL2VpnEvpnToTerraform(struct?: BgpSpeakerAddressFamiliesL2VpnEvpn | cdktf.IResolvable): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  return {
    advertise_all_vni: cdktf.booleanToTerraform(struct!.advertiseAllVni),
    advertise_ipv4_unicast: cdktf.booleanToTerraform(struct!.advertiseIpv4Unicast),
    advertise_ipv6_unicast: cdktf.booleanToTerraform(struct!.advertiseIpv6Unicast),
    advertise_svi_ip: cdktf.booleanToTerraform(struct!.advertiseSviIp),
    rd: cdktf.stringToTerraform(struct!.rd),
    route_targets_export: cdktf.listMapper(cdktf.stringToTerraform, false)(struct!.routeTargetsExport),
    route_targets_import: cdktf.listMapper(cdktf.stringToTerraform, false)(struct!.routeTargetsImport),
  }
}


export function bgpSpeakerAddressFamiliesL2VpnEvpnToHclTerraform(struct?: BgpSpeakerAddressFamiliesL2VpnEvpn | cdktf.IResolvable): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  const attrs = {
    advertise_all_vni: {
      value: cdktf.booleanToHclTerraform(struct!.advertiseAllVni),
      isBlock: false,
      type: "simple",
      storageClassType: "boolean",
    },
    advertise_ipv4_unicast: {
      value: cdktf.booleanToHclTerraform(struct!.advertiseIpv4Unicast),
      isBlock: false,
      type: "simple",
      storageClassType: "boolean",
    },
    advertise_ipv6_unicast: {
      value: cdktf.booleanToHclTerraform(struct!.advertiseIpv6Unicast),
      isBlock: false,
      type: "simple",
      storageClassType: "boolean",
    },
    advertise_svi_ip: {
      value: cdktf.booleanToHclTerraform(struct!.advertiseSviIp),
      isBlock: false,
      type: "simple",
      storageClassType: "boolean",
    },
    rd: {
      value: cdktf.stringToHclTerraform(struct!.rd),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    route_targets_export: {
      value: cdktf.listMapperHcl(cdktf.stringToHclTerraform, false)(struct!.routeTargetsExport),
      isBlock: false,
      type: "set",
      storageClassType: "stringList",
    },
    route_targets_import: {
      value: cdktf.listMapperHcl(cdktf.stringToHclTerraform, false)(struct!.routeTargetsImport),
      isBlock: false,
      type: "set",
      storageClassType: "stringList",
    },
  };

  // remove undefined attributes
  return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined));
}

export class BgpSpeakerAddressFamiliesL2VpnEvpnOutputReference extends cdktf.ComplexObject {
  private isEmptyObject = false;
  private resolvableValue?: cdktf.IResolvable;

  /**
  * @param terraformResource The parent resource
  * @param terraformAttribute The attribute on the parent resource this class is referencing
  */
  public constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string) {
    super(terraformResource, terraformAttribute, false);
  }

  public get internalValue(): BgpSpeakerAddressFamiliesL2VpnEvpn | cdktf.IResolvable | undefined {
    if (this.resolvableValue) {
      return this.resolvableValue;
    }
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    if (this._advertiseAllVni !== undefined) {
      hasAnyValues = true;
      internalValueResult.advertiseAllVni = this._advertiseAllVni;
    }
    if (this._advertiseIpv4Unicast !== undefined) {
      hasAnyValues = true;
      internalValueResult.advertiseIpv4Unicast = this._advertiseIpv4Unicast;
    }
    if (this._advertiseIpv6Unicast !== undefined) {
      hasAnyValues = true;
      internalValueResult.advertiseIpv6Unicast = this._advertiseIpv6Unicast;
    }
    if (this._advertiseSviIp !== undefined) {
      hasAnyValues = true;
      internalValueResult.advertiseSviIp = this._advertiseSviIp;
    }
    if (this._rd !== undefined) {
      hasAnyValues = true;
      internalValueResult.rd = this._rd;
    }
    if (this._routeTargetsExport !== undefined) {
      hasAnyValues = true;
      internalValueResult.routeTargetsExport = this._routeTargetsExport;
    }
    if (this._routeTargetsImport !== undefined) {
      hasAnyValues = true;
      internalValueResult.routeTargetsImport = this._routeTargetsImport;
    }
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: BgpSpeakerAddressFamiliesL2VpnEvpn | cdktf.IResolvable | undefined) {
    if (value === undefined) {
      this.isEmptyObject = false;
      this.resolvableValue = undefined;
      this._advertiseAllVni = undefined;
      this._advertiseIpv4Unicast = undefined;
      this._advertiseIpv6Unicast = undefined;
      this._advertiseSviIp = undefined;
      this._rd = undefined;
      this._routeTargetsExport = undefined;
      this._routeTargetsImport = undefined;
    }
    else if (cdktf.Tokenization.isResolvable(value)) {
      this.isEmptyObject = false;
      this.resolvableValue = value;
    }
    else {
      this.isEmptyObject = Object.keys(value).length === 0;
      this.resolvableValue = undefined;
      this._advertiseAllVni = value.advertiseAllVni;
      this._advertiseIpv4Unicast = value.advertiseIpv4Unicast;
      this._advertiseIpv6Unicast = value.advertiseIpv6Unicast;
      this._advertiseSviIp = value.advertiseSviIp;
      this._rd = value.rd;
      this._routeTargetsExport = value.routeTargetsExport;
      this._routeTargetsImport = value.routeTargetsImport;
    }
  }

  // advertise_all_vni - computed: false, optional: true, required: false
  private _advertiseAllVni?: boolean | cdktf.IResolvable; 
  public get advertiseAllVni() {
    return this.getBooleanAttribute('advertise_all_vni');
  }
  public set advertiseAllVni(value: boolean | cdktf.IResolvable) {
    this._advertiseAllVni = value;
  }
  public resetAdvertiseAllVni() {
    this._advertiseAllVni = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get advertiseAllVniInput() {
    return this._advertiseAllVni;
  }

  // advertise_ipv4_unicast - computed: false, optional: true, required: false
  private _advertiseIpv4Unicast?: boolean | cdktf.IResolvable; 
  public get advertiseIpv4Unicast() {
    return this.getBooleanAttribute('advertise_ipv4_unicast');
  }
  public set advertiseIpv4Unicast(value: boolean | cdktf.IResolvable) {
    this._advertiseIpv4Unicast = value;
  }
  public resetAdvertiseIpv4Unicast() {
    this._advertiseIpv4Unicast = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get advertiseIpv4UnicastInput() {
    return this._advertiseIpv4Unicast;
  }

  // advertise_ipv6_unicast - computed: false, optional: true, required: false
  private _advertiseIpv6Unicast?: boolean | cdktf.IResolvable; 
  public get advertiseIpv6Unicast() {
    return this.getBooleanAttribute('advertise_ipv6_unicast');
  }
  public set advertiseIpv6Unicast(value: boolean | cdktf.IResolvable) {
    this._advertiseIpv6Unicast = value;
  }
  public resetAdvertiseIpv6Unicast() {
    this._advertiseIpv6Unicast = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get advertiseIpv6UnicastInput() {
    return this._advertiseIpv6Unicast;
  }

  // advertise_svi_ip - computed: false, optional: true, required: false
  private _advertiseSviIp?: boolean | cdktf.IResolvable; 
  public get advertiseSviIp() {
    return this.getBooleanAttribute('advertise_svi_ip');
  }
  public set advertiseSviIp(value: boolean | cdktf.IResolvable) {
    this._advertiseSviIp = value;
  }
  public resetAdvertiseSviIp() {
    this._advertiseSviIp = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get advertiseSviIpInput() {
    return this._advertiseSviIp;
  }

  // rd - computed: false, optional: true, required: false
  private _rd?: string; 
  public get rd() {
    return this.getStringAttribute('rd');
  }
  public set rd(value: string) {
    this._rd = value;
  }
  public resetRd() {
    this._rd = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get rdInput() {
    return this._rd;
  }

  // route_targets_export - computed: false, optional: true, required: false
  private _routeTargetsExport?: string[]; 
  public get routeTargetsExport() {
    return cdktf.Fn.tolist(this.getListAttribute('route_targets_export'));
  }
  public set routeTargetsExport(value: string[]) {
    this._routeTargetsExport = value;
  }
  public resetRouteTargetsExport() {
    this._routeTargetsExport = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get routeTargetsExportInput() {
    return this._routeTargetsExport;
  }

  // route_targets_import - computed: false, optional: true, required: false
  private _routeTargetsImport?: string[]; 
  public get routeTargetsImport() {
    return cdktf.Fn.tolist(this.getListAttribute('route_targets_import'));
  }
  public set routeTargetsImport(value: string[]) {
    this._routeTargetsImport = value;
  }
  public resetRouteTargetsImport() {
    this._routeTargetsImport = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get routeTargetsImportInput() {
    return this._routeTargetsImport;
  }
}
export interface BgpSpeakerAddressFamilies {
  /**
  * IPv4 unicast.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/frr-iac/frr/latest/docs/resources/bgp_speaker#ipv4_unicast BgpSpeaker#ipv4_unicast}
  */
  readonly ipv4Unicast?: BgpSpeakerAddressFamiliesIpv4Unicast;
  /**
  * IPv6 unicast.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/frr-iac/frr/latest/docs/resources/bgp_speaker#ipv6_unicast BgpSpeaker#ipv6_unicast}
  */
  readonly ipv6Unicast?: BgpSpeakerAddressFamiliesIpv6Unicast;
  /**
  * L2VPN EVPN.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/frr-iac/frr/latest/docs/resources/bgp_speaker#l2vpn_evpn BgpSpeaker#l2vpn_evpn}
  */
  readonly l2VpnEvpn?: BgpSpeakerAddressFamiliesL2VpnEvpn;
}

export function bgpSpeakerAddressFamiliesToTerraform(struct?: BgpSpeakerAddressFamilies | cdktf.IResolvable): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  return {
    ipv4_unicast: bgpSpeakerAddressFamiliesIpv4UnicastToTerraform(struct!.ipv4Unicast),
    ipv6_unicast: bgpSpeakerAddressFamiliesIpv6UnicastToTerraform(struct!.ipv6Unicast),
    l2vpn_evpn: bgpSpeakerAddressFamiliesL2VpnEvpnToTerraform(struct!.l2VpnEvpn),
  }
}


export function bgpSpeakerAddressFamiliesToHclTerraform(struct?: BgpSpeakerAddressFamilies | cdktf.IResolvable): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  const attrs = {
    ipv4_unicast: {
      value: bgpSpeakerAddressFamiliesIpv4UnicastToHclTerraform(struct!.ipv4Unicast),
      isBlock: true,
      type: "struct",
      storageClassType: "BgpSpeakerAddressFamiliesIpv4Unicast",
    },
    ipv6_unicast: {
      value: bgpSpeakerAddressFamiliesIpv6UnicastToHclTerraform(struct!.ipv6Unicast),
      isBlock: true,
      type: "struct",
      storageClassType: "BgpSpeakerAddressFamiliesIpv6Unicast",
    },
    l2vpn_evpn: {
      value: bgpSpeakerAddressFamiliesL2VpnEvpnToHclTerraform(struct!.l2VpnEvpn),
      isBlock: true,
      type: "struct",
      storageClassType: "BgpSpeakerAddressFamiliesL2VpnEvpn",
    },
  };

  // remove undefined attributes
  return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined));
}

export class BgpSpeakerAddressFamiliesOutputReference extends cdktf.ComplexObject {
  private isEmptyObject = false;
  private resolvableValue?: cdktf.IResolvable;

  /**
  * @param terraformResource The parent resource
  * @param terraformAttribute The attribute on the parent resource this class is referencing
  */
  public constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string) {
    super(terraformResource, terraformAttribute, false);
  }

  public get internalValue(): BgpSpeakerAddressFamilies | cdktf.IResolvable | undefined {
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

  public set internalValue(value: BgpSpeakerAddressFamilies | cdktf.IResolvable | undefined) {
    if (value === undefined) {
      this.isEmptyObject = false;
      this.resolvableValue = undefined;
      this._ipv4Unicast.internalValue = undefined;
      this._ipv6Unicast.internalValue = undefined;
      this._l2VpnEvpn.internalValue = undefined;
    }
    else if (cdktf.Tokenization.isResolvable(value)) {
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
  private _ipv4Unicast = new BgpSpeakerAddressFamiliesIpv4UnicastOutputReference(this, "ipv4_unicast");
  public get ipv4Unicast() {
    return this._ipv4Unicast;
  }
  public putIpv4Unicast(value: BgpSpeakerAddressFamiliesIpv4Unicast) {
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
  private _ipv6Unicast = new BgpSpeakerAddressFamiliesIpv6UnicastOutputReference(this, "ipv6_unicast");
  public get ipv6Unicast() {
    return this._ipv6Unicast;
  }
  public putIpv6Unicast(value: BgpSpeakerAddressFamiliesIpv6Unicast) {
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
  private _l2VpnEvpn = new BgpSpeakerAddressFamiliesL2VpnEvpnOutputReference(this, "l2vpn_evpn");
  public get l2VpnEvpn() {
    return this._l2VpnEvpn;
  }
  public putL2VpnEvpn(value: BgpSpeakerAddressFamiliesL2VpnEvpn) {
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
export interface BgpSpeakerBestpath {
  /**
  * Allow ECMP across paths with different neighbor ASes of equal length. Default: false.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/frr-iac/frr/latest/docs/resources/bgp_speaker#as_path_multipath_relax BgpSpeaker#as_path_multipath_relax}
  */
  readonly asPathMultipathRelax?: boolean | cdktf.IResolvable;
  /**
  * Use the router ID as a tie breaker between external paths. Default: false.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/frr-iac/frr/latest/docs/resources/bgp_speaker#compare_router_id BgpSpeaker#compare_router_id}
  */
  readonly compareRouterId?: boolean | cdktf.IResolvable;
}

export function bgpSpeakerBestpathToTerraform(struct?: BgpSpeakerBestpath | cdktf.IResolvable): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  return {
    as_path_multipath_relax: cdktf.booleanToTerraform(struct!.asPathMultipathRelax),
    compare_router_id: cdktf.booleanToTerraform(struct!.compareRouterId),
  }
}


export function bgpSpeakerBestpathToHclTerraform(struct?: BgpSpeakerBestpath | cdktf.IResolvable): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  const attrs = {
    as_path_multipath_relax: {
      value: cdktf.booleanToHclTerraform(struct!.asPathMultipathRelax),
      isBlock: false,
      type: "simple",
      storageClassType: "boolean",
    },
    compare_router_id: {
      value: cdktf.booleanToHclTerraform(struct!.compareRouterId),
      isBlock: false,
      type: "simple",
      storageClassType: "boolean",
    },
  };

  // remove undefined attributes
  return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined));
}

export class BgpSpeakerBestpathOutputReference extends cdktf.ComplexObject {
  private isEmptyObject = false;
  private resolvableValue?: cdktf.IResolvable;

  /**
  * @param terraformResource The parent resource
  * @param terraformAttribute The attribute on the parent resource this class is referencing
  */
  public constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string) {
    super(terraformResource, terraformAttribute, false);
  }

  public get internalValue(): BgpSpeakerBestpath | cdktf.IResolvable | undefined {
    if (this.resolvableValue) {
      return this.resolvableValue;
    }
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    if (this._asPathMultipathRelax !== undefined) {
      hasAnyValues = true;
      internalValueResult.asPathMultipathRelax = this._asPathMultipathRelax;
    }
    if (this._compareRouterId !== undefined) {
      hasAnyValues = true;
      internalValueResult.compareRouterId = this._compareRouterId;
    }
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: BgpSpeakerBestpath | cdktf.IResolvable | undefined) {
    if (value === undefined) {
      this.isEmptyObject = false;
      this.resolvableValue = undefined;
      this._asPathMultipathRelax = undefined;
      this._compareRouterId = undefined;
    }
    else if (cdktf.Tokenization.isResolvable(value)) {
      this.isEmptyObject = false;
      this.resolvableValue = value;
    }
    else {
      this.isEmptyObject = Object.keys(value).length === 0;
      this.resolvableValue = undefined;
      this._asPathMultipathRelax = value.asPathMultipathRelax;
      this._compareRouterId = value.compareRouterId;
    }
  }

  // as_path_multipath_relax - computed: false, optional: true, required: false
  private _asPathMultipathRelax?: boolean | cdktf.IResolvable; 
  public get asPathMultipathRelax() {
    return this.getBooleanAttribute('as_path_multipath_relax');
  }
  public set asPathMultipathRelax(value: boolean | cdktf.IResolvable) {
    this._asPathMultipathRelax = value;
  }
  public resetAsPathMultipathRelax() {
    this._asPathMultipathRelax = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get asPathMultipathRelaxInput() {
    return this._asPathMultipathRelax;
  }

  // compare_router_id - computed: false, optional: true, required: false
  private _compareRouterId?: boolean | cdktf.IResolvable; 
  public get compareRouterId() {
    return this.getBooleanAttribute('compare_router_id');
  }
  public set compareRouterId(value: boolean | cdktf.IResolvable) {
    this._compareRouterId = value;
  }
  public resetCompareRouterId() {
    this._compareRouterId = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get compareRouterIdInput() {
    return this._compareRouterId;
  }
}
export interface BgpSpeakerStatus {
}

export function bgpSpeakerStatusToTerraform(struct?: BgpSpeakerStatus): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  return {
  }
}


export function bgpSpeakerStatusToHclTerraform(struct?: BgpSpeakerStatus): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  const attrs = {
  };
  return attrs;
}

export class BgpSpeakerStatusOutputReference extends cdktf.ComplexObject {
  private isEmptyObject = false;

  /**
  * @param terraformResource The parent resource
  * @param terraformAttribute The attribute on the parent resource this class is referencing
  */
  public constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string) {
    super(terraformResource, terraformAttribute, false);
  }

  public get internalValue(): BgpSpeakerStatus | undefined {
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: BgpSpeakerStatus | undefined) {
    if (value === undefined) {
      this.isEmptyObject = false;
    }
    else {
      this.isEmptyObject = Object.keys(value).length === 0;
    }
  }

  // peers_established - computed: true, optional: false, required: false
  public get peersEstablished() {
    return this.getNumberAttribute('peers_established');
  }

  // peers_total - computed: true, optional: false, required: false
  public get peersTotal() {
    return this.getNumberAttribute('peers_total');
  }

  // router_id_in_use - computed: true, optional: false, required: false
  public get routerIdInUse() {
    return this.getStringAttribute('router_id_in_use');
  }
}
export interface BgpSpeakerTimers {
  /**
  * Hold time in seconds (0 or at least 3).
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/frr-iac/frr/latest/docs/resources/bgp_speaker#hold BgpSpeaker#hold}
  */
  readonly hold: number;
  /**
  * Keepalive interval in seconds.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/frr-iac/frr/latest/docs/resources/bgp_speaker#keepalive BgpSpeaker#keepalive}
  */
  readonly keepalive: number;
}

export function bgpSpeakerTimersToTerraform(struct?: BgpSpeakerTimers | cdktf.IResolvable): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  return {
    hold: cdktf.numberToTerraform(struct!.hold),
    keepalive: cdktf.numberToTerraform(struct!.keepalive),
  }
}


export function bgpSpeakerTimersToHclTerraform(struct?: BgpSpeakerTimers | cdktf.IResolvable): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  const attrs = {
    hold: {
      value: cdktf.numberToHclTerraform(struct!.hold),
      isBlock: false,
      type: "simple",
      storageClassType: "number",
    },
    keepalive: {
      value: cdktf.numberToHclTerraform(struct!.keepalive),
      isBlock: false,
      type: "simple",
      storageClassType: "number",
    },
  };

  // remove undefined attributes
  return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined));
}

export class BgpSpeakerTimersOutputReference extends cdktf.ComplexObject {
  private isEmptyObject = false;
  private resolvableValue?: cdktf.IResolvable;

  /**
  * @param terraformResource The parent resource
  * @param terraformAttribute The attribute on the parent resource this class is referencing
  */
  public constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string) {
    super(terraformResource, terraformAttribute, false);
  }

  public get internalValue(): BgpSpeakerTimers | cdktf.IResolvable | undefined {
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

  public set internalValue(value: BgpSpeakerTimers | cdktf.IResolvable | undefined) {
    if (value === undefined) {
      this.isEmptyObject = false;
      this.resolvableValue = undefined;
      this._hold = undefined;
      this._keepalive = undefined;
    }
    else if (cdktf.Tokenization.isResolvable(value)) {
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
* Represents a {@link https://registry.terraform.io/providers/frr-iac/frr/latest/docs/resources/bgp_speaker frr_bgp_speaker}
*/
export class BgpSpeaker extends cdktf.TerraformResource {

  // =================
  // STATIC PROPERTIES
  // =================
  public static readonly tfResourceType = "frr_bgp_speaker";

  // ==============
  // STATIC Methods
  // ==============
  /**
  * Generates CDKTF code for importing a BgpSpeaker resource upon running "cdktf plan <stack-name>"
  * @param scope The scope in which to define this construct
  * @param importToId The construct id used in the generated config for the BgpSpeaker to import
  * @param importFromId The id of the existing BgpSpeaker that should be imported. Refer to the {@link https://registry.terraform.io/providers/frr-iac/frr/latest/docs/resources/bgp_speaker#import import section} in the documentation of this resource for the id to use
  * @param provider? Optional instance of the provider where the BgpSpeaker to import is found
  */
  public static generateConfigForImport(scope: Construct, importToId: string, importFromId: string, provider?: cdktf.TerraformProvider) {
        return new cdktf.ImportableResource(scope, importToId, { terraformResourceType: "frr_bgp_speaker", importId: importFromId, provider });
      }

  // ===========
  // INITIALIZER
  // ===========

  /**
  * Create a new {@link https://registry.terraform.io/providers/frr-iac/frr/latest/docs/resources/bgp_speaker frr_bgp_speaker} Resource
  *
  * @param scope The scope in which to define this construct
  * @param id The scoped construct ID. Must be unique amongst siblings in the same scope
  * @param options BgpSpeakerConfig
  */
  public constructor(scope: Construct, id: string, config: BgpSpeakerConfig) {
    super(scope, id, {
      terraformResourceType: 'frr_bgp_speaker',
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
    this._asn = config.asn;
    this._bestpath.internalValue = config.bestpath;
    this._defaultIpv4Unicast = config.defaultIpv4Unicast;
    this._defaultIpv6Unicast = config.defaultIpv6Unicast;
    this._ebgpRequiresPolicy = config.ebgpRequiresPolicy;
    this._gracefulRestart = config.gracefulRestart;
    this._listenLimit = config.listenLimit;
    this._logNeighborChanges = config.logNeighborChanges;
    this._networkImportCheck = config.networkImportCheck;
    this._routerId = config.routerId;
    this._timers.internalValue = config.timers;
    this._vrf = config.vrf;
  }

  // ==========
  // ATTRIBUTES
  // ==========

  // address_families - computed: false, optional: true, required: false
  private _addressFamilies = new BgpSpeakerAddressFamiliesOutputReference(this, "address_families");
  public get addressFamilies() {
    return this._addressFamilies;
  }
  public putAddressFamilies(value: BgpSpeakerAddressFamilies) {
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
  private _adopt?: boolean | cdktf.IResolvable; 
  public get adopt() {
    return this.getBooleanAttribute('adopt');
  }
  public set adopt(value: boolean | cdktf.IResolvable) {
    this._adopt = value;
  }
  public resetAdopt() {
    this._adopt = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get adoptInput() {
    return this._adopt;
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

  // bestpath - computed: false, optional: true, required: false
  private _bestpath = new BgpSpeakerBestpathOutputReference(this, "bestpath");
  public get bestpath() {
    return this._bestpath;
  }
  public putBestpath(value: BgpSpeakerBestpath) {
    this._bestpath.internalValue = value;
  }
  public resetBestpath() {
    this._bestpath.internalValue = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get bestpathInput() {
    return this._bestpath.internalValue;
  }

  // default_ipv4_unicast - computed: false, optional: true, required: false
  private _defaultIpv4Unicast?: boolean | cdktf.IResolvable; 
  public get defaultIpv4Unicast() {
    return this.getBooleanAttribute('default_ipv4_unicast');
  }
  public set defaultIpv4Unicast(value: boolean | cdktf.IResolvable) {
    this._defaultIpv4Unicast = value;
  }
  public resetDefaultIpv4Unicast() {
    this._defaultIpv4Unicast = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get defaultIpv4UnicastInput() {
    return this._defaultIpv4Unicast;
  }

  // default_ipv6_unicast - computed: false, optional: true, required: false
  private _defaultIpv6Unicast?: boolean | cdktf.IResolvable; 
  public get defaultIpv6Unicast() {
    return this.getBooleanAttribute('default_ipv6_unicast');
  }
  public set defaultIpv6Unicast(value: boolean | cdktf.IResolvable) {
    this._defaultIpv6Unicast = value;
  }
  public resetDefaultIpv6Unicast() {
    this._defaultIpv6Unicast = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get defaultIpv6UnicastInput() {
    return this._defaultIpv6Unicast;
  }

  // ebgp_requires_policy - computed: false, optional: true, required: false
  private _ebgpRequiresPolicy?: boolean | cdktf.IResolvable; 
  public get ebgpRequiresPolicy() {
    return this.getBooleanAttribute('ebgp_requires_policy');
  }
  public set ebgpRequiresPolicy(value: boolean | cdktf.IResolvable) {
    this._ebgpRequiresPolicy = value;
  }
  public resetEbgpRequiresPolicy() {
    this._ebgpRequiresPolicy = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get ebgpRequiresPolicyInput() {
    return this._ebgpRequiresPolicy;
  }

  // graceful_restart - computed: false, optional: true, required: false
  private _gracefulRestart?: boolean | cdktf.IResolvable; 
  public get gracefulRestart() {
    return this.getBooleanAttribute('graceful_restart');
  }
  public set gracefulRestart(value: boolean | cdktf.IResolvable) {
    this._gracefulRestart = value;
  }
  public resetGracefulRestart() {
    this._gracefulRestart = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get gracefulRestartInput() {
    return this._gracefulRestart;
  }

  // id - computed: true, optional: false, required: false
  public get id() {
    return this.getStringAttribute('id');
  }

  // listen_limit - computed: false, optional: true, required: false
  private _listenLimit?: number; 
  public get listenLimit() {
    return this.getNumberAttribute('listen_limit');
  }
  public set listenLimit(value: number) {
    this._listenLimit = value;
  }
  public resetListenLimit() {
    this._listenLimit = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get listenLimitInput() {
    return this._listenLimit;
  }

  // log_neighbor_changes - computed: false, optional: true, required: false
  private _logNeighborChanges?: boolean | cdktf.IResolvable; 
  public get logNeighborChanges() {
    return this.getBooleanAttribute('log_neighbor_changes');
  }
  public set logNeighborChanges(value: boolean | cdktf.IResolvable) {
    this._logNeighborChanges = value;
  }
  public resetLogNeighborChanges() {
    this._logNeighborChanges = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get logNeighborChangesInput() {
    return this._logNeighborChanges;
  }

  // network_import_check - computed: false, optional: true, required: false
  private _networkImportCheck?: boolean | cdktf.IResolvable; 
  public get networkImportCheck() {
    return this.getBooleanAttribute('network_import_check');
  }
  public set networkImportCheck(value: boolean | cdktf.IResolvable) {
    this._networkImportCheck = value;
  }
  public resetNetworkImportCheck() {
    this._networkImportCheck = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get networkImportCheckInput() {
    return this._networkImportCheck;
  }

  // router_id - computed: false, optional: true, required: false
  private _routerId?: string; 
  public get routerId() {
    return this.getStringAttribute('router_id');
  }
  public set routerId(value: string) {
    this._routerId = value;
  }
  public resetRouterId() {
    this._routerId = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get routerIdInput() {
    return this._routerId;
  }

  // status - computed: true, optional: false, required: false
  private _status = new BgpSpeakerStatusOutputReference(this, "status");
  public get status() {
    return this._status;
  }

  // timers - computed: false, optional: true, required: false
  private _timers = new BgpSpeakerTimersOutputReference(this, "timers");
  public get timers() {
    return this._timers;
  }
  public putTimers(value: BgpSpeakerTimers) {
    this._timers.internalValue = value;
  }
  public resetTimers() {
    this._timers.internalValue = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get timersInput() {
    return this._timers.internalValue;
  }

  // vrf - computed: false, optional: true, required: false
  private _vrf?: string; 
  public get vrf() {
    return this.getStringAttribute('vrf');
  }
  public set vrf(value: string) {
    this._vrf = value;
  }
  public resetVrf() {
    this._vrf = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get vrfInput() {
    return this._vrf;
  }

  // =========
  // SYNTHESIS
  // =========

  protected override synthesizeAttributes(): { [name: string]: any } {
    return {
      address_families: bgpSpeakerAddressFamiliesToTerraform(this._addressFamilies.internalValue),
      adopt: cdktf.booleanToTerraform(this._adopt),
      asn: cdktf.numberToTerraform(this._asn),
      bestpath: bgpSpeakerBestpathToTerraform(this._bestpath.internalValue),
      default_ipv4_unicast: cdktf.booleanToTerraform(this._defaultIpv4Unicast),
      default_ipv6_unicast: cdktf.booleanToTerraform(this._defaultIpv6Unicast),
      ebgp_requires_policy: cdktf.booleanToTerraform(this._ebgpRequiresPolicy),
      graceful_restart: cdktf.booleanToTerraform(this._gracefulRestart),
      listen_limit: cdktf.numberToTerraform(this._listenLimit),
      log_neighbor_changes: cdktf.booleanToTerraform(this._logNeighborChanges),
      network_import_check: cdktf.booleanToTerraform(this._networkImportCheck),
      router_id: cdktf.stringToTerraform(this._routerId),
      timers: bgpSpeakerTimersToTerraform(this._timers.internalValue),
      vrf: cdktf.stringToTerraform(this._vrf),
    };
  }

  protected override synthesizeHclAttributes(): { [name: string]: any } {
    const attrs = {
      address_families: {
        value: bgpSpeakerAddressFamiliesToHclTerraform(this._addressFamilies.internalValue),
        isBlock: true,
        type: "struct",
        storageClassType: "BgpSpeakerAddressFamilies",
      },
      adopt: {
        value: cdktf.booleanToHclTerraform(this._adopt),
        isBlock: false,
        type: "simple",
        storageClassType: "boolean",
      },
      asn: {
        value: cdktf.numberToHclTerraform(this._asn),
        isBlock: false,
        type: "simple",
        storageClassType: "number",
      },
      bestpath: {
        value: bgpSpeakerBestpathToHclTerraform(this._bestpath.internalValue),
        isBlock: true,
        type: "struct",
        storageClassType: "BgpSpeakerBestpath",
      },
      default_ipv4_unicast: {
        value: cdktf.booleanToHclTerraform(this._defaultIpv4Unicast),
        isBlock: false,
        type: "simple",
        storageClassType: "boolean",
      },
      default_ipv6_unicast: {
        value: cdktf.booleanToHclTerraform(this._defaultIpv6Unicast),
        isBlock: false,
        type: "simple",
        storageClassType: "boolean",
      },
      ebgp_requires_policy: {
        value: cdktf.booleanToHclTerraform(this._ebgpRequiresPolicy),
        isBlock: false,
        type: "simple",
        storageClassType: "boolean",
      },
      graceful_restart: {
        value: cdktf.booleanToHclTerraform(this._gracefulRestart),
        isBlock: false,
        type: "simple",
        storageClassType: "boolean",
      },
      listen_limit: {
        value: cdktf.numberToHclTerraform(this._listenLimit),
        isBlock: false,
        type: "simple",
        storageClassType: "number",
      },
      log_neighbor_changes: {
        value: cdktf.booleanToHclTerraform(this._logNeighborChanges),
        isBlock: false,
        type: "simple",
        storageClassType: "boolean",
      },
      network_import_check: {
        value: cdktf.booleanToHclTerraform(this._networkImportCheck),
        isBlock: false,
        type: "simple",
        storageClassType: "boolean",
      },
      router_id: {
        value: cdktf.stringToHclTerraform(this._routerId),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      timers: {
        value: bgpSpeakerTimersToHclTerraform(this._timers.internalValue),
        isBlock: true,
        type: "struct",
        storageClassType: "BgpSpeakerTimers",
      },
      vrf: {
        value: cdktf.stringToHclTerraform(this._vrf),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
    };

    // remove undefined attributes
    return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined ))
  }
}
