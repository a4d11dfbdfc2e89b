// https://registry.terraform.io/providers/frr-iac/frr/latest/docs/resources/bgp_advertisement
// generated from terraform resource schema

import { Construct } from 'constructs';
import * as cdktf from 'cdktf';

// Configuration

export interface BgpAdvertisementConfig extends cdktf.TerraformMetaArguments {
  /**
  * Take over matching configuration that already exists on the host. Without it, creating a resource whose lines exist with different values fails instead of overwriting hand-made configuration. Default: false.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/frr-iac/frr/latest/docs/resources/bgp_advertisement#adopt BgpAdvertisement#adopt}
  */
  readonly adopt?: boolean | cdktf.IResolvable;
  /**
  * Aggregates only: keep an AS_SET of the aggregated paths. Default: false.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/frr-iac/frr/latest/docs/resources/bgp_advertisement#as_set BgpAdvertisement#as_set}
  */
  readonly asSet?: boolean | cdktf.IResolvable;
  /**
  * Communities attached to the route.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/frr-iac/frr/latest/docs/resources/bgp_advertisement#communities BgpAdvertisement#communities}
  */
  readonly communities?: string[];
  /**
  * Large communities attached to the route.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/frr-iac/frr/latest/docs/resources/bgp_advertisement#large_communities BgpAdvertisement#large_communities}
  */
  readonly largeCommunities?: string[];
  /**
  * LOCAL_PREF attached to the route (seen by iBGP neighbors).
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/frr-iac/frr/latest/docs/resources/bgp_advertisement#local_preference BgpAdvertisement#local_preference}
  */
  readonly localPreference?: number;
  /**
  * MED (multi-exit discriminator) attached to the route.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/frr-iac/frr/latest/docs/resources/bgp_advertisement#med BgpAdvertisement#med}
  */
  readonly med?: number;
  /**
  * Next hop announced with the prefix (a unicast address of the prefix's family).
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/frr-iac/frr/latest/docs/resources/bgp_advertisement#next_hop BgpAdvertisement#next_hop}
  */
  readonly nextHop?: string;
  /**
  * The prefix to originate (no host bits). Its family picks the address family. Changing it replaces the resource.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/frr-iac/frr/latest/docs/resources/bgp_advertisement#prefix BgpAdvertisement#prefix}
  */
  readonly prefix: string;
  /**
  * The speaker (BGP instance) this belongs to: the `id` of a Speaker, `"ASN"` or `"ASN/vrf/NAME"`. Changing it replaces the resource.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/frr-iac/frr/latest/docs/resources/bgp_advertisement#speaker BgpAdvertisement#speaker}
  */
  readonly speaker: string;
  /**
  * Aggregates only: suppress the more specific routes. Default: false.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/frr-iac/frr/latest/docs/resources/bgp_advertisement#summary_only BgpAdvertisement#summary_only}
  */
  readonly summaryOnly?: boolean | cdktf.IResolvable;
  /**
  * `network`: originate the prefix when it is in the routing table. `aggregate`: originate it when a more specific route is in the BGP table. Default: "network". Changing it replaces the resource.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/frr-iac/frr/latest/docs/resources/bgp_advertisement#type BgpAdvertisement#type}
  */
  readonly type?: string;
}
export interface BgpAdvertisementStatus {
}

export function bgpAdvertisementStatusToTerraform(struct?: BgpAdvertisementStatus): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  return {
  }
}


export function bgpAdvertisementStatusToHclTerraform(struct?: BgpAdvertisementStatus): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  const attrs = {
  };
  return attrs;
}

export class BgpAdvertisementStatusOutputReference extends cdktf.ComplexObject {
  private isEmptyObject = false;

  /**
  * @param terraformResource The parent resource
  * @param terraformAttribute The attribute on the parent resource this class is referencing
  */
  public constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string) {
    super(terraformResource, terraformAttribute, false);
  }

  public get internalValue(): BgpAdvertisementStatus | undefined {
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: BgpAdvertisementStatus | undefined) {
    if (value === undefined) {
      this.isEmptyObject = false;
    }
    else {
      this.isEmptyObject = Object.keys(value).length === 0;
    }
  }

  // advertised_to - computed: true, optional: false, required: false
  public get advertisedTo() {
    return this.getNumberAttribute('advertised_to');
  }

  // in_bgp_table - computed: true, optional: false, required: false
  public get inBgpTable() {
    return this.getBooleanAttribute('in_bgp_table');
  }
}

/**
* Represents a {@link https://registry.terraform.io/providers/frr-iac/frr/latest/docs/resources/bgp_advertisement frr_bgp_advertisement}
*/
export class BgpAdvertisement extends cdktf.TerraformResource {

  // =================
  // STATIC PROPERTIES
  // =================
  public static readonly tfResourceType = "frr_bgp_advertisement";

  // ==============
  // STATIC Methods
  // ==============
  /**
  * Generates CDKTF code for importing a BgpAdvertisement resource upon running "cdktf plan <stack-name>"
  * @param scope The scope in which to define this construct
  * @param importToId The construct id used in the generated config for the BgpAdvertisement to import
  * @param importFromId The id of the existing BgpAdvertisement that should be imported. Refer to the {@link https://registry.terraform.io/providers/frr-iac/frr/latest/docs/resources/bgp_advertisement#import import section} in the documentation of this resource for the id to use
  * @param provider? Optional instance of the provider where the BgpAdvertisement to import is found
  */
  public static generateConfigForImport(scope: Construct, importToId: string, importFromId: string, provider?: cdktf.TerraformProvider) {
        return new cdktf.ImportableResource(scope, importToId, { terraformResourceType: "frr_bgp_advertisement", importId: importFromId, provider });
      }

  // ===========
  // INITIALIZER
  // ===========

  /**
  * Create a new {@link https://registry.terraform.io/providers/frr-iac/frr/latest/docs/resources/bgp_advertisement frr_bgp_advertisement} Resource
  *
  * @param scope The scope in which to define this construct
  * @param id The scoped construct ID. Must be unique amongst siblings in the same scope
  * @param options BgpAdvertisementConfig
  */
  public constructor(scope: Construct, id: string, config: BgpAdvertisementConfig) {
    super(scope, id, {
      terraformResourceType: 'frr_bgp_advertisement',
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
    this._asSet = config.asSet;
    this._communities = config.communities;
    this._largeCommunities = config.largeCommunities;
    this._localPreference = config.localPreference;
    this._med = config.med;
    this._nextHop = config.nextHop;
    this._prefix = config.prefix;
    this._speaker = config.speaker;
    this._summaryOnly = config.summaryOnly;
    this._type = config.type;
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

  // as_set - computed: false, optional: true, required: false
  private _asSet?: boolean | cdktf.IResolvable; 
  public get asSet() {
    return this.getBooleanAttribute('as_set');
  }
  public set asSet(value: boolean | cdktf.IResolvable) {
    this._asSet = value;
  }
  public resetAsSet() {
    this._asSet = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get asSetInput() {
    return this._asSet;
  }

  // communities - computed: false, optional: true, required: false
  private _communities?: string[]; 
  public get communities() {
    return this.getListAttribute('communities');
  }
  public set communities(value: string[]) {
    this._communities = value;
  }
  public resetCommunities() {
    this._communities = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get communitiesInput() {
    return this._communities;
  }

  // id - computed: true, optional: false, required: false
  public get id() {
    return this.getStringAttribute('id');
  }

  // large_communities - computed: false, optional: true, required: false
  private _largeCommunities?: string[]; 
  public get largeCommunities() {
    return this.getListAttribute('large_communities');
  }
  public set largeCommunities(value: string[]) {
    this._largeCommunities = value;
  }
  public resetLargeCommunities() {
    this._largeCommunities = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get largeCommunitiesInput() {
    return this._largeCommunities;
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

  // med - computed: false, optional: true, required: false
  private _med?: number; 
  public get med() {
    return this.getNumberAttribute('med');
  }
  public set med(value: number) {
    this._med = value;
  }
  public resetMed() {
    this._med = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get medInput() {
    return this._med;
  }

  // next_hop - computed: false, optional: true, required: false
  private _nextHop?: string; 
  public get nextHop() {
    return this.getStringAttribute('next_hop');
  }
  public set nextHop(value: string) {
    this._nextHop = value;
  }
  public resetNextHop() {
    this._nextHop = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get nextHopInput() {
    return this._nextHop;
  }

  // prefix - computed: false, optional: false, required: true
  private _prefix?: string; 
  public get prefix() {
    return this.getStringAttribute('prefix');
  }
  public set prefix(value: string) {
    this._prefix = value;
  }
  // Temporarily expose input value. Use with caution.
  public get prefixInput() {
    return this._prefix;
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
  private _status = new BgpAdvertisementStatusOutputReference(this, "status");
  public get status() {
    return this._status;
  }

  // summary_only - computed: false, optional: true, required: false
  private _summaryOnly?: boolean | cdktf.IResolvable; 
  public get summaryOnly() {
    return this.getBooleanAttribute('summary_only');
  }
  public set summaryOnly(value: boolean | cdktf.IResolvable) {
    this._summaryOnly = value;
  }
  public resetSummaryOnly() {
    this._summaryOnly = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get summaryOnlyInput() {
    return this._summaryOnly;
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

  // =========
  // SYNTHESIS
  // =========

  protected override synthesizeAttributes(): { [name: string]: any } {
    return {
      adopt: cdktf.booleanToTerraform(this._adopt),
      as_set: cdktf.booleanToTerraform(this._asSet),
      communities: cdktf.listMapper(cdktf.stringToTerraform, false)(this._communities),
      large_communities: cdktf.listMapper(cdktf.stringToTerraform, false)(this._largeCommunities),
      local_preference: cdktf.numberToTerraform(this._localPreference),
      med: cdktf.numberToTerraform(this._med),
      next_hop: cdktf.stringToTerraform(this._nextHop),
      prefix: cdktf.stringToTerraform(this._prefix),
      speaker: cdktf.stringToTerraform(this._speaker),
      summary_only: cdktf.booleanToTerraform(this._summaryOnly),
      type: cdktf.stringToTerraform(this._type),
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
      as_set: {
        value: cdktf.booleanToHclTerraform(this._asSet),
        isBlock: false,
        type: "simple",
        storageClassType: "boolean",
      },
      communities: {
        value: cdktf.listMapperHcl(cdktf.stringToHclTerraform, false)(this._communities),
        isBlock: false,
        type: "list",
        storageClassType: "stringList",
      },
      large_communities: {
        value: cdktf.listMapperHcl(cdktf.stringToHclTerraform, false)(this._largeCommunities),
        isBlock: false,
        type: "list",
        storageClassType: "stringList",
      },
      local_preference: {
        value: cdktf.numberToHclTerraform(this._localPreference),
        isBlock: false,
        type: "simple",
        storageClassType: "number",
      },
      med: {
        value: cdktf.numberToHclTerraform(this._med),
        isBlock: false,
        type: "simple",
        storageClassType: "number",
      },
      next_hop: {
        value: cdktf.stringToHclTerraform(this._nextHop),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      prefix: {
        value: cdktf.stringToHclTerraform(this._prefix),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      speaker: {
        value: cdktf.stringToHclTerraform(this._speaker),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      summary_only: {
        value: cdktf.booleanToHclTerraform(this._summaryOnly),
        isBlock: false,
        type: "simple",
        storageClassType: "boolean",
      },
      type: {
        value: cdktf.stringToHclTerraform(this._type),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
    };

    // remove undefined attributes
    return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined ))
  }
}
