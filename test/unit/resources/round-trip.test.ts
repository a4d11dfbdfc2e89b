import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { alignToPrior } from "../../../src/engine/align";
import { applyExpected } from "../../../src/engine/working-config";
import { parseRunningConfig, printConfig } from "../../../src/frr/config-tree";
import { dialectOf } from "../../../src/frr/dialect";
import { kindNames, registry } from "../../../src/resources/registry";
import type { AnyResourceKind } from "../../../src/resources/resource-kind";
import { arbCommunity, arbIpv4, arbIpv6, arbName, specArbitrary, type Overrides } from "../../support/arbitraries";

const child = { speaker: fc.constant("65000") };
const overrides: Record<string, Overrides> = {
  peer: {
    ...child,
    neighbor: fc.oneof(arbIpv4, arbIpv6, arbName, fc.stringMatching(/^eth[0-9]$/)),
    type: fc.constantFrom("address", "peer-group", "interface"),
    updateSource: fc.oneof(arbIpv4, arbIpv6, fc.constantFrom("lo", "eth0")),
  },
  listenRange: child,
  advertisement: child,
  communityList: { "entries[].communities[]": arbCommunity },
  asPathList: { "entries[].regex": fc.constantFrom("^652[0-9][0-9]$", ".*", "_65000_", "^$", "^(65001|65002)_") },
};

const profiles = ["traditional", "datacenter"] as const;
const versions = ["8.4.4", "10.3"] as const;

function baseConfig(kind: AnyResourceKind, version: string, profile: string) {
  const router = kind.name === "speaker" ? "" : "router bgp 65000\nexit\n";
  return parseRunningConfig(`frr version ${version}\nfrr defaults ${profile}\n${router}`);
}

describe.each(kindNames)("%s", (name) => {
  const kind: AnyResourceKind = registry[name];
  it.each(versions.flatMap((version) => profiles.map((profile) => ({ version, profile }))))(
    "render → print → parse → read gives the spec back, and a converged host plans nothing (FRR $version, $profile)",
    ({ version, profile }) => {
      fc.assert(
        fc.property(specArbitrary(kind, overrides[name]), (spec) => {
          const base = baseConfig(kind, version, profile);
          const applied = applyExpected(base, kind, spec, spec);
          const host = parseRunningConfig(printConfig(applied));
          const dialect = dialectOf(host);
          const observed = kind.model.read(host, spec, dialect);
          expect(observed, "the object is found").toBeDefined();
          expect(observed!.unmanaged, "every line is understood").toEqual([]);
          expect(kind.model.plan(observed, spec, host, dialect), "nothing to do").toEqual([]);
          const readBack = alignToPrior(kind.fields, spec, kind.model.withDefaults(observed!.spec, spec, host, dialect));
          expect(readBack).toEqual(spec);
          const removed = applyExpected(host, kind, spec, undefined);
          expect(kind.model.read(removed, spec, dialectOf(removed)), "deleted").toBeUndefined();
        }),
        { numRuns: 60 },
      );
    },
  );

  it("plans nothing to delete when the object is absent, and ends with a removal when present", () => {
    fc.assert(
      fc.property(specArbitrary(kind, overrides[name]), (spec) => {
        const base = baseConfig(kind, "8.4.4", "traditional");
        expect(kind.model.plan(undefined, undefined, base, dialectOf(base))).toEqual([]);
        const host = applyExpected(base, kind, spec, spec);
        const observed = kind.model.read(host, spec, dialectOf(host));
        const removal = kind.model.plan(observed, undefined, host, dialectOf(host));
        expect(removal.length).toBeGreaterThan(0);
        // A default speaker first undoes its settings (FRR 10 keeps them in a hidden instance).
        if (name !== "speaker" || spec["vrf"] !== undefined) expect(removal.every((command) => command.line?.startsWith("no ") ?? false)).toBe(true);
        expect(removal.at(-1)!.line).toMatch(/^no /);
      }),
      { numRuns: 30 },
    );
  });
});
