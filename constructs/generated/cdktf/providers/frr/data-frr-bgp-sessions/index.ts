// https://registry.terraform.io/providers/frr-iac/frr/latest/docs/data-sources/bgp_sessions
// generated from terraform resource schema

import { Construct } from 'constructs';
import * as cdktf from 'cdktf';

// Configuration

export interface DataFrrBgpSessionsConfig extends cdktf.TerraformMetaArguments {
  /**
  * Only sessions of this VRF (`default` for the default VRF).
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/frr-iac/frr/latest/docs/data-sources/bgp_sessions#vrf DataFrrBgpSessions#vrf}
  */
  readonly vrf?: string;
}
export interface DataFrrBgpSessionsSessions {
}

export function dataFrrBgpSessionsSessionsToTerraform(struct?: DataFrrBgpSessionsSessions): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  return {
  }
}


export function dataFrrBgpSessionsSessionsToHclTerraform(struct?: DataFrrBgpSessionsSessions): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  const attrs = {
  };
  return attrs;
}

export class DataFrrBgpSessionsSessionsOutputReference extends cdktf.ComplexObject {
  private isEmptyObject = false;

  /**
  * @param terraformResource The parent resource
  * @param terraformAttribute The attribute on the parent resource this class is referencing
  * @param complexObjectIndex the index of this item in the list
  * @param complexObjectIsFromSet whether the list is wrapping a set (will add tolist() to be able to access an item via an index)
  */
  public constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string, complexObjectIndex: number, complexObjectIsFromSet: boolean) {
    super(terraformResource, terraformAttribute, complexObjectIsFromSet, complexObjectIndex);
  }

  public get internalValue(): DataFrrBgpSessionsSessions | undefined {
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: DataFrrBgpSessionsSessions | undefined) {
    if (value === undefined) {
      this.isEmptyObject = false;
    }
    else {
      this.isEmptyObject = Object.keys(value).length === 0;
    }
  }

  // dynamic - computed: true, optional: false, required: false
  public get dynamic() {
    return this.getBooleanAttribute('dynamic');
  }

  // established - computed: true, optional: false, required: false
  public get established() {
    return this.getBooleanAttribute('established');
  }

  // last_reset_reason - computed: true, optional: false, required: false
  public get lastResetReason() {
    return this.getStringAttribute('last_reset_reason');
  }

  // neighbor - computed: true, optional: false, required: false
  public get neighbor() {
    return this.getStringAttribute('neighbor');
  }

  // peer_group - computed: true, optional: false, required: false
  public get peerGroup() {
    return this.getStringAttribute('peer_group');
  }

  // prefixes_received - computed: true, optional: false, required: false
  public get prefixesReceived() {
    return this.getNumberAttribute('prefixes_received');
  }

  // prefixes_sent - computed: true, optional: false, required: false
  public get prefixesSent() {
    return this.getNumberAttribute('prefixes_sent');
  }

  // remote_as - computed: true, optional: false, required: false
  public get remoteAs() {
    return this.getNumberAttribute('remote_as');
  }

  // state - computed: true, optional: false, required: false
  public get state() {
    return this.getStringAttribute('state');
  }

  // uptime_seconds - computed: true, optional: false, required: false
  public get uptimeSeconds() {
    return this.getNumberAttribute('uptime_seconds');
  }

  // vrf - computed: true, optional: false, required: false
  public get vrf() {
    return this.getStringAttribute('vrf');
  }
}

export class DataFrrBgpSessionsSessionsList extends cdktf.ComplexList {

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
  public get(index: number): DataFrrBgpSessionsSessionsOutputReference {
    return new DataFrrBgpSessionsSessionsOutputReference(this.terraformResource, this.terraformAttribute, index, this.wrapsSet);
  }
}

/**
* Represents a {@link https://registry.terraform.io/providers/frr-iac/frr/latest/docs/data-sources/bgp_sessions frr_bgp_sessions}
*/
export class DataFrrBgpSessions extends cdktf.TerraformDataSource {

  // =================
  // STATIC PROPERTIES
  // =================
  public static readonly tfResourceType = "frr_bgp_sessions";

  // ==============
  // STATIC Methods
  // ==============
  /**
  * Generates CDKTF code for importing a DataFrrBgpSessions resource upon running "cdktf plan <stack-name>"
  * @param scope The scope in which to define this construct
  * @param importToId The construct id used in the generated config for the DataFrrBgpSessions to import
  * @param importFromId The id of the existing DataFrrBgpSessions that should be imported. Refer to the {@link https://registry.terraform.io/providers/frr-iac/frr/latest/docs/data-sources/bgp_sessions#import import section} in the documentation of this resource for the id to use
  * @param provider? Optional instance of the provider where the DataFrrBgpSessions to import is found
  */
  public static generateConfigForImport(scope: Construct, importToId: string, importFromId: string, provider?: cdktf.TerraformProvider) {
        return new cdktf.ImportableResource(scope, importToId, { terraformResourceType: "frr_bgp_sessions", importId: importFromId, provider });
      }

  // ===========
  // INITIALIZER
  // ===========

  /**
  * Create a new {@link https://registry.terraform.io/providers/frr-iac/frr/latest/docs/data-sources/bgp_sessions frr_bgp_sessions} Data Source
  *
  * @param scope The scope in which to define this construct
  * @param id The scoped construct ID. Must be unique amongst siblings in the same scope
  * @param options DataFrrBgpSessionsConfig = {}
  */
  public constructor(scope: Construct, id: string, config: DataFrrBgpSessionsConfig = {}) {
    super(scope, id, {
      terraformResourceType: 'frr_bgp_sessions',
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
    this._vrf = config.vrf;
  }

  // ==========
  // ATTRIBUTES
  // ==========

  // sessions - computed: true, optional: false, required: false
  private _sessions = new DataFrrBgpSessionsSessionsList(this, "sessions", false);
  public get sessions() {
    return this._sessions;
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
      vrf: cdktf.stringToTerraform(this._vrf),
    };
  }

  protected override synthesizeHclAttributes(): { [name: string]: any } {
    const attrs = {
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
