import { describe, expect, it } from "vitest";
import { CommitQueue } from "../../../src/engine/commit-queue";
import type { Operation } from "../../../src/engine/batch-plan";
import { applyExpected } from "../../../src/engine/working-config";
import { parseRunningConfig, printConfig } from "../../../src/frr/config-tree";
import { registry } from "../../../src/resources/registry";
import type { AnyResourceKind } from "../../../src/resources/resource-kind";
import { parseSpec } from "../../../src/resources/validate-spec";
import { ScriptedPort } from "../../support/scripted-port";

const BASE = "frr version 8.4.4\nfrr defaults traditional\nhostname testhost\n";
const options = { gatherMs: 5, readCacheMs: 60_000, persist: true };

function op(kindName: keyof typeof registry, input: Record<string, unknown>, type: Operation["type"] = "create"): Operation {
  const kind: AnyResourceKind = registry[kindName];
  return { kind, type, spec: parseSpec(kind, input) as Record<string, unknown> };
}

/** A host that ends up exactly where the given operations say, as a faithful FRR would. */
function faithful(port: ScriptedPort, operations: () => Operation[]) {
  port.onApply = (_chain, config) => {
    let tree = parseRunningConfig(config);
    for (const o of operations()) tree = applyExpected(tree, o.kind, o.spec, o.type === "delete" ? undefined : o.spec);
    return { config: printConfig(tree), result: { ok: true, warnings: [] } };
  };
}

const peerInput = (n: number, extra: Record<string, unknown> = {}) => ({ speaker: "65000", neighbor: `10.0.0.${n}`, remoteAs: 65001, ...extra });

describe("CommitQueue", () => {
  it("applies operations that arrive together as one batch: one lock, one check, one chain, one write", async () => {
    const port = new ScriptedPort(BASE);
    const queue = new CommitQueue(port, options);
    const ops = [op("speaker", { asn: 65000 }), ...[1, 2, 3, 4, 5].map((n) => op("peer", peerInput(n)))];
    faithful(port, () => ops);
    const results = await Promise.all(ops.map((o) => queue.write(o)));
    expect(results.every((r) => r.found)).toBe(true);
    expect(port.calls).toEqual({ read: 2, check: 1, apply: 1, persist: 1, lock: 1 });
    const chain = port.chains[0]!;
    expect(chain[0]).toBe("configure terminal");
    expect(chain.filter((c) => c.includes("remote-as"))).toHaveLength(5);
  });

  it("sends nothing when the host already has the configuration", async () => {
    const port = new ScriptedPort(`${BASE}router bgp 65000\n neighbor 10.0.0.1 remote-as 65001\nexit\n`);
    const queue = new CommitQueue(port, options);
    const result = await queue.write(op("peer", peerInput(1)));
    expect(result.applied).toEqual([]);
    expect(port.calls.apply).toBe(0);
    expect(port.calls.persist).toBe(0);
  });

  it("refuses to overwrite different existing lines unless asked to adopt, and still applies the rest", async () => {
    const port = new ScriptedPort(`${BASE}router bgp 65000\n neighbor 10.0.0.1 remote-as 65009\nexit\n`);
    const queue = new CommitQueue(port, options);
    const taken = op("peer", peerInput(1));
    const fresh = op("peer", peerInput(2));
    faithful(port, () => [fresh]);
    const [a, b] = await Promise.allSettled([queue.write(taken), queue.write(fresh)]);
    expect(a.status).toBe("rejected");
    expect(String((a as PromiseRejectedResult).reason)).toMatch(/FRR_RESOURCE_EXISTS.*Peer 65000\/neighbor\/10.0.0.1 already exists.*remote-as 65001.*adopt: true/s);
    expect(b.status).toBe("fulfilled");
    faithful(port, () => [taken]);
    const adopted = await queue.write({ ...taken, adopt: true });
    expect(adopted.applied).toEqual(["router bgp 65000 → neighbor 10.0.0.1 remote-as 65001"]);
  });

  it("rolls back a batch FRR refuses, reports FRR's message without the password, and retries the others", async () => {
    const port = new ScriptedPort(BASE);
    const queue = new CommitQueue(port, options);
    const good = [op("peer", peerInput(1)), op("peer", peerInput(3))];
    const bad = op("peer", peerInput(2, { password: "s3cr3t-pw", bfd: true }));
    let round = 0;
    port.onApply = (chain, config) => {
      round++;
      const failedIndex = chain.findIndex((c) => c.endsWith("bfd"));
      if (failedIndex >= 0) {
        // FRR kept what came before the failing command.
        const partial = parseRunningConfig(config);
        const half = applyExpected(partial, good[0]!.kind, good[0]!.spec, good[0]!.spec);
        return { config: printConfig(half), result: { ok: false, failedIndex, message: "% BFD is not configured" } };
      }
      let tree = parseRunningConfig(config);
      // The rollback chain removes the half-applied peer; the retry applies the good ones.
      if (chain.some((c) => /^no neighbor \S+$/.test(c))) {
        tree = applyExpected(tree, good[0]!.kind, good[0]!.spec, undefined);
      } else {
        for (const o of good) tree = applyExpected(tree, o.kind, o.spec, o.spec);
      }
      return { config: printConfig(tree), result: { ok: true, warnings: [] } };
    };
    const results = await Promise.allSettled([queue.write(good[0]!), queue.write(bad), queue.write(good[1]!)]);
    expect(results.map((r) => r.status)).toEqual(["fulfilled", "rejected", "fulfilled"]);
    const message = String((results[1] as PromiseRejectedResult).reason);
    expect(message).toMatch(/FRR_COMMAND_REJECTED: testhost .*Peer 65000\/neighbor\/10.0.0.2: `router bgp 65000` → `neighbor 10.0.0.2 bfd`/);
    expect(message).toMatch(/vtysh: % BFD is not configured/);
    expect(message).toMatch(/rolled back/);
    expect(message).not.toContain("s3cr3t-pw");
    expect(round).toBe(3);
    expect(port.chains[1]).toContain("no neighbor 10.0.0.1");
    expect(port.calls.persist).toBe(1);
  });

  it("rolls back and fails when the host does not show what was applied", async () => {
    const port = new ScriptedPort(BASE);
    const queue = new CommitQueue(port, options);
    port.onApply = (chain, config) => {
      if (chain.some((c) => c.startsWith("no "))) return { config: BASE, result: { ok: true, warnings: [] } };
      return { config: `${config}router bgp 65000\n neighbor 10.0.0.1 remote-as 65002\nexit\n`, result: { ok: true, warnings: [] } };
    };
    await expect(queue.write(op("peer", peerInput(1)))).rejects.toThrow(/FRR_VERIFY_FAILED.*neighbor 10.0.0.1 remote-as 65001/s);
    expect(port.calls.persist).toBe(0);
    expect(port.config).toBe(BASE);
  });

  it("refuses everything when the candidate does not pass vtysh -C, and changes nothing", async () => {
    const port = new ScriptedPort(BASE);
    port.checkResult = { ok: false, message: "line 4: % Unknown command: neighbor 10.0.0.1 remote-as 65001" };
    const queue = new CommitQueue(port, options);
    await expect(queue.write(op("peer", peerInput(1)))).rejects.toThrow(/does not pass `vtysh -C`.*Nothing was changed/s);
    expect(port.calls.apply).toBe(0);
  });

  it("blames only the operation whose line vtysh -C refused, and applies the others", async () => {
    const port = new ScriptedPort(BASE);
    const queue = new CommitQueue(port, options);
    const good = op("prefixList", { name: "GOOD", entries: [{ seq: 5, action: "permit", prefix: "10.0.0.0/8" }] });
    const bad = op("prefixList", { name: "BAD", entries: [{ seq: 5, action: "permit", prefix: "10.1.0.0/16" }] });
    let checks = 0;
    port.onApply = (_chain, config) => ({ config: `${config}ip prefix-list GOOD seq 5 permit 10.0.0.0/8\n`, result: { ok: true, warnings: [] } });
    const check = port.check.bind(port);
    port.check = async (candidate) => {
      checks++;
      const line = candidate.split("\n").findIndex((l) => l.includes("prefix-list BAD")) + 1;
      if (line > 0) return { ok: false, message: `line ${line}: % Unknown command`, lines: [line] };
      return check(candidate);
    };
    const [a, b] = await Promise.allSettled([queue.write(good), queue.write(bad)]);
    expect(a.status).toBe("fulfilled");
    expect(b.status).toBe("rejected");
    expect(String((b as PromiseRejectedResult).reason)).toMatch(/PrefixList ipv4\/BAD: the candidate configuration does not pass `vtysh -C`/);
    expect(checks).toBe(2);
    expect(port.calls.apply).toBe(1);
  });

  it("shares one read among reads that arrive together and reuses a fresh snapshot", async () => {
    const port = new ScriptedPort(`${BASE}router bgp 65000\n${[...Array(50).keys()].map((n) => ` neighbor 10.0.1.${n} remote-as 65001\n`).join("")}exit\n`);
    const queue = new CommitQueue(port, options);
    const reads = [...Array(50).keys()].map((n) => queue.read({ kind: registry.peer, spec: { speaker: "65000", neighbor: `10.0.1.${n}` }, status: true }));
    const states = await Promise.all(reads);
    expect(states.every((s) => s.found && s.spec?.["remoteAs"] === "65001")).toBe(true);
    await queue.read({ kind: registry.peer, spec: { speaker: "65000", neighbor: "10.0.1.1" }, status: true });
    expect(port.calls.read).toBe(1);
  });

  it("reports a resource whose lines are gone as not found", async () => {
    const port = new ScriptedPort(`${BASE}router bgp 65000\nexit\n`);
    const queue = new CommitQueue(port, options);
    const state = await queue.read({ kind: registry.peer, spec: { speaker: "65000", neighbor: "10.0.0.9", remoteAs: "65001" }, status: false });
    expect(state.found).toBe(false);
  });

  it("does not report a resource as deleted while bgpd does not answer (its lines vanish from the running config)", async () => {
    const port = new ScriptedPort(BASE);
    port.shows["show bgp vrf all neighbors json"] = "% bgpd is not running";
    const queue = new CommitQueue(port, options);
    const read = queue.read({ kind: registry.peer, spec: { speaker: "65000", neighbor: "10.0.0.9", remoteAs: "65001" }, status: false });
    await expect(read).rejects.toThrow(/FRR_HOST_FAILED: testhost .*bgpd does not answer \("% bgpd is not running"\), so frr-iac cannot tell whether Peer 65000\/neighbor\/10.0.0.9 exists/);
  });
});
