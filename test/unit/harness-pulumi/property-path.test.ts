import { describe, expect, it } from "vitest";
import { parsePropertyPath, pathContains, resetPath } from "../../harness/pulumi/property-path";

describe("property paths (ignoreChanges / replaceOnChanges)", () => {
  it.each([
    ["content", ["content"]],
    ["a.b[0]", ["a", "b", 0]],
    ['tags["x.y"]', ["tags", "x.y"]],
    ["tags.*", ["tags", "*"]],
  ])("parses %s", (text, segments) => {
    expect(parsePropertyPath(text)).toEqual(segments);
  });

  it("rejects broken paths", () => {
    expect(() => parsePropertyPath("a[")).toThrow(/missing '\]'/);
    expect(() => parsePropertyPath("")).toThrow(/empty path/);
  });

  it("contains: a path matches itself and everything below it", () => {
    expect(pathContains(["a"], ["a"])).toBe(true);
    expect(pathContains(["a"], ["a", "b"])).toBe(true);
    expect(pathContains(["a", "b"], ["a"])).toBe(false);
    expect(pathContains(["*"], ["x"])).toBe(true);
  });

  it("resets ignored values to the old ones, removing what the old side lacks", () => {
    const news: Record<string, never | string | Record<string, string>> = { a: "new", b: { c: "new" }, d: "added" };
    expect(resetPath(["a"], { a: "old" }, news)).toBe(true);
    expect(resetPath(["b", "c"], { b: { c: "old" } }, news)).toBe(true);
    expect(resetPath(["d"], {}, news)).toBe(true);
    expect(news).toEqual({ a: "old", b: { c: "old" } });
    expect(resetPath(["x", "y"], {}, news)).toBe(false);
  });
});
