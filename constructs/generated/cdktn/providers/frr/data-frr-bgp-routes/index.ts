// https://registry.terraform.io/providers/frr-iac/frr/latest/docs/data-sources/bgp_routes
// generated from terraform resource schema

import { Construct } from 'constructs';
import * as cdktn from 'cdktn';

// Configuration

export interface DataFrrBgpRoutesConfig extends cdktn.TerraformMetaArguments {
  /**
  * `ipv4` or `ipv6`. Default: the neighbor address's family.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/frr-iac/frr/latest/docs/data-sources/bgp_routes#address_family DataFrrBgpRoutes#address_family}
  */
  readonly addressFamily?: string;
  /**
  * Neighbor address.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/frr-iac/frr/latest/docs/data-sources/bgp_routes#neighbor DataFrrBgpRoutes#neighbor}
  */
  readonly neighbor: string;
  /**
  * VRF of the neighbor. Default: the default VRF.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/frr-iac/frr/latest/docs/data-sources/bgp_routes#vrf DataFrrBgpRoutes#vrf}
  */
  readonly vrf?: string;
}
export interface DataFrrBgpRoutesRoutes {
}

export function dataFrrBgpRoutesRoutesToTerraform(struct?: DataFrrBgpRoutesRoutes): any {
  if (!cdktn.canInspect(struct) || cdktn.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktn.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdktn.io/docs/concepts/resources#references");
  }
  return {
  }
}


export function dataFrrBgpRoutesRoutesToHclTerraform(struct?: DataFrrBgpRoutesRoutes): any {
  if (!cdktn.canInspect(struct) || cdktn.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktn.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdktn.io/docs/concepts/resources#references");
  }
  const attrs = {
  };
  return attrs;
}

export class DataFrrBgpRoutesRoutesOutputReference extends cdktn.ComplexObject {
  private isEmptyObject = false;

  /**
  * @param terraformResource The parent resource
  * @param terraformAttribute The attribute on the parent resource this class is referencing
  * @param complexObjectIndex the index of this item in the list
  * @param complexObjectIsFromSet whether the list is wrapping a set (will add tolist() to be able to access an item via an index)
  */
  public constructor(terraformResource: cdktn.IInterpolatingParent, terraformAttribute: string, complexObjectIndex: number, complexObjectIsFromSet: boolean) {
    super(terraformResource, terraformAttribute, complexObjectIsFromSet, complexObjectIndex);
  }

  public get internalValue(): DataFrrBgpRoutesRoutes | undefined {
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: DataFrrBgpRoutesRoutes | undefined) {
    if (value === undefined) {
      this.isEmptyObject = false;
    }
    else {
      this.isEmptyObject = Object.keys(value).length === 0;
    }
  }

  // as_path - computed: true, optional: false, required: false
  public get asPath() {
    return this.getStringAttribute('as_path');
  }

  // next_hop - computed: true, optional: false, required: false
  public get nextHop() {
    return this.getStringAttribute('next_hop');
  }

  // prefix - computed: true, optional: false, required: false
  public get prefix() {
    return this.getStringAttribute('prefix');
  }

  // reason - computed: true, optional: false, required: false
  public get reason() {
    return this.getStringAttribute('reason');
  }

  // status - computed: true, optional: false, required: false
  public get status() {
    return this.getStringAttribute('status');
  }
}

export class DataFrrBgpRoutesRoutesList extends cdktn.ComplexList {

  /**
  * @param terraformResource The parent resource
  * @param terraformAttribute The attribute on the parent resource this class is referencing
  * @param wrapsSet whether the list is wrapping a set (will add tolist() to be able to access an item via an index)
  */
  constructor(terraformResource: cdktn.IInterpolatingParent, terraformAttribute: string, wrapsSet: boolean) {
    super(terraformResource, terraformAttribute, wrapsSet);
  }

  /**
  * @param index the index of the item to return
  */
  public get(index: number): DataFrrBgpRoutesRoutesOutputReference {
    return new DataFrrBgpRoutesRoutesOutputReference(this.terraformResource, this.terraformAttribute, index, this.wrapsSet);
  }
}

/**
* Represents a {@link https://registry.terraform.io/providers/frr-iac/frr/latest/docs/data-sources/bgp_routes frr_bgp_routes}
*/
export class DataFrrBgpRoutes extends cdktn.TerraformDataSource {

  // =================
  // STATIC PROPERTIES
  // =================
  public static readonly tfResourceType = "frr_bgp_routes";

  // ==============
  // STATIC Methods
  // ==============
  /**
  * Generates CDKTN code for importing a DataFrrBgpRoutes resource upon running "cdktn plan <stack-name>"
  * @param scope The scope in which to define this construct
  * @param importToId The construct id used in the generated config for the DataFrrBgpRoutes to import
  * @param importFromId The id of the existing DataFrrBgpRoutes that should be imported. Refer to the {@link https://registry.terraform.io/providers/frr-iac/frr/latest/docs/data-sources/bgp_routes#import import section} in the documentation of this resource for the id to use
  * @param provider? Optional instance of the provider where the DataFrrBgpRoutes to import is found
  */
  public static generateConfigForImport(scope: Construct, importToId: string, importFromId: string, provider?: cdktn.TerraformProvider) {
        return new cdktn.ImportableResource(scope, importToId, { terraformResourceType: "frr_bgp_routes", importId: importFromId, provider });
      }

  // ===========
  // INITIALIZER
  // ===========

  /**
  * Create a new {@link https://registry.terraform.io/providers/frr-iac/frr/latest/docs/data-sources/bgp_routes frr_bgp_routes} Data Source
  *
  * @param scope The scope in which to define this construct
  * @param id The scoped construct ID. Must be unique amongst siblings in the same scope
  * @param options DataFrrBgpRoutesConfig
  */
  public constructor(scope: Construct, id: string, config: DataFrrBgpRoutesConfig) {
    super(scope, id, {
      terraformResourceType: 'frr_bgp_routes',
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
    this._addressFamily = config.addressFamily;
    this._neighbor = config.neighbor;
    this._vrf = config.vrf;
  }

  // ==========
  // ATTRIBUTES
  // ==========

  // accepted - computed: true, optional: false, required: false
  public get accepted() {
    return this.getNumberAttribute('accepted');
  }

  // address_family - computed: false, optional: true, required: false
  private _addressFamily?: string; 
  public get addressFamily() {
    return this.getStringAttribute('address_family');
  }
  public set addressFamily(value: string) {
    this._addressFamily = value;
  }
  public resetAddressFamily() {
    this._addressFamily = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get addressFamilyInput() {
    return this._addressFamily;
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

  // received_known - computed: true, optional: false, required: false
  public get receivedKnown() {
    return this.getBooleanAttribute('received_known');
  }

  // rejected - computed: true, optional: false, required: false
  public get rejected() {
    return this.getNumberAttribute('rejected');
  }

  // routes - computed: true, optional: false, required: false
  private _routes = new DataFrrBgpRoutesRoutesList(this, "routes", false);
  public get routes() {
    return this._routes;
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
      address_family: cdktn.stringToTerraform(this._addressFamily),
      neighbor: cdktn.stringToTerraform(this._neighbor),
      vrf: cdktn.stringToTerraform(this._vrf),
    };
  }

  protected override synthesizeHclAttributes(): { [name: string]: any } {
    const attrs = {
      address_family: {
        value: cdktn.stringToHclTerraform(this._addressFamily),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      neighbor: {
        value: cdktn.stringToHclTerraform(this._neighbor),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      vrf: {
        value: cdktn.stringToHclTerraform(this._vrf),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
    };

    // remove undefined attributes
    return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined ))
  }
}
