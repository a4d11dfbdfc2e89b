// https://registry.terraform.io/providers/frr-iac/frr/latest/docs/resources/route_map
// generated from terraform resource schema

import { Construct } from 'constructs';
import * as cdktf from 'cdktf';

// Configuration

export interface RouteMapConfig extends cdktf.TerraformMetaArguments {
  /**
  * Take over matching configuration that already exists on the host. Without it, creating a resource whose lines exist with different values fails instead of overwriting hand-made configuration. Default: false.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/frr-iac/frr/latest/docs/resources/route_map#adopt RouteMap#adopt}
  */
  readonly adopt?: boolean | cdktf.IResolvable;
  /**
  * Entries, evaluated in ascending `seq`; a route matching no entry is denied.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/frr-iac/frr/latest/docs/resources/route_map#entries RouteMap#entries}
  */
  readonly entries: RouteMapEntries[] | cdktf.IResolvable;
  /**
  * Name of the route-map. Changing it replaces the resource.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/frr-iac/frr/latest/docs/resources/route_map#name RouteMap#name}
  */
  readonly name: string;
}
export interface RouteMapEntriesMatch {
  /**
  * Match routes whose AS path is permitted by this AS-path access list.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/frr-iac/frr/latest/docs/resources/route_map#as_path RouteMap#as_path}
  */
  readonly asPath?: string;
  /**
  * Match routes permitted by this community list.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/frr-iac/frr/latest/docs/resources/route_map#community RouteMap#community}
  */
  readonly community?: string;
  /**
  * With `community`: the route must carry exactly the listed communities. Default: false.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/frr-iac/frr/latest/docs/resources/route_map#community_exact_match RouteMap#community_exact_match}
  */
  readonly communityExactMatch?: boolean | cdktf.IResolvable;
  /**
  * Match IPv4 routes permitted by this prefix-list.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/frr-iac/frr/latest/docs/resources/route_map#ip_address_prefix_list RouteMap#ip_address_prefix_list}
  */
  readonly ipAddressPrefixList?: string;
  /**
  * Match IPv4 routes whose next hop is permitted by this prefix-list.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/frr-iac/frr/latest/docs/resources/route_map#ip_next_hop_prefix_list RouteMap#ip_next_hop_prefix_list}
  */
  readonly ipNextHopPrefixList?: string;
  /**
  * Match IPv6 routes permitted by this prefix-list.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/frr-iac/frr/latest/docs/resources/route_map#ipv6_address_prefix_list RouteMap#ipv6_address_prefix_list}
  */
  readonly ipv6AddressPrefixList?: string;
  /**
  * Match routes permitted by this large community list.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/frr-iac/frr/latest/docs/resources/route_map#large_community RouteMap#large_community}
  */
  readonly largeCommunity?: string;
  /**
  * With `largeCommunity`: exact match. Default: false.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/frr-iac/frr/latest/docs/resources/route_map#large_community_exact_match RouteMap#large_community_exact_match}
  */
  readonly largeCommunityExactMatch?: boolean | cdktf.IResolvable;
  /**
  * Match routes by the protocol they came from.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/frr-iac/frr/latest/docs/resources/route_map#source_protocol RouteMap#source_protocol}
  */
  readonly sourceProtocol?: string;
}

export function routeMapEntriesMatchToTerraform(struct?: RouteMapEntriesMatch | cdktf.IResolvable): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  return {
    as_path: cdktf.stringToTerraform(struct!.asPath),
    community: cdktf.stringToTerraform(struct!.community),
    community_exact_match: cdktf.booleanToTerraform(struct!.communityExactMatch),
    ip_address_prefix_list: cdktf.stringToTerraform(struct!.ipAddressPrefixList),
    ip_next_hop_prefix_list: cdktf.stringToTerraform(struct!.ipNextHopPrefixList),
    ipv6_address_prefix_list: cdktf.stringToTerraform(struct!.ipv6AddressPrefixList),
    large_community: cdktf.stringToTerraform(struct!.largeCommunity),
    large_community_exact_match: cdktf.booleanToTerraform(struct!.largeCommunityExactMatch),
    source_protocol: cdktf.stringToTerraform(struct!.sourceProtocol),
  }
}


export function routeMapEntriesMatchToHclTerraform(struct?: RouteMapEntriesMatch | cdktf.IResolvable): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  const attrs = {
    as_path: {
      value: cdktf.stringToHclTerraform(struct!.asPath),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    community: {
      value: cdktf.stringToHclTerraform(struct!.community),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    community_exact_match: {
      value: cdktf.booleanToHclTerraform(struct!.communityExactMatch),
      isBlock: false,
      type: "simple",
      storageClassType: "boolean",
    },
    ip_address_prefix_list: {
      value: cdktf.stringToHclTerraform(struct!.ipAddressPrefixList),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    ip_next_hop_prefix_list: {
      value: cdktf.stringToHclTerraform(struct!.ipNextHopPrefixList),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    ipv6_address_prefix_list: {
      value: cdktf.stringToHclTerraform(struct!.ipv6AddressPrefixList),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    large_community: {
      value: cdktf.stringToHclTerraform(struct!.largeCommunity),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    large_community_exact_match: {
      value: cdktf.booleanToHclTerraform(struct!.largeCommunityExactMatch),
      isBlock: false,
      type: "simple",
      storageClassType: "boolean",
    },
    source_protocol: {
      value: cdktf.stringToHclTerraform(struct!.sourceProtocol),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
  };

  // remove undefined attributes
  return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined));
}

export class RouteMapEntriesMatchOutputReference extends cdktf.ComplexObject {
  private isEmptyObject = false;
  private resolvableValue?: cdktf.IResolvable;

  /**
  * @param terraformResource The parent resource
  * @param terraformAttribute The attribute on the parent resource this class is referencing
  */
  public constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string) {
    super(terraformResource, terraformAttribute, false);
  }

  public get internalValue(): RouteMapEntriesMatch | cdktf.IResolvable | undefined {
    if (this.resolvableValue) {
      return this.resolvableValue;
    }
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    if (this._asPath !== undefined) {
      hasAnyValues = true;
      internalValueResult.asPath = this._asPath;
    }
    if (this._community !== undefined) {
      hasAnyValues = true;
      internalValueResult.community = this._community;
    }
    if (this._communityExactMatch !== undefined) {
      hasAnyValues = true;
      internalValueResult.communityExactMatch = this._communityExactMatch;
    }
    if (this._ipAddressPrefixList !== undefined) {
      hasAnyValues = true;
      internalValueResult.ipAddressPrefixList = this._ipAddressPrefixList;
    }
    if (this._ipNextHopPrefixList !== undefined) {
      hasAnyValues = true;
      internalValueResult.ipNextHopPrefixList = this._ipNextHopPrefixList;
    }
    if (this._ipv6AddressPrefixList !== undefined) {
      hasAnyValues = true;
      internalValueResult.ipv6AddressPrefixList = this._ipv6AddressPrefixList;
    }
    if (this._largeCommunity !== undefined) {
      hasAnyValues = true;
      internalValueResult.largeCommunity = this._largeCommunity;
    }
    if (this._largeCommunityExactMatch !== undefined) {
      hasAnyValues = true;
      internalValueResult.largeCommunityExactMatch = this._largeCommunityExactMatch;
    }
    if (this._sourceProtocol !== undefined) {
      hasAnyValues = true;
      internalValueResult.sourceProtocol = this._sourceProtocol;
    }
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: RouteMapEntriesMatch | cdktf.IResolvable | undefined) {
    if (value === undefined) {
      this.isEmptyObject = false;
      this.resolvableValue = undefined;
      this._asPath = undefined;
      this._community = undefined;
      this._communityExactMatch = undefined;
      this._ipAddressPrefixList = undefined;
      this._ipNextHopPrefixList = undefined;
      this._ipv6AddressPrefixList = undefined;
      this._largeCommunity = undefined;
      this._largeCommunityExactMatch = undefined;
      this._sourceProtocol = undefined;
    }
    else if (cdktf.Tokenization.isResolvable(value)) {
      this.isEmptyObject = false;
      this.resolvableValue = value;
    }
    else {
      this.isEmptyObject = Object.keys(value).length === 0;
      this.resolvableValue = undefined;
      this._asPath = value.asPath;
      this._community = value.community;
      this._communityExactMatch = value.communityExactMatch;
      this._ipAddressPrefixList = value.ipAddressPrefixList;
      this._ipNextHopPrefixList = value.ipNextHopPrefixList;
      this._ipv6AddressPrefixList = value.ipv6AddressPrefixList;
      this._largeCommunity = value.largeCommunity;
      this._largeCommunityExactMatch = value.largeCommunityExactMatch;
      this._sourceProtocol = value.sourceProtocol;
    }
  }

  // as_path - computed: false, optional: true, required: false
  private _asPath?: string; 
  public get asPath() {
    return this.getStringAttribute('as_path');
  }
  public set asPath(value: string) {
    this._asPath = value;
  }
  public resetAsPath() {
    this._asPath = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get asPathInput() {
    return this._asPath;
  }

  // community - computed: false, optional: true, required: false
  private _community?: string; 
  public get community() {
    return this.getStringAttribute('community');
  }
  public set community(value: string) {
    this._community = value;
  }
  public resetCommunity() {
    this._community = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get communityInput() {
    return this._community;
  }

  // community_exact_match - computed: false, optional: true, required: false
  private _communityExactMatch?: boolean | cdktf.IResolvable; 
  public get communityExactMatch() {
    return this.getBooleanAttribute('community_exact_match');
  }
  public set communityExactMatch(value: boolean | cdktf.IResolvable) {
    this._communityExactMatch = value;
  }
  public resetCommunityExactMatch() {
    this._communityExactMatch = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get communityExactMatchInput() {
    return this._communityExactMatch;
  }

  // ip_address_prefix_list - computed: false, optional: true, required: false
  private _ipAddressPrefixList?: string; 
  public get ipAddressPrefixList() {
    return this.getStringAttribute('ip_address_prefix_list');
  }
  public set ipAddressPrefixList(value: string) {
    this._ipAddressPrefixList = value;
  }
  public resetIpAddressPrefixList() {
    this._ipAddressPrefixList = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get ipAddressPrefixListInput() {
    return this._ipAddressPrefixList;
  }

  // ip_next_hop_prefix_list - computed: false, optional: true, required: false
  private _ipNextHopPrefixList?: string; 
  public get ipNextHopPrefixList() {
    return this.getStringAttribute('ip_next_hop_prefix_list');
  }
  public set ipNextHopPrefixList(value: string) {
    this._ipNextHopPrefixList = value;
  }
  public resetIpNextHopPrefixList() {
    this._ipNextHopPrefixList = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get ipNextHopPrefixListInput() {
    return this._ipNextHopPrefixList;
  }

  // ipv6_address_prefix_list - computed: false, optional: true, required: false
  private _ipv6AddressPrefixList?: string; 
  public get ipv6AddressPrefixList() {
    return this.getStringAttribute('ipv6_address_prefix_list');
  }
  public set ipv6AddressPrefixList(value: string) {
    this._ipv6AddressPrefixList = value;
  }
  public resetIpv6AddressPrefixList() {
    this._ipv6AddressPrefixList = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get ipv6AddressPrefixListInput() {
    return this._ipv6AddressPrefixList;
  }

  // large_community - computed: false, optional: true, required: false
  private _largeCommunity?: string; 
  public get largeCommunity() {
    return this.getStringAttribute('large_community');
  }
  public set largeCommunity(value: string) {
    this._largeCommunity = value;
  }
  public resetLargeCommunity() {
    this._largeCommunity = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get largeCommunityInput() {
    return this._largeCommunity;
  }

  // large_community_exact_match - computed: false, optional: true, required: false
  private _largeCommunityExactMatch?: boolean | cdktf.IResolvable; 
  public get largeCommunityExactMatch() {
    return this.getBooleanAttribute('large_community_exact_match');
  }
  public set largeCommunityExactMatch(value: boolean | cdktf.IResolvable) {
    this._largeCommunityExactMatch = value;
  }
  public resetLargeCommunityExactMatch() {
    this._largeCommunityExactMatch = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get largeCommunityExactMatchInput() {
    return this._largeCommunityExactMatch;
  }

  // source_protocol - computed: false, optional: true, required: false
  private _sourceProtocol?: string; 
  public get sourceProtocol() {
    return this.getStringAttribute('source_protocol');
  }
  public set sourceProtocol(value: string) {
    this._sourceProtocol = value;
  }
  public resetSourceProtocol() {
    this._sourceProtocol = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get sourceProtocolInput() {
    return this._sourceProtocol;
  }
}
export interface RouteMapEntriesSet {
  /**
  * Prepend these AS numbers to the AS path.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/frr-iac/frr/latest/docs/resources/route_map#as_path_prepend RouteMap#as_path_prepend}
  */
  readonly asPathPrepend?: number[];
  /**
  * Set these communities (replacing the route's unless `communityAdditive`).
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/frr-iac/frr/latest/docs/resources/route_map#community RouteMap#community}
  */
  readonly community?: string[];
  /**
  * Add `community` to the route's communities instead of replacing them. Default: false.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/frr-iac/frr/latest/docs/resources/route_map#community_additive RouteMap#community_additive}
  */
  readonly communityAdditive?: boolean | cdktf.IResolvable;
  /**
  * Set the IPv4 next hop (a unicast address).
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/frr-iac/frr/latest/docs/resources/route_map#ip_next_hop RouteMap#ip_next_hop}
  */
  readonly ipNextHop?: string;
  /**
  * Set the IPv6 global next hop (a global unicast address).
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/frr-iac/frr/latest/docs/resources/route_map#ipv6_next_hop_global RouteMap#ipv6_next_hop_global}
  */
  readonly ipv6NextHopGlobal?: string;
  /**
  * Set these large communities.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/frr-iac/frr/latest/docs/resources/route_map#large_community RouteMap#large_community}
  */
  readonly largeCommunity?: string[];
  /**
  * Add `largeCommunity` instead of replacing. Default: false.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/frr-iac/frr/latest/docs/resources/route_map#large_community_additive RouteMap#large_community_additive}
  */
  readonly largeCommunityAdditive?: boolean | cdktf.IResolvable;
  /**
  * Set LOCAL_PREF.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/frr-iac/frr/latest/docs/resources/route_map#local_preference RouteMap#local_preference}
  */
  readonly localPreference?: number;
  /**
  * Set MED.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/frr-iac/frr/latest/docs/resources/route_map#metric RouteMap#metric}
  */
  readonly metric?: number;
  /**
  * Set the origin attribute.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/frr-iac/frr/latest/docs/resources/route_map#origin RouteMap#origin}
  */
  readonly origin?: string;
  /**
  * Set the local weight.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/frr-iac/frr/latest/docs/resources/route_map#weight RouteMap#weight}
  */
  readonly weight?: number;
}

export function routeMapEntriesSetToTerraform(struct?: RouteMapEntriesSet | cdktf.IResolvable): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  return {
    as_path_prepend: cdktf.listMapper(cdktf.numberToTerraform, false)(struct!.asPathPrepend),
    community: cdktf.listMapper(cdktf.stringToTerraform, false)(struct!.community),
    community_additive: cdktf.booleanToTerraform(struct!.communityAdditive),
    ip_next_hop: cdktf.stringToTerraform(struct!.ipNextHop),
    ipv6_next_hop_global: cdktf.stringToTerraform(struct!.ipv6NextHopGlobal),
    large_community: cdktf.listMapper(cdktf.stringToTerraform, false)(struct!.largeCommunity),
    large_community_additive: cdktf.booleanToTerraform(struct!.largeCommunityAdditive),
    local_preference: cdktf.numberToTerraform(struct!.localPreference),
    metric: cdktf.numberToTerraform(struct!.metric),
    origin: cdktf.stringToTerraform(struct!.origin),
    weight: cdktf.numberToTerraform(struct!.weight),
  }
}


export function routeMapEntriesSetToHclTerraform(struct?: RouteMapEntriesSet | cdktf.IResolvable): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  const attrs = {
    as_path_prepend: {
      value: cdktf.listMapperHcl(cdktf.numberToHclTerraform, false)(struct!.asPathPrepend),
      isBlock: false,
      type: "list",
      storageClassType: "numberList",
    },
    community: {
      value: cdktf.listMapperHcl(cdktf.stringToHclTerraform, false)(struct!.community),
      isBlock: false,
      type: "list",
      storageClassType: "stringList",
    },
    community_additive: {
      value: cdktf.booleanToHclTerraform(struct!.communityAdditive),
      isBlock: false,
      type: "simple",
      storageClassType: "boolean",
    },
    ip_next_hop: {
      value: cdktf.stringToHclTerraform(struct!.ipNextHop),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    ipv6_next_hop_global: {
      value: cdktf.stringToHclTerraform(struct!.ipv6NextHopGlobal),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    large_community: {
      value: cdktf.listMapperHcl(cdktf.stringToHclTerraform, false)(struct!.largeCommunity),
      isBlock: false,
      type: "list",
      storageClassType: "stringList",
    },
    large_community_additive: {
      value: cdktf.booleanToHclTerraform(struct!.largeCommunityAdditive),
      isBlock: false,
      type: "simple",
      storageClassType: "boolean",
    },
    local_preference: {
      value: cdktf.numberToHclTerraform(struct!.localPreference),
      isBlock: false,
      type: "simple",
      storageClassType: "number",
    },
    metric: {
      value: cdktf.numberToHclTerraform(struct!.metric),
      isBlock: false,
      type: "simple",
      storageClassType: "number",
    },
    origin: {
      value: cdktf.stringToHclTerraform(struct!.origin),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    weight: {
      value: cdktf.numberToHclTerraform(struct!.weight),
      isBlock: false,
      type: "simple",
      storageClassType: "number",
    },
  };

  // remove undefined attributes
  return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined));
}

export class RouteMapEntriesSetOutputReference extends cdktf.ComplexObject {
  private isEmptyObject = false;
  private resolvableValue?: cdktf.IResolvable;

  /**
  * @param terraformResource The parent resource
  * @param terraformAttribute The attribute on the parent resource this class is referencing
  */
  public constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string) {
    super(terraformResource, terraformAttribute, false);
  }

  public get internalValue(): RouteMapEntriesSet | cdktf.IResolvable | undefined {
    if (this.resolvableValue) {
      return this.resolvableValue;
    }
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    if (this._asPathPrepend !== undefined) {
      hasAnyValues = true;
      internalValueResult.asPathPrepend = this._asPathPrepend;
    }
    if (this._community !== undefined) {
      hasAnyValues = true;
      internalValueResult.community = this._community;
    }
    if (this._communityAdditive !== undefined) {
      hasAnyValues = true;
      internalValueResult.communityAdditive = this._communityAdditive;
    }
    if (this._ipNextHop !== undefined) {
      hasAnyValues = true;
      internalValueResult.ipNextHop = this._ipNextHop;
    }
    if (this._ipv6NextHopGlobal !== undefined) {
      hasAnyValues = true;
      internalValueResult.ipv6NextHopGlobal = this._ipv6NextHopGlobal;
    }
    if (this._largeCommunity !== undefined) {
      hasAnyValues = true;
      internalValueResult.largeCommunity = this._largeCommunity;
    }
    if (this._largeCommunityAdditive !== undefined) {
      hasAnyValues = true;
      internalValueResult.largeCommunityAdditive = this._largeCommunityAdditive;
    }
    if (this._localPreference !== undefined) {
      hasAnyValues = true;
      internalValueResult.localPreference = this._localPreference;
    }
    if (this._metric !== undefined) {
      hasAnyValues = true;
      internalValueResult.metric = this._metric;
    }
    if (this._origin !== undefined) {
      hasAnyValues = true;
      internalValueResult.origin = this._origin;
    }
    if (this._weight !== undefined) {
      hasAnyValues = true;
      internalValueResult.weight = this._weight;
    }
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: RouteMapEntriesSet | cdktf.IResolvable | undefined) {
    if (value === undefined) {
      this.isEmptyObject = false;
      this.resolvableValue = undefined;
      this._asPathPrepend = undefined;
      this._community = undefined;
      this._communityAdditive = undefined;
      this._ipNextHop = undefined;
      this._ipv6NextHopGlobal = undefined;
      this._largeCommunity = undefined;
      this._largeCommunityAdditive = undefined;
      this._localPreference = undefined;
      this._metric = undefined;
      this._origin = undefined;
      this._weight = undefined;
    }
    else if (cdktf.Tokenization.isResolvable(value)) {
      this.isEmptyObject = false;
      this.resolvableValue = value;
    }
    else {
      this.isEmptyObject = Object.keys(value).length === 0;
      this.resolvableValue = undefined;
      this._asPathPrepend = value.asPathPrepend;
      this._community = value.community;
      this._communityAdditive = value.communityAdditive;
      this._ipNextHop = value.ipNextHop;
      this._ipv6NextHopGlobal = value.ipv6NextHopGlobal;
      this._largeCommunity = value.largeCommunity;
      this._largeCommunityAdditive = value.largeCommunityAdditive;
      this._localPreference = value.localPreference;
      this._metric = value.metric;
      this._origin = value.origin;
      this._weight = value.weight;
    }
  }

  // as_path_prepend - computed: false, optional: true, required: false
  private _asPathPrepend?: number[]; 
  public get asPathPrepend() {
    return this.getNumberListAttribute('as_path_prepend');
  }
  public set asPathPrepend(value: number[]) {
    this._asPathPrepend = value;
  }
  public resetAsPathPrepend() {
    this._asPathPrepend = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get asPathPrependInput() {
    return this._asPathPrepend;
  }

  // community - computed: false, optional: true, required: false
  private _community?: string[]; 
  public get community() {
    return this.getListAttribute('community');
  }
  public set community(value: string[]) {
    this._community = value;
  }
  public resetCommunity() {
    this._community = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get communityInput() {
    return this._community;
  }

  // community_additive - computed: false, optional: true, required: false
  private _communityAdditive?: boolean | cdktf.IResolvable; 
  public get communityAdditive() {
    return this.getBooleanAttribute('community_additive');
  }
  public set communityAdditive(value: boolean | cdktf.IResolvable) {
    this._communityAdditive = value;
  }
  public resetCommunityAdditive() {
    this._communityAdditive = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get communityAdditiveInput() {
    return this._communityAdditive;
  }

  // ip_next_hop - computed: false, optional: true, required: false
  private _ipNextHop?: string; 
  public get ipNextHop() {
    return this.getStringAttribute('ip_next_hop');
  }
  public set ipNextHop(value: string) {
    this._ipNextHop = value;
  }
  public resetIpNextHop() {
    this._ipNextHop = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get ipNextHopInput() {
    return this._ipNextHop;
  }

  // ipv6_next_hop_global - computed: false, optional: true, required: false
  private _ipv6NextHopGlobal?: string; 
  public get ipv6NextHopGlobal() {
    return this.getStringAttribute('ipv6_next_hop_global');
  }
  public set ipv6NextHopGlobal(value: string) {
    this._ipv6NextHopGlobal = value;
  }
  public resetIpv6NextHopGlobal() {
    this._ipv6NextHopGlobal = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get ipv6NextHopGlobalInput() {
    return this._ipv6NextHopGlobal;
  }

  // large_community - computed: false, optional: true, required: false
  private _largeCommunity?: string[]; 
  public get largeCommunity() {
    return this.getListAttribute('large_community');
  }
  public set largeCommunity(value: string[]) {
    this._largeCommunity = value;
  }
  public resetLargeCommunity() {
    this._largeCommunity = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get largeCommunityInput() {
    return this._largeCommunity;
  }

  // large_community_additive - computed: false, optional: true, required: false
  private _largeCommunityAdditive?: boolean | cdktf.IResolvable; 
  public get largeCommunityAdditive() {
    return this.getBooleanAttribute('large_community_additive');
  }
  public set largeCommunityAdditive(value: boolean | cdktf.IResolvable) {
    this._largeCommunityAdditive = value;
  }
  public resetLargeCommunityAdditive() {
    this._largeCommunityAdditive = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get largeCommunityAdditiveInput() {
    return this._largeCommunityAdditive;
  }

  // local_preference - computed: false, optional: true, required: false
  private _localPreference?: number; 
  public get localPreference() {
    return this.getNumberAttribute('local_preference');
  }
  public set localPreference(value: number) {
    this._localPreference = value;
  }
  public resetLocalPreference() {
    this._localPreference = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get localPreferenceInput() {
    return this._localPreference;
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

  // origin - computed: false, optional: true, required: false
  private _origin?: string; 
  public get origin() {
    return this.getStringAttribute('origin');
  }
  public set origin(value: string) {
    this._origin = value;
  }
  public resetOrigin() {
    this._origin = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get originInput() {
    return this._origin;
  }

  // weight - computed: false, optional: true, required: false
  private _weight?: number; 
  public get weight() {
    return this.getNumberAttribute('weight');
  }
  public set weight(value: number) {
    this._weight = value;
  }
  public resetWeight() {
    this._weight = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get weightInput() {
    return this._weight;
  }
}
export interface RouteMapEntries {
  /**
  * `permit` applies the `set` clauses to matching routes; `deny` rejects them.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/frr-iac/frr/latest/docs/resources/route_map#action RouteMap#action}
  */
  readonly action: string;
  /**
  * Also apply this route-map to matching routes (`call`).
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/frr-iac/frr/latest/docs/resources/route_map#call RouteMap#call}
  */
  readonly call?: string;
  /**
  * Free text describing the entry.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/frr-iac/frr/latest/docs/resources/route_map#description RouteMap#description}
  */
  readonly description?: string;
  /**
  * Conditions; all must hold (none = match everything).
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/frr-iac/frr/latest/docs/resources/route_map#match RouteMap#match}
  */
  readonly match?: RouteMapEntriesMatch;
  /**
  * After a match, continue at this sequence number (`on-match goto`).
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/frr-iac/frr/latest/docs/resources/route_map#on_match_goto RouteMap#on_match_goto}
  */
  readonly onMatchGoto?: number;
  /**
  * After a match, continue with the next entry (`on-match next`). Default: false.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/frr-iac/frr/latest/docs/resources/route_map#on_match_next RouteMap#on_match_next}
  */
  readonly onMatchNext?: boolean | cdktf.IResolvable;
  /**
  * Sequence number: order of evaluation and the entry's identity.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/frr-iac/frr/latest/docs/resources/route_map#seq RouteMap#seq}
  */
  readonly seq: number;
  /**
  * Changes applied to matching routes (permit entries).
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/frr-iac/frr/latest/docs/resources/route_map#set RouteMap#set}
  */
  readonly set?: RouteMapEntriesSet;
}

export function routeMapEntriesToTerraform(struct?: RouteMapEntries | cdktf.IResolvable): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  return {
    action: cdktf.stringToTerraform(struct!.action),
    call: cdktf.stringToTerraform(struct!.call),
    description: cdktf.stringToTerraform(struct!.description),
    match: routeMapEntriesMatchToTerraform(struct!.match),
    on_match_goto: cdktf.numberToTerraform(struct!.onMatchGoto),
    on_match_next: cdktf.booleanToTerraform(struct!.onMatchNext),
    seq: cdktf.numberToTerraform(struct!.seq),
    set: routeMapEntriesSetToTerraform(struct!.set),
  }
}


export function routeMapEntriesToHclTerraform(struct?: RouteMapEntries | cdktf.IResolvable): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  const attrs = {
    action: {
      value: cdktf.stringToHclTerraform(struct!.action),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    call: {
      value: cdktf.stringToHclTerraform(struct!.call),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    description: {
      value: cdktf.stringToHclTerraform(struct!.description),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    match: {
      value: routeMapEntriesMatchToHclTerraform(struct!.match),
      isBlock: true,
      type: "struct",
      storageClassType: "RouteMapEntriesMatch",
    },
    on_match_goto: {
      value: cdktf.numberToHclTerraform(struct!.onMatchGoto),
      isBlock: false,
      type: "simple",
      storageClassType: "number",
    },
    on_match_next: {
      value: cdktf.booleanToHclTerraform(struct!.onMatchNext),
      isBlock: false,
      type: "simple",
      storageClassType: "boolean",
    },
    seq: {
      value: cdktf.numberToHclTerraform(struct!.seq),
      isBlock: false,
      type: "simple",
      storageClassType: "number",
    },
    set: {
      value: routeMapEntriesSetToHclTerraform(struct!.set),
      isBlock: true,
      type: "struct",
      storageClassType: "RouteMapEntriesSet",
    },
  };

  // remove undefined attributes
  return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined));
}

export class RouteMapEntriesOutputReference extends cdktf.ComplexObject {
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

  public get internalValue(): RouteMapEntries | cdktf.IResolvable | undefined {
    if (this.resolvableValue) {
      return this.resolvableValue;
    }
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    if (this._action !== undefined) {
      hasAnyValues = true;
      internalValueResult.action = this._action;
    }
    if (this._call !== undefined) {
      hasAnyValues = true;
      internalValueResult.call = this._call;
    }
    if (this._description !== undefined) {
      hasAnyValues = true;
      internalValueResult.description = this._description;
    }
    if (this._match?.internalValue !== undefined) {
      hasAnyValues = true;
      internalValueResult.match = this._match?.internalValue;
    }
    if (this._onMatchGoto !== undefined) {
      hasAnyValues = true;
      internalValueResult.onMatchGoto = this._onMatchGoto;
    }
    if (this._onMatchNext !== undefined) {
      hasAnyValues = true;
      internalValueResult.onMatchNext = this._onMatchNext;
    }
    if (this._seq !== undefined) {
      hasAnyValues = true;
      internalValueResult.seq = this._seq;
    }
    if (this._set?.internalValue !== undefined) {
      hasAnyValues = true;
      internalValueResult.set = this._set?.internalValue;
    }
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: RouteMapEntries | cdktf.IResolvable | undefined) {
    if (value === undefined) {
      this.isEmptyObject = false;
      this.resolvableValue = undefined;
      this._action = undefined;
      this._call = undefined;
      this._description = undefined;
      this._match.internalValue = undefined;
      this._onMatchGoto = undefined;
      this._onMatchNext = undefined;
      this._seq = undefined;
      this._set.internalValue = undefined;
    }
    else if (cdktf.Tokenization.isResolvable(value)) {
      this.isEmptyObject = false;
      this.resolvableValue = value;
    }
    else {
      this.isEmptyObject = Object.keys(value).length === 0;
      this.resolvableValue = undefined;
      this._action = value.action;
      this._call = value.call;
      this._description = value.description;
      this._match.internalValue = value.match;
      this._onMatchGoto = value.onMatchGoto;
      this._onMatchNext = value.onMatchNext;
      this._seq = value.seq;
      this._set.internalValue = value.set;
    }
  }

  // action - computed: false, optional: false, required: true
  private _action?: string; 
  public get action() {
    return this.getStringAttribute('action');
  }
  public set action(value: string) {
    this._action = value;
  }
  // Temporarily expose input value. Use with caution.
  public get actionInput() {
    return this._action;
  }

  // call - computed: false, optional: true, required: false
  private _call?: string; 
  public get call() {
    return this.getStringAttribute('call');
  }
  public set call(value: string) {
    this._call = value;
  }
  public resetCall() {
    this._call = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get callInput() {
    return this._call;
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

  // match - computed: false, optional: true, required: false
  private _match = new RouteMapEntriesMatchOutputReference(this, "match");
  public get match() {
    return this._match;
  }
  public putMatch(value: RouteMapEntriesMatch) {
    this._match.internalValue = value;
  }
  public resetMatch() {
    this._match.internalValue = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get matchInput() {
    return this._match.internalValue;
  }

  // on_match_goto - computed: false, optional: true, required: false
  private _onMatchGoto?: number; 
  public get onMatchGoto() {
    return this.getNumberAttribute('on_match_goto');
  }
  public set onMatchGoto(value: number) {
    this._onMatchGoto = value;
  }
  public resetOnMatchGoto() {
    this._onMatchGoto = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get onMatchGotoInput() {
    return this._onMatchGoto;
  }

  // on_match_next - computed: false, optional: true, required: false
  private _onMatchNext?: boolean | cdktf.IResolvable; 
  public get onMatchNext() {
    return this.getBooleanAttribute('on_match_next');
  }
  public set onMatchNext(value: boolean | cdktf.IResolvable) {
    this._onMatchNext = value;
  }
  public resetOnMatchNext() {
    this._onMatchNext = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get onMatchNextInput() {
    return this._onMatchNext;
  }

  // seq - computed: false, optional: false, required: true
  private _seq?: number; 
  public get seq() {
    return this.getNumberAttribute('seq');
  }
  public set seq(value: number) {
    this._seq = value;
  }
  // Temporarily expose input value. Use with caution.
  public get seqInput() {
    return this._seq;
  }

  // set - computed: false, optional: true, required: false
  private _set = new RouteMapEntriesSetOutputReference(this, "set");
  public get set() {
    return this._set;
  }
  public putSet(value: RouteMapEntriesSet) {
    this._set.internalValue = value;
  }
  public resetSet() {
    this._set.internalValue = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get setInput() {
    return this._set.internalValue;
  }
}

export class RouteMapEntriesList extends cdktf.ComplexList {
  public internalValue? : RouteMapEntries[] | cdktf.IResolvable

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
  public get(index: number): RouteMapEntriesOutputReference {
    return new RouteMapEntriesOutputReference(this.terraformResource, this.terraformAttribute, index, this.wrapsSet);
  }
}

/**
* Represents a {@link https://registry.terraform.io/providers/frr-iac/frr/latest/docs/resources/route_map frr_route_map}
*/
export class RouteMap extends cdktf.TerraformResource {

  // =================
  // STATIC PROPERTIES
  // =================
  public static readonly tfResourceType = "frr_route_map";

  // ==============
  // STATIC Methods
  // ==============
  /**
  * Generates CDKTF code for importing a RouteMap resource upon running "cdktf plan <stack-name>"
  * @param scope The scope in which to define this construct
  * @param importToId The construct id used in the generated config for the RouteMap to import
  * @param importFromId The id of the existing RouteMap that should be imported. Refer to the {@link https://registry.terraform.io/providers/frr-iac/frr/latest/docs/resources/route_map#import import section} in the documentation of this resource for the id to use
  * @param provider? Optional instance of the provider where the RouteMap to import is found
  */
  public static generateConfigForImport(scope: Construct, importToId: string, importFromId: string, provider?: cdktf.TerraformProvider) {
        return new cdktf.ImportableResource(scope, importToId, { terraformResourceType: "frr_route_map", importId: importFromId, provider });
      }

  // ===========
  // INITIALIZER
  // ===========

  /**
  * Create a new {@link https://registry.terraform.io/providers/frr-iac/frr/latest/docs/resources/route_map frr_route_map} Resource
  *
  * @param scope The scope in which to define this construct
  * @param id The scoped construct ID. Must be unique amongst siblings in the same scope
  * @param options RouteMapConfig
  */
  public constructor(scope: Construct, id: string, config: RouteMapConfig) {
    super(scope, id, {
      terraformResourceType: 'frr_route_map',
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
    this._adopt = config.adopt;
    this._entries.internalValue = config.entries;
    this._name = config.name;
  }

  // ==========
  // ATTRIBUTES
  // ==========

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

  // entries - computed: false, optional: false, required: true
  private _entries = new RouteMapEntriesList(this, "entries", true);
  public get entries() {
    return this._entries;
  }
  public putEntries(value: RouteMapEntries[] | cdktf.IResolvable) {
    this._entries.internalValue = value;
  }
  // Temporarily expose input value. Use with caution.
  public get entriesInput() {
    return this._entries.internalValue;
  }

  // id - computed: true, optional: false, required: false
  public get id() {
    return this.getStringAttribute('id');
  }

  // name - computed: false, optional: false, required: true
  private _name?: string; 
  public get name() {
    return this.getStringAttribute('name');
  }
  public set name(value: string) {
    this._name = value;
  }
  // Temporarily expose input value. Use with caution.
  public get nameInput() {
    return this._name;
  }

  // =========
  // SYNTHESIS
  // =========

  protected override synthesizeAttributes(): { [name: string]: any } {
    return {
      adopt: cdktf.booleanToTerraform(this._adopt),
      entries: cdktf.listMapper(routeMapEntriesToTerraform, false)(this._entries.internalValue),
      name: cdktf.stringToTerraform(this._name),
    };
  }

  protected override synthesizeHclAttributes(): { [name: string]: any } {
    const attrs = {
      adopt: {
        value: cdktf.booleanToHclTerraform(this._adopt),
        isBlock: false,
        type: "simple",
        storageClassType: "boolean",
      },
      entries: {
        value: cdktf.listMapperHcl(routeMapEntriesToHclTerraform, false)(this._entries.internalValue),
        isBlock: true,
        type: "set",
        storageClassType: "RouteMapEntriesList",
      },
      name: {
        value: cdktf.stringToHclTerraform(this._name),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
    };

    // remove undefined attributes
    return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined ))
  }
}
