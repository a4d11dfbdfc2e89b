// https://registry.terraform.io/providers/frr-iac/frr/latest/docs/resources/bgp_listen_range
// generated from terraform resource schema

import { Construct } from 'constructs';
import * as cdktn from 'cdktn';

// Configuration

export interface BgpListenRangeConfig extends cdktn.TerraformMetaArguments {
  /**
  * Take over matching configuration that already exists on the host. Without it, creating a resource whose lines exist with different values fails instead of overwriting hand-made configuration. Default: false.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/frr-iac/frr/latest/docs/resources/bgp_listen_range#adopt BgpListenRange#adopt}
  */
  readonly adopt?: boolean | cdktn.IResolvable;
  /**
  * Peer-group (a Peer with `type: "peer-group"`) whose settings dynamic neighbors take. Changing it replaces the resource.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/frr-iac/frr/latest/docs/resources/bgp_listen_range#peer_group BgpListenRange#peer_group}
  */
  readonly peerGroup: string;
  /**
  * Neighbors connecting from addresses in this prefix are accepted as dynamic neighbors. Changing it replaces the resource.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/frr-iac/frr/latest/docs/resources/bgp_listen_range#prefix BgpListenRange#prefix}
  */
  readonly prefix: string;
  /**
  * The speaker (BGP instance) this belongs to: the `id` of a Speaker, `"ASN"` or `"ASN/vrf/NAME"`. Changing it replaces the resource.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/frr-iac/frr/latest/docs/resources/bgp_listen_range#speaker BgpListenRange#speaker}
  */
  readonly speaker: string;
}
export interface BgpListenRangeStatus {
}

export function bgpListenRangeStatusToTerraform(struct?: BgpListenRangeStatus): any {
  if (!cdktn.canInspect(struct) || cdktn.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktn.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdktn.io/docs/concepts/resources#references");
  }
  return {
  }
}


export function bgpListenRangeStatusToHclTerraform(struct?: BgpListenRangeStatus): any {
  if (!cdktn.canInspect(struct) || cdktn.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktn.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdktn.io/docs/concepts/resources#references");
  }
  const attrs = {
  };
  return attrs;
}

export class BgpListenRangeStatusOutputReference extends cdktn.ComplexObject {
  private isEmptyObject = false;

  /**
  * @param terraformResource The parent resource
  * @param terraformAttribute The attribute on the parent resource this class is referencing
  */
  public constructor(terraformResource: cdktn.IInterpolatingParent, terraformAttribute: string) {
    super(terraformResource, terraformAttribute, false);
  }

  public get internalValue(): BgpListenRangeStatus | undefined {
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: BgpListenRangeStatus | undefined) {
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
}

/**
* Represents a {@link https://registry.terraform.io/providers/frr-iac/frr/latest/docs/resources/bgp_listen_range frr_bgp_listen_range}
*/
export class BgpListenRange extends cdktn.TerraformResource {

  // =================
  // STATIC PROPERTIES
  // =================
  public static readonly tfResourceType = "frr_bgp_listen_range";

  // ==============
  // STATIC Methods
  // ==============
  /**
  * Generates CDKTN code for importing a BgpListenRange resource upon running "cdktn plan <stack-name>"
  * @param scope The scope in which to define this construct
  * @param importToId The construct id used in the generated config for the BgpListenRange to import
  * @param importFromId The id of the existing BgpListenRange that should be imported. Refer to the {@link https://registry.terraform.io/providers/frr-iac/frr/latest/docs/resources/bgp_listen_range#import import section} in the documentation of this resource for the id to use
  * @param provider? Optional instance of the provider where the BgpListenRange to import is found
  */
  public static generateConfigForImport(scope: Construct, importToId: string, importFromId: string, provider?: cdktn.TerraformProvider) {
        return new cdktn.ImportableResource(scope, importToId, { terraformResourceType: "frr_bgp_listen_range", importId: importFromId, provider });
      }

  // ===========
  // INITIALIZER
  // ===========

  /**
  * Create a new {@link https://registry.terraform.io/providers/frr-iac/frr/latest/docs/resources/bgp_listen_range frr_bgp_listen_range} Resource
  *
  * @param scope The scope in which to define this construct
  * @param id The scoped construct ID. Must be unique amongst siblings in the same scope
  * @param options BgpListenRangeConfig
  */
  public constructor(scope: Construct, id: string, config: BgpListenRangeConfig) {
    super(scope, id, {
      terraformResourceType: 'frr_bgp_listen_range',
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
    this._peerGroup = config.peerGroup;
    this._prefix = config.prefix;
    this._speaker = config.speaker;
  }

  // ==========
  // ATTRIBUTES
  // ==========

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

  // id - computed: true, optional: false, required: false
  public get id() {
    return this.getStringAttribute('id');
  }

  // peer_group - computed: false, optional: false, required: true
  private _peerGroup?: string; 
  public get peerGroup() {
    return this.getStringAttribute('peer_group');
  }
  public set peerGroup(value: string) {
    this._peerGroup = value;
  }
  // Temporarily expose input value. Use with caution.
  public get peerGroupInput() {
    return this._peerGroup;
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
  private _status = new BgpListenRangeStatusOutputReference(this, "status");
  public get status() {
    return this._status;
  }

  // =========
  // SYNTHESIS
  // =========

  protected override synthesizeAttributes(): { [name: string]: any } {
    return {
      adopt: cdktn.booleanToTerraform(this._adopt),
      peer_group: cdktn.stringToTerraform(this._peerGroup),
      prefix: cdktn.stringToTerraform(this._prefix),
      speaker: cdktn.stringToTerraform(this._speaker),
    };
  }

  protected override synthesizeHclAttributes(): { [name: string]: any } {
    const attrs = {
      adopt: {
        value: cdktn.booleanToHclTerraform(this._adopt),
        isBlock: false,
        type: "simple",
        storageClassType: "boolean",
      },
      peer_group: {
        value: cdktn.stringToHclTerraform(this._peerGroup),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      prefix: {
        value: cdktn.stringToHclTerraform(this._prefix),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      speaker: {
        value: cdktn.stringToHclTerraform(this._speaker),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
    };

    // remove undefined attributes
    return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined ))
  }
}
