// examples/pulumi-tor through the Pulumi engine stand-in (real SDK, real dynamic-provider plugin)
// against the tor lab: up → sessions and routes on the ToRs → an empty preview → a hand edit is
// drift → up --refresh repairs it → replacements (AS number, peer address) → destroy leaves the
// hosts as they were. Secrets never reach the state file or the logs in plaintext.
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { receivedRoutes, waitForRoutes, waitForSession } from "../../../src/lab";
import type { OperationResult } from "../../harness/pulumi/operation-report";
import { destroy, preview, up, type OperationOptions } from "../../harness/pulumi/operations";
import { handEdit, lab, labFilePath, runningConfig } from "../../support/lab-env";

const EXAMPLE = resolve(__dirname, "../../../examples/pulumi-tor");
const NODES = ["node1", "node2"] as const;
const SESSIONS = {
  "tor-a": ["10.0.0.1", "10.0.0.2", "2001:db8:0:a::1", "2001:db8:0:a::2"],
  "tor-b": ["10.0.1.1", "10.0.1.2", "2001:db8:0:b::1", "2001:db8:0:b::2"],
} as const;
const DEFAULT_TORS = {
  "tor-a": { asn: 65001, ipv4: "10.0.0.254", ipv6: "2001:db8:0:a::fe", description: "ToR-Switch-A", passwordKey: "torAPassword" },
  "tor-b": { asn: 65001, ipv4: "10.0.1.254", ipv6: "2001:db8:0:b::fe", description: "ToR-Switch-B", passwordKey: "torBPassword" },
};

const topology = lab("tor");
const passwords = [topology.peers["tor-a"]!.password!, topology.peers["tor-b"]!.password!];
let dir: string;
let stateFile: string;
const before: Record<string, string> = {};
const results: OperationResult[] = [];
const timings: string[] = [];

function options(config: Record<string, string> = {}, extra: Partial<OperationOptions> = {}): OperationOptions {
  return {
    cwd: EXAMPLE,
    stack: "lab",
    stateFile,
    passphrase: "frr-iac test passphrase",
    config: [
      { key: "frr:labFile", value: labFilePath("tor") },
      { key: "torAPassword", value: passwords[0]!, secret: true },
      { key: "torBPassword", value: passwords[1]!, secret: true },
      ...Object.entries(config).map(([key, value]) => ({ key, value })),
    ],
    ...extra,
  };
}

async function run(what: string, operation: Promise<OperationResult>): Promise<OperationResult> {
  const result = await operation;
  results.push(result);
  timings.push(`${what}: ${(result.durationMs / 1000).toFixed(1)} s`);
  return result;
}

function expectOk(result: OperationResult): void {
  expect(result.error ?? "", result.log.slice(-40).join("\n")).toBe("");
  expect(result.ok).toBe(true);
}


beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), "frr-pulumi-tor-"));
  stateFile = join(dir, "state.json");
  for (const node of NODES) before[node] = await runningConfig("tor", node);
});

afterAll(async () => {
  // Leave the lab clean even when a test failed half-way.
  if (results.length > 0 && results[results.length - 1]?.operation !== "destroy") await destroy(options());
  rmSync(dir, { recursive: true, force: true });
  console.info(`pulumi-tor timings:\n  ${timings.join("\n  ")}`);
});

describe("examples/pulumi-tor on the tor lab", () => {
  it("up configures both nodes; every ToR session comes up over IPv4 and IPv6 with MD5", async () => {
    const result = await run("up (20 resources, 2 hosts)", up(options()));
    expectOk(result);
    expect(result.changes).toMatchObject({ create: 21 });
    for (const [tor, neighbors] of Object.entries(SESSIONS)) {
      for (const neighbor of neighbors) await waitForSession(tor, neighbor, { timeoutMs: 90_000 });
    }
  });

  it("the ToRs receive the overlay prefixes with the community of each prefix; the nodes accept the ToR's routes", async () => {
    const fromBoth = (routes: readonly { prefix: string; from: string; communities: readonly string[] }[], prefix: string, community: string, from: readonly string[]) =>
      from.every((address) => routes.some((r) => r.prefix === prefix && r.from === address && r.communities.includes(community)));
    await waitForRoutes("tor-a", (routes) => fromBoth(routes, "10.100.0.0/24", "65000:100", ["10.0.0.1", "10.0.0.2"]) && fromBoth(routes, "10.200.0.0/24", "65000:200", ["10.0.0.1", "10.0.0.2"]), {
      family: "ipv4",
      timeoutMs: 60_000,
    });
    await waitForRoutes("tor-b", (routes) => fromBoth(routes, "10.100.0.0/24", "65000:100", ["10.0.1.1", "10.0.1.2"]), { family: "ipv4", timeoutMs: 60_000 });
    // TOR-OUT sends only the overlay: nothing else leaves the nodes.
    expect((await receivedRoutes("tor-a", { family: "ipv4" })).map((r) => r.prefix).sort()).toEqual(["10.100.0.0/24", "10.100.0.0/24", "10.200.0.0/24", "10.200.0.0/24"]);
    for (const node of NODES) {
      await waitForRoutes(node, (routes) => routes.some((r) => r.prefix === "198.51.100.0/24"), { family: "ipv4", timeoutMs: 60_000 });
      await waitForRoutes(node, (routes) => routes.some((r) => r.prefix === "2001:db8:ffff::/48"), { family: "ipv6", timeoutMs: 60_000 });
    }
  });

  it("a preview right after up has no changes, with and without --refresh", async () => {
    expectOk(await run("preview --expect-no-changes", preview(options({}, { expectNoChanges: true }))));
    const refreshed = await run("preview --refresh --expect-no-changes", preview(options({}, { refresh: true, expectNoChanges: true })));
    expectOk(refreshed);
    // Status outputs were read again by the refresh: every session is up now.
    const sessions = refreshed.outputs["sessions"] as Record<string, Record<string, string>>;
    for (const node of NODES) expect(Object.values(sessions[node]!)).toEqual(["Established", "Established", "Established", "Established"]);
  });

  it("a hand edit on either host fails `preview --refresh --expect-no-changes`, naming the drifted fields", async () => {
    await handEdit("tor", "node1", ["router bgp 65000", "neighbor 10.0.0.254 description edited by hand"]);
    await handEdit("tor", "node2", ["route-map frriac-adv-10.100.0.0_24 permit 10", "set community 65000:999"]);
    const result = await run("preview --refresh (drift)", preview(options({}, { refresh: true, expectNoChanges: true })));
    expect(result.exitCode).toBe(7);
    expect(result.error).toMatch(/update \S+::node1-tor-a-v4 \[description\]/);
    expect(result.error).toMatch(/update \S+::node2-10-100-0-0-24 \[communities\]/);
    expect(result.changed.map((c) => c.urn.split("::").pop()).sort()).toEqual(["node1-tor-a-v4", "node2-10-100-0-0-24"]);
  });

  it("up --refresh repairs the drift; the next drift check is clean", async () => {
    const result = await run("up --refresh (repair)", up(options({}, { refresh: true })));
    expectOk(result);
    expect(result.changes).toMatchObject({ update: 2 });
    expect(await runningConfig("tor", "node1")).toContain(" neighbor 10.0.0.254 description ToR-Switch-A\n");
    expect(await runningConfig("tor", "node2")).toContain(" set community 65000:100\n");
    expectOk(await run("preview --refresh --expect-no-changes", preview(options({}, { refresh: true, expectNoChanges: true }))));
    await waitForRoutes("tor-a", (routes) => routes.filter((r) => r.prefix === "10.100.0.0/24" && r.communities.includes("65000:100")).length === 2, { family: "ipv4", timeoutMs: 60_000 });
  });

  it("changing the AS number replaces the speakers and everything in them without an FRR error", async () => {
    const result = await run("up (AS 65000 → 65100)", up(options({ asn: "65100" })));
    expectOk(result);
    expect(result.changes).toMatchObject({ replace: 14 });
    for (const node of NODES) {
      const config = await runningConfig("tor", node);
      expect(config).toContain("router bgp 65100\n");
      expect(config).not.toContain("router bgp 65000");
      expect(config).toContain(" set community 65100:100\n");
    }
    const back = await run("up (AS 65100 → 65000)", up(options()));
    expectOk(back);
    for (const neighbor of SESSIONS["tor-a"]) await waitForSession("tor-a", neighbor, { timeoutMs: 90_000 });
  });

  it("changing a peer's address replaces it (new neighbor first, then the old one goes)", async () => {
    const moved = { ...DEFAULT_TORS, "tor-a": { ...DEFAULT_TORS["tor-a"], ipv4: "10.0.0.253" } };
    const result = await run("up (peer address change)", up(options({ tors: JSON.stringify(moved) })));
    expectOk(result);
    expect(result.changes).toMatchObject({ replace: 2 });
    for (const node of NODES) {
      const config = await runningConfig("tor", node);
      expect(config).toContain(" neighbor 10.0.0.253 remote-as 65001\n");
      expect(config).not.toContain("neighbor 10.0.0.254 ");
    }
    expectOk(await run("up (peer address back)", up(options())));
    expect(await runningConfig("tor", "node1")).toContain(" neighbor 10.0.0.254 remote-as 65001\n");
  });

  it("the state file holds a small serialised provider and no secret, path or configuration", () => {
    const text = readFileSync(stateFile, "utf8");
    for (const password of passwords) expect(text).not.toContain(password);
    const state = JSON.parse(text) as { checkpoint: { latest: { resources: { type: string; inputs?: Record<string, unknown>; outputs?: Record<string, unknown> }[] } } };
    const dynamic = state.checkpoint.latest.resources.filter((r) => r.type.startsWith("pulumi-nodejs:dynamic/frr:"));
    expect(dynamic).toHaveLength(20);
    const providers = new Set<string>();
    for (const resource of dynamic) {
      const provider = resource.inputs?.["__provider"];
      expect(typeof provider).toBe("string");
      providers.add(provider as string);
      expect((provider as string).length).toBeLessThan(2048);
      for (const forbidden of ["/work", "node_modules", "/home", "172.30.", "secret", "labFile", "65000"]) expect(provider).not.toContain(forbidden);
      for (const key of ["connection", "password"]) {
        for (const bag of [resource.inputs, resource.outputs]) {
          if (bag?.[key] !== undefined) expect(bag[key]).toHaveProperty("ciphertext");
        }
      }
    }
    // One text per kind (Speaker, Peer, PrefixList, RouteMap, Advertisement).
    expect(providers.size).toBe(5);
  });

  it("no operation logged a password", () => {
    const log = results.flatMap((r) => [...r.log, r.error ?? "", ...r.diagnostics.map((d) => d.message)]).join("\n");
    for (const password of passwords) expect(log).not.toContain(password);
  });

  it("destroy leaves each host's configuration exactly as it was before up", async () => {
    const result = await run("destroy", destroy(options()));
    expectOk(result);
    expect(result.changes).toMatchObject({ delete: 21 });
    for (const node of NODES) {
      const after = await runningConfig("tor", node);
      expect(after).toBe(before[node]);
    }
  });
});
