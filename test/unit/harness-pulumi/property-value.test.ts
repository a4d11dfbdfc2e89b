import { describe, expect, it } from "vitest";
import {
  annotateSecrets,
  diffKeys,
  downgradeOutputValues,
  makeSecret,
  maskForDisplay,
  OUTPUT_VALUE_SIG,
  RESOURCE_SIG,
  SIG_KEY,
  toProviderMap,
  UNKNOWN,
  type PropertyMap,
} from "../../harness/pulumi/property-value";

describe("property values on the wire", () => {
  it("copies secret-ness from inputs to outputs by key, recursing into objects", () => {
    const outs: PropertyMap = { password: "p", nested: { a: "x", b: "y" }, list: ["1", "2"], derived: "p!" };
    annotateSecrets(outs, { password: makeSecret("p"), nested: { a: makeSecret("x") }, list: ["1", makeSecret("2")] });
    expect(outs["password"]).toEqual(makeSecret("p"));
    expect(outs["nested"]).toEqual({ a: makeSecret("x"), b: "y" });
    expect(outs["list"]).toEqual(makeSecret(["1", "2"])); // arrays are tainted whole
    expect(outs["derived"]).toBe("p!"); // a new key stays plaintext: additionalSecretOutputs exists for this
  });

  it("sends plaintext to a provider that does not accept secrets or resources", () => {
    const m: PropertyMap = {
      s: makeSecret({ deep: makeSecret("v") }),
      ref: { [SIG_KEY]: RESOURCE_SIG, urn: "urn:pulumi:s::p::t::n", id: "id-1" },
      component: { [SIG_KEY]: RESOURCE_SIG, urn: "urn:pulumi:s::p::c::n" },
      later: UNKNOWN,
    };
    expect(toProviderMap(m, true)).toEqual({ s: { deep: "v" }, ref: "id-1", component: "urn:pulumi:s::p::c::n", later: UNKNOWN });
    expect(toProviderMap(m, false)).not.toHaveProperty("later");
  });

  it("downgrades output values to plain, secret or unknown", () => {
    expect(downgradeOutputValues({ [SIG_KEY]: OUTPUT_VALUE_SIG, value: "v", secret: true })).toEqual(makeSecret("v"));
    expect(downgradeOutputValues({ [SIG_KEY]: OUTPUT_VALUE_SIG })).toBe(UNKNOWN);
    expect(downgradeOutputValues([{ [SIG_KEY]: OUTPUT_VALUE_SIG, value: 1 }])).toEqual([1]);
  });

  it("diffs top-level keys with secrets unwrapped and internal keys ignored", () => {
    const d = diffKeys({ a: 1, b: makeSecret("x"), c: 3, __provider: "old" }, { a: 1, b: "y", d: 4, __provider: "new" });
    expect(d).toEqual({ adds: ["d"], deletes: ["c"], updates: ["b"] });
  });

  it("masks secrets and unknowns for display", () => {
    expect(maskForDisplay({ a: makeSecret("s"), b: UNKNOWN, c: "plain" })).toEqual({ a: "[secret]", b: "[unknown]", c: "plain" });
  });
});
