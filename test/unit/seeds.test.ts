import { readdirSync, readFileSync, existsSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { toConfigSnippet } from "../../src/frr/commands";
import { parseRunningConfig } from "../../src/frr/config-tree";
import { dialectOf } from "../../src/frr/dialect";
import { planBatch } from "../../src/engine/batch-plan";
import { registry } from "../../src/resources/registry";
import type { AnyResourceKind } from "../../src/resources/resource-kind";
import { parseSpec } from "../../src/resources/validate-spec";
import { seeds } from "../support/seed-specs";

const fixtures = join(__dirname, "../fixtures/frr");
const variants = existsSync(fixtures)
  ? readdirSync(fixtures).flatMap((version) => readdirSync(join(fixtures, version)).filter((p) => p !== "json").map((profile) => ({ version, profile })))
  : [];

describe.each(Object.entries(seeds))("%s", (seedName, resources) => {
  const specs = resources.map(({ kind, spec }) => {
    const resourceKind: AnyResourceKind = registry[kind];
    return { kind: resourceKind, spec: parseSpec(resourceKind, spec) as Record<string, unknown> };
  });

  it.each(variants)("is exactly what FRR $version ($profile) shows for the seed's configuration", ({ version, profile }) => {
    const path = join(fixtures, version, profile, `${seedName}.running.conf`);
    if (!existsSync(path)) return;
    const config = parseRunningConfig(readFileSync(path, "utf8"));
    const dialect = dialectOf(config);
    expect(dialect.profile).toBe(profile);
    for (const { kind, spec } of specs) {
      const observed = kind.model.read(config, spec, dialect);
      expect(observed, `${kind.className} ${kind.identity.idOf(spec)} is on the host`).toBeDefined();
      expect(kind.model.plan(observed, spec, config, dialect), `${kind.className} ${kind.identity.idOf(spec)} is converged`).toEqual([]);
      expect(observed!.unmanaged, `${kind.className} ${kind.identity.idOf(spec)} understands every line`).toEqual([]);
    }
  });

  it("renders the same configuration every time (golden file)", async () => {
    const plan = planBatch(parseRunningConfig("frr version 8.4.4\nfrr defaults traditional\n"), specs.map(({ kind, spec }) => ({ kind, type: "create" as const, spec })));
    expect(plan.planned.filter((p) => p.error)).toEqual([]);
    await expect(toConfigSnippet(plan.steps.map((s) => s.command))).toMatchFileSnapshot(join(__dirname, "../golden", `${seedName}.conf`));
  });
});
