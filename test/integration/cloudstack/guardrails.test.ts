// The CloudStack guest peering seed on a virtual router (FRR 8.4): guests in the allowed ASN range
// with prefixes inside the guest network are accepted; a guest outside the range and a prefix
// outside the network are rejected, and `frr-iac status` says which and why; a max-prefix
// violation takes a session down and `frr-iac reset` brings it back (the seed's reset operation).
import { execFile } from "node:child_process";
import { promisify } from "node:util";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { closeSshPool, sshEngine } from "../../../src/host/host-session";
import { waitForSession } from "../../../src/lab";
import { registry, type KindName } from "../../../src/resources/registry";
import { parseSpec } from "../../../src/resources/validate-spec";
import { cloudstackSeed } from "../../support/seed-specs";
import { connectionTo, eventually, labFilePath } from "../../support/lab-env";

const run = promisify(execFile);
const engine = sshEngine({ readCacheMs: 0 });
const lab = () => labFilePath("cloudstack");
const cli = (...args: string[]) => run(process.execPath, [`${__dirname}/../../../dist/src/cli/main.js`, ...args, "--lab", lab()], { env: { ...process.env } });
// The seed's VR as a VR runs it: every guest comes in through the listen range (no static members),
// and without GTSM (guest daemons send eBGP with TTL 1; `ttl-security hops 1` would refuse them).
const vrConfig = cloudstackSeed
  .filter((r) => !(r.kind === "peer" && r.spec["peerGroup"] === "GUESTS"))
  .map((r) => (r.kind === "peer" && r.spec["neighbor"] === "GUESTS" ? { ...r, spec: { ...r.spec, ttlSecurityHops: undefined } } : r));
const group = vrConfig.find((r) => r.kind === "peer" && r.spec["neighbor"] === "GUESTS")!;

interface StatusJson {
  sessions: { neighbor: string; state: string; established: boolean; remoteAs: number; dynamic: boolean }[];
  routes: { neighbor: string; routes: { prefix: string; status: string; reason: string }[] }[];
}
const status = async () => JSON.parse((await cli("status", "vr", "--json")).stdout) as StatusJson;
const routesOf = (s: StatusJson, neighbor: string) => s.routes.filter((r) => r.neighbor === neighbor).flatMap((r) => r.routes);

beforeAll(async () => {
  const results = await Promise.all(vrConfig.map((r) => engine.create(connectionTo("cloudstack", "vr"), r.kind, r.spec)));
  expect(results.every((r) => r.found)).toBe(true);
}, 120_000);

afterAll(async () => {
  await Promise.all(vrConfig.map((r) => engine.delete(connectionTo("cloudstack", "vr"), r.kind, parseSpec(registry[r.kind as KindName], r.spec) as Record<string, unknown>)));
  await closeSshPool();
});

describe("guest peering with guardrails", () => {
  it.each([
    ["2001:db8:1046:10:1::50", "GoBGP guest, AS 65201"],
    ["2001:db8:1046:10:1::51", "BIRD guest, AS 65202"],
    ["2001:db8:1046:10:1::52", "FRR guest, AS 64999 (outside the allowed range)"],
  ])("%s (%s) reaches Established", async (neighbor) => {
    expect((await waitForSession("vr", neighbor, { lab: lab(), timeoutMs: 90_000 })).established).toBe(true);
  });

  it("accepts the /128s guests announce inside the guest network and rejects the rest, saying why", async () => {
    const report = await eventually(status, (s) => routesOf(s, "2001:db8:1046:10:1::50").length >= 3 && routesOf(s, "2001:db8:1046:10:1::52").length >= 1, 60_000);
    const vm50 = routesOf(report, "2001:db8:1046:10:1::50");
    expect(vm50.filter((r) => r.status === "accepted").map((r) => r.prefix).sort()).toEqual(["2001:db8:1046:10:1::100/128", "2001:db8:1046:10:1::101/128"]);
    const outside = vm50.find((r) => r.prefix === "2001:db8:1046:20:1::100/128");
    expect(outside?.status).toBe("rejected");
    expect(outside?.reason).toMatch(/GUEST-IN|GUEST-V6-IN/);
    const vm51 = routesOf(report, "2001:db8:1046:10:1::51");
    expect(vm51.filter((r) => r.status === "accepted").map((r) => r.prefix).sort()).toEqual(["2001:db8:1046:10:1::200/128", "2001:db8:1046:10:1::201/128"]);
    const vm52 = routesOf(report, "2001:db8:1046:10:1::52");
    expect(vm52.find((r) => r.prefix === "2001:db8:1046:10:1::300/128")?.status, "AS 64999 is outside 65200-65299").toBe("rejected");
  });

  it("prints a readable status table", async () => {
    const { stdout } = await cli("status", "vr");
    expect(stdout).toMatch(/vr: 3\/3 sessions established/);
    expect(stdout).toMatch(/2001:db8:1046:10:1::50 +default +65201 +Established/);
    expect(stdout).toMatch(/rejected 2001:db8:1046:20:1::100\/128/);
  });
});

describe("max-prefix violations and resets (the seed's updateBgpGuestPeeringConfig and resetBgpGuestPeeringSession)", () => {
  const guest = "2001:db8:1046:10:1::50";
  const isUp = (s: StatusJson, neighbor: string) => s.sessions.find((x) => x.neighbor === neighbor)?.established === true;

  it("lowering the limit below what a guest sends takes its session down; restoring it lets the guest back", async () => {
    const connection = connectionTo("cloudstack", "vr");
    await waitForSession("vr", guest, { lab: lab(), timeoutMs: 90_000 });
    const limited = structuredClone(group.spec) as { addressFamilies: { ipv6Unicast: { maximumPrefix: { limit: number } } } };
    limited.addressFamilies.ipv6Unicast.maximumPrefix.limit = 1;
    await engine.update(connection, "peer", limited);
    // FRR checks the limit when routes are processed: replay them if the session is still up.
    await cli("reset", "vr", guest, "--soft", "in").catch(() => undefined);
    const down = await eventually(status, (s) => !isUp(s, guest), 60_000);
    expect(isUp(down, guest), "the guest's session went down for exceeding the limit").toBe(false);

    await engine.update(connection, "peer", group.spec);
    await cli("reset", "vr", guest).catch(() => undefined);
    expect((await waitForSession("vr", guest, { lab: lab(), timeoutMs: 90_000 })).established).toBe(true);
  });

  it("`frr-iac reset` drops a session and it comes back", async () => {
    const neighbor = "2001:db8:1046:10:1::51";
    await waitForSession("vr", neighbor, { lab: lab(), timeoutMs: 90_000 });
    const { stdout } = await cli("reset", "vr", neighbor);
    expect(stdout).toMatch(/reset of 2001:db8:1046:10:1::51 done/);
    expect((await waitForSession("vr", neighbor, { lab: lab(), timeoutMs: 90_000 })).established).toBe(true);
    const report = await status();
    expect(isUp(report, neighbor)).toBe(true);
  });
});
