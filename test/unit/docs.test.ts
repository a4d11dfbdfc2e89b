import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { referenceIndex, referencePage } from "../../src/docs/reference";
import { registry } from "../../src/resources/registry";
import type { AnyResourceKind } from "../../src/resources/resource-kind";

const kinds = Object.values(registry) as AnyResourceKind[];
const committed = (name: string) => readFileSync(join(__dirname, "../../docs/reference", name), "utf8");

describe("generated reference docs", () => {
  it.each(kinds.map((k) => [k.name, k] as const))("docs/reference/%s.md is up to date (run `npm run generate`)", (name, kind) => {
    expect(committed(`${name}.md`)).toBe(referencePage(kind));
  });
  it("the index lists every resource", () => expect(committed("README.md")).toBe(referenceIndex(kinds)));
  it("documents every field of every resource", () => {
    for (const kind of kinds) for (const field of Object.keys(kind.fields)) expect(referencePage(kind)).toContain(`| \`${field}\` |`);
  });
});
