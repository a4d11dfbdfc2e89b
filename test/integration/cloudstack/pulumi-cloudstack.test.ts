// examples/pulumi-cloudstack through the Pulumi engine stand-in against the cloudstack lab: guests
// connect through the listen range, the offering's guardrails (ASN range, prefix bounds, maximum
// prefixes) hold, a hand edit that loosens them is drift, up --refresh tightens them again, and
// destroy leaves the virtual router as it was.
import { execFileSync } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { bgpSessions, waitForRoutes, waitForSession, type ReceivedRoute } from "../../../src/lab";
import type { OperationResult } from "../../harness/pulumi/operation-report";
import { destroy, preview, up, type OperationOptions } from "../../harness/pulumi/operations";
import { handEdit, labFilePath, runningConfig } from "../../support/lab-env";

const EXAMPLE = resolve(__dirname, "../../../examples/pulumi-cloudstack");
const CLI = resolve(__dirname, "../../../dist/src/cli/main.js");
const VR = "2001:db8:1046:10:1::1";
const guest = (n: string) => `2001:db8:1046:10:1::${n}`;
const ACCEPTED = [guest("100"), guest("101"), guest("200"), guest("201")].map((a) => `${a}/128`);

let dir: string;
let stateFile: string;
let before: string;
const results: OperationResult[] = [];
const timings: string[] = [];

const options = (config: Record<string, string> = {}, extra: Partial<OperationOptions> = {}): OperationOptions => ({
  cwd: EXAMPLE,
  stack: "lab",
  stateFile,
  passphrase: "frr-iac test passphrase",
  config: [{ key: "frr:labFile", value: labFilePath("cloudstack") }, ...Object.entries(config).map(([key, value]) => ({ key, value }))],
  ...extra,
});

async function run(what: string, operation: Promise<OperationResult>): Promise<OperationResult> {
  const result = await operation;
  results.push(result);
  timings.push(`${what}: ${(result.durationMs / 1000).toFixed(1)} s`);
  expect(result.error ?? "", result.log.slice(-40).join("\n")).toBe("");
  return result;
}

const prefixes = (routes: readonly ReceivedRoute[]) => routes.map((r) => r.prefix).sort();
const established = async () => (await bgpSessions("vr")).filter((s) => s.established).map((s) => s.neighbor).sort();

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), "frr-pulumi-cloudstack-"));
  stateFile = join(dir, "state.json");
  before = await runningConfig("cloudstack", "vr");
});

afterAll(async () => {
  if (results.length > 0 && results[results.length - 1]?.operation !== "destroy") await destroy(options());
  rmSync(dir, { recursive: true, force: true });
  console.info(`pulumi-cloudstack timings:\n  ${timings.join("\n  ")}`);
});

describe("examples/pulumi-cloudstack on the cloudstack lab", () => {
  it("up opens the guest network to BGP: every guest connects through the listen range", async () => {
    const result = await run("up (9 resources)", up(options()));
    expect(result.changes).toMatchObject({ create: 10 });
    expect(result.outputs["allowedAsnRegex"]).toBe("^(652[0-9][0-9])$");
    for (const vm of ["vm50", "vm51", "vm52"]) await waitForSession(vm, VR, { timeoutMs: 90_000 });
  });

  it("the guardrails hold: only allowed ASNs, only /128s inside the guest prefix", async () => {
    const routes = await waitForRoutes("vr", (r) => ACCEPTED.every((p) => r.some((route) => route.prefix === p)), { family: "ipv6", timeoutMs: 60_000 });
    // vm50's 2001:db8:1046:20:1::100/128 lies outside the guest prefix; vm52's AS 64999 is outside 65200-65299.
    expect(prefixes(routes)).toEqual(ACCEPTED.sort());
    await waitForRoutes("vm52", (r) => r.some((route) => route.prefix === "2001:db8:1046:10::/64"), { family: "ipv6", timeoutMs: 60_000 });
  });

  it("a preview right after up has no changes; with --refresh the status outputs count the guests' routes", async () => {
    await run("preview --expect-no-changes", preview(options({}, { expectNoChanges: true })));
    const refreshed = await run("preview --refresh --expect-no-changes", preview(options({}, { refresh: true, expectNoChanges: true })));
    expect(refreshed.outputs["guestPrefixesAccepted"]).toBe(4);
  });

  it("a hand edit loosening the guardrails is drift on the fields it touched; up --refresh tightens them again", async () => {
    await handEdit("cloudstack", "vr", ["bgp as-path access-list GUEST-ASN seq 10 permit ^64999$", "router bgp 65101", "address-family ipv6 unicast", "no neighbor GUESTS maximum-prefix"]);
    const drift = await preview(options({}, { refresh: true, expectNoChanges: true }));
    results.push(drift);
    expect(drift.exitCode).toBe(7);
    expect(drift.error).toMatch(/update \S+::guest-asn \[entries\]/);
    expect(drift.error).toMatch(/update \S+::guests \[addressFamilies\]/);

    const repair = await run("up --refresh (repair)", up(options({}, { refresh: true })));
    expect(repair.changes).toMatchObject({ update: 2 });
    const config = await runningConfig("cloudstack", "vr");
    expect(config).not.toContain("^64999$");
    expect(config).toContain(" neighbor GUESTS maximum-prefix 10\n");
    await run("preview --refresh --expect-no-changes", preview(options({}, { refresh: true, expectNoChanges: true })));
    // FRR does not re-run inbound policy when an AS-path list loses an entry: a route accepted
    // while the guardrail was loose stays until the guests' routes are replayed (soft reset in).
    execFileSync(process.execPath, [CLI, "reset", "vr", "peer-group", "GUESTS", "--afi", "ipv6", "--soft", "in", "--lab", labFilePath("cloudstack")], { stdio: "pipe" });
    await waitForRoutes("vr", (r) => !r.some((route) => route.prefix === `${guest("300")}/128`) && ACCEPTED.every((p) => r.some((route) => route.prefix === p)), { family: "ipv6", timeoutMs: 30_000 });
  });

  it("lowering maxPrefixes drops the guests that send more; raising it lets them back", async () => {
    await run("up (maxPrefixes 1)", up(options({ maxPrefixes: "1" })));
    // vm50 and vm51 send two accepted routes each; vm52's route is filtered, so it stays.
    const deadline = Date.now() + 30_000;
    while (Date.now() < deadline && (await established()).length !== 1) await new Promise((r) => setTimeout(r, 1000));
    expect(await established()).toEqual([guest("52")]);
    await run("up (maxPrefixes 10)", up(options()));
    for (const vm of ["vm50", "vm51"]) await waitForSession(vm, VR, { timeoutMs: 120_000 });
  });

  it("destroy leaves the virtual router's configuration exactly as it was before up", async () => {
    const result = await run("destroy", destroy(options()));
    expect(result.changes).toMatchObject({ delete: 10 });
    expect(await runningConfig("cloudstack", "vr")).toBe(before);
  });
});
