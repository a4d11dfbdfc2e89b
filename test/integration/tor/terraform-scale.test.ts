// 200 resources on one host with the real terraform: the plan (a refresh of every object plus a
// plan per object) must take seconds, because reads of one host share one `show running-config`
// and writes of one host are committed together. Measured on FRR 8.4 (200 prefix-lists) and
// FRR 10.3 (200 peers, whose reads also need the neighbors' live status).
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { TerraformWorkspace } from "../../harness/terraform/real-terraform";
import { handEdit, labFilePath, runningConfig } from "../../support/lab-env";
import { configLines, describeTimings, expectRun, installProvider, lineDiff, type Installed } from "../../support/terraform-env";

const LAB = "tor";
const COUNT = 200;
/** What "seconds, not minutes" means here: measured 4–6 s on the 2-core project machine under load. */
const PLAN_BUDGET_MS = 30_000;

const provider = (host: string): string => `
terraform {
  required_providers {
    frr = { source = "frr-iac/frr" }
  }
}
variable "lab_file" { type = string }
locals { node = jsondecode(file(var.lab_file)).hosts["${host}"] }
provider "frr" {
  host             = local.node.ssh.address
  private_key_path = local.node.users[0].privateKeyPath
  host_key         = local.node.ssh.hostKey.fingerprint
  pathspace        = local.node.pathspace
}
`;

const prefixLists = `
resource "frr_prefix_list" "many" {
  count = ${COUNT}
  name  = format("SCALE-%03d", count.index)
  entries = [
    { seq = 5, action = "permit", prefix = format("10.50.%d.0/24", count.index) },
    { seq = 10, action = "deny", prefix = "0.0.0.0/0", le = 32 },
  ]
}
`;

const peers = `
resource "frr_bgp_speaker" "scale" {
  asn                  = 65000
  default_ipv4_unicast = false
}
resource "frr_bgp_peer" "many" {
  count       = ${COUNT - 1}
  speaker     = frr_bgp_speaker.scale.id
  neighbor    = format("10.60.0.%d", count.index + 1)
  remote_as   = 65100 + count.index
  description = format("scale peer %d", count.index)
  passive     = true
  address_families = {
    ipv4_unicast = { activate = true, soft_reconfiguration_inbound = true }
  }
}
`;

let tmp: string;
let installed: Installed;
const workspaces: TerraformWorkspace[] = [];

beforeAll(() => {
  tmp = mkdtempSync(join(tmpdir(), "frr-iac-tf-scale-"));
  installed = installProvider(join(tmp, "mirror"), ["--offline"]);
});

afterAll(async () => {
  for (const ws of workspaces) {
    await ws.run(["destroy", "-auto-approve", "-parallelism=50"]);
    console.log(`real terraform, ${COUNT} resources on one host (${ws.dir}): ${describeTimings(ws)}`);
  }
  rmSync(tmp, { recursive: true, force: true });
});

describe.each([
  { host: "node1", what: `${COUNT} prefix-lists (FRR 8.4)`, config: prefixLists, drift: ["ip prefix-list SCALE-123 seq 7 permit 10.1.0.0/16"], changed: "frr_prefix_list.many[123]" },
  { host: "node2", what: `${COUNT - 1} peers and their speaker (FRR 10.3)`, config: peers, drift: ["router bgp 65000", "neighbor 10.60.0.43 description by hand"], changed: "frr_bgp_peer.many[42]" },
])("$what on $host", ({ host, config, drift, changed }) => {
  let ws: TerraformWorkspace;
  let before: Set<string>;

  beforeAll(async () => {
    ws = new TerraformWorkspace(join(tmp, host), installed.cliConfig, { TF_VAR_lab_file: labFilePath(LAB) });
    workspaces.push(ws);
    ws.write("main.tf", provider(host) + config);
    before = configLines(await runningConfig(LAB, host));
    expectRun(await ws.run(["init", "-input=false"]));
  });

  it("applies (with -parallelism=50: terraform's default of 10 makes 20+ commits)", async () => {
    const result = expectRun(await ws.run(["apply", "-auto-approve", "-input=false", "-parallelism=50"]));
    expect(result.stdout).toMatch(new RegExp(`Apply complete! Resources: ${COUNT} added`));
    console.log(`apply of ${COUNT} on ${host}: ${(result.ms / 1000).toFixed(1)} s`);
  });

  it(`plans ${COUNT} resources in seconds`, async () => {
    const result = expectRun(await ws.run(["plan", "-detailed-exitcode", "-input=false"]), 0);
    console.log(`no-op plan of ${COUNT} on ${host}: ${(result.ms / 1000).toFixed(1)} s`);
    expect(result.ms).toBeLessThan(PLAN_BUDGET_MS);
  });

  it("finds the one drifted object among them", async () => {
    await handEdit(LAB, host, drift);
    const result = expectRun(await ws.run(["plan", "-detailed-exitcode", "-input=false"]), 2);
    expect(result.stdout).toMatch(/Plan: 0 to add, 1 to change, 0 to destroy/);
    expect(result.stdout).toContain(`# ${changed} will be updated in-place`);
    expect(result.ms).toBeLessThan(PLAN_BUDGET_MS);
  });

  it("destroys everything and leaves the host as it was", async () => {
    const result = expectRun(await ws.run(["destroy", "-auto-approve", "-input=false", "-parallelism=50"]));
    expect(result.stdout).toMatch(new RegExp(`Destroy complete! Resources: ${COUNT} destroyed`));
    console.log(`destroy of ${COUNT} on ${host}: ${(result.ms / 1000).toFixed(1)} s`);
    expect(lineDiff(before, configLines(await runningConfig(LAB, host)))).toEqual({ added: [], removed: [] });
  });
});
