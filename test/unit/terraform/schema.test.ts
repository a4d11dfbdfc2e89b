import { describe, expect, it } from "vitest";
import {
  impliedType,
  toProvidersSchemaJson,
  validateProviderSchema,
  type ProviderSchema,
  type Schema,
} from "../../../src/terraform/protocol";
import { decodeMessage, encodeMessage } from "../../../src/terraform/protocol/proto-codec";
import { schemaFromProto, schemaToProto } from "../../../src/terraform/protocol/schema-proto";
import * as m from "../../../src/terraform/protocol/tfplugin6-messages";
import { toySchema } from "../../harness/terraform/fixtures/toy-provider";

const resource = (schema: Schema): ProviderSchema => ({ provider: { block: {} }, resources: { x_thing: schema } });

describe("schema validation (core's InternalValidate rules)", () => {
  it("accepts the toy schema", () => {
    expect(validateProviderSchema(toySchema)).toEqual([]);
  });

  it.each<[string, Schema, RegExp]>([
    ["no mode", { block: { attributes: { a: { type: "string" } } } }, /one of required, optional or computed/],
    ["required+optional", { block: { attributes: { a: { type: "string", required: true, optional: true } } } }, /both required and optional/],
    ["required+computed", { block: { attributes: { a: { type: "string", required: true, computed: true } } } }, /both required and computed/],
    ["type and nestedType", { block: { attributes: { a: { type: "string", optional: true, nestedType: { nesting: "single", attributes: {} } } } } }, /exactly one of type and nestedType/],
    ["bad name", { block: { attributes: { A: { type: "string", optional: true } } } }, /must match/],
    ["tuple", { block: { attributes: { a: { type: ["tuple", ["string"]], optional: true } } } }, /tuple types are not supported/],
    ["dynamic in set", { block: { attributes: { a: { type: ["set", "dynamic"], optional: true } } } }, /dynamic types cannot appear inside a set/],
    ["block/attr clash", { block: { attributes: { a: { type: "string", optional: true } }, blockTypes: { a: { nesting: "list", block: {} } } } }, /same name as an attribute/],
    ["single min/max", { block: { blockTypes: { b: { nesting: "single", block: {}, minItems: 1 } } } }, /single blocks need minItems = maxItems/],
    ["map max", { block: { blockTypes: { b: { nesting: "map", block: {}, maxItems: 2 } } } }, /map blocks cannot have/],
    ["min > max", { block: { blockTypes: { b: { nesting: "list", block: {}, minItems: 3, maxItems: 2 } } } }, /greater than maxItems/],
    ["negative version", { version: -1, block: {} }, /non-negative/],
  ])("rejects %s", (_name, schema, message) => {
    const issues = validateProviderSchema(resource(schema));
    expect(issues.map((i) => `${i.path}: ${i.message}`).join("\n")).toMatch(message);
  });
});

describe("implied type", () => {
  it("covers attributes, nested attributes and blocks", () => {
    const t = impliedType(toySchema.resources.toy_file?.block ?? {});
    expect(t[1].owner).toEqual(["object", { email: "string", name: "string" }]);
    expect(t[1].rules).toEqual(["list", ["object", { port: "number", proto: "string" }]]);
    expect(t[1].backup).toEqual(["list", ["object", { keep: "number", suffix: "string" }]]);
    expect(t[1].labels).toEqual(["map", "string"]);
  });
});

describe("schema on the wire", () => {
  it("round-trips through the tfplugin6 Schema message", () => {
    for (const schema of [toySchema.provider, ...Object.values(toySchema.resources), ...Object.values(toySchema.dataSources ?? {})]) {
      const back = schemaFromProto(decodeMessage(m.Schema, encodeMessage(m.Schema, schemaToProto(schema))), "x");
      expect(back).toEqual({ ...schema, version: schema.version ?? 0 });
    }
  });

  it("JSON shape: omitempty flags, description_kind always, nesting modes as strings", () => {
    const json = toProvidersSchemaJson(toySchema, "registry.terraform.io/frr-iac/toy");
    const file = json.provider_schemas["registry.terraform.io/frr-iac/toy"]?.resource_schemas?.toy_file;
    expect(file?.version).toBe(1);
    expect(file?.block.attributes?.id).toEqual({ type: "string", description_kind: "plain", computed: true });
    expect(file?.block.attributes?.secret).toEqual({ type: "string", description_kind: "plain", optional: true, sensitive: true });
    expect(file?.block.attributes?.rules?.nested_type?.nesting_mode).toBe("list");
    expect(file?.block.block_types?.backup).toMatchObject({ nesting_mode: "list", max_items: 3 });
    expect(file?.block.block_types?.backup).not.toHaveProperty("min_items");
  });
});
