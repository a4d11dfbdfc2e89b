// The lab itself, for real: the ToR topology comes up, its hosts answer SSH from the management
// namespace with pinned host keys, vtysh works for root and the operator, a hand-written MD5
// session reaches Established, and `lab down` leaves nothing behind.

import { existsSync, readFileSync, writeFileSync } from "node:fs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  bgpSessions,
  labDown,
  labExec,
  labLeftovers,
  labUp,
  sshCommand,
  waitForRoutes,
  waitForSession,
  type LabFile,
} from "../../src/lab";
import { listNamespaces, processesIn } from "../../src/lab/namespace-processes";
import { run } from "../../src/lab/run-command";

const NAME = "labtest";
let lab: LabFile;
let rootLinksBefore: string[] = [];
let downDone = false;

async function rootLinks(): Promise<string[]> {
  const out = await run(["ip", "-j", "link", "show"]);
  return (JSON.parse(out.stdout) as Array<{ ifname: string }>).map((l) => l.ifname).sort();
}

function ssh(host: string, user: string, command: string, allowFailure = false): ReturnType<typeof run> {
  return run(sshCommand(lab, host, user, command), { what: `ssh ${user}@${host}`, allowFailure, timeoutMs: 30_000 });
}

function operator(host: string): string {
  const user = lab.hosts[host]?.users.find((u) => u.username !== "root");
  if (user === undefined) throw new Error(`no operator on ${host}`);
  return user.username;
}

beforeAll(async () => {
  rootLinksBefore = await rootLinks();
  const started = Date.now();
  lab = await labUp("lab/topologies/tor.yaml", { name: NAME });
  console.log(`lab up (tor): ${Date.now() - started} ms`);
});

afterAll(async () => {
  if (!downDone) await labDown(NAME).catch(() => undefined);
});

describe("the ToR lab", () => {
  it("describes its hosts and peers in the lab file", () => {
    expect(JSON.parse(readFileSync(lab.labFile, "utf8"))).toEqual(JSON.parse(JSON.stringify(lab)));
    expect(lab.hosts["node1"]).toMatchObject({ frr: { major: 8, minor: 4, track: "8.4" }, defaults: "traditional", pathspace: "fil-labtest-node1", root: "/" });
    expect(lab.hosts["node2"]).toMatchObject({ frr: { version: "10.3", major: 10, track: "10.3" }, defaults: "datacenter", pathspace: "fil-labtest-node2" });
    expect(lab.peers["tor-a"]).toMatchObject({ daemon: "frr", asn: 65001, password: "secretpass", addresses: ["10.0.0.254", "2001:db8:0:a::fe"] });
    expect(lab.peers["tor-b"]).toMatchObject({ daemon: "bird", asn: 65001, password: "tor-b-secret" });
    for (const host of Object.values(lab.hosts)) {
      expect(host.ssh.hostKey.fingerprint).toMatch(/^SHA256:[A-Za-z0-9+/]{43}$/);
      expect(host.users.map((u) => u.username)).toEqual(["root", "frrops-labtest"]);
      for (const user of host.users) expect(existsSync(user.privateKeyPath)).toBe(true);
    }
  });

  it("pins host keys whose fingerprints ssh-keygen agrees with", async () => {
    const listed = await run(["ssh-keygen", "-l", "-f", lab.knownHostsFile]);
    for (const host of Object.values(lab.hosts)) {
      expect(listed.stdout).toContain(`${host.ssh.hostKey.fingerprint} ${host.ssh.address} (ED25519)`);
    }
  });

  it("isolates the lab: nothing new in the root namespace, no default route in any lab namespace", async () => {
    expect(await rootLinks()).toEqual(rootLinksBefore);
    const namespaces = listNamespaces().filter((ns) => ns.startsWith(`fil-${NAME}-`));
    expect(namespaces.length).toBeGreaterThanOrEqual(7);
    for (const ns of namespaces) {
      for (const family of ["-4", "-6"]) {
        const routes = await run(["ip", "-n", ns, family, "route", "show", "default"]);
        expect(routes.stdout.trim(), `${ns} ${family}`).toBe("");
      }
    }
    const lo = await labExec("mgmt", ["ip", "-j", "address", "show", "lo"], { lab });
    expect(lo.stdout).toContain('"127.0.0.1"');
    expect(lo.stdout).toContain("UP");
  });

  it("answers SSH from the management namespace as root and as the operator", async () => {
    for (const host of Object.keys(lab.hosts)) {
      for (const user of ["root", operator(host)]) {
        const result = await ssh(host, user, "hostname; id -un");
        expect(result.stdout.trim().split("\n"), `${user}@${host}`).toEqual([host, user]);
      }
    }
  });

  it("refuses a host whose key is not the pinned one", async () => {
    const node1 = lab.hosts["node1"];
    const node2 = lab.hosts["node2"];
    if (node1 === undefined || node2 === undefined) throw new Error("hosts missing");
    const wrong = `${lab.knownHostsFile}.wrong`;
    writeFileSync(wrong, `${node1.ssh.address} ${node2.ssh.hostKey.publicKey}\n`);
    const result = await run(sshCommand(lab, "node1", "root", "true", { knownHostsFile: wrong }), { allowFailure: true });
    expect(result.code).not.toBe(0);
    expect(result.stderr).toMatch(/host key|REMOTE HOST IDENTIFICATION HAS CHANGED/i);
  });

  it("runs vtysh for root and the operator; the operator can configure, write memory and sudo -n vtysh", async () => {
    for (const [name, host] of Object.entries(lab.hosts)) {
      const vtysh = `vtysh -N ${host.pathspace}`;
      const version = await ssh(name, "root", `${vtysh} -c 'show version'`);
      expect(version.stdout).toContain(`FRRouting ${host.frr.version} (${name})`);

      const op = operator(name);
      const shown = await ssh(name, op, `${vtysh} -c 'show running-config'`);
      expect(shown.stdout).toContain(`hostname ${name}`);
      expect(shown.stdout).toContain(`frr defaults ${host.defaults}`);
      expect(shown.stdout).toContain("ip prefix-list HANDMADE-OVERLAY seq 5 permit 10.100.0.0/16 le 24");
      expect(shown.stdout).not.toContain("router bgp");

      await ssh(name, op, `${vtysh} -c 'configure terminal' -c 'ip prefix-list OPERATOR seq 5 permit 198.18.0.0/15'`);
      const written = await ssh(name, op, `${vtysh} -c 'write memory'`);
      expect(written.stdout).toContain("[OK]");
      const saved = await ssh(name, "root", `cat /etc/frr/${host.pathspace}/frr.conf`);
      expect(saved.stdout).toContain("ip prefix-list OPERATOR seq 5 permit 198.18.0.0/15");

      const viaSudo = await ssh(name, op, `sudo -n ${vtysh} -c 'configure terminal' -c 'no ip prefix-list OPERATOR' && sudo -n ${vtysh} -c 'show running-config'`);
      expect(viaSudo.stdout).not.toContain("OPERATOR");
      const notAllowed = await ssh(name, op, "sudo -n id", true);
      expect(notAllowed.code).not.toBe(0);
    }
  });

  it("brings a hand-written MD5 session node1 <-> tor-a to Established, and a wrong password does not", async () => {
    const configure = (host: string, lines: string[]): ReturnType<typeof run> =>
      ssh(host, "root", `vtysh -N ${lab.hosts[host]?.pathspace ?? ""} -c 'configure terminal' ${lines.map((l) => `-c '${l}'`).join(" ")}`);
    await configure("node1", [
      "router bgp 65000",
      "bgp router-id 10.0.0.1",
      "no bgp ebgp-requires-policy",
      "neighbor 10.0.0.254 remote-as 65001",
      "neighbor 10.0.0.254 password secretpass",
      "address-family ipv4 unicast",
      "network 10.100.0.0/24",
      "network 10.200.0.0/24",
    ]);
    await configure("node2", ["router bgp 65000", "no bgp ebgp-requires-policy", "neighbor 10.0.0.254 remote-as 65001", "neighbor 10.0.0.254 password not-the-password"]);

    await waitForSession("tor-a", "10.0.0.1", { lab, timeoutMs: 60_000 });
    await waitForSession("node1", "10.0.0.254", { lab, timeoutMs: 30_000 });
    const atTor = await waitForRoutes("tor-a", (routes) => routes.filter((r) => r.from === "10.0.0.1").length >= 2, { lab, family: "ipv4" });
    expect(atTor.filter((r) => r.from === "10.0.0.1").map((r) => r.prefix).sort()).toEqual(["10.100.0.0/24", "10.200.0.0/24"]);
    expect(atTor.find((r) => r.prefix === "10.100.0.0/24")).toMatchObject({ nextHop: "10.0.0.1", asPath: [65000], origin: "igp" });
    const atNode = await waitForRoutes("node1", (routes) => routes.length >= 2, { lab, family: "ipv4" });
    expect(atNode.map((r) => r.prefix).sort()).toEqual(["198.51.100.0/24", "203.0.113.0/24"]);

    // node2 has been trying with the wrong password all along; tor-a retries every 5 s.
    await new Promise((r) => setTimeout(r, 6_000));
    const node2 = (await bgpSessions("tor-a", { lab })).find((s) => s.neighbor === "10.0.0.2");
    expect(node2?.established).toBe(false);
  });

  it("peers node2 (FRR 10.3) with tor-b (BIRD) over IPv6 with MD5", async () => {
    const vtysh = `vtysh -N ${lab.hosts["node2"]?.pathspace ?? ""}`;
    await ssh("node2", "root", [
      `${vtysh} -c 'configure terminal' -c 'router bgp 65000' -c 'neighbor 2001:db8:0:b::fe remote-as 65001'`,
      "-c 'neighbor 2001:db8:0:b::fe password tor-b-secret' -c 'address-family ipv6 unicast'",
      "-c 'neighbor 2001:db8:0:b::fe activate' -c 'network 2001:db8:0:b::/64'",
    ].join(" "));
    await waitForSession("tor-b", "2001:db8:0:b::2", { lab, timeoutMs: 60_000 });
    const routes = await waitForRoutes("tor-b", (found) => found.some((r) => r.prefix === "2001:db8:0:b::/64"), { lab, family: "ipv6" });
    expect(routes).toContainEqual(expect.objectContaining({ prefix: "2001:db8:0:b::/64", from: "2001:db8:0:b::2", asPath: [65000] }));
  });

  it("runs commands on nodes with lab exec; a bare vtysh reaches the node's pathspace", async () => {
    const shown = await labExec("node2", ["vtysh", "-c", "show running-config"], { lab });
    expect(shown.stdout).toContain("frr version 10.3");
    expect(shown.stdout).toContain("hostname node2");
    const birdc = await labExec("tor-b", ["birdc", "-s", lab.peers["tor-b"]?.control?.birdSocket ?? "", "show", "status"], { lab });
    expect(birdc.stdout).toContain("Daemon is up and running");
  });

  it("lab down removes every namespace, process, mount, user and file", async () => {
    const namespaces = listNamespaces().filter((ns) => ns.startsWith(`fil-${NAME}-`));
    const started = Date.now();
    await labDown(NAME);
    downDone = true;
    console.log(`lab down (tor): ${Date.now() - started} ms`);
    expect(labLeftovers(NAME, [lab.labFile, lab.knownHostsFile, `/etc/frr/fil-${NAME}-node1`, `/var/run/frr/fil-${NAME}-node1`])).toEqual({
      namespaces: [],
      processes: [],
      mounts: [],
      paths: [],
      users: [],
    });
    expect(processesIn(namespaces)).toEqual([]);
    const ps = await run(["ps", "-eo", "args"]);
    expect(ps.stdout.split("\n").filter((l) => l.includes(`fil-${NAME}-`))).toEqual([]);
    expect(readFileSync("/proc/self/mountinfo", "utf8")).not.toContain(`/lab/${NAME}/`);
    expect(await rootLinks()).toEqual(rootLinksBefore);
  });
});
