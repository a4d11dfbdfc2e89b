import { parseCtyTypeJson, printCtyType } from "./cty-type";
import type { Message } from "./proto-codec";
import type { Attribute, AttributeNesting, Block, BlockNesting, NestedAttributes, NestedBlock, Schema } from "./schema";

/** Schema model ⇄ tfplugin6 `Schema` messages. */

const BLOCK_NESTING: Record<BlockNesting, number> = { single: 1, list: 2, set: 3, map: 4 };
const ATTR_NESTING: Record<AttributeNesting, number> = { single: 1, list: 2, set: 3, map: 4 };
const utf8 = new TextEncoder();

export function schemaToProto(schema: Schema): Message {
  return { version: schema.version ?? 0, block: blockToProto(schema.block) };
}

function blockToProto(block: Block): Message {
  return {
    version: 0,
    attributes: Object.keys(block.attributes ?? {})
      .sort()
      .map((name) => attributeToProto(name, block.attributes?.[name] as Attribute)),
    blockTypes: Object.keys(block.blockTypes ?? {})
      .sort()
      .map((name) => nestedBlockToProto(name, block.blockTypes?.[name] as NestedBlock)),
    description: block.description ?? "",
    descriptionKind: block.descriptionKind === "markdown" ? 1 : 0,
    deprecated: block.deprecated ?? false,
  };
}

function attributeToProto(name: string, attr: Attribute): Message {
  return {
    name,
    type: attr.type !== undefined ? utf8.encode(printCtyType(attr.type)) : new Uint8Array(0),
    nestedType: attr.nestedType ? nestedAttributesToProto(attr.nestedType) : undefined,
    description: attr.description ?? "",
    required: attr.required ?? false,
    optional: attr.optional ?? false,
    computed: attr.computed ?? false,
    sensitive: attr.sensitive ?? false,
    descriptionKind: attr.descriptionKind === "markdown" ? 1 : 0,
    deprecated: attr.deprecated ?? false,
    writeOnly: false,
  };
}

function nestedAttributesToProto(nested: NestedAttributes): Message {
  return {
    attributes: Object.keys(nested.attributes)
      .sort()
      .map((name) => attributeToProto(name, nested.attributes[name] as Attribute)),
    nesting: ATTR_NESTING[nested.nesting],
  };
}

function nestedBlockToProto(name: string, nested: NestedBlock): Message {
  return {
    typeName: name,
    block: blockToProto(nested.block),
    nesting: BLOCK_NESTING[nested.nesting],
    minItems: nested.minItems ?? 0,
    maxItems: nested.maxItems ?? 0,
  };
}

export class SchemaProtoError extends Error {
  override readonly name = "SchemaProtoError";
}

/** Decodes a schema as a client sees it; rejects what our model cannot express (group, write-only). */
export function schemaFromProto(msg: Message | undefined, where: string): Schema {
  if (!msg) throw new SchemaProtoError(`${where}: schema is missing`);
  if (!msg.block) throw new SchemaProtoError(`${where}: schema has no block (core crashes on that)`);
  return { version: msg.version as number, block: blockFromProto(msg.block as Message, where) };
}

function blockFromProto(msg: Message, where: string): Block {
  const attributes: Record<string, Attribute> = {};
  for (const a of msg.attributes as Message[]) {
    if (a.name in attributes) throw new SchemaProtoError(`${where}.${a.name}: attribute declared twice`);
    attributes[a.name] = attributeFromProto(a, `${where}.${a.name}`);
  }
  const blockTypes: Record<string, NestedBlock> = {};
  for (const b of msg.blockTypes as Message[]) {
    const nesting = nestingName(b.nesting as number, `${where}.${b.typeName}`, true) as BlockNesting;
    blockTypes[b.typeName] = {
      nesting,
      block: blockFromProto((b.block as Message | undefined) ?? { attributes: [], blockTypes: [] }, `${where}.${b.typeName}`),
      ...(b.minItems ? { minItems: b.minItems as number } : {}),
      ...(b.maxItems ? { maxItems: b.maxItems as number } : {}),
    };
  }
  return {
    ...(Object.keys(attributes).length ? { attributes } : {}),
    ...(Object.keys(blockTypes).length ? { blockTypes } : {}),
    ...(msg.description ? { description: msg.description as string } : {}),
    ...(msg.descriptionKind === 1 ? { descriptionKind: "markdown" as const } : {}),
    ...(msg.deprecated ? { deprecated: true } : {}),
  };
}

function attributeFromProto(a: Message, where: string): Attribute {
  if (a.writeOnly) throw new SchemaProtoError(`${where}: write-only attributes are not supported by this client`);
  const typeBytes = a.type as Uint8Array;
  const hasType = typeBytes.length > 0;
  if (hasType === (a.nestedType !== undefined)) throw new SchemaProtoError(`${where}: needs exactly one of type and nested_type`);
  const base: Attribute = {
    ...(a.description ? { description: a.description as string } : {}),
    ...(a.descriptionKind === 1 ? { descriptionKind: "markdown" as const } : {}),
    ...(a.required ? { required: true } : {}),
    ...(a.optional ? { optional: true } : {}),
    ...(a.computed ? { computed: true } : {}),
    ...(a.sensitive ? { sensitive: true } : {}),
    ...(a.deprecated ? { deprecated: true } : {}),
  };
  if (hasType) return { ...base, type: parseCtyTypeJson(new TextDecoder().decode(typeBytes), where) };
  const nested = a.nestedType as Message;
  const attributes: Record<string, Attribute> = {};
  for (const inner of nested.attributes as Message[]) attributes[inner.name] = attributeFromProto(inner, `${where}.${inner.name}`);
  return { ...base, nestedType: { nesting: nestingName(nested.nesting as number, where, false) as AttributeNesting, attributes } };
}

function nestingName(n: number, where: string, block: boolean): string {
  const names = ["invalid", "single", "list", "set", "map", "group"];
  const name = names[n];
  if (!name || name === "invalid" || (name === "group" && !block)) throw new SchemaProtoError(`${where}: invalid nesting mode ${n}`);
  if (name === "group") throw new SchemaProtoError(`${where}: group blocks are not supported by this client`);
  return name;
}
