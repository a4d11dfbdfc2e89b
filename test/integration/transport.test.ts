// The SSH transport and vtysh runner against real OpenSSH servers and a real FRR 8.4, all started
// here in scratch network namespaces `fxt-<id>-*`:
//
//   this process (client netns)  10.213.0.1 ── 10.213.0.2  fxt-<id>-h: sshd :2222 (main, bastion),
//                                                           sshd :2223 (killed mid-command), FRR 8.4
//                                                10.213.0.5 ── 10.213.0.6  fxt-<id>-s: sshd :22
//
// The client side must run in a namespace with no route out. Started from anywhere else, this
// file creates a client namespace `fxt-<id>-c` and runs itself again inside it
// (`ip netns exec fxt-<id>-c npx vitest run --project lab test/integration/transport.test.ts`).
// Needs root, openssh-server, frr, sudo and util-linux (flock).

import { execFileSync, spawn, spawnSync } from "node:child_process";
import { randomBytes } from "node:crypto";
import { existsSync, mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync, chmodSync } from "node:fs";
import { join, resolve } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { resolveConnectionOptions, type ConnectionOptions, type ResolvedConnectionOptions } from "../../src/host/connection-options";
import { acquireRemoteLock, withRemoteLock } from "../../src/host/remote-lock";
import { SshPool } from "../../src/host/ssh-pool";
import { TransportError } from "../../src/host/transport-error";
import { Vtysh } from "../../src/host/vtysh";

const REPO = resolve(__dirname, "../..");
const INSIDE_ENV = "FRR_IAC_TRANSPORT_TEST_NETNS";

function run(argv: readonly string[], options: { input?: string | Buffer; allowFail?: boolean } = {}): string {
  const result = spawnSync(argv[0]!, argv.slice(1), { input: options.input, encoding: "utf8" });
  if (result.status !== 0 && options.allowFail !== true) {
    throw new Error(`${argv.join(" ")} exited ${result.status}: ${result.stderr}${result.stdout}`);
  }
  return result.stdout;
}

/** True when this process's network namespace has no default route and none of the machine's own addresses. */
function isolated(): boolean {
  const routes = run(["ip", "-j", "route", "show", "table", "all"], { allowFail: true });
  const addrs = run(["ip", "-j", "addr", "show"], { allowFail: true });
  return !/"dst":"default"/.test(routes) && !/"192\.0\.2\.|"fd00::/.test(addrs);
}

function sleep(ms: number): Promise<void> {
  return new Promise((r) => setTimeout(r, ms));
}

function descendants(pid: number): number[] {
  const children = new Map<number, number[]>();
  for (const entry of readdirSync("/proc")) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const stat = readFileSync(`/proc/${entry}/stat`, "utf8");
      const ppid = Number(stat.slice(stat.lastIndexOf(")") + 2).split(" ")[1]);
      children.set(ppid, [...(children.get(ppid) ?? []), Number(entry)]);
    } catch {
      // the process ended while we looked
    }
  }
  const out: number[] = [];
  const walk = (p: number) => (children.get(p) ?? []).forEach((c) => (out.push(c), walk(c)));
  walk(pid);
  return out;
}

function killTree(pid: number): void {
  for (const p of [pid, ...descendants(pid)]) {
    try {
      process.kill(p, "SIGKILL");
    } catch {
      // already gone
    }
  }
}

if (process.env[INSIDE_ENV] === undefined && !isolated()) {
  describe("transport (relaunched in a client namespace with no route out)", () => {
    it("passes inside fxt-<id>-c", () => {
      const ns = `fxt-${randomBytes(2).toString("hex")}-c`;
      run(["ip", "netns", "add", ns]);
      try {
        run(["ip", "-n", ns, "link", "set", "lo", "up"]);
        const result = spawnSync("ip", ["netns", "exec", ns, "npx", "vitest", "run", "--project", "lab", "test/integration/transport.test.ts"], {
          cwd: REPO,
          stdio: "inherit",
          env: { ...process.env, [INSIDE_ENV]: ns },
          timeout: 900_000,
        });
        expect(result.status).toBe(0);
      } finally {
        for (const pid of run(["ip", "netns", "pids", ns], { allowFail: true }).split(/\s+/).filter(Boolean)) killTree(Number(pid));
        run(["ip", "netns", "del", ns], { allowFail: true });
      }
    }, 900_000);
  });
} else {
  describe("SSH transport and vtysh runner against sshd and FRR 8.4", () => {
    const id = randomBytes(2).toString("hex");
    const dir = `/tmp/fxt-${id}`;
    const nsHost = `fxt-${id}-h`;
    const nsSite = `fxt-${id}-s`;
    const pathspace = `fxt${id}`;
    const sudoUser = `fxt${id}s`;
    const vtyUser = `fxt${id}g`;
    const vtyPassword = randomBytes(12).toString("base64url");
    const addr = { client: "10.213.0.1", host: "10.213.0.2", hostSite: "10.213.0.5", site: "10.213.0.6" };
    const sshdPids: Record<string, number> = {};
    let agentPid: number | undefined;
    const cleanups: (() => void)[] = [];
    const pool = new SshPool({ idleTimeoutMs: 5000, backoff: { baseDelayMs: 50, maxDelayMs: 200 }, warn: (m) => warnings.push(m) });
    const warnings: string[] = [];
    const costs: Record<string, string> = {};
    const pin: Record<string, string> = {};

    const key = (name: string) => join(dir, name);
    const connection = (extra: Partial<ConnectionOptions> = {}): ResolvedConnectionOptions =>
      resolveConnectionOptions({ host: addr.host, port: 2222, privateKeyPath: key("root_key"), hostKey: pin.main!, pathspace, commandTimeoutMs: 30_000, ...extra } as ConnectionOptions);
    const timed = async <T>(label: string, work: () => Promise<T>): Promise<T> => {
      const started = performance.now();
      const result = await work();
      costs[label] = `${Math.round(performance.now() - started)} ms`;
      return result;
    };
    const caught = async (work: () => Promise<unknown>): Promise<TransportError> => {
      try {
        await work();
      } catch (error) {
        if (TransportError.is(error)) return error;
        throw error;
      }
      throw new Error("expected a TransportError");
    };

    async function startSshd(name: string, ns: string, listen: string, hostKeys: string[]): Promise<void> {
      const conf = key(`sshd_${name}.conf`);
      writeFileSync(conf, [
        `ListenAddress ${listen}`,
        ...hostKeys.map((k) => `HostKey ${key(k)}`),
        `PidFile ${key(`sshd_${name}.pid`)}`,
        `AuthorizedKeysFile ${dir}/authorized_keys/%u`,
        "PermitRootLogin prohibit-password",
        "PasswordAuthentication yes",
        "KbdInteractiveAuthentication no",
        "UsePAM no",
        "StrictModes no",
        "AllowTcpForwarding yes",
        "MaxStartups 50",
        "LogLevel ERROR",
        "",
      ].join("\n"));
      run(["ip", "netns", "exec", ns, "/usr/sbin/sshd", "-f", conf, "-E", key(`sshd_${name}.log`)]);
      // The daemon writes its pid file (after binding) a moment after the parent has returned.
      const pidFile = key(`sshd_${name}.pid`);
      for (let i = 0; i < 100 && !existsSync(pidFile); i++) await sleep(50);
      sshdPids[name] = Number(readFileSync(pidFile, "utf8").trim());
    }

    beforeAll(async () => {
      if (!isolated()) throw new Error("refusing to run: this network namespace has a default route or the machine's own addresses");
      const rootRoutes = run(["nsenter", "-t", "1", "-n", "ip", "-j", "route", "show", "table", "all"], { allowFail: true });
      if (/"dst":"10\.213\./.test(rootRoutes)) throw new Error("refusing to run: 10.213.0.0/16 is routed in the root namespace");

      mkdirSync(`${dir}/authorized_keys`, { recursive: true });
      cleanups.push(() => rmSync(dir, { recursive: true, force: true }));
      chmodSync(dir, 0o755);
      for (const [name, type] of [["host_ed25519", "ed25519"], ["host_rsa", "rsa"], ["site_ed25519", "ed25519"], ["root_key", "ed25519"], ["user_key", "ed25519"], ["agent_key", "ecdsa"], ["stranger_key", "ed25519"]]) {
        run(["ssh-keygen", "-q", "-t", type!, "-N", "", "-C", `fxt-${name}`, "-f", key(name!)]);
      }
      const pub = (name: string) => readFileSync(key(`${name}.pub`), "utf8");
      writeFileSync(`${dir}/authorized_keys/root`, pub("root_key") + pub("agent_key"));
      writeFileSync(`${dir}/authorized_keys/${sudoUser}`, pub("user_key"));
      writeFileSync(`${dir}/authorized_keys/${vtyUser}`, pub("user_key"));
      pin.main = run(["ssh-keygen", "-lf", key("host_ed25519.pub")]).trim();
      pin.rsa = run(["ssh-keygen", "-lf", key("host_rsa.pub")]).trim().split(/\s+/)[1]!;
      pin.site = run(["ssh-keygen", "-lf", key("site_ed25519.pub")]).trim().split(/\s+/)[1]!;

      for (const ns of [nsHost, nsSite]) {
        run(["ip", "netns", "add", ns]);
        cleanups.push(() => {
          for (const pid of run(["ip", "netns", "pids", ns], { allowFail: true }).split(/\s+/).filter(Boolean)) killTree(Number(pid));
          run(["ip", "netns", "del", ns], { allowFail: true });
        });
        run(["ip", "-n", ns, "link", "set", "lo", "up"]);
      }
      run(["ip", "link", "add", `fxt${id}c`, "type", "veth", "peer", "name", `fxt${id}h`, "netns", nsHost]);
      run(["ip", "addr", "add", `${addr.client}/30`, "dev", `fxt${id}c`]);
      run(["ip", "link", "set", `fxt${id}c`, "up"]);
      run(["ip", "-n", nsHost, "addr", "add", `${addr.host}/30`, "dev", `fxt${id}h`]);
      run(["ip", "-n", nsHost, "link", "set", `fxt${id}h`, "up"]);
      run(["ip", "-n", nsHost, "link", "add", `fxt${id}j`, "type", "veth", "peer", "name", `fxt${id}t`, "netns", nsSite]);
      run(["ip", "-n", nsHost, "addr", "add", `${addr.hostSite}/30`, "dev", `fxt${id}j`]);
      run(["ip", "-n", nsHost, "link", "set", `fxt${id}j`, "up"]);
      run(["ip", "-n", nsSite, "addr", "add", `${addr.site}/30`, "dev", `fxt${id}t`]);
      run(["ip", "-n", nsSite, "link", "set", `fxt${id}t`, "up"]);

      // FRR 8.4 in its own pathspace, bgpd inside the host namespace.
      const etc = `/etc/frr/${pathspace}`;
      const runDir = `/var/run/frr/${pathspace}`;
      mkdirSync(etc, { recursive: true });
      mkdirSync(runDir, { recursive: true });
      cleanups.push(() => {
        run(["ip", "netns", "exec", nsHost, "/usr/lib/frr/frrinit.sh", "stop", pathspace], { allowFail: true });
        rmSync(etc, { recursive: true, force: true });
        rmSync(runDir, { recursive: true, force: true });
        rmSync(`/run/lock/frr-iac.${pathspace}.lock`, { force: true });
      });
      writeFileSync(`${etc}/daemons`, 'zebra=yes\nbgpd=yes\nstaticd=no\nvtysh_enable=yes\nzebra_options="  -A 127.0.0.1 -s 90000000"\nbgpd_options="   -A 127.0.0.1"\nfrr_profile="traditional"\n');
      writeFileSync(`${etc}/vtysh.conf`, "service integrated-vtysh-config\n");
      writeFileSync(`${etc}/frr.conf`, `frr defaults traditional\nhostname ${pathspace}\nservice integrated-vtysh-config\n!\nrouter bgp 65000\n bgp router-id ${addr.host}\n!\n`);
      run(["chown", "-R", "frr:frr", etc, runDir]);
      run(["chmod", "640", `${etc}/frr.conf`]);
      run(["ip", "netns", "exec", nsHost, "/usr/lib/frr/frrinit.sh", "start", pathspace]);
      for (let i = 0; i < 40 && spawnSync("vtysh", ["-N", pathspace, "-H", "/dev/null", "-c", "show version"]).status !== 0; i++) await sleep(250);

      // Users: one with a sudo rule for vtysh (not in frrvty), one in frrvty (no sudo, has a password).
      // "*" rather than the default "!": sshd without PAM refuses key logins to locked ("!") accounts.
      run(["useradd", "-M", "-N", "-p", "*", "-d", "/nonexistent", "-s", "/bin/sh", sudoUser]);
      run(["useradd", "-M", "-N", "-d", "/nonexistent", "-s", "/bin/sh", "-G", "frrvty", vtyUser]);
      cleanups.push(() => {
        run(["userdel", sudoUser], { allowFail: true });
        run(["userdel", vtyUser], { allowFail: true });
      });
      run(["chpasswd"], { input: `${vtyUser}:${vtyPassword}\n` });
      writeFileSync(`/etc/sudoers.d/fxt-${id}`, `${sudoUser} ALL=(root) NOPASSWD: /usr/bin/vtysh\n`, { mode: 0o440 });
      cleanups.push(() => rmSync(`/etc/sudoers.d/fxt-${id}`, { force: true }));

      mkdirSync("/run/sshd", { recursive: true });
      cleanups.push(() => Object.values(sshdPids).forEach(killTree));
      await startSshd("main", nsHost, `${addr.host}:2222`, ["host_ed25519", "host_rsa"]);
      await startSshd("victim", nsHost, `${addr.host}:2223`, ["host_ed25519"]);
      await startSshd("site", nsSite, `${addr.site}:22`, ["site_ed25519"]);

      const agent = run(["ssh-agent", "-s", "-a", key("agent.sock")]);
      agentPid = Number(/SSH_AGENT_PID=(\d+)/.exec(agent)?.[1]);
      cleanups.push(() => agentPid !== undefined && killTree(agentPid));
      spawnSync("ssh-add", [key("agent_key")], { env: { ...process.env, SSH_AUTH_SOCK: key("agent.sock") } });
    });

    afterAll(async () => {
      await pool.closeAll();
      for (const cleanup of cleanups.reverse()) {
        try {
          cleanup();
        } catch (error) {
          console.error(`cleanup: ${(error as Error).message}`);
        }
      }
      console.log(`transport costs on this machine:\n${Object.entries(costs).map(([k, v]) => `  ${k}: ${v}`).join("\n")}`);
    });

    describe("logging in", () => {
      it("with a key file, the pinned host key (ssh-keygen -lf line) accepted", async () => {
        const result = await timed("first exec (connect + auth + exec)", () => pool.exec(connection(), ["id", "-un"]));
        expect(result).toMatchObject({ stdout: "root\n", exitCode: 0 });
        await timed("exec on the pooled connection", () => pool.exec(connection(), ["true"]));
        expect(pool.metricsFor(connection())).toMatchObject({ connects: 1, commandsRun: 2 });
      });

      it("with a password (frrvty user)", async () => {
        const target = connection({ username: vtyUser, privateKeyPath: undefined, password: vtyPassword });
        expect((await pool.exec(target, ["id", "-un"])).stdout).toBe(`${vtyUser}\n`);
      });

      it("with ssh-agent", async () => {
        const target = connection({ privateKeyPath: undefined, agent: key("agent.sock") });
        expect((await pool.exec(target, ["id", "-un"])).stdout).toBe("root\n");
      });

      it("refuses a wrong password with FRR_SSH_AUTH_FAILED and does not retry", async () => {
        const target = connection({ username: vtyUser, privateKeyPath: undefined, password: "wrong" });
        const before = pool.metricsFor(target).connectAttempts;
        const error = await caught(() => pool.exec(target, ["true"]));
        expect(error.code).toBe("FRR_SSH_AUTH_FAILED");
        expect(error.message).toContain(`${vtyUser}@${addr.host}:2222`);
        expect(error.message).not.toContain("wrong");
        expect(pool.metricsFor(target).connectAttempts - before).toBe(1);
      });

      it("refuses a key that is not authorized", async () => {
        const error = await caught(() => pool.exec(connection({ privateKeyPath: key("stranger_key") }), ["true"]));
        expect(error.code).toBe("FRR_SSH_AUTH_FAILED");
        expect(error.message).toContain(`publickey (${key("stranger_key")})`);
      });
    });

    describe("host keys", () => {
      it("refuses a wrong pin with FRR_SSH_HOST_KEY_MISMATCH, showing both fingerprints, without retrying", async () => {
        const target = connection({ hostKey: pin.site });
        const before = pool.metricsFor(target);
        const error = await caught(() => pool.exec(target, ["true"]));
        const offered = pin.main!.split(/\s+/)[1]!;
        expect(error.code).toBe("FRR_SSH_HOST_KEY_MISMATCH");
        expect(error.message).toContain(`offered ssh-ed25519 ${offered}, expected ${pin.site}`);
        const after = pool.metricsFor(target);
        expect([after.connectAttempts - before.connectAttempts, after.connects - before.connects, after.retries - before.retries]).toEqual([1, 0, 0]);
      });

      it("accepts a hashed known_hosts entry for [host]:port, asking the server for the key type it lists", async () => {
        const file = key("known_hosts_rsa");
        writeFileSync(file, `[${addr.host}]:2222 ${readFileSync(key("host_rsa.pub"), "utf8")}`);
        run(["ssh-keygen", "-q", "-H", "-f", file]);
        expect(readFileSync(file, "utf8")).not.toContain(addr.host);
        const target = connection({ hostKey: undefined, knownHostsFile: file });
        expect((await pool.exec(target, ["true"])).exitCode).toBe(0);
      });

      it("says FRR_SSH_HOST_KEY_UNKNOWN for a host the file does not list", async () => {
        const file = key("known_hosts_other");
        writeFileSync(file, `[${addr.host}]:2299 ${readFileSync(key("host_ed25519.pub"), "utf8")}`);
        const error = await caught(() => pool.exec(connection({ hostKey: undefined, knownHostsFile: file }), ["true"]));
        expect(error.code).toBe("FRR_SSH_HOST_KEY_UNKNOWN");
        expect(error.message).toContain(`has no entry for [${addr.host}]:2222`);
      });

      it("warns once per host when checking is off", async () => {
        const target = connection({ hostKey: undefined, insecureIgnoreHostKey: true });
        await pool.exec(target, ["true"]);
        await pool.exec(target, ["true"]);
        const mine = warnings.filter((w) => w.includes("NOT verifying"));
        expect(mine).toHaveLength(1);
        expect(mine[0]).toContain(pin.main!.split(/\s+/)[1]!);
      });
    });

    describe("connections", () => {
      it("tunnels through a jump host, verifying both host keys", async () => {
        const bastion: ConnectionOptions = { host: addr.host, port: 2222, privateKeyPath: key("root_key"), hostKey: pin.main! };
        const target = resolveConnectionOptions({ host: addr.site, privateKeyPath: key("root_key"), hostKey: pin.site!, jumpHost: bastion });
        const direct = await caught(() => pool.exec(resolveConnectionOptions({ host: addr.site, privateKeyPath: key("root_key"), hostKey: pin.site!, connectTimeoutMs: 1000 }), ["true"]));
        expect(direct.code).toMatch(/FRR_SSH_CONNECT_(FAILED|TIMEOUT)/);
        const result = await timed("first exec through a bastion", () => pool.exec(target, ["ip", "-4", "-o", "addr", "show"]));
        expect(result.stdout).toContain(addr.site);
        expect(pool.metricsFor(resolveConnectionOptions(bastion))!.channelsOpened).toBeGreaterThanOrEqual(1);

        const badBastion = resolveConnectionOptions({ host: addr.site, privateKeyPath: key("root_key"), hostKey: pin.site!, jumpHost: { ...bastion, hostKey: pin.site! } });
        const error = await caught(() => pool.exec(badBastion, ["true"]));
        expect(error.code).toBe("FRR_SSH_HOST_KEY_MISMATCH");
        expect(error.message).toContain(`root@${addr.host}:2222 offered`);
      });

      it("retries a refused connection with backoff, then fails with a typed transient error", async () => {
        const target = connection({ port: 2299 });
        const error = await caught(() => pool.exec(target, ["true"]));
        expect(error).toMatchObject({ code: "FRR_SSH_CONNECT_FAILED", transient: true });
        expect(error.message).toMatch(/ECONNREFUSED/);
        expect(pool.metricsFor(target)).toMatchObject({ connectAttempts: 3, retries: 2 });
      });

      it("sends 1 MiB on stdin", async () => {
        const payload = Buffer.alloc(1024 * 1024, "x");
        const result = await timed("exec with 1 MiB on stdin", () => pool.exec(connection(), "wc -c", { stdin: payload }));
        expect(result.stdout.trim()).toBe(String(payload.length));
      });

      it("kills a command that outlives its timeout and keeps the connection usable", async () => {
        const started = performance.now();
        const error = await caught(() => pool.exec(connection(), ["sleep", "20"], { timeoutMs: 500 }));
        expect(error.code).toBe("FRR_SSH_COMMAND_TIMEOUT");
        expect(performance.now() - started).toBeLessThan(3000);
        expect((await pool.exec(connection(), ["echo", "still here"])).stdout).toBe("still here\n");
        // OpenSSH delivers signals only to privilege-separated sessions: a non-root user's command
        // is killed, a root login's keeps running until it ends by itself.
        const user = connection({ username: sudoUser, privateKeyPath: key("user_key") });
        expect((await caught(() => pool.exec(user, ["sleep", "21"], { timeoutMs: 500 }))).code).toBe("FRR_SSH_COMMAND_TIMEOUT");
        await sleep(500);
        expect(run(["pgrep", "-u", sudoUser, "-f", "sleep 21"], { allowFail: true }).trim()).toBe("");
      });

      it("reports FRR_SSH_CONNECTION_LOST (no hang) when sshd is killed mid-command", async () => {
        const target = connection({ port: 2223, keepaliveIntervalMs: 1000 });
        await pool.exec(target, ["true"]);
        const running = pool.exec(target, ["sleep", "30"]);
        await sleep(500);
        const started = performance.now();
        killTree(sshdPids.victim!);
        const error = await caught(() => running);
        expect(error.code).toBe("FRR_SSH_CONNECTION_LOST");
        expect(performance.now() - started).toBeLessThan(5000);
        const again = await caught(() => pool.exec(target, ["true"]));
        expect(again.code).toBe("FRR_SSH_CONNECT_FAILED");
      });

      it("does not keep an idle process alive (no closeAll)", async () => {
        const script = key("idle-child.ts");
        writeFileSync(script, [
          `import { resolveConnectionOptions } from ${JSON.stringify(join(REPO, "src/host/connection-options"))};`,
          `import { SshPool } from ${JSON.stringify(join(REPO, "src/host/ssh-pool"))};`,
          `const pool = new SshPool({ idleTimeoutMs: 60_000 });`,
          `pool.exec(resolveConnectionOptions(${JSON.stringify({ host: addr.host, port: 2222, privateKeyPath: key("root_key"), hostKey: pin.main, keepaliveIntervalMs: 1000 })}), ["true"])`,
          `  .then((r) => console.log("exit", r.exitCode));`,
        ].join("\n"));
        const started = performance.now();
        const result = spawnSync("npx", ["tsx", script], { cwd: REPO, encoding: "utf8", timeout: 30_000 });
        expect(result.stdout).toContain("exit 0");
        expect(performance.now() - started).toBeLessThan(20_000);
      });
    });

    describe("vtysh", () => {
      it("reads running-config and JSON shows in one exec", async () => {
        const vtysh = new Vtysh(pool, connection());
        const before = pool.metricsFor(connection()).commandsRun;
        const result = await timed("read: running-config + 1 JSON show", () => vtysh.read(["show bgp summary json"]));
        expect(result.runningConfig).toContain("router bgp 65000");
        expect(typeof JSON.parse(result.shows["show bgp summary json"]!.output)).toBe("object");
        expect(pool.metricsFor(connection()).commandsRun).toBe(before + 1);
        await expect(vtysh.show(["show bogus"])).resolves.toMatchObject([{ exitCode: 1, output: expect.stringContaining("% Unknown command") }]);
        await expect(vtysh.showJson("show bgp vrf all json")).resolves.toHaveProperty("default");
        await expect(vtysh.show(["configure terminal"])).rejects.toMatchObject({ code: "FRR_INVALID_COMMAND" });
      });

      it("applies a 2000-command chain sent on stdin", async () => {
        const vtysh = new Vtysh(pool, connection());
        const chain = ["configure terminal", "router bgp 65000", "neighbor BULK peer-group", "neighbor BULK remote-as 65100",
          ...Array.from({ length: 2000 }, (_, i) => `neighbor 10.200.${Math.floor(i / 250)}.${(i % 250) + 1} peer-group BULK`), "exit"];
        expect(chain.length).toBe(2005);
        const result = await timed("apply 2005 commands (one vtysh)", () => vtysh.apply(chain));
        expect(result).toMatchObject({ ok: true, invocations: 1 });
        const running = (await vtysh.read()).runningConfig;
        expect(running.match(/^ neighbor 10\.200\.\S+ peer-group BULK$/gm)).toHaveLength(2000);
        const blocks = Array.from({ length: 20 }, (_, b) => ["router bgp 65000", ...Array.from({ length: 100 }, (_, i) => `neighbor 10.210.${b}.${i + 1} peer-group BULK`), "exit"]);
        const splitChain = ["configure terminal", ...blocks.flat()];
        const splitBefore = blocks.map((_, b) => 1 + b * 102);
        const split = await timed("apply 2041 commands in 20 blocks (32 KiB per vtysh run)", () =>
          new Vtysh(pool, connection(), { maxInvocationBytes: 32 * 1024 }).apply(splitChain, { splitBefore }));
        expect(split).toMatchObject({ ok: true });
        expect(split.invocations).toBeGreaterThan(1);
        expect((await vtysh.read()).runningConfig.match(/^ neighbor 10\.210\.\S+ peer-group BULK$/gm)).toHaveLength(2000);
        expect(split.ok).toBe(true);
      });

      it("stops at a bad command in the middle and says which one, with FRR's message and a redacted password", async () => {
        const vtysh = new Vtysh(pool, connection());
        const chain = ["configure terminal", "router bgp 65000",
          ...Array.from({ length: 500 }, (_, i) => `neighbor 10.201.${Math.floor(i / 250)}.${(i % 250) + 1} remote-as 65201`),
          "neighbor 10.201.9.9 bogus password s3cret",
          ...Array.from({ length: 500 }, (_, i) => `neighbor 10.202.${Math.floor(i / 250)}.${(i % 250) + 1} remote-as 65202`)];
        const result = await vtysh.apply(chain);
        expect(result.ok).toBe(false);
        if (result.ok) return;
        expect(result.failedIndex).toBe(502);
        expect(result.message).toMatch(/^% Unknown command/);
        expect(result.command).not.toContain("s3cret");
        expect(result.message).not.toContain("s3cret");
        const running = (await vtysh.read()).runningConfig;
        expect(running).toContain("neighbor 10.201.1.250 remote-as 65201");
        expect(running).not.toContain("10.202.");
      });

      it("reports a refused dependency with FRR's words", async () => {
        const result = await new Vtysh(pool, connection()).apply(["configure terminal", "router bgp 65000", "bgp listen range 10.99.0.0/16 peer-group NOPE"]);
        expect(result).toMatchObject({ ok: false, failedIndex: 2, message: "% Configure the peer-group first" });
      });

      it("checks candidates with vtysh -C through a temp file that is removed", async () => {
        const vtysh = new Vtysh(pool, connection());
        await expect(timed("check (vtysh -C)", () => vtysh.check("router bgp 65000\n neighbor 10.0.0.1 remote-as 1\nexit\n"))).resolves.toMatchObject({ ok: true });
        const bad = await vtysh.check("router bgp 65000\n neighbor 10.0.0.1 remote-as 1\n neighbor 10.0.0.1 bogus\n neighbor 10.0.0.1 password s3cret extra\nexit\n");
        expect(bad).toMatchObject({ ok: false, complaints: [{ line: 3 }, { line: 4 }] });
        if (!bad.ok) expect(bad.message).not.toContain("s3cret");
        expect(run(["sh", "-c", "ls /tmp | grep -c frr-iac-check || true"]).trim()).toBe("0");
      });

      it("writes memory and resets sessions", async () => {
        const vtysh = new Vtysh(pool, connection());
        await vtysh.writeMemory();
        expect(readFileSync(`/etc/frr/${pathspace}/frr.conf`, "utf8")).toContain("peer-group BULK");
        await vtysh.clearBgp({ target: "*", soft: "in" });
        await expect(vtysh.clearBgp({ target: "10.99.99.99" })).rejects.toMatchObject({ code: "FRR_VTYSH_FAILED", message: expect.stringContaining("Unknown neighbor") });
        await expect(vtysh.clearBgp({ target: "* ; reboot" })).rejects.toMatchObject({ code: "FRR_INVALID_COMMAND" });
      });

      it("runs as a non-root user with sudo -n", async () => {
        const vtysh = new Vtysh(pool, connection({ username: sudoUser, privateKeyPath: key("user_key"), sudo: true }));
        expect((await vtysh.read()).runningConfig).toContain("router bgp 65000");
        expect(await vtysh.apply(["configure terminal", "router bgp 65000", "neighbor 10.203.0.1 remote-as 65203"])).toMatchObject({ ok: true });
        expect(await vtysh.check("router bgp 65000\n")).toMatchObject({ ok: true });
      });

      it("runs as a frrvty member without sudo", async () => {
        const vtysh = new Vtysh(pool, connection({ username: vtyUser, privateKeyPath: key("user_key") }));
        const running = (await vtysh.read()).runningConfig;
        expect(running).toMatch(/^Building configuration/);
        expect(await vtysh.apply(["configure terminal", "router bgp 65000", "neighbor 10.203.0.2 remote-as 65203"])).toMatchObject({ ok: true });
        await vtysh.writeMemory();
        expect(await vtysh.check("router bgp 65000\n")).toMatchObject({ ok: true });
      });

      it("explains a user that has neither sudo nor frrvty", async () => {
        const noSudo = await caught(() => new Vtysh(pool, connection({ username: vtyUser, privateKeyPath: key("user_key"), sudo: true })).read());
        expect(noSudo.code).toBe("FRR_SUDO_FAILED");
        expect(noSudo.message).toContain(`${vtyUser} ALL=(root) NOPASSWD: /usr/bin/vtysh`);
        const noGroup = await caught(() => new Vtysh(pool, connection({ username: sudoUser, privateKeyPath: key("user_key") })).read());
        expect(noGroup.code).toBe("FRR_VTYSH_FAILED");
        expect(noGroup.message).toContain("frrvty");
      });
    });

    describe("remote lock", () => {
      it("serialises two processes", async () => {
        const script = key("lock-child.ts");
        writeFileSync(script, [
          `import { resolveConnectionOptions } from ${JSON.stringify(join(REPO, "src/host/connection-options"))};`,
          `import { SshPool } from ${JSON.stringify(join(REPO, "src/host/ssh-pool"))};`,
          `import { withRemoteLock } from ${JSON.stringify(join(REPO, "src/host/remote-lock"))};`,
          `const pool = new SshPool();`,
          `const target = resolveConnectionOptions(${JSON.stringify({ host: addr.host, port: 2222, privateKeyPath: key("user_key"), username: sudoUser, hostKey: pin.main, pathspace })});`,
          `console.log("asking", Date.now());`,
          `withRemoteLock(pool, target, async () => { console.log("got", Date.now()); await new Promise((r) => setTimeout(r, 300)); console.log("done", Date.now()); }, { waitMs: 20_000 })`,
          `  .then(() => pool.closeAll(), (e) => { console.log("error", String(e)); process.exitCode = 1; });`,
        ].join("\n"));
        const lock = await timed("lock acquire (uncontended)", () => acquireRemoteLock(pool, connection()));
        const child = spawn("npx", ["tsx", script], { cwd: REPO, stdio: ["ignore", "pipe", "pipe"] });
        const exited = new Promise<number | null>((r) => child.on("exit", r));
        let out = "";
        child.stdout.on("data", (d: Buffer) => (out += d.toString()));
        child.stderr.on("data", (d: Buffer) => (out += d.toString()));
        for (let i = 0; i < 100 && !out.includes("asking"); i++) await sleep(100);
        await sleep(1500);
        expect(out).not.toContain("got");
        const releasedAt = Date.now();
        await timed("lock release", () => lock.release());
        const code = await exited;
        expect(code, out).toBe(0);
        const got = Number(/got (\d+)/.exec(out)?.[1]);
        expect(got).toBeGreaterThanOrEqual(releasedAt - 50);

        const second = await acquireRemoteLock(pool, connection({ username: sudoUser, privateKeyPath: key("user_key") }));
        expect(lock.signal.aborted).toBe(false);
        await second.release();
      });

      it("times out with FRR_HOST_LOCK_TIMEOUT and frees the lock when the connection dies", async () => {
        const holder = new SshPool();
        const held = await acquireRemoteLock(holder, connection());
        const error = await caught(() => acquireRemoteLock(pool, connection(), { waitMs: 1000 }));
        expect(error.code).toBe("FRR_HOST_LOCK_TIMEOUT");
        await holder.closeAll();
        await sleep(200);
        expect(held.signal.aborted).toBe(true);
        await timed("withRemoteLock around one read", () => withRemoteLock(pool, connection(), () => new Vtysh(pool, connection()).read(), { waitMs: 5000 }));
      });
    });
  });
}
