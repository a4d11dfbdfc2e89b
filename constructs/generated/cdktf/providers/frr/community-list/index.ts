// https://registry.terraform.io/providers/frr-iac/frr/latest/docs/resources/community_list
// generated from terraform resource schema

import { Construct } from 'constructs';
import * as cdktf from 'cdktf';

// Configuration

export interface CommunityListConfig extends cdktf.TerraformMetaArguments {
  /**
  * Take over matching configuration that already exists on the host. Without it, creating a resource whose lines exist with different values fails instead of overwriting hand-made configuration. Default: false.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/frr-iac/frr/latest/docs/resources/community_list#adopt CommunityList#adopt}
  */
  readonly adopt?: boolean | cdktf.IResolvable;
  /**
  * Entries, matched in ascending `seq` order.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/frr-iac/frr/latest/docs/resources/community_list#entries CommunityList#entries}
  */
  readonly entries: CommunityListEntries[] | cdktf.IResolvable;
  /**
  * Name of the community list. Changing it replaces the resource.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/frr-iac/frr/latest/docs/resources/community_list#name CommunityList#name}
  */
  readonly name: string;
  /**
  * `standard` for communities (AA:NN), `large` for large communities (GA:LD1:LD2). Default: "standard". Changing it replaces the resource.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/frr-iac/frr/latest/docs/resources/community_list#type CommunityList#type}
  */
  readonly type?: string;
}
export interface CommunityListEntries {
  /**
  * What a matching route gets.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/frr-iac/frr/latest/docs/resources/community_list#action CommunityList#action}
  */
  readonly action: string;
  /**
  * Communities that must all be present.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/frr-iac/frr/latest/docs/resources/community_list#communities CommunityList#communities}
  */
  readonly communities: string[];
  /**
  * Sequence number.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/frr-iac/frr/latest/docs/resources/community_list#seq CommunityList#seq}
  */
  readonly seq: number;
}

export function communityListEntriesToTerraform(struct?: CommunityListEntries | cdktf.IResolvable): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  return {
    action: cdktf.stringToTerraform(struct!.action),
    communities: cdktf.listMapper(cdktf.stringToTerraform, false)(struct!.communities),
    seq: cdktf.numberToTerraform(struct!.seq),
  }
}


export function communityListEntriesToHclTerraform(struct?: CommunityListEntries | cdktf.IResolvable): any {
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
    communities: {
      value: cdktf.listMapperHcl(cdktf.stringToHclTerraform, false)(struct!.communities),
      isBlock: false,
      type: "list",
      storageClassType: "stringList",
    },
    seq: {
      value: cdktf.numberToHclTerraform(struct!.seq),
      isBlock: false,
      type: "simple",
      storageClassType: "number",
    },
  };

  // remove undefined attributes
  return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined));
}

export class CommunityListEntriesOutputReference extends cdktf.ComplexObject {
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

  public get internalValue(): CommunityListEntries | cdktf.IResolvable | undefined {
    if (this.resolvableValue) {
      return this.resolvableValue;
    }
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    if (this._action !== undefined) {
      hasAnyValues = true;
      internalValueResult.action = this._action;
    }
    if (this._communities !== undefined) {
      hasAnyValues = true;
      internalValueResult.communities = this._communities;
    }
    if (this._seq !== undefined) {
      hasAnyValues = true;
      internalValueResult.seq = this._seq;
    }
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: CommunityListEntries | cdktf.IResolvable | undefined) {
    if (value === undefined) {
      this.isEmptyObject = false;
      this.resolvableValue = undefined;
      this._action = undefined;
      this._communities = undefined;
      this._seq = undefined;
    }
    else if (cdktf.Tokenization.isResolvable(value)) {
      this.isEmptyObject = false;
      this.resolvableValue = value;
    }
    else {
      this.isEmptyObject = Object.keys(value).length === 0;
      this.resolvableValue = undefined;
      this._action = value.action;
      this._communities = value.communities;
      this._seq = value.seq;
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

  // communities - computed: false, optional: false, required: true
  private _communities?: string[]; 
  public get communities() {
    return this.getListAttribute('communities');
  }
  public set communities(value: string[]) {
    this._communities = value;
  }
  // Temporarily expose input value. Use with caution.
  public get communitiesInput() {
    return this._communities;
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
}

export class CommunityListEntriesList extends cdktf.ComplexList {
  public internalValue? : CommunityListEntries[] | cdktf.IResolvable

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
  public get(index: number): CommunityListEntriesOutputReference {
    return new CommunityListEntriesOutputReference(this.terraformResource, this.terraformAttribute, index, this.wrapsSet);
  }
}

/**
* Represents a {@link https://registry.terraform.io/providers/frr-iac/frr/latest/docs/resources/community_list frr_community_list}
*/
export class CommunityList extends cdktf.TerraformResource {

  // =================
  // STATIC PROPERTIES
  // =================
  public static readonly tfResourceType = "frr_community_list";

  // ==============
  // STATIC Methods
  // ==============
  /**
  * Generates CDKTF code for importing a CommunityList resource upon running "cdktf plan <stack-name>"
  * @param scope The scope in which to define this construct
  * @param importToId The construct id used in the generated config for the CommunityList to import
  * @param importFromId The id of the existing CommunityList that should be imported. Refer to the {@link https://registry.terraform.io/providers/frr-iac/frr/latest/docs/resources/community_list#import import section} in the documentation of this resource for the id to use
  * @param provider? Optional instance of the provider where the CommunityList to import is found
  */
  public static generateConfigForImport(scope: Construct, importToId: string, importFromId: string, provider?: cdktf.TerraformProvider) {
        return new cdktf.ImportableResource(scope, importToId, { terraformResourceType: "frr_community_list", importId: importFromId, provider });
      }

  // ===========
  // INITIALIZER
  // ===========

  /**
  * Create a new {@link https://registry.terraform.io/providers/frr-iac/frr/latest/docs/resources/community_list frr_community_list} Resource
  *
  * @param scope The scope in which to define this construct
  * @param id The scoped construct ID. Must be unique amongst siblings in the same scope
  * @param options CommunityListConfig
  */
  public constructor(scope: Construct, id: string, config: CommunityListConfig) {
    super(scope, id, {
      terraformResourceType: 'frr_community_list',
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

  // entries - computed: false, optional: false, required: true
  private _entries = new CommunityListEntriesList(this, "entries", true);
  public get entries() {
    return this._entries;
  }
  public putEntries(value: CommunityListEntries[] | cdktf.IResolvable) {
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
      entries: cdktf.listMapper(communityListEntriesToTerraform, false)(this._entries.internalValue),
      name: cdktf.stringToTerraform(this._name),
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
      entries: {
        value: cdktf.listMapperHcl(communityListEntriesToHclTerraform, false)(this._entries.internalValue),
        isBlock: true,
        type: "set",
        storageClassType: "CommunityListEntriesList",
      },
      name: {
        value: cdktf.stringToHclTerraform(this._name),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
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
