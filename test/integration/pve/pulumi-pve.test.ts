// examples/pulumi-pve through the Pulumi engine stand-in against the pve lab: the iBGP mesh and the
// multihop edge sessions come up, the VMs connect to the tenant VRF through the listen ranges, the
// import filter rejects what the seed says it must, `import vrf` leaks routes both ways, drift is
// found and repaired, pve01's resources are exactly the seed's, and destroy leaves every host as it
// was.
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { waitForRoutes, waitForSession, type ReceivedRoute } from "../../../src/lab";
import { diffSpecs } from "../../../src/engine/diff";
import { registry, kindNames } from "../../../src/resources/registry";
import { validateSpec } from "../../../src/resources/validate-spec";
import type { OperationResult } from "../../harness/pulumi/operation-report";
import { destroy, preview, up, type OperationOptions } from "../../harness/pulumi/operations";
import { handEdit, labFilePath, restartLingeringBgpInstances, runningConfig } from "../../support/lab-env";
import { pveHostSeed } from "../../support/seed-specs";

const EXAMPLE = resolve(__dirname, "../../../examples/pulumi-pve");
const HOSTS = ["pve01", "pve02", "pve03"] as const;
const VRF = "vrf_evpnz1";

let dir: string;
let stateFile: string;
const before: Record<string, string> = {};
const results: OperationResult[] = [];
const timings: string[] = [];

const options = (extra: Partial<OperationOptions> = {}): OperationOptions => ({
  cwd: EXAMPLE,
  stack: "lab",
  stateFile,
  passphrase: "frr-iac test passphrase",
  config: [{ key: "frr:labFile", value: labFilePath("pve") }],
  ...extra,
});

async function run(what: string, operation: Promise<OperationResult>): Promise<OperationResult> {
  const result = await operation;
  results.push(result);
  timings.push(`${what}: ${(result.durationMs / 1000).toFixed(1)} s`);
  expect(result.error ?? "", result.log.slice(-40).join("\n")).toBe("");
  return result;
}

const has = (routes: readonly ReceivedRoute[], prefix: string, from?: string) => routes.some((r) => r.prefix === prefix && (from === undefined || r.from === from));

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), "frr-pulumi-pve-"));
  stateFile = join(dir, "state.json");
  await restartLingeringBgpInstances("pve");
  for (const host of HOSTS) before[host] = await runningConfig("pve", host);
});

afterAll(async () => {
  if (results.length > 0 && results[results.length - 1]?.operation !== "destroy") await destroy(options());
  rmSync(dir, { recursive: true, force: true });
  console.info(`pulumi-pve timings:\n  ${timings.join("\n  ")}`);
});

describe("examples/pulumi-pve on the pve lab", () => {
  it("up brings up the iBGP mesh, the multihop edge sessions and the VMs' dynamic sessions", async () => {
    const result = await run("up (62 resources, 3 hosts)", up(options()));
    expect(result.changes).toMatchObject({ create: 63 });
    for (const id of [1, 2, 3]) {
      await waitForSession("edge", `10.255.0.${id}`, { timeoutMs: 90_000 });
      await waitForSession("edge", `fd00:0:0:ffff::${id}`, { timeoutMs: 90_000 });
    }
    await waitForSession("pve01", "fd00:0:0:ffff::2", { timeoutMs: 90_000 });
    await waitForSession("pve01", "fd00:0:0:ffff::3", { timeoutMs: 90_000 });
    await waitForSession("pve02", "fd00:0:0:ffff::3", { timeoutMs: 90_000 });
    await waitForSession("vm1006", "fd00:101::fffe", { timeoutMs: 90_000 });
    await waitForSession("vm1011", "fd00:101::fffe", { timeoutMs: 90_000 });
  });

  it("IMPORT-VM-ROUTES keeps the VM loopbacks and drops what lies outside the allowed ranges", async () => {
    const v4 = await waitForRoutes("pve01", (routes) => has(routes, "10.101.254.6/32") && has(routes, "10.101.254.11/32"), { vrf: VRF, family: "ipv4", timeoutMs: 60_000 });
    expect(has(v4, "10.99.6.0/24")).toBe(false);
    const v6 = await waitForRoutes("pve01", (routes) => has(routes, "fd00:101:fe::6/128") && has(routes, "fd00:101:fe::11/128"), { vrf: VRF, family: "ipv6", timeoutMs: 60_000 });
    expect(has(v6, "fd00:99:11::/64")).toBe(false);
  });

  it("import vrf leaks both ways: the edge learns the VM loopbacks from pve01, the VMs learn the edge's default route", async () => {
    const edge = await waitForRoutes("edge", (routes) => has(routes, "10.101.254.6/32", "10.255.0.1") && has(routes, "10.101.254.11/32", "10.255.0.1"), { family: "ipv4", timeoutMs: 60_000 });
    // EXPORT_TO_ROUTEROS: tenant routes only, with pve01's loopback as next hop; infrastructure stays inside.
    expect(edge.filter((r) => r.from === "10.255.0.1").every((r) => r.nextHop === "10.255.0.1")).toBe(true);
    expect(has(edge, "10.255.0.1/32")).toBe(false);
    expect(has(edge, "10.99.6.0/24")).toBe(false);
    await waitForRoutes("edge", (routes) => has(routes, "fd00:101:fe::6/128", "fd00:0:0:ffff::1"), { family: "ipv6", timeoutMs: 60_000 });
    for (const vm of ["vm1006", "vm1011"]) {
      await waitForRoutes(vm, (routes) => has(routes, "0.0.0.0/0"), { family: "ipv4", timeoutMs: 60_000 });
      await waitForRoutes(vm, (routes) => has(routes, "::/0"), { family: "ipv6", timeoutMs: 60_000 });
    }
    // EXPORT_TO_TALOS: defaults and peer loopbacks only; the edge's other routes never reach the VMs.
    // The other VM's loopback arrives through pve01 a moment after the default route: wait for it.
    const vm1006 = await waitForRoutes("vm1006", (routes) => has(routes, "10.101.254.11/32"), { family: "ipv4", timeoutMs: 60_000 });
    expect(vm1006.map((r) => r.prefix).sort()).toEqual(["0.0.0.0/0", "10.101.254.11/32"]);
  });

  it("pve01's resources are the seed's, field for field", () => {
    const state = JSON.parse(readFileSync(stateFile, "utf8")) as { checkpoint: { latest: { resources: { urn: string; type: string; inputs: Record<string, unknown> }[] } } };
    const byClass = Object.fromEntries(kindNames.map((name) => [registry[name].className, registry[name]]));
    const deployed = new Map<string, Record<string, unknown>>();
    for (const resource of state.checkpoint.latest.resources) {
      if (!resource.urn.split("::").pop()!.startsWith("pve01")) continue;
      const kind = byClass[resource.type.split(":").pop()!];
      if (!kind) continue;
      const { connection: _c, __provider: _p, adopt: _a, ...spec } = resource.inputs;
      deployed.set(`${kind.name} ${kind.identity.idOf(spec as never)}`, spec);
    }
    // The seed's OSPF policy and its EVPN VNI are outside this example (see its comments). Equal
    // means what the engine means: no field differs, a value set to its default counts as unset.
    const seed = pveHostSeed.filter((r) => r.kind !== "vrf" && !String(r.spec["name"] ?? "").startsWith("OSPF_INFRA"));
    const missing: string[] = [];
    for (const { kind, spec } of seed) {
      const normal = validateSpec(registry[kind], spec).spec as Record<string, unknown>;
      const key = `${kind} ${registry[kind].identity.idOf(normal as never)}`;
      const found = deployed.get(key);
      if (!found) missing.push(`${key}: not deployed`);
      else if (diffSpecs(registry[kind].fields, validateSpec(registry[kind], found).spec as Record<string, unknown>, normal).changed.length > 0) missing.push(`${key}: ${JSON.stringify(found)} ≠ seed ${JSON.stringify(normal)}`);
      deployed.delete(key);
    }
    expect(missing).toEqual([]);
    expect([...deployed.keys()]).toEqual([]);
  });

  it("a preview right after up has no changes, with and without --refresh", async () => {
    await run("preview --expect-no-changes", preview(options({ expectNoChanges: true })));
    await run("preview --refresh --expect-no-changes", preview(options({ refresh: true, expectNoChanges: true })));
  });

  it("hand edits on FRR 10.3 and 8.4 are drift on the fields they touched; up --refresh repairs them", async () => {
    await handEdit("pve", "pve01", [`router bgp 4200001000 vrf ${VRF}`, "address-family ipv4 unicast", "no import vrf default"]);
    await handEdit("pve", "pve02", ["router bgp 4200001000", "neighbor fd00:0:0:ffff::fffe ebgp-multihop 3"]);
    const drift = await preview(options({ refresh: true, expectNoChanges: true }));
    results.push(drift);
    expect(drift.exitCode).toBe(7);
    expect(drift.error).toMatch(new RegExp(`update \\S+::pve01-${VRF} \\[addressFamilies\\]`));
    expect(drift.error).toMatch(/update \S+::pve02-edge-v6 \[ebgpMultihop\]/);
    expect(drift.changed).toHaveLength(2);

    const repair = await run("up --refresh (repair)", up(options({ refresh: true })));
    expect(repair.changes).toMatchObject({ update: 2 });
    expect(await runningConfig("pve", "pve02")).toContain(" neighbor fd00:0:0:ffff::fffe ebgp-multihop 5\n");
    await run("preview --refresh --expect-no-changes", preview(options({ refresh: true, expectNoChanges: true })));
    await waitForRoutes("vm1006", (routes) => has(routes, "0.0.0.0/0"), { family: "ipv4", timeoutMs: 60_000 });
  });

  it("destroy leaves every host's configuration exactly as it was before up", async () => {
    const result = await run("destroy", destroy(options()));
    expect(result.changes).toMatchObject({ delete: 63 });
    for (const host of HOSTS) expect(await runningConfig("pve", host)).toBe(before[host]);
  });
});
