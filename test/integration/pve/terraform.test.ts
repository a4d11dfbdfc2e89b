// examples/terraform-pve-tenant with the real terraform binary against pve01 of the pve lab,
// offline, from the lab's management namespace: the tenant VRF of seed pve-evpn-frr-spec.md
// (peer-group VMS `remote-as external`, listen ranges, IMPORT-VM-ROUTES / EXPORT_TO_TALOS,
// `import vrf` both ways). The VMs (GoBGP and BIRD) come in as dynamic neighbors; what they may
// announce and what they get back is checked in the BGP tables of the VMs and the edge router.
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { readLabFile, receivedRoutes, waitForRoutes, waitForSession, type LabFile } from "../../../src/lab";
import type { TerraformWorkspace } from "../../harness/terraform/real-terraform";
import { handEdit, labFilePath, restartLingeringBgpInstances, runningConfig } from "../../support/lab-env";
import { configLines, describeTimings, exampleWorkspace, expectRun, installProvider, lineDiff, output } from "../../support/terraform-env";

const LAB = "pve";
const HOST = "pve01";
const VRF = "vrf_evpnz1";
const VMS = { vm1006: "fd00:101::6", vm1011: "fd00:101::11" };

let tmp: string;
let lab: LabFile;
let ws: TerraformWorkspace;
let before: Set<string>;
let destroyed = false;

type VmRoutes = Record<string, { accepted: string[]; rejected: string[] }>;

beforeAll(async () => {
  const labFile = labFilePath(LAB);
  lab = readLabFile(labFile);
  tmp = mkdtempSync(join(tmpdir(), "frr-iac-tf-pve-"));
  ws = exampleWorkspace(tmp, "terraform-pve-tenant", installProvider(join(tmp, "mirror"), ["--offline"]), { TF_VAR_lab_file: labFile, TF_VAR_host: HOST });
  await restartLingeringBgpInstances(LAB);
  before = configLines(await runningConfig(LAB, HOST));
});

afterAll(async () => {
  if (!destroyed && ws) await ws.run(["destroy", "-auto-approve"]);
  if (lab) await restartLingeringBgpInstances(LAB);
  if (ws) console.log(`real terraform, examples/terraform-pve-tenant on ${HOST}: ${describeTimings(ws)}`);
  rmSync(tmp, { recursive: true, force: true });
});

describe("examples/terraform-pve-tenant with real terraform", () => {
  it("init from the mirror, apply, and the VMs come in through the listen ranges", async () => {
    expectRun(await ws.run(["init", "-input=false"]));
    const apply = expectRun(await ws.run(["apply", "-auto-approve", "-input=false"]));
    expect(apply.stdout).toMatch(/Apply complete! Resources: 21 added, 0 changed, 0 destroyed/);
    await waitForSession(HOST, "10.255.0.254", { lab, timeoutMs: 90_000 });
    await waitForSession(HOST, "fd00:0:0:ffff::fffe", { lab, timeoutMs: 90_000 });
    for (const address of Object.values(VMS)) await waitForSession(HOST, address, { lab, vrf: VRF, timeoutMs: 90_000 });
    // Give the VMs' updates a moment to pass the inbound policy before the data sources read them.
    await waitForRoutes(HOST, (rs) => Object.values(VMS).every((vm) => rs.filter((r) => r.from === vm).length >= 2), { lab, vrf: VRF, timeoutMs: 30_000 });
    expectRun(await ws.run(["apply", "-refresh-only", "-auto-approve", "-input=false"]));
    expect(await output(ws, "vm_sessions")).toEqual({
      "fd00:101::6": { remote_as: lab.peers["vm1006"]!.asn, state: "Established" },
      "fd00:101::11": { remote_as: lab.peers["vm1011"]!.asn, state: "Established" },
    });
  });

  it("IMPORT-VM-ROUTES accepts the VM loopbacks and rejects the rest; frr_bgp_routes agrees with the VRF's BGP table", async () => {
    const routes = await output<VmRoutes>(ws, "vm_routes");
    expect(routes).toEqual({
      "fd00:101::6 ipv4": { accepted: ["10.101.254.6/32"], rejected: ["10.99.6.0/24"] },
      "fd00:101::6 ipv6": { accepted: ["fd00:101:fe::6/128"], rejected: [] },
      "fd00:101::11 ipv4": { accepted: ["10.101.254.11/32"], rejected: [] },
      "fd00:101::11 ipv6": { accepted: ["fd00:101:fe::11/128"], rejected: ["fd00:99:11::/64"] },
    });
    const table = await receivedRoutes(HOST, { lab, vrf: VRF });
    for (const [key, { accepted }] of Object.entries(routes)) {
      const [vm, family] = key.split(" ");
      const inTable = table.filter((r) => r.from === vm && r.prefix.includes(":") === (family === "ipv6")).map((r) => r.prefix);
      expect(accepted, key).toEqual(inTable.sort());
    }
  });

  it("import vrf both ways: the edge router learns the VM loopbacks, the VMs get the edge's default routes back", async () => {
    const edge = await waitForRoutes("edge", (rs) => ["10.101.254.6/32", "10.101.254.11/32", "fd00:101:fe::6/128", "fd00:101:fe::11/128"].every((p) => rs.some((r) => r.prefix === p)), { lab, timeoutMs: 30_000 });
    expect(edge.map((r) => r.prefix)).not.toContain("10.99.6.0/24");
    for (const vm of Object.keys(VMS)) {
      const got = await waitForRoutes(vm, (rs) => ["0.0.0.0/0", "::/0"].every((p) => rs.some((r) => r.prefix === p)), { lab, timeoutMs: 30_000 });
      // EXPORT_TO_TALOS: default routes and peer loopbacks only (never the tenant subnet or the other VM's rejected prefixes).
      for (const r of got) expect(r.prefix, vm).toMatch(/^(0\.0\.0\.0\/0|::\/0|10\.101\.254\.\d+\/32|fd00:101:fe::[0-9a-f]+\/128)$/);
    }
  });

  it("plans nothing once applied", async () => {
    expectRun(await ws.run(["plan", "-detailed-exitcode", "-input=false"]), 0);
  });

  it("a hand edit in the VRF is drift on that attribute; apply repairs it", async () => {
    await handEdit(LAB, HOST, [`router bgp 4200001000 vrf ${VRF}`, "address-family ipv6 unicast", "no neighbor VMS route-map EXPORT_TO_TALOS out"]);
    const drift = expectRun(await ws.run(["plan", "-detailed-exitcode", "-input=false"]), 2);
    expect(drift.stdout).toMatch(/frr_bgp_peer\.vms will be updated in-place/);
    expect(drift.stdout).toMatch(/\+ route_map_out\s+= "EXPORT_TO_TALOS"/);
    expect(drift.stdout).toMatch(/Plan: 0 to add, 1 to change, 0 to destroy/);
    expectRun(await ws.run(["apply", "-auto-approve", "-input=false"]));
    expectRun(await ws.run(["plan", "-detailed-exitcode", "-input=false"]), 0);
  });

  it("imports a listen range made by hand in the VRF", async () => {
    await handEdit(LAB, HOST, [`router bgp 4200001000 vrf ${VRF}`, "bgp listen range fd00:101:fd::/64 peer-group VMS"]);
    ws.write(
      "hand.tf",
      `resource "frr_bgp_listen_range" "hand" {
  provider   = frr.pve
  speaker    = frr_bgp_speaker.tenant.id
  prefix     = "fd00:101:fd::/64"
  peer_group = "VMS"
}
`,
    );
    expectRun(await ws.run(["import", "-input=false", "frr_bgp_listen_range.hand", `4200001000/vrf/${VRF}/listen-range/fd00:101:fd::/64`]));
    expectRun(await ws.run(["plan", "-detailed-exitcode", "-input=false"]), 0);
  });

  it("destroy leaves pve01 as it was", async () => {
    const result = expectRun(await ws.run(["destroy", "-auto-approve", "-input=false"]));
    destroyed = true;
    expect(result.stdout).toMatch(/Destroy complete! Resources: 22 destroyed/);
    expect(lineDiff(before, configLines(await runningConfig(LAB, HOST)))).toEqual({ added: [], removed: [] });
  });
});
