// The demo's driver, run by scripts/demo.sh inside the lab's management namespace: seed
// quantix-bgp-tor deployed through Pulumi on node1 (FRR 8.4) and through CDKTF + Terraform on node2
// (FRR 10.3), sessions and routes shown, a hand edit on each host found by each tool, repaired,
// and everything destroyed again.
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { bgpSessions, readLabFile, receivedRoutes, waitForRoutes, waitForSession, type LabFile } from "../../src/lab";
import { destroy, preview, up } from "../../test/harness/pulumi/operations";
import type { OperationResult } from "../../test/harness/pulumi/operation-report";
import { handEdit, runningConfig } from "../../test/support/lab-env";
import { detail, routeRows, say, sessionRows, step, table } from "./report";
import { cdktfWorkspace, pulumiOptions, terraform } from "./tools";

const LAB = "demo";
const PULUMI_NODE = "node1";
const TERRAFORM_NODE = "node2";
const TOR_NEIGHBORS = {
  "tor-a": { v4: "10.0.0.254", v6: "2001:db8:0:a::fe", nodes: ["10.0.0.1", "10.0.0.2", "2001:db8:0:a::1", "2001:db8:0:a::2"] },
  "tor-b": { v4: "10.0.1.254", v6: "2001:db8:0:b::fe", nodes: ["10.0.1.1", "10.0.1.2", "2001:db8:0:b::1", "2001:db8:0:b::2"] },
} as const;
/** BIRD (ToR B) may answer a session that opened before its address family with an error and then wait 60 s or more. */
const SESSION_WAIT_MS = 150_000;

function pulumiOk(result: OperationResult, what: string): OperationResult {
  if (!result.ok) throw new Error(`${what} failed: ${result.error ?? "see the log"}\n${result.log.slice(-20).join("\n")}`);
  return result;
}

const configLines = (text: string) => new Set(text.split("\n").map((l) => l.trimEnd()).filter((l) => l !== "" && l !== "!" && !/^(Building configuration|Current configuration)/.test(l)));
const sameLines = (a: Set<string>, b: Set<string>) => a.size === b.size && [...a].every((l) => b.has(l));

async function main(): Promise<void> {
  const labFile = process.env["FRR_IAC_LAB_FILE"] ?? "";
  const lab: LabFile = readLabFile(labFile);
  const dir = mkdtempSync(join(tmpdir(), "frr-iac-demo-"));
  const before: Record<string, Set<string>> = { [PULUMI_NODE]: configLines(await runningConfig(LAB, PULUMI_NODE)), [TERRAFORM_NODE]: configLines(await runningConfig(LAB, TERRAFORM_NODE)) };
  const pulumi = (extra = {}) => pulumiOptions(lab, labFile, join(dir, "pulumi-state.json"), { [PULUMI_NODE]: { routerId: "10.0.0.1" } }, extra);
  const ws = cdktfWorkspace(lab, labFile, join(dir, "terraform"), [TERRAFORM_NODE]);
  let deployed = false;
  try {
    await step(`pulumi up on ${PULUMI_NODE} (examples/pulumi-tor, FRR 8.4)`, "the Pulumi program runs through the real @pulumi/pulumi dynamic provider and configures FRR over SSH in one group commit", async () => {
      deployed = true;
      const result = pulumiOk(await up(pulumi()), "pulumi up");
      detail([`${result.changes["create"] ?? 0} resources created`]);
    });
    await step(`cdktf synth + terraform init/apply on ${TERRAFORM_NODE} (examples/cdktf-tor, FRR 10.3)`, "the generated CDKTF bindings synthesise a stack that real Terraform 1.11 applies through frr-iac's provider, offline, from a filesystem mirror", async () => {
      await terraform(ws, ["init", "-input=false"]);
      const apply = await terraform(ws, ["apply", "-auto-approve", "-input=false"]);
      detail([/Apply complete!.*/.exec(apply.stdout)?.[0] ?? "applied"]);
    });

    await step("BGP sessions with both ToRs (ToR A runs FRR, ToR B runs BIRD), IPv4 and IPv6, MD5", "both hosts' sessions come up against real peers with the passwords both tools kept secret", async () => {
      const waits = Object.entries(TOR_NEIGHBORS).flatMap(([tor, { nodes }]) => nodes.map((n) => waitForSession(tor, n, { lab, timeoutMs: SESSION_WAIT_MS })));
      const settled = await Promise.allSettled(waits);
      const rows = [
        ...sessionRows(PULUMI_NODE, "Pulumi", await bgpSessions(PULUMI_NODE, { lab })),
        ...sessionRows(TERRAFORM_NODE, "Terraform", await bgpSessions(TERRAFORM_NODE, { lab })),
      ];
      detail(table(["host", "deployed by", "neighbor", "remote AS", "state", "prefixes"], rows));
      const down = settled.filter((s) => s.status === "rejected").length;
      if (down > 0) detail([`${down} session(s) not Established yet (BIRD waits after a session error); the table shows where they are`]);
    });

    await step("prefixes each ToR received", "the advertisements arrive with their communities, and TOR-OUT lets only the overlay prefixes out", async () => {
      // Each ToR hears the overlay from both nodes, over its IPv4 session with each.
      await Promise.allSettled(
        Object.entries(TOR_NEIGHBORS).map(([tor, { nodes }]) =>
          waitForRoutes(tor, (routes) => nodes.slice(0, 2).every((from) => ["10.100.0.0/24", "10.200.0.0/24"].every((p) => routes.some((r) => r.prefix === p && r.from === from))), { lab, family: "ipv4", timeoutMs: 90_000 }),
        ),
      );
      const rows = [];
      for (const tor of Object.keys(TOR_NEIGHBORS)) {
        for (const family of ["ipv4", "ipv6"] as const) rows.push(...routeRows(tor, await receivedRoutes(tor, { lab, family })));
      }
      detail(table(["ToR", "prefix", "from", "AS path", "communities"], rows));
    });

    await step("a hand edit on each host, then both tools' drift checks", "a refresh reads the host back: both tools report the drifted field, by name", async () => {
      await handEdit(LAB, PULUMI_NODE, ["router bgp 65000", `neighbor ${TOR_NEIGHBORS["tor-a"].v4} description edited by hand`]);
      await handEdit(LAB, TERRAFORM_NODE, ["router bgp 65000", `neighbor ${TOR_NEIGHBORS["tor-b"].v6} description edited by hand`]);
      const drift = await preview(pulumi({ refresh: true, expectNoChanges: true }));
      if (drift.exitCode !== 7) throw new Error(`pulumi preview --refresh --expect-no-changes exited ${drift.exitCode}, expected 7 (changes)`);
      detail([`pulumi preview --refresh --expect-no-changes: exit ${drift.exitCode}`, ...drift.changed.map((c) => `  DRIFT pulumi ${c.op} ${c.urn.split("::").pop() ?? c.urn} [${c.diffs.join(", ")}]`)]);
      const plan = await terraform(ws, ["plan", "-detailed-exitcode", "-input=false"], 2);
      const changed = plan.stdout.split("\n").filter((l) => /will be updated in-place|~ description/.test(l)).map((l) => `  DRIFT terraform ${l.trim()}`);
      detail([`terraform plan -detailed-exitcode: exit ${plan.code}`, ...changed]);
    });

    await step("repair: pulumi up --refresh, terraform apply", "the next run puts the hosts back to what the code says, changing only the edited line", async () => {
      const repaired = pulumiOk(await up(pulumi({ refresh: true })), "pulumi up --refresh");
      const apply = await terraform(ws, ["apply", "-auto-approve", "-input=false"]);
      detail([`pulumi: ${repaired.changes["update"] ?? 0} updated`, `terraform: ${/Apply complete!.*/.exec(apply.stdout)?.[0] ?? "applied"}`]);
    });

    await step("clean drift checks", "scheduled drift checks stay green once the hosts match the code (status outputs never count as drift)", async () => {
      const clean = pulumiOk(await preview(pulumi({ refresh: true, expectNoChanges: true })), "pulumi preview --refresh --expect-no-changes");
      await terraform(ws, ["apply", "-refresh-only", "-auto-approve", "-input=false"]);
      const plan = await terraform(ws, ["plan", "-detailed-exitcode", "-input=false"], 0);
      detail([`pulumi preview --refresh --expect-no-changes: exit ${clean.exitCode}`, `terraform plan -detailed-exitcode: exit ${plan.code}`, "CLEAN both tools report no changes"]);
    });
  } finally {
    if (deployed) {
      await step("pulumi destroy, terraform destroy", "a resource owns lines, not files: destroying removes exactly what was declared", async () => {
        pulumiOk(await destroy(pulumi()), "pulumi destroy");
        await terraform(ws, ["destroy", "-auto-approve", "-input=false"]);
        for (const node of [PULUMI_NODE, TERRAFORM_NODE]) {
          if (!sameLines(configLines(await runningConfig(LAB, node)), before[node]!)) throw new Error(`${node}'s configuration is not what it was before the demo`);
        }
        detail(["RESTORED node1 and node2 have exactly the configuration they had before the demo"]);
      });
    }
    rmSync(dir, { recursive: true, force: true });
  }
}

main().then(
  () => say("demo finished"),
  (error: unknown) => {
    say(`demo failed: ${error instanceof Error ? error.message : String(error)}`);
    process.exitCode = 1;
  },
);
