import { describe, expect, it } from "vitest";
import { template } from "../../../src/frr/template";

describe("template", () => {
  const maxPrefix = template("maximum-prefix {limit:int}[ {threshold:int}][ warning-only{warningOnly:flag}][ restart {restart:int}]");

  it.each([
    [{ limit: 10 }, "maximum-prefix 10"],
    [{ limit: 10, threshold: 80 }, "maximum-prefix 10 80"],
    [{ limit: 10, warningOnly: true }, "maximum-prefix 10 warning-only"],
    [{ limit: 10, warningOnly: false, restart: 5 }, "maximum-prefix 10 restart 5"],
  ])("renders %j as %s and reads it back", (values, line) => {
    expect(maxPrefix.render(values)).toBe(line);
    const read = maxPrefix.match(line)!;
    expect(read).toEqual(Object.fromEntries(Object.entries(values).filter(([, v]) => v !== false)));
  });

  it("does not render without its required slots", () => expect(maxPrefix.render({})).toBeUndefined());
  it("does not match other lines", () => {
    expect(maxPrefix.match("maximum-prefix ten")).toBeUndefined();
    expect(maxPrefix.match("maximum-prefix 10 extra")).toBeUndefined();
  });
  it("keeps optional flags after a rest-of-line slot", () => {
    const community = template("set community {c:rest}[ additive{a:flag}]");
    expect(community.match("set community 65000:1 65000:2 additive")).toEqual({ c: "65000:1 65000:2", a: true });
    expect(community.match("set community 65000:1")).toEqual({ c: "65000:1" });
  });
  it("escapes regex characters in literals", () => {
    const t = template("match as-path {x}");
    expect(t.match("match as-path ^652[0-9][0-9]$")).toEqual({ x: "^652[0-9][0-9]$" });
    expect(template("a.b {x}").match("aXb y")).toBeUndefined();
  });
  it("refuses malformed templates at definition time", () => {
    expect(() => template("a [b")).toThrow(/unclosed/);
    expect(() => template("a {x:weird}")).toThrow(/bad slot/);
  });
});
