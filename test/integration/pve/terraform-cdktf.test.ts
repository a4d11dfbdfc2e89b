// examples/cdktf-pve-tenant, synthesised against the pve lab's file and applied with the real
// terraform on all three hypervisors (offline, from the management namespace): the iBGP mesh and
// the edge sessions come up, the VMs come in through pve01's tenant VRF, the edge learns only
// tenant prefixes, a re-plan changes no resource, a hand edit is drift on that attribute, and
// destroy leaves every host as it was. Core never complains about the provider.
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { readLabFile, waitForRoutes, waitForSession, type LabFile } from "../../../src/lab";
import { TerraformWorkspace } from "../../harness/terraform/real-terraform";
import { handEdit, labFilePath, restartLingeringBgpInstances, runningConfig } from "../../support/lab-env";
import { configLines, describeTimings, expectRun, installProvider, lineDiff, localStateOverride, planActions, synthCdktf } from "../../support/terraform-env";

const LAB = "pve";
const HOSTS = { pve01: 1, pve02: 2, pve03: 3 } as const;

let tmp: string;
let lab: LabFile;
let ws: TerraformWorkspace;
const before: Record<string, Set<string>> = {};
let destroyed = false;

beforeAll(async () => {
  const labFile = labFilePath(LAB);
  lab = readLabFile(labFile);
  tmp = mkdtempSync(join(tmpdir(), "frr-iac-tf-cdktf-pve-"));
  const stack = synthCdktf("cdktf-pve-tenant", "pve", labFile, join(tmp, "cdktf.out"));
  ws = new TerraformWorkspace(tmp, installProvider(join(tmp, "mirror"), ["--offline"]).cliConfig);
  ws.write("cdk.tf.json", stack);
  ws.write("state_override.tf.json", localStateOverride);
  await restartLingeringBgpInstances(LAB);
  for (const host of Object.keys(HOSTS)) before[host] = configLines(await runningConfig(LAB, host));
}, 120_000);

afterAll(async () => {
  if (!destroyed && ws) await ws.run(["destroy", "-auto-approve"]);
  if (lab) await restartLingeringBgpInstances(LAB);
  if (ws) console.log(`real terraform, synthesised examples/cdktf-pve-tenant on 3 hosts: ${describeTimings(ws)}`);
  if (tmp) rmSync(tmp, { recursive: true, force: true });
});

describe("the synthesised examples/cdktf-pve-tenant stack with real terraform", () => {
  it("init from the mirror, apply on three hosts; mesh, edge and VM sessions reach Established", async () => {
    expectRun(await ws.run(["init", "-input=false"]));
    const apply = expectRun(await ws.run(["apply", "-auto-approve", "-input=false"]));
    expect(apply.stdout).toMatch(/Apply complete! Resources: 41 added, 0 changed, 0 destroyed/);
    for (const [host, id] of Object.entries(HOSTS)) {
      await waitForSession(host, "10.255.0.254", { lab, timeoutMs: 90_000 });
      await waitForSession(host, "fd00:0:0:ffff::fffe", { lab, timeoutMs: 90_000 });
      for (const other of Object.values(HOSTS)) if (other !== id) await waitForSession(host, `fd00:0:0:ffff::${other}`, { lab, timeoutMs: 90_000 });
    }
    for (const vm of ["fd00:101::6", "fd00:101::11"]) await waitForSession("pve01", vm, { lab, vrf: "vrf_evpnz1", timeoutMs: 90_000 });
  });

  it("the edge learns the VM loopbacks through import vrf and EXPORT_TO_ROUTEROS, never a rejected prefix", async () => {
    const routes = await waitForRoutes("edge", (rs) => ["10.101.254.6/32", "10.101.254.11/32", "fd00:101:fe::6/128", "fd00:101:fe::11/128"].every((p) => rs.some((r) => r.prefix === p)), { lab, timeoutMs: 60_000 });
    const prefixes = routes.map((r) => r.prefix);
    expect(prefixes).not.toContain("10.99.6.0/24");
    expect(prefixes).not.toContain("fd00:99:11::/64");
  });

  it("once the sessions are up and recorded, a plan changes nothing: no resource, no output (plan -detailed-exitcode says 0)", async () => {
    // The outputs were read during apply, before the sessions came up: a refresh records them.
    expectRun(await ws.run(["apply", "-refresh-only", "-auto-approve", "-input=false"]));
    const plan = await planActions(ws);
    expect(plan.resources).toEqual({});
    expect(plan.outputsChange, "outputs carry session states only, which do not change while the sessions stay up").toBe(false);
    const exit = await ws.run(["plan", "-detailed-exitcode", "-input=false"]);
    expect(exit.code, exit.stdout + exit.stderr).toBe(0);
    console.log(`cdktf-pve-tenant: no-op plan of 41 resources on 3 hosts ${(plan.ms / 1000).toFixed(1)} s`);
  });

  it("a hand edit on pve02 (FRR 8.4) is drift on that attribute; apply repairs it", async () => {
    await handEdit(LAB, "pve02", ["router bgp 4200001000", "address-family ipv6 unicast", "no neighbor fd00:0:0:ffff::fffe next-hop-self force"]);
    const drift = expectRun(await ws.run(["plan", "-input=false"]));
    expect(drift.stdout).toMatch(/# frr_bgp_peer\.pve02-edge-v6 will be updated in-place/);
    expect(drift.stdout).toMatch(/~ next_hop_self_force\s+= false -> true/);
    expect(drift.stdout).toMatch(/Plan: 0 to add, 1 to change, 0 to destroy/);
    expectRun(await ws.run(["apply", "-auto-approve", "-input=false"]));
    expect((await planActions(ws)).resources).toEqual({});
  });

  it("destroy leaves every host as it was", async () => {
    const result = expectRun(await ws.run(["destroy", "-auto-approve", "-input=false"]));
    destroyed = true;
    expect(result.stdout).toMatch(/Destroy complete! Resources: 41 destroyed/);
    for (const host of Object.keys(HOSTS)) expect(lineDiff(before[host]!, configLines(await runningConfig(LAB, host))), host).toEqual({ added: [], removed: [] });
  });
});
