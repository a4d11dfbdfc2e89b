// Hundreds of random valid specs (generated from the schemas) round-trip through real FRR 8.4 and
// 10.3: created in one batch, read back equal; changed to another random spec with the same
// identity, read back equal; deleted, gone. FRR is the judge of whether frr-iac's model of it holds.
import fc from "fast-check";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { closeSshPool, sshEngine } from "../../../src/host/host-session";
import { registry, type KindName } from "../../../src/resources/registry";
import type { AnyResourceKind } from "../../../src/resources/resource-kind";
import { arbCommunity, arbIpv4, arbIpv6, arbName, specArbitrary, type Overrides } from "../../support/arbitraries";
import { connectionTo } from "../../support/lab-env";
import { prefixContains } from "../../../src/values/ip";

const SEED = Number(process.env["FRR_IAC_PROPERTY_SEED"] ?? 20261122);
const PER_KIND = Number(process.env["FRR_IAC_PROPERTY_COUNT"] ?? 30);
const engine = sshEngine({ readCacheMs: 0 });
const GROUP = "PROPGROUP";

const child = { speaker: fc.constant("65000") };
const overrides: Partial<Record<KindName, Overrides>> = {
  // Members of random peer-groups are covered by the lifecycle tests; here every peer stands alone.
  peer: {
    ...child,
    neighbor: fc.oneof(arbIpv4, arbIpv6, arbName.map((n) => `PG_${n}`)),
    type: fc.constantFrom("address", "peer-group"),
    peerGroup: fc.constant(undefined),
    updateSource: fc.oneof(arbIpv4, arbIpv6, fc.constantFrom("lo", "eth0")),
  },
  listenRange: { ...child, peerGroup: fc.constant(GROUP) },
  advertisement: child,
  // FRR 8.4 creates (and keeps) a visible empty instance for a VRF named in `import vrf` that has
  // none; random names would leave those behind, so the speakers import from the default instance.
  speaker: {
    vrf: arbName.map((n) => `v_${n}`.slice(0, 15)),
    "addressFamilies.ipv4Unicast.importVrfs[]": fc.constant("default"),
    "addressFamilies.ipv6Unicast.importVrfs[]": fc.constant("default"),
  },
  vrf: { name: arbName.map((n) => `pv_${n}`.slice(0, 15)) },
  communityList: { "entries[].communities[]": arbCommunity },
  asPathList: { "entries[].regex": fc.constantFrom("^652[0-9][0-9]$", ".*", "_65000_", "^$", "^(65001|65002)_", "^65[0-9]+$") },
};

/**
 * Random specs with distinct identities (and distinct VNIs: FRR refuses one VNI in two VRFs; and
 * listen ranges that do not overlap: FRR refuses overlapping ranges).
 */
function sample(kind: AnyResourceKind, count: number, seed: number): Record<string, unknown>[] {
  const seen = new Set<string>();
  const vnis = new Set<unknown>();
  const ranges: string[] = [];
  const out: Record<string, unknown>[] = [];
  for (const spec of fc.sample(specArbitrary(kind, overrides[kind.name as KindName]), { numRuns: count * 4, seed })) {
    // A speaker is the instance of its VRF, whatever its AS number.
    const id = kind.name === "speaker" ? String(spec["vrf"]) : kind.identity.idOf(spec);
    if (seen.has(id) || (spec["vni"] !== undefined && vnis.has(spec["vni"]))) continue;
    if (typeof spec["prefix"] === "string" && kind.name === "listenRange") {
      const prefix = spec["prefix"];
      if (ranges.some((r) => prefixContains(r, prefix) || prefixContains(prefix, r))) continue;
      ranges.push(prefix);
    }
    seen.add(id);
    vnis.add(spec["vni"]);
    out.push(spec);
    if (out.length === count) break;
  }
  return out;
}

/** The same objects (identity, type, VNI kept) with other random settings. */
function changed(kind: AnyResourceKind, specs: readonly Record<string, unknown>[], seed: number): Record<string, unknown>[] {
  return specs.map((spec, i) => {
    const fixed: Overrides = { ...overrides[kind.name as KindName] };
    for (const field of [...kind.identity.fields, "type", "family", "vni", "peerGroup"]) {
      if (field in kind.fields) fixed[field] = fc.constant(spec[field]);
    }
    return fc.sample(specArbitrary(kind, fixed), { numRuns: 1, seed: seed + 1 + i })[0]!;
  });
}

const kinds: KindName[] = ["prefixList", "routeMap", "communityList", "asPathList", "vrf", "speaker", "peer", "listenRange", "advertisement"];
const hosts = ["node1", "node2"];

beforeAll(async () => {
  for (const host of hosts) {
    const connection = connectionTo("tor", host);
    await engine.create(connection, "speaker", { asn: 65000, adopt: true });
    await engine.create(connection, "peer", { speaker: "65000", neighbor: GROUP, type: "peer-group", remoteAs: "external", adopt: true });
  }
});

afterAll(async () => {
  for (const host of hosts) {
    const connection = connectionTo("tor", host);
    await engine.delete(connection, "peer", { speaker: "65000", neighbor: GROUP, type: "peer-group" });
    await engine.delete(connection, "speaker", { asn: 65000 });
  }
  await closeSshPool();
});

describe.each(hosts)("random specs through real FRR on %s", (host) => {
  it.each(kinds)("%s: create, read, change, read, delete", async (name) => {
    const kind: AnyResourceKind = registry[name];
    const connection = connectionTo("tor", host);
    const specs = sample(kind, PER_KIND, SEED + kinds.indexOf(name));
    expect(specs.length, `enough distinct ${name} specs`).toBeGreaterThanOrEqual(Math.min(PER_KIND, 20));

    const check = async (phase: string, wanted: readonly Record<string, unknown>[]) => {
      const reads = await Promise.all(wanted.map((spec) => engine.read(connection, name, spec)));
      const mismatches = wanted.flatMap((spec, i) => (JSON.stringify(reads[i]!.spec) === JSON.stringify(spec) ? [] : [{ spec, host: reads[i]!.spec }]));
      expect(mismatches, `${phase}: read back differs (seed ${SEED})`).toEqual([]);
    };

    const updates = changed(kind, specs, SEED + kinds.indexOf(name));
    try {
      const created = await Promise.allSettled(specs.map((spec) => engine.create(connection, name, spec)));
      const refused = created.flatMap((r, i) => (r.status === "rejected" ? [{ spec: specs[i], error: String(r.reason) }] : []));
      expect(refused, `FRR refused specs frr-iac accepted (seed ${SEED})`).toEqual([]);
      await check("after create", specs);

      const updated = await Promise.allSettled(updates.map((spec) => engine.update(connection, name, spec)));
      const refusedUpdates = updated.flatMap((r, i) => (r.status === "rejected" ? [{ from: specs[i], to: updates[i], error: String(r.reason) }] : []));
      expect(refusedUpdates, `FRR refused an update (seed ${SEED})`).toEqual([]);
      await check("after update", updates);

      await Promise.all(updates.map((spec) => engine.delete(connection, name, spec)));
      const gone = await Promise.all(updates.map((spec) => engine.read(connection, name, spec)));
      expect(gone.filter((r) => r.found).length, "deleted").toBe(0);
    } finally {
      // A failed phase must not leave objects behind for the next kind or host to trip over.
      await Promise.allSettled(updates.map((spec) => engine.delete(connection, name, spec)));
    }
  });
});
