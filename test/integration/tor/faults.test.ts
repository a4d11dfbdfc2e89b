// Faults leave a host fully before or fully after a change, never in between, and the next run
// converges: a line FRR refuses, bgpd stopped, two processes at once, a wrong host key. Bad input
// is refused before any connection, and a password never appears in an error or a log.
import { execFile } from "node:child_process";
import { promisify } from "node:util";
import { afterAll, describe, expect, it } from "vitest";
import { closeSshPool, sshEngine, sshPool } from "../../../src/host/host-session";
import { FrrIacError } from "../../../src/errors";
import { labExec, readLabFile } from "../../../src/lab";
import { connectionTo, eventually, labFilePath, runningConfig, vtysh } from "../../support/lab-env";

const run = promisify(execFile);
const logs: string[] = [];
const engine = sshEngine({ readCacheMs: 0, log: (line) => logs.push(line) });
afterAll(async () => {
  // Leave the host as the lab made it, for the test files that follow.
  await engine.delete(connectionTo("tor", host), "speaker", { asn: 65000 });
  await closeSshPool();
});

const lines = (text: string) => new Set(text.split("\n").map((l) => l.trim()).filter((l) => l !== "" && l !== "!" && !/^(Building configuration|Current configuration)/.test(l)));
const host = "node1";
const connection = () => connectionTo("tor", host);
const speaker = { asn: 65000, routerId: "10.0.0.1", defaultIpv4Unicast: false };
const PASSWORD = "s3cr3t-never-print";

async function error(promise: Promise<unknown>): Promise<Error> {
  try {
    await promise;
  } catch (caught) {
    return caught as Error;
  }
  throw new Error("expected the operation to fail");
}

describe("a line FRR refuses", () => {
  it("rolls the batch back, names the line and FRR's message, never the password, and applies the rest", async () => {
    await engine.create(connection(), "speaker", { ...speaker, adopt: true });
    const before = await runningConfig("tor", host);
    const [bad, good, secretPeer] = await Promise.allSettled([
      engine.create(connection(), "listenRange", { speaker: "65000", prefix: "10.88.0.0/24", peerGroup: "NO-SUCH-GROUP" }),
      engine.create(connection(), "prefixList", { name: "FAULT-OK", entries: [{ seq: 5, action: "permit", prefix: "10.88.0.0/16" }] }),
      engine.create(connection(), "peer", { speaker: "65000", neighbor: "10.88.0.1", remoteAs: 65088, password: PASSWORD }),
    ]);
    expect(bad.status).toBe("rejected");
    const message = String((bad as PromiseRejectedResult).reason);
    expect(message).toMatch(/FRR_COMMAND_REJECTED/);
    expect(message).toMatch(/`bgp listen range 10.88.0.0\/24 peer-group NO-SUCH-GROUP`/);
    expect(message).toMatch(/Configure the peer-group first/);
    expect(message).toMatch(/rolled back/);
    expect(good.status).toBe("fulfilled");
    expect(secretPeer.status).toBe("fulfilled");
    const after = lines(await runningConfig("tor", host));
    expect([...after].some((l) => l.includes("bgp listen range 10.88.0.0/24"))).toBe(false);
    expect(after.has("ip prefix-list FAULT-OK seq 5 permit 10.88.0.0/16")).toBe(true);
    for (const line of lines(before)) expect(after.has(line), `kept: ${line}`).toBe(true);
    expect([message, ...logs].join("\n")).not.toContain(PASSWORD);
    await engine.delete(connection(), "prefixList", { name: "FAULT-OK", entries: [{ seq: 5, action: "permit", prefix: "10.88.0.0/16" }] });
    await engine.delete(connection(), "peer", { speaker: "65000", neighbor: "10.88.0.1", remoteAs: "65088" });
  });
});

describe("bgpd stopped", () => {
  it("fails with a clear error, changes nothing, and converges once bgpd is back", async () => {
    const spec = { speaker: "65000", neighbor: "10.89.0.1", remoteAs: 65089, description: "while bgpd was down" };
    const lab = labFilePath("tor");
    const pathspace = readLabFile(lab).hosts[host]!.pathspace;
    await labExec(host, ["/usr/lib/frr/frrinit.sh", "stop", pathspace], { lab });
    try {
      const failure = await error(engine.create(connection(), "peer", spec));
      expect(failure.message).toMatch(/not running|failed to connect|Connection refused|No such file/i);
      expect(failure.message).toContain("172.30.1.11");
    } finally {
      await labExec(host, ["/usr/lib/frr/frrinit.sh", "start", pathspace], { lab });
    }
    const converged = await eventually(
      () => engine.create(connection(), "peer", spec).then(() => true, () => false),
      (ok) => ok,
      60_000,
    );
    expect(converged).toBe(true);
    expect(lines(await runningConfig("tor", host)).has("neighbor 10.89.0.1 description while bgpd was down")).toBe(true);
    await engine.delete(connection(), "peer", { ...spec, remoteAs: "65089" });
  });

  it("a refresh while only bgpd is down does not report the BGP objects as deleted", async () => {
    const spec = { speaker: "65000", neighbor: "10.89.0.2", remoteAs: "65089" };
    await engine.create(connection(), "peer", spec);
    const lab = labFilePath("tor");
    const pathspace = readLabFile(lab).hosts[host]!.pathspace;
    const run = `/var/run/frr/${pathspace}`;
    // watchfrr would restart bgpd at once (and vtysh waits for a paused watchfrr): it goes too.
    await labExec(host, ["sh", "-c", `kill "$(cat ${run}/watchfrr.pid)" && sleep 0.5 && kill "$(cat ${run}/bgpd.pid)" && sleep 1`], { lab });
    try {
      expect(lines(await runningConfig("tor", host)).has("router bgp 65000"), "bgpd's lines are gone from the running config").toBe(false);
      const failure = await error(engine.read(connection(), "peer", spec));
      expect(failure.message).toMatch(/FRR_HOST_FAILED: .*172\.30\.1\.11.*bgpd does not answer.*cannot tell whether Peer 65000\/neighbor\/10\.89\.0\.2 exists/s);
    } finally {
      await labExec(host, ["/usr/lib/frr/frrinit.sh", "stop", pathspace], { lab });
      await labExec(host, ["/usr/lib/frr/frrinit.sh", "start", pathspace], { lab });
    }
    const back = await eventually(
      () => engine.read(connection(), "peer", spec).then((state) => state.found, () => false),
      (found) => found,
      60_000,
    );
    expect(back, "bgpd is back, with the neighbor").toBe(true);
    await engine.delete(connection(), "peer", spec);
  });
});

describe("two processes applying to one host at once", () => {
  it("are serialised by the host lock and both converge", async () => {
    const lab = labFilePath("tor");
    const worker = (n: number) =>
      run("npx", ["tsx", "test/support/apply-worker.ts", lab, host, "peer", JSON.stringify([...Array(30).keys()].map((i) => ({ speaker: "65000", neighbor: `10.9${n}.0.${i + 1}`, remoteAs: 65090 + n, description: `process ${n}` })))], {
        cwd: `${__dirname}/../../..`,
      });
    const [a, b] = await Promise.all([worker(1).catch((e: { stdout?: string }) => e), worker(2).catch((e: { stdout?: string }) => e)]);
    expect(JSON.parse(String(a.stdout))).toMatchObject({ ok: true });
    expect(JSON.parse(String(b.stdout))).toMatchObject({ ok: true });
    const after = lines(await runningConfig("tor", host));
    for (const n of [1, 2]) for (let i = 1; i <= 30; i++) expect(after.has(`neighbor 10.9${n}.0.${i} remote-as ${65090 + n}`)).toBe(true);
    for (const n of [1, 2]) for (let i = 1; i <= 30; i++) await engine.delete(connection(), "peer", { speaker: "65000", neighbor: `10.9${n}.0.${i}`, remoteAs: String(65090 + n) });
  });
});

describe("the SSH connection lost in the middle of a batch", () => {
  it("leaves the host fully before or fully after the change, and the next run converges", async () => {
    const lab = labFilePath("tor");
    const specs = [...Array(400).keys()].map((i) => ({ speaker: "65000", neighbor: `10.97.${Math.floor(i / 200)}.${(i % 200) + 1}`, remoteAs: 65097, description: "batch cut by a lost connection" }));
    const own = (text: string) => [...lines(text)].filter((l) => / remote-as 65097$/.test(l)).length;
    const before = own(await runningConfig("tor", host));
    const applying = Promise.allSettled(specs.map((spec) => engine.create(connection(), "peer", spec)));
    // Cut the SSH session (the connection's sshd process, not the listener) once vtysh runs.
    // Only processes in this host's network namespace: the machine's PID space is shared.
    const namespace = readLabFile(lab).hosts[host]!.namespace;
    const cutScript = [
      `pids=$(ip netns pids ${namespace})`,
      `busy=; for p in $pids; do tr '\\0' ' ' </proc/$p/cmdline 2>/dev/null | grep -q '^vtysh .* -E' && busy=1; done`,
      `[ -n "$busy" ] || exit 0`,
      `for p in $pids; do tr '\\0' ' ' </proc/$p/cmdline 2>/dev/null | grep -q '^sshd: root@notty' && kill $p && echo cut; done; true`,
    ].join("\n");
    let cut = false;
    for (let i = 0; i < 300 && !cut; i++) {
      cut = (await run("sh", ["-c", cutScript])).stdout.includes("cut");
      if (!cut) await new Promise((resolve) => setTimeout(resolve, 10));
    }
    expect(cut, "the connection was cut while vtysh was applying").toBe(true);
    const results = await applying;
    const rejected = results.filter((r): r is PromiseRejectedResult => r.status === "rejected").map((r) => String(r.reason));
    expect(rejected.length, "the lost connection is reported").toBeGreaterThan(0);
    expect(rejected[0]).toMatch(/172\.30\.1\.11/);
    // vtysh finishes on its own; then the host holds all of the batch or none of it.
    const settled = await eventually(async () => own(await runningConfig("tor", host)), (n) => n === before || n === before + specs.length, 30_000);
    expect([before, before + specs.length]).toContain(settled);
    const rerun = await Promise.all(specs.map((spec) => engine.create(connection(), "peer", spec)));
    expect(rerun.every((r) => r.found)).toBe(true);
    expect(own(await runningConfig("tor", host))).toBe(before + specs.length);
    await Promise.all(specs.map((spec) => engine.delete(connection(), "peer", { ...spec, remoteAs: "65097" })));
  });
});

describe("host keys", () => {
  it("refuses a host whose key does not match the pin, without retrying", async () => {
    const wrong = { ...connection(), spec: { ...connection().spec, hostKey: "SHA256:AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA" } };
    const failure = await error(sshEngine().read(wrong, "speaker", { asn: 65000 }));
    expect(failure.message).toMatch(/FRR_SSH_HOST_KEY_MISMATCH/);
    expect(failure.message).toMatch(/SHA256:/);
  });
});

describe("bad input", () => {
  const unreachable = { spec: { host: "172.30.1.250", privateKeyPath: "/nonexistent", insecureIgnoreHostKey: true }, persist: true };
  it.each([
    ["a newline in a description", "peer", { speaker: "65000", neighbor: "10.0.0.254", remoteAs: 65001, description: "ok\nneighbor 10.0.0.254 shutdown" }, /FRR_INVALID_TEXT at `description`.*control character/s],
    ["host bits in a prefix", "advertisement", { speaker: "65000", prefix: "10.9.9.9/24" }, /FRR_INVALID_PREFIX at `prefix`: "10.9.9.9\/24" has host bits set.*Use "10.9.9.0\/24"/s],
    ["ASN 0", "speaker", { asn: 0 }, /FRR_INVALID_ASN at `asn`: 0 AS 0 is reserved/],
    ["an IPv6 router-id", "speaker", { asn: 65000, routerId: "fd00:1::1" }, /FRR_INVALID_ADDRESS at `routerId`.*not an IPv4 address/s],
    ["a 300-character name", "routeMap", { name: "R".repeat(300), entries: [{ seq: 10, action: "permit" }] }, /FRR_INVALID_NAME at `name`.*300 characters long/s],
  ])("refuses %s before any connection", async (_what, kind, spec, pattern) => {
    const pool = sshPool();
    const before = JSON.stringify(pool.metrics());
    const failure = await error(engine.create(unreachable, kind, spec));
    expect(failure).toBeInstanceOf(FrrIacError);
    expect(failure.message).toMatch(pattern);
    expect(JSON.stringify(pool.metrics())).toBe(before);
  });

  it("reports every problem of one resource together", async () => {
    const failure = await error(engine.create(unreachable, "peer", { speaker: "65000", neighbor: "10.0.0.300", remoteAs: 0, description: "a\tb", ebgpMultihop: 300 }));
    for (const field of ["neighbor", "remoteAs", "description", "ebgpMultihop"]) expect(failure.message).toContain(`\`${field}\``);
  });
});

describe("the password", () => {
  it("never appears in logs or errors, even when FRR refuses the chain that carries it", async () => {
    // Both settle before the check: the peer is applied in the batch's retry without the failing
    // listen range, after the listen range's failure is known.
    const settled = await Promise.allSettled([
      engine.create(connection(), "peer", { speaker: "65000", neighbor: "10.87.0.1", remoteAs: 65087, password: PASSWORD }),
      engine.create(connection(), "listenRange", { speaker: "65000", prefix: "10.87.0.0/24", peerGroup: "MISSING" }),
    ]);
    const failure = settled.find((s): s is PromiseRejectedResult => s.status === "rejected")?.reason as Error | undefined;
    expect(failure, "the listen range naming a missing peer-group fails").toBeDefined();
    expect(failure!.message).not.toContain(PASSWORD);
    expect(logs.join("\n")).not.toContain(PASSWORD);
    await engine.delete(connection(), "peer", { speaker: "65000", neighbor: "10.87.0.1", remoteAs: "65087" });
    expect(await vtysh("tor", host, ["show running-config"])).not.toContain("neighbor 10.87.0.1");
  });
});
