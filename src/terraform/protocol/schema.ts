import { containsDynamic, parseCtyType, type CtyType, type ObjectType } from "./cty-type";

/**
 * The schema model a provider implementation declares. It maps one to one onto tfplugin6
 * `Schema` messages and onto `terraform providers schema -json`. Deliberately absent: block
 * nesting `group` and tuple types (neither survives @cdktf/provider-generator), write-only
 * attributes and computed blocks (not needed, newer than Terraform 1.11).
 */
export type DescriptionKind = "plain" | "markdown";

export interface Attribute {
  /** Exactly one of `type` and `nestedType`. */
  readonly type?: CtyType;
  readonly nestedType?: NestedAttributes;
  readonly description?: string;
  /** @default "plain" */
  readonly descriptionKind?: DescriptionKind;
  readonly required?: boolean;
  readonly optional?: boolean;
  readonly computed?: boolean;
  readonly sensitive?: boolean;
  readonly deprecated?: boolean;
}

export type AttributeNesting = "single" | "list" | "set" | "map";
export type BlockNesting = "single" | "list" | "set" | "map";

export interface NestedAttributes {
  readonly nesting: AttributeNesting;
  readonly attributes: { readonly [name: string]: Attribute };
}

export interface Block {
  readonly attributes?: { readonly [name: string]: Attribute };
  readonly blockTypes?: { readonly [name: string]: NestedBlock };
  readonly description?: string;
  /** @default "plain" */
  readonly descriptionKind?: DescriptionKind;
  readonly deprecated?: boolean;
}

export interface NestedBlock {
  readonly nesting: BlockNesting;
  readonly block: Block;
  /** @default 0 (no minimum) */
  readonly minItems?: number;
  /** @default 0 (no maximum) */
  readonly maxItems?: number;
}

export interface Schema {
  /** State schema version, passed back in UpgradeResourceState. @default 0 */
  readonly version?: number;
  readonly block: Block;
}

export interface ProviderSchema {
  readonly provider: Schema;
  readonly resources: { readonly [typeName: string]: Schema };
  readonly dataSources?: { readonly [typeName: string]: Schema };
}

export function blockAttributes(block: Block): ReadonlyArray<[string, Attribute]> {
  return Object.entries(block.attributes ?? {});
}

export function blockTypes(block: Block): ReadonlyArray<[string, NestedBlock]> {
  return Object.entries(block.blockTypes ?? {});
}

/** The object type a block's values have (attributes and nested blocks). */
export function impliedType(block: Block): ObjectType {
  const attrs: Record<string, CtyType> = {};
  for (const [name, attr] of blockAttributes(block)) attrs[name] = attributeType(attr);
  for (const [name, nested] of blockTypes(block)) attrs[name] = nestedBlockType(nested);
  return ["object", attrs] as const;
}

export function attributeType(attr: Attribute): CtyType {
  if (attr.nestedType) return nestedAttributesType(attr.nestedType);
  if (attr.type === undefined) throw new Error("attribute has neither type nor nestedType");
  return attr.type;
}

export function nestedAttributesType(nested: NestedAttributes): CtyType {
  const obj = impliedType({ attributes: nested.attributes });
  return nested.nesting === "single" ? obj : ([nested.nesting, obj] as const);
}

export function nestedBlockType(nested: NestedBlock): CtyType {
  const obj = impliedType(nested.block);
  // Core models list/map blocks holding dynamic attributes as tuples/objects; we forbid that
  // combination in validateSchema, so the plain collection types are always right here.
  return nested.nesting === "single" ? obj : ([nested.nesting, obj] as const);
}

/**
 * An object of a block with nothing set: attributes and single blocks null, list/set blocks [],
 * map blocks {}. A convenient start for import results and hand-built states.
 */
export function emptyObjectValue(block: Block): { [name: string]: null | [] | Record<string, never> } {
  const out: { [name: string]: null | [] | Record<string, never> } = {};
  for (const [name] of blockAttributes(block)) out[name] = null;
  for (const [name, nested] of blockTypes(block)) out[name] = nested.nesting === "single" ? null : nested.nesting === "map" ? {} : [];
  return out;
}

/** An issue found by validateSchema: where and what. */
export interface SchemaIssue {
  readonly path: string;
  readonly message: string;
}

const NAME = /^[a-z0-9_]+$/;

/**
 * Core's InternalValidate rules plus the limits of this layer. Core panics or refuses to load a
 * provider whose schema breaks these, so check them before serving.
 */
export function validateProviderSchema(schema: ProviderSchema): SchemaIssue[] {
  const issues: SchemaIssue[] = [];
  validateSchema(schema.provider, "provider", issues);
  for (const [name, s] of Object.entries(schema.resources)) {
    if (!NAME.test(name)) issues.push({ path: `resources.${name}`, message: "type names must match [a-z0-9_]+" });
    validateSchema(s, `resources.${name}`, issues);
  }
  for (const [name, s] of Object.entries(schema.dataSources ?? {})) {
    if (!NAME.test(name)) issues.push({ path: `dataSources.${name}`, message: "type names must match [a-z0-9_]+" });
    validateSchema(s, `dataSources.${name}`, issues);
  }
  return issues;
}

function validateSchema(schema: Schema, path: string, issues: SchemaIssue[]): void {
  const v = schema.version ?? 0;
  if (!Number.isSafeInteger(v) || v < 0) issues.push({ path, message: `version ${v} must be a non-negative integer` });
  validateBlock(schema.block, path, issues);
}

function validateBlock(block: Block, path: string, issues: SchemaIssue[]): void {
  for (const [name, attr] of blockAttributes(block)) {
    if (!NAME.test(name)) issues.push({ path: `${path}.${name}`, message: "attribute names must match [a-z0-9_]+" });
    validateAttribute(attr, `${path}.${name}`, issues, false);
  }
  for (const [name, nested] of blockTypes(block)) {
    const p = `${path}.${name}`;
    if (!NAME.test(name)) issues.push({ path: p, message: "block type names must match [a-z0-9_]+" });
    if (block.attributes && name in block.attributes) {
      issues.push({ path: p, message: "a block type cannot have the same name as an attribute" });
    }
    const min = nested.minItems ?? 0;
    const max = nested.maxItems ?? 0;
    if (!["single", "list", "set", "map"].includes(nested.nesting)) {
      issues.push({ path: p, message: `nesting "${String(nested.nesting)}" is not one of single, list, set, map` });
    }
    if (min < 0 || max < 0 || !Number.isSafeInteger(min) || !Number.isSafeInteger(max)) {
      issues.push({ path: p, message: "minItems and maxItems must be non-negative integers" });
    }
    if (nested.nesting === "single" && (min > 1 || max > 1 || min !== max)) {
      issues.push({ path: p, message: "single blocks need minItems = maxItems, each 0 or 1" });
    }
    if (nested.nesting === "map" && (min !== 0 || max !== 0)) {
      issues.push({ path: p, message: "map blocks cannot have minItems or maxItems" });
    }
    if ((nested.nesting === "list" || nested.nesting === "set") && max !== 0 && min > max) {
      issues.push({ path: p, message: `minItems ${min} is greater than maxItems ${max}` });
    }
    if (nested.nesting !== "single" && containsDynamic(impliedType(nested.block))) {
      issues.push({ path: p, message: "dynamic attributes inside list, set or map blocks are not supported" });
    }
    validateBlock(nested.block, p, issues);
  }
}

function validateAttribute(attr: Attribute, path: string, issues: SchemaIssue[], insideSet: boolean): void {
  if (!attr.required && !attr.optional && !attr.computed) {
    issues.push({ path, message: "must be one of required, optional or computed" });
  }
  if (attr.required && attr.optional) issues.push({ path, message: "cannot be both required and optional" });
  if (attr.required && attr.computed) issues.push({ path, message: "cannot be both required and computed" });
  if ((attr.type === undefined) === (attr.nestedType === undefined)) {
    issues.push({ path, message: "needs exactly one of type and nestedType" });
    return;
  }
  if (attr.type !== undefined) {
    try {
      parseCtyType(attr.type, path);
    } catch (err) {
      issues.push({ path, message: (err as Error).message });
      return;
    }
    if (typeHasTuple(attr.type)) issues.push({ path, message: "tuple types are not supported (@cdktf/provider-generator fails on them)" });
    if (insideSet && containsDynamic(attr.type)) issues.push({ path, message: "dynamic types cannot appear inside a set" });
    if (containsSetWithDynamic(attr.type)) issues.push({ path, message: "dynamic types cannot appear inside a set" });
    return;
  }
  const nested = attr.nestedType as NestedAttributes;
  if (!["single", "list", "set", "map"].includes(nested.nesting)) {
    issues.push({ path, message: `nesting "${String(nested.nesting)}" is not one of single, list, set, map` });
  }
  for (const [name, inner] of Object.entries(nested.attributes)) {
    if (!NAME.test(name)) issues.push({ path: `${path}.${name}`, message: "attribute names must match [a-z0-9_]+" });
    validateAttribute(inner, `${path}.${name}`, issues, insideSet || nested.nesting === "set");
  }
}

function typeHasTuple(type: CtyType): boolean {
  if (typeof type === "string") return false;
  if (type[0] === "tuple") return true;
  if (type[0] === "object") return Object.values(type[1]).some(typeHasTuple);
  return typeHasTuple(type[1]);
}

function containsSetWithDynamic(type: CtyType): boolean {
  if (typeof type === "string") return false;
  if (type[0] === "set") return containsDynamic(type[1]);
  if (type[0] === "object") return Object.values(type[1]).some(containsSetWithDynamic);
  if (type[0] === "tuple") return type[1].some(containsSetWithDynamic);
  return containsSetWithDynamic(type[1]);
}

/** The attribute schema at a path of attribute names (block → nested block → attribute). */
export function findAttribute(block: Block, names: readonly string[]): Attribute | undefined {
  const [head, ...rest] = names;
  if (head === undefined) return undefined;
  const attr = block.attributes?.[head];
  if (attr) {
    if (rest.length === 0) return attr;
    return attr.nestedType ? findAttribute({ attributes: attr.nestedType.attributes }, rest) : undefined;
  }
  const nested = block.blockTypes?.[head];
  return nested ? findAttribute(nested.block, rest) : undefined;
}
