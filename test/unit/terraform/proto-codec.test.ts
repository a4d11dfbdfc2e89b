import { describe, expect, it } from "vitest";
import { decodeMessage, encodeMessage, ProtoDecodeError } from "../../../src/terraform/protocol/proto-codec";
import * as m from "../../../src/terraform/protocol/tfplugin6-messages";

const hex = (b: Uint8Array): string => Buffer.from(b).toString("hex");

describe("proto3 wire codec", () => {
  it("encodes fields by number with proto3 defaults omitted", () => {
    // typeName (1) = "x", config (2) = DynamicValue{msgpack (1) = c0}
    expect(hex(encodeMessage(m.ValidateResourceConfigRequest, { typeName: "x", config: { msgpack: new Uint8Array([0xc0]) } }))).toBe("0a01781203" + "0a01c0");
    expect(hex(encodeMessage(m.Diagnostic, { severity: 0, summary: "", detail: "" }))).toBe("");
  });

  it("writes oneof members even when they hold the default (element key 0)", () => {
    const bytes = encodeMessage(m.AttributePath, { steps: [{ attributeName: "rules" }, { elementKeyInt: 0 }, { elementKeyString: "" }] });
    expect(decodeMessage(m.AttributePath, bytes)).toEqual({
      steps: [
        { attributeName: "rules", elementKeyString: undefined, elementKeyInt: undefined },
        { attributeName: undefined, elementKeyString: undefined, elementKeyInt: 0 },
        { attributeName: undefined, elementKeyString: "", elementKeyInt: undefined },
      ],
    });
  });

  it("round-trips maps of messages, repeated messages, bools, negative int64", () => {
    const msg = {
      provider: { version: 0, block: { version: 0, attributes: [{ name: "a", type: new TextEncoder().encode('"string"'), optional: true }], blockTypes: [] } },
      resourceSchemas: { toy_file: { version: 3, block: { attributes: [], blockTypes: [{ typeName: "b", nesting: 2, minItems: 1, maxItems: 5, block: {} }] } } },
      serverCapabilities: { planDestroy: true },
    };
    const back = decodeMessage(m.GetProviderSchemaResponse, encodeMessage(m.GetProviderSchemaResponse, msg));
    expect(back.serverCapabilities.planDestroy).toBe(true);
    expect(back.resourceSchemas.toy_file.version).toBe(3);
    expect(back.resourceSchemas.toy_file.block.blockTypes[0]).toMatchObject({ typeName: "b", nesting: 2, minItems: 1, maxItems: 5 });
    expect(new TextDecoder().decode(back.provider.block.attributes[0].type)).toBe('"string"');
    const neg = decodeMessage(m.UpgradeResourceStateRequest, encodeMessage(m.UpgradeResourceStateRequest, { version: -2 }));
    expect(neg.version).toBe(-2);
  });

  it("skips unknown fields of every wire type (newer protocol versions add fields)", () => {
    // field 15 varint 1, field 14 fixed64, field 13 bytes "zz", field 12 fixed32, then typeName "t"
    const bytes = Buffer.from("7801" + "71" + "0102030405060708" + "6a027a7a" + "65" + "01020304" + "0a0174", "hex");
    expect(decodeMessage(m.ImportResourceStateRequest, bytes).typeName).toBe("t");
  });

  it("fails clearly on truncated input", () => {
    expect(() => decodeMessage(m.ImportResourceStateRequest, Buffer.from("0a05ab", "hex"))).toThrow(ProtoDecodeError);
    expect(() => decodeMessage(m.ImportResourceStateRequest, Buffer.from("0aff", "hex"))).toThrow(/truncated varint/);
  });

  it("has the tfplugin6 field numbers core uses", () => {
    expect(m.SchemaAttribute.nestedType?.no).toBe(10);
    expect(m.SchemaAttribute.writeOnly?.no).toBe(11);
    expect(m.PlanResourceChangeResponse.requiresReplace?.no).toBe(2);
    expect(m.PlanResourceChangeResponse.plannedPrivate?.no).toBe(3);
    expect(m.ApplyResourceChangeResponse.private?.no).toBe(2);
    expect(m.ApplyResourceChangeResponse.diagnostics?.no).toBe(3);
    expect(m.GetProviderSchemaResponse.serverCapabilities?.no).toBe(6);
    expect(m.ReadResourceResponse.private?.no).toBe(3);
    expect(m.ValidateProviderConfigResponse.diagnostics?.no).toBe(2);
    expect(m.SchemaObject.nesting?.no).toBe(3);
  });
});
