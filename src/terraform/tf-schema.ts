// The Terraform schema, derived mechanically from the resource registry and the connection shape.
import type { Field, Shape } from "../schema/field";
import { toSnakeCase } from "../schema/naming";
import { connectionShape } from "../schema/connection";
import type { AnyResourceKind } from "../resources/resource-kind";
import type { Attribute, Block, ProviderSchema } from "./protocol/schema";
import type { CtyType } from "./protocol/cty-type";
import { dataSources } from "./data-sources";

export const PROVIDER_PREFIX = "frr_";
export const typeNameOf = (kind: AnyResourceKind) => `${PROVIDER_PREFIX}${kind.terraformName}`;

function describe(field: Field): string {
  const notes: string[] = [];
  if (field.defaultDoc) notes.push(`Default: ${field.defaultDoc}.`);
  if (field.forcesReplacement) notes.push("Changing it replaces the resource.");
  if (field.resetsSession) notes.push("Changing it resets the BGP session.");
  return [field.description, ...notes].join(" ");
}

function scalarType(field: Field): CtyType {
  if (field.kind === "scalar") return field.wire;
  if (field.kind === "list" && field.element.kind === "scalar") return [field.unorderedBy !== undefined ? "set" : "list", field.element.wire];
  throw new Error("not a scalar or list of scalars");
}

export function attributeOf(field: Field, mode: "input" | "computed"): Attribute {
  const flags =
    mode === "computed"
      ? { computed: true }
      : field.isRequired
        ? { required: true }
        : { optional: true };
  const common = { description: describe(field), descriptionKind: "markdown" as const, ...flags, ...(field.sensitive ? { sensitive: true } : {}) };
  if (field.kind === "object") return { ...common, nestedType: { nesting: "single", attributes: attributesOf(field.shape, mode === "computed" ? "computed-inner" : "input") } };
  if (field.kind === "list" && field.element.kind === "object") {
    return {
      ...common,
      nestedType: { nesting: field.unorderedBy !== undefined ? "set" : "list", attributes: attributesOf(field.element.shape, mode === "computed" ? "computed-inner" : "input") },
    };
  }
  return { ...common, type: scalarType(field) };
}

function attributesOf(shape: Shape, mode: "input" | "computed-inner"): Record<string, Attribute> {
  const out: Record<string, Attribute> = {};
  for (const [name, field] of Object.entries(shape)) {
    out[toSnakeCase(name)] = mode === "input" ? attributeOf(field, "input") : attributeOf(field, "computed");
  }
  return out;
}

export function resourceBlock(kind: AnyResourceKind): Block {
  const attributes: Record<string, Attribute> = {
    id: { type: "string", computed: true, description: `Import ID: \`${kind.identity.format}\`.`, descriptionKind: "markdown" },
    ...attributesOf(kind.fields, "input"),
  };
  if (Object.keys(kind.status).length > 0) {
    attributes["status"] = {
      computed: true,
      description: "Live BGP status read from FRR at the last refresh or apply. Never causes a diff.",
      descriptionKind: "markdown",
      nestedType: { nesting: "single", attributes: attributesOf(kind.status as Shape, "computed-inner") },
    };
  }
  return { description: `${kind.summary}\n\n${kind.description}`, descriptionKind: "markdown", attributes };
}

export const providerShape = {
  ...connectionShape,
} satisfies Shape;

export function providerSchema(kinds: readonly AnyResourceKind[]): ProviderSchema {
  return {
    provider: {
      block: {
        description: "One FRR host reached over SSH. Use one provider alias per host.",
        descriptionKind: "markdown",
        attributes: attributesOf(providerShape, "input"),
      },
    },
    resources: Object.fromEntries(kinds.map((kind) => [typeNameOf(kind), { version: 0, block: resourceBlock(kind) }])),
    dataSources: Object.fromEntries(Object.entries(dataSources).map(([name, source]) => [name, { version: 0, block: source.block }])),
  };
}
