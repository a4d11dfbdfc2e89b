// examples/terraform-tor with the real terraform binary against the tor lab, offline, from the
// lab's management namespace: init from the filesystem mirror `frr-iac terraform install`
// writes → apply (every session Established, routes as the lab shows them) → empty plan → a hand
// edit is drift naming the attribute → apply repairs → import of neighbors made by hand (with the
// matching config, and with generated config) → destroy leaves the hosts as they were. Core must
// never complain about the provider (inconsistent result, invalid plan, inconsistent final plan).
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { readLabFile, receivedRoutes, waitForRoutes, waitForSession, type LabFile } from "../../../src/lab";
import type { TerraformWorkspace } from "../../harness/terraform/real-terraform";
import { handEdit, labFilePath, runningConfig } from "../../support/lab-env";
import { configLines, describeTimings, exampleWorkspace, expectRun, installProvider, lineDiff, output, type Installed } from "../../support/terraform-env";

const LAB = "tor";
const HOSTS = ["node1", "node2"] as const;
const TORS = { "tor-a": { ipv4: "10.0.0.254", ipv6: "2001:db8:0:a::fe" }, "tor-b": { ipv4: "10.0.1.254", ipv6: "2001:db8:0:b::fe" } };

/**
 * BIRD (tor-b) answers a session opened before its address family was configured with "Required
 * capability missing" and then waits its error wait time: 60 s, doubling on repeated errors up to
 * 300 s. A new neighbor is now held shut down until its last line is in (src/resources/peer.ts),
 * so that no longer happens; the bound stays at BIRD's longest wait so a session error costs time,
 * not a failure.
 */
const BIRD_PATIENCE_MS = 320_000;

let tmp: string;
let lab: LabFile;
let installed: Installed;
let ws: TerraformWorkspace;
const before: Record<string, Set<string>> = {};
let destroyed = false;

beforeAll(async () => {
  const labFile = labFilePath(LAB);
  lab = readLabFile(labFile);
  tmp = mkdtempSync(join(tmpdir(), "frr-iac-tf-tor-"));
  installed = installProvider(join(tmp, "mirror"), ["--offline"]);
  ws = exampleWorkspace(tmp, "terraform-tor", installed, {
    TF_VAR_lab_file: labFile,
    TF_VAR_tor_a_password: lab.peers["tor-a"]?.password,
    TF_VAR_tor_b_password: lab.peers["tor-b"]?.password,
  });
  for (const host of HOSTS) before[host] = configLines(await runningConfig(LAB, host));
});

afterAll(async () => {
  if (!destroyed && ws) await ws.run(["destroy", "-auto-approve"]);
  if (ws) console.log(`real terraform, examples/terraform-tor on 2 hosts: ${describeTimings(ws)}`);
  rmSync(tmp, { recursive: true, force: true });
});

describe("examples/terraform-tor with real terraform", () => {
  it("installs from the filesystem mirror written by `frr-iac terraform install`, offline", async () => {
    expect(installed.stdout).toMatch(/installed registry\.terraform\.io\/frr-iac\/frr 0\.1\.0/);
    const init = expectRun(await ws.run(["init", "-input=false"]));
    expect(init.stdout).toMatch(/Installed frr-iac\/frr v0\.1\.0/);
    expect(readFileSync(join(ws.dir, ".terraform.lock.hcl"), "utf8")).toMatch(/registry\.terraform\.io\/frr-iac\/frr/);
    expectRun(await ws.run(["validate"]));
  });

  it("also installs for dev_overrides (no init) and, by default, keeps other providers on their registries", async () => {
    expect(installProvider(join(tmp, "direct")).cliConfig).toMatch(/direct \{\n\s+exclude = \["registry\.terraform\.io\/frr-iac\/frr"\]/);
    const dev = installProvider(join(tmp, "dev"), ["--dev-overrides", "--offline"]);
    expect(dev.cliConfig).toMatch(/dev_overrides \{\n\s+"frr-iac\/frr" = /);
    const devWs = exampleWorkspace(join(tmp, "devws"), "terraform-tor", dev, { TF_VAR_lab_file: labFilePath(LAB), TF_VAR_tor_a_password: "x", TF_VAR_tor_b_password: "y" });
    // No init with dev_overrides (Terraform says to skip it): `get` installs the example's module.
    expectRun(await devWs.run(["get"]));
    const validate = expectRun(await devWs.run(["validate"]));
    expect(validate.stdout + validate.stderr).toMatch(/Provider development overrides are in effect/);
    expect(validate.stdout).toMatch(/Success! The configuration is valid/);
  });

  it("apply creates everything and every session reaches Established", { timeout: 450_000 }, async () => {
    const apply = expectRun(await ws.run(["apply", "-auto-approve", "-input=false"]));
    expect(apply.stdout).toMatch(/Apply complete! Resources: 24 added, 0 changed, 0 destroyed/);
    // MD5 passwords are sensitive: never in plan output or logs.
    expect(apply.stdout + apply.stderr).not.toMatch(/secretpass|tor-b-secret/);
    for (const host of HOSTS) {
      // BIRD waits 60 s after an error (e.g. a session opened before its address family was activated).
      for (const tor of Object.values(TORS)) for (const address of Object.values(tor)) await waitForSession(host, address, { lab, timeoutMs: BIRD_PATIENCE_MS });
    }
    // Data sources are read at plan time: refresh so the outputs show the settled sessions.
    expectRun(await ws.run(["apply", "-refresh-only", "-auto-approve", "-input=false"]));
    const sessions = await output<Record<string, Record<string, string>>>(ws, "sessions");
    const everyTor = Object.values(TORS).flatMap((t) => Object.values(t));
    for (const host of HOSTS) expect(sessions[host], host).toEqual(Object.fromEntries(everyTor.map((a) => [a, "Established"])));
  });

  it("advertises the overlay prefixes with their communities, and frr_bgp_routes shows what TOR-IN accepted and rejected", async () => {
    for (const host of HOSTS) {
      const own = lab.hosts[host]!.interfaces.find((i) => i.link === "fabric-b")!.addresses[0]!.split("/")[0]!;
      const seen = await waitForRoutes("tor-b", (rs) => ["10.100.0.0/24", "10.200.0.0/24"].every((p) => rs.some((r) => r.prefix === p && r.from === own)), { lab, family: "ipv4", timeoutMs: 60_000 });
      expect(seen.find((r) => r.prefix === "10.100.0.0/24" && r.from === own)?.communities).toEqual(["65000:100"]);
      expect(seen.find((r) => r.prefix === "10.200.0.0/24" && r.from === own)).toMatchObject({ communities: ["65000:200"], largeCommunities: ["65000:0:200"] });
    }
    expectRun(await ws.run(["apply", "-refresh-only", "-auto-approve", "-input=false"]));
    const routes = await output<Record<string, { accepted: string[]; rejected: string[] }>>(ws, "routes_from_tor_a");
    const sent = lab.peers["tor-a"]!.announces.filter((p) => !p.includes(":"));
    for (const host of HOSTS) {
      const inTable = (await receivedRoutes(host, { lab, family: "ipv4" })).filter((r) => r.from === TORS["tor-a"].ipv4).map((r) => r.prefix);
      expect(routes[host]!.accepted, `${host}: accepted = in the BGP table`).toEqual(inTable.sort());
      expect(routes[host]!.accepted).toEqual(["198.51.100.0/24"]);
      // Everything tor-a announces is listed, accepted or rejected (soft-reconfiguration inbound keeps the rejected ones).
      expect([...routes[host]!.accepted, ...routes[host]!.rejected]).toEqual(expect.arrayContaining(sent));
      expect(routes[host]!.rejected).toContain("203.0.113.0/24");
    }
  });

  it("plans nothing once applied", async () => {
    expectRun(await ws.run(["plan", "-detailed-exitcode", "-input=false"]), 0);
  });

  it("shows a hand edit as drift on the edited attribute, and apply repairs it", async () => {
    await handEdit(LAB, "node1", ["router bgp 65000", "neighbor 10.0.0.254 description changed by hand"]);
    await handEdit(LAB, "node2", ["ip prefix-list TOR-ACCEPT-V4 seq 15 permit 10.9.0.0/16"]);
    const drift = expectRun(await ws.run(["plan", "-detailed-exitcode", "-input=false"]), 2);
    expect(drift.stdout).toMatch(/module\.node1\.frr_bgp_peer\.tor\["tor_a_v4"\] will be updated in-place/);
    expect(drift.stdout).toMatch(/~ description\s+= "changed by hand" -> "ToR-Switch-A"/);
    expect(drift.stdout).toMatch(/module\.node2\.frr_prefix_list\.from_tor_v4 will be updated in-place/);
    expect(drift.stdout).toMatch(/- prefix = "10\.9\.0\.0\/16" -> null/);
    expect(drift.stdout).toMatch(/Plan: 0 to add, 2 to change, 0 to destroy/);
    expectRun(await ws.run(["apply", "-auto-approve", "-input=false"]));
    expect(await runningConfig(LAB, "node1")).toMatch(/neighbor 10\.0\.0\.254 description ToR-Switch-A/);
    expect(await runningConfig(LAB, "node2")).not.toMatch(/10\.9\.0\.0\/16/);
    expectRun(await ws.run(["plan", "-detailed-exitcode", "-input=false"]), 0);
  });

  it("imports a neighbor made by hand with vtysh: every attribute filled, the matching config plans nothing", async () => {
    await handEdit(LAB, "node2", [
      "router bgp 65000",
      "neighbor 10.0.0.77 remote-as 65077",
      "neighbor 10.0.0.77 description made by hand",
      "neighbor 10.0.0.77 password hand-secret",
      "neighbor 10.0.0.77 timers 10 30",
      "neighbor 10.0.0.77 shutdown",
      "address-family ipv4 unicast",
      "neighbor 10.0.0.77 activate",
      "neighbor 10.0.0.77 route-map TOR-IN in",
      "neighbor 10.0.0.77 route-map TOR-OUT out",
      "neighbor 10.0.0.77 maximum-prefix 100 90 warning-only",
    ]);
    ws.write(
      "hand.tf",
      `resource "frr_bgp_peer" "hand" {
  provider    = frr.node2
  speaker     = module.node2.speaker_id
  neighbor    = "10.0.0.77"
  remote_as   = 65077
  description = "made by hand"
  password    = "hand-secret"
  timers      = { keepalive = 10, hold = 30 }
  shutdown    = true
  address_families = {
    ipv4_unicast = {
      activate       = true
      route_map_in   = "TOR-IN"
      route_map_out  = "TOR-OUT"
      maximum_prefix = { limit = 100, threshold = 90, warning_only = true }
    }
  }
}
`,
    );
    const imported = expectRun(await ws.run(["import", "-input=false", "frr_bgp_peer.hand", "65000/neighbor/10.0.0.77"]));
    expect(imported.stdout).toMatch(/Import successful/);
    const state = expectRun(await ws.run(["state", "show", "frr_bgp_peer.hand"])).stdout;
    expect(state).toMatch(/remote_as\s+= "65077"/);
    expect(state).toMatch(/warning_only\s+= true/);
    expect(state).toMatch(/password\s+= \(sensitive value\)/);
    expectRun(await ws.run(["plan", "-detailed-exitcode", "-input=false"]), 0);
  });

  it("imports with an import block and -generate-config-out; the generated config plans nothing", async () => {
    await handEdit(LAB, "node1", [
      "router bgp 65000",
      "neighbor 10.0.0.78 remote-as external",
      "neighbor 10.0.0.78 description generated",
      "neighbor 10.0.0.78 ebgp-multihop 3",
      // Nothing answers at 10.0.0.78: shut down, its state stays Idle instead of flipping between
      // Connect and Active, which the example's `sessions` output would report as a change.
      "neighbor 10.0.0.78 shutdown",
      "address-family ipv6 unicast",
      "neighbor 10.0.0.78 activate",
      "neighbor 10.0.0.78 soft-reconfiguration inbound",
    ]);
    ws.write("import.tf", `import {\n  provider = frr.node1\n  to       = frr_bgp_peer.generated\n  id       = "65000/neighbor/10.0.0.78"\n}\n`);
    expectRun(await ws.run(["plan", "-input=false", "-generate-config-out=generated.tf"]));
    const generated = readFileSync(join(ws.dir, "generated.tf"), "utf8");
    expect(generated).toMatch(/resource "frr_bgp_peer" "generated" \{/);
    expect(generated).toMatch(/provider\s+= frr\.node1/);
    expect(generated).toMatch(/remote_as\s+= "external"/);
    expect(generated).toMatch(/ebgp_multihop\s+= 3/);
    expect(generated).toMatch(/soft_reconfiguration_inbound\s+= true/);
    expect(generated).toMatch(/shutdown\s+= true/);
    const applied = expectRun(await ws.run(["apply", "-auto-approve", "-input=false"]));
    expect(applied.stdout).toMatch(/Apply complete! Resources: 1 imported, 0 added, 0 changed, 0 destroyed/);
    expectRun(await ws.run(["plan", "-detailed-exitcode", "-input=false"]), 0);
  });

  it("destroy leaves each host's configuration as it was before apply", async () => {
    const result = expectRun(await ws.run(["destroy", "-auto-approve", "-input=false"]));
    destroyed = true;
    expect(result.stdout).toMatch(/Destroy complete! Resources: 26 destroyed/);
    for (const host of HOSTS) {
      const after = configLines(await runningConfig(LAB, host));
      expect(lineDiff(before[host]!, after), host).toEqual({ added: [], removed: [] });
    }
    writeFileSync(join(ws.dir, "import.tf"), "");
  });
});
