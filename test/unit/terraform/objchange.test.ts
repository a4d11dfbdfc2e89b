import { describe, expect, it } from "vitest";
import { Unknown, type Block, type ObjectValue } from "../../../src/terraform/protocol";
import { assertObjectCompatible, assertPlanValid, proposedNew } from "../../harness/terraform/objchange";

const block: Block = {
  attributes: {
    id: { type: "string", computed: true },
    name: { type: "string", required: true },
    mode: { type: "string", optional: true, computed: true },
    note: { type: "string", optional: true },
    secret: { type: "string", optional: true, sensitive: true },
    tags: { type: ["set", "string"], optional: true },
  },
  blockTypes: {
    rule: { nesting: "list", block: { attributes: { port: { type: "number", required: true }, proto: { type: "string", optional: true, computed: true } } } },
  },
};
const obj = (o: Partial<ObjectValue>): ObjectValue => ({ id: null, name: null, mode: null, note: null, secret: null, tags: null, rule: [], ...o });

describe("ProposedNew", () => {
  it("keeps prior values of computed attributes that config leaves null", () => {
    const prior = obj({ id: "1", name: "a", mode: "0644", rule: [{ port: 1, proto: "tcp" }] });
    const config = obj({ name: "b", rule: [{ port: 2, proto: null }, { port: 3, proto: null }] });
    expect(proposedNew(block, prior, config)).toEqual(obj({ id: "1", name: "b", mode: "0644", rule: [{ port: 2, proto: "tcp" }, { port: 3, proto: null }] }));
  });
  it("is null for null config and null prior, and config-shaped on create", () => {
    expect(proposedNew(block, null, null)).toBeNull();
    expect(proposedNew(block, null, obj({ name: "a" }))).toEqual(obj({ name: "a" }));
  });
});

describe("AssertPlanValid", () => {
  const config = obj({ name: "a", note: "n" });
  it.each<[string, ObjectValue | null, ObjectValue, RegExp | null]>([
    ["config as is", null, obj({ name: "a", note: "n" }), null],
    ["computed filled", null, obj({ id: Unknown, name: "a", mode: "0644", note: "n" }), null],
    ["changed non-computed", null, obj({ name: "A", note: "n" }), /\.name: planned value "A" does not match config value "a"/],
    ["prior kept as equivalent", obj({ name: "A", note: "n" }), obj({ name: "A", note: "n" }), null],
    ["set non-computed that config left null", null, obj({ name: "a", note: "n", tags: ["x"] }), /\.tags: planned value \["x"\] for a non-computed attribute/],
    ["sensitive value never printed", null, obj({ name: "a", note: "n", secret: "leak" }), /\.secret: sensitive planned value for a non-computed attribute/],
    ["null list block", null, { ...obj({ name: "a", note: "n" }), rule: null }, /must be empty to indicate no blocks, not null/],
  ])("%s", (_n, prior, planned, error) => {
    const errs = assertPlanValid(block, prior, config, planned);
    if (error) expect(errs.join("\n")).toMatch(error);
    else expect(errs).toEqual([]);
  });
});

describe("AssertObjectCompatible", () => {
  it("allows unknowns to become anything and nothing else to change", () => {
    expect(assertObjectCompatible(block, obj({ id: Unknown, name: "a" }), obj({ id: "7", name: "a" }))).toEqual([]);
    expect(assertObjectCompatible(block, obj({ name: "a" }), obj({ name: "b" }))).toEqual(['.name: was "a", but now "b"']);
    expect(assertObjectCompatible(block, obj({ secret: "x" }), obj({ secret: "y" }))).toEqual([".secret: inconsistent values for sensitive attribute"]);
    expect(assertObjectCompatible(block, obj({ tags: ["a", "b"] }), obj({ tags: ["b", "a"] }))).toEqual([]);
    expect(assertObjectCompatible(block, obj({ rule: [{ port: 1, proto: Unknown }] }), obj({ rule: [] }))).toEqual([".rule: block count changed from 1 to 0"]);
    expect(assertObjectCompatible(block, obj({}), null)).toEqual(["Root object was present, but now absent"]);
  });
});
