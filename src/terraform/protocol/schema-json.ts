import type { Attribute, Block, NestedBlock, ProviderSchema, Schema } from "./schema";

/**
 * The `terraform providers schema -json` shape (Terraform's internal/command/jsonprovider), the
 * input of @cdktf/provider-generator. Empty maps and false flags are omitted like Go's
 * `omitempty`; `description_kind` is always written.
 */
export interface ProvidersSchemaJson {
  format_version: "1.0";
  provider_schemas: { [address: string]: ProviderSchemaJson };
}

export interface ProviderSchemaJson {
  provider: SchemaJson;
  resource_schemas?: { [typeName: string]: SchemaJson };
  data_source_schemas?: { [typeName: string]: SchemaJson };
}

export interface SchemaJson {
  version: number;
  block: BlockJson;
}

export interface BlockJson {
  attributes?: { [name: string]: AttributeJson };
  block_types?: { [name: string]: BlockTypeJson };
  description?: string;
  description_kind: "plain" | "markdown";
  deprecated?: boolean;
}

export interface AttributeJson {
  type?: unknown;
  nested_type?: { attributes: { [name: string]: AttributeJson }; nesting_mode: string };
  description?: string;
  description_kind: "plain" | "markdown";
  deprecated?: boolean;
  required?: boolean;
  optional?: boolean;
  computed?: boolean;
  sensitive?: boolean;
}

export interface BlockTypeJson {
  nesting_mode: string;
  block: BlockJson;
  min_items?: number;
  max_items?: number;
}

/** `address` is the full provider address, e.g. "registry.terraform.io/frr-iac/frr". */
export function toProvidersSchemaJson(schema: ProviderSchema, address: string): ProvidersSchemaJson {
  const entry: ProviderSchemaJson = { provider: schemaJson(schema.provider) };
  const resources = mapValues(schema.resources, schemaJson);
  const dataSources = mapValues(schema.dataSources ?? {}, schemaJson);
  if (Object.keys(resources).length) entry.resource_schemas = resources;
  if (Object.keys(dataSources).length) entry.data_source_schemas = dataSources;
  return { format_version: "1.0", provider_schemas: { [address]: entry } };
}

function schemaJson(schema: Schema): SchemaJson {
  return { version: schema.version ?? 0, block: blockJson(schema.block) };
}

function blockJson(block: Block): BlockJson {
  const out: BlockJson = { description_kind: block.descriptionKind ?? "plain" };
  const attrs = mapValues(block.attributes ?? {}, attributeJson);
  const blocks = mapValues(block.blockTypes ?? {}, blockTypeJson);
  if (Object.keys(attrs).length) out.attributes = attrs;
  if (Object.keys(blocks).length) out.block_types = blocks;
  if (block.description) out.description = block.description;
  if (block.deprecated) out.deprecated = true;
  return sortKeys(out);
}

function attributeJson(attr: Attribute): AttributeJson {
  const out: AttributeJson = { description_kind: attr.descriptionKind ?? "plain" };
  if (attr.type !== undefined) out.type = attr.type;
  if (attr.nestedType) {
    out.nested_type = { attributes: mapValues(attr.nestedType.attributes, attributeJson), nesting_mode: attr.nestedType.nesting };
  }
  if (attr.description) out.description = attr.description;
  if (attr.deprecated) out.deprecated = true;
  if (attr.required) out.required = true;
  if (attr.optional) out.optional = true;
  if (attr.computed) out.computed = true;
  if (attr.sensitive) out.sensitive = true;
  return out;
}

function blockTypeJson(nested: NestedBlock): BlockTypeJson {
  const out: BlockTypeJson = { nesting_mode: nested.nesting, block: blockJson(nested.block) };
  if (nested.minItems) out.min_items = nested.minItems;
  if (nested.maxItems) out.max_items = nested.maxItems;
  return out;
}

function mapValues<T, U>(record: { readonly [k: string]: T }, fn: (v: T) => U): { [k: string]: U } {
  return Object.fromEntries(
    Object.keys(record)
      .sort()
      .map((k) => [k, fn(record[k] as T)]),
  );
}

function sortKeys<T extends object>(o: T): T {
  return Object.fromEntries(Object.entries(o).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) as T;
}
