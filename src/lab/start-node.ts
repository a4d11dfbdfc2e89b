// Prepares and starts one lab node: its files, users and root (overlay for FRR 10.3), then its
// daemons (FRR + sshd for hosts; FRR, BIRD or GoBGP for peers), waiting until each really serves.

import { chmodSync, chownSync, existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { LabError } from "./lab-error";
import { execPrefix, vtyshPrefix } from "./node-exec";
import { isListening, processesIn } from "./namespace-processes";
import { onMachine, type LabPlan, type PlannedNode } from "./plan-lab";
import {
  renderBirdConf,
  renderDaemonsFile,
  renderHostFrrConf,
  renderHostsFile,
  renderSshdConfig,
  renderSudoersRule,
  renderVtyshConf,
} from "./render-node-files";
import { run, runToLog, waitFor } from "./run-command";
import type { FrrTrack } from "./topology";

export const SSH_PORT = 22;
export const GOBGP_API = "127.0.0.1:50051";
const FRR_READY_MS = 30_000;
const DAEMON_READY_MS = 15_000;

export interface UserKey {
  readonly privateKeyPath: string;
  readonly publicKey: string;
}

export interface NodeContext {
  readonly plan: LabPlan;
  readonly rootKey: UserKey;
  readonly operatorKey: UserKey;
  readonly log: (line: string) => void;
}

export interface NodeFacts {
  readonly frr?: { readonly version: string; readonly package: string; readonly track: FrrTrack };
  /** Host key line "ssh-ed25519 AAAA..." (hosts). */
  readonly hostKey?: string;
}

/** Files of a node, as seen from inside its root. */
export function nodeFiles(node: PlannedNode): Record<"log" | "frrLog" | "startLog" | "ssh" | "sshdConfig" | "sshdPid" | "sshdLog" | "hostKey" | "authorizedKeys" | "birdConf" | "birdSocket" | "birdPid" | "birdLog" | "gobgpConf" | "gobgpLog", string> {
  const d = node.filesDir;
  return {
    log: `${d}/log`,
    frrLog: `${d}/log/frr.log`,
    startLog: `${d}/log/start.log`,
    ssh: `${d}/ssh`,
    sshdConfig: `${d}/ssh/sshd_config`,
    sshdPid: `${d}/ssh/sshd.pid`,
    sshdLog: `${d}/log/sshd.log`,
    hostKey: `${d}/ssh/ssh_host_ed25519_key`,
    authorizedKeys: `${d}/ssh/authorized_keys`,
    birdConf: `${d}/bird.conf`,
    birdSocket: `${d}/bird.ctl`,
    birdPid: `${d}/bird.pid`,
    birdLog: `${d}/log/bird.log`,
    gobgpConf: `${d}/gobgpd.conf`,
    gobgpLog: `${d}/log/gobgpd.log`,
  };
}

function idsOf(root: string, user: string, group: string): { uid: number; gid: number } {
  const find = (file: string, name: string): number => {
    const line = readFileSync(onMachine({ rootDir: root }, file), "utf8")
      .split("\n")
      .find((l) => l.startsWith(`${name}:`));
    const id = line?.split(":")[2];
    if (id === undefined) throw new LabError("FRR_LAB_START_FAILED", `no ${name} entry in ${root === "/" ? "" : root}${file}; is the frr package installed there?`);
    return Number(id);
  };
  return { uid: find("/etc/passwd", user), gid: find("/etc/group", group) };
}

function mkdirOwned(path: string, mode: number, ids?: { uid: number; gid: number }): void {
  mkdirSync(path, { recursive: true, mode });
  chmodSync(path, mode);
  if (ids !== undefined) chownSync(path, ids.uid, ids.gid);
}

function writeOwned(path: string, text: string, mode: number, ids?: { uid: number; gid: number }): void {
  writeFileSync(path, text, { mode });
  chmodSync(path, mode);
  if (ids !== undefined) chownSync(path, ids.uid, ids.gid);
}

function tailOf(path: string, lines = 20): string {
  try {
    return readFileSync(path, "utf8").trimEnd().split("\n").slice(-lines).join("\n");
  } catch {
    return "(no log)";
  }
}

function startFailure(node: PlannedNode, what: string, logs: readonly string[]): LabError {
  const shown = logs.map((l) => `--- ${onMachine(node, l)}\n${tailOf(onMachine(node, l))}`).join("\n");
  return new LabError("FRR_LAB_START_FAILED", `${node.spec.role} ${node.spec.name} (namespace ${node.namespace}): ${what}\n${shown}`);
}

/** Mounts the node's own copy-on-write view of the Debian 13 root, with /proc and /dev. */
async function mountRoot(node: PlannedNode): Promise<void> {
  const o = node.overlay;
  if (o === undefined) return;
  if (!existsSync(`${o.lower}/.frr-iac-complete`)) {
    throw new LabError("FRR_LAB_START_FAILED", `the FRR 10 root ${o.lower} is missing or incomplete; run scripts/frr10-root.sh`);
  }
  for (const d of [o.upper, o.work, node.rootDir]) mkdirSync(d, { recursive: true, mode: 0o755 });
  const r = node.rootDir;
  // Private and slave propagation: unmounting these later must never reach the machine's /dev or /proc.
  const script = [
    "set -e",
    `mount -t overlay ${node.namespace} -o lowerdir=${o.lower},upperdir=${o.upper},workdir=${o.work} ${r}`,
    `mount --make-private ${r}`,
    `mount --bind /proc ${r}/proc`,
    `mount --make-private ${r}/proc`,
    `mount --rbind /dev ${r}/dev`,
    `mount --make-rslave ${r}/dev`,
  ].join("\n");
  await run(["sh", "-c", script], { what: `mounting the FRR 10 root for ${node.spec.name} at ${r}` });
}

async function addUser(node: PlannedNode, user: string, home: string): Promise<void> {
  const chroot = node.rootDir === "/" ? [] : ["chroot", node.rootDir];
  const argv = [...chroot, "useradd", "-d", home, "-s", "/bin/bash", "-G", "frr,frrvty", "-p", "*", ...(node.rootDir === "/" ? ["-M"] : ["-m"]), user];
  // useradd exits 10 when another process holds the passwd lock (two labs starting at once).
  for (let attempt = 0; ; attempt++) {
    const result = await run(argv, { allowFailure: true, what: `adding user ${user}` });
    if (result.code === 0) return;
    // 9: the account exists. On the machine it is shared by the lab's FRR 8.4 hosts, which are
    // prepared concurrently: another one got there first.
    if (result.code === 9 && node.rootDir === "/") return;
    if (result.code !== 10 || attempt >= 30) {
      throw new LabError("FRR_LAB_START_FAILED", `adding user ${user} for ${node.spec.name}: useradd exited ${result.code}: ${result.stderr.trim()}`);
    }
    await new Promise((r) => setTimeout(r, 100));
  }
}

/** Writes a node's files and users. Runs before any daemon starts. */
export async function prepareNode(ctx: NodeContext, node: PlannedNode): Promise<void> {
  await mountRoot(node);
  const files = nodeFiles(node);
  const m = (p: string): string => onMachine(node, p);
  const spec = node.spec;
  const frrIds = node.pathspace !== undefined ? idsOf(node.rootDir, "frr", "frr") : undefined;
  mkdirOwned(m(node.filesDir), 0o755);
  mkdirOwned(m(files.log), 0o755, frrIds);

  if (node.pathspace !== undefined && frrIds !== undefined) {
    const track = spec.frr;
    const defaults = spec.defaults;
    const dir = m(`/etc/frr/${node.pathspace}`);
    rmSync(dir, { recursive: true, force: true });
    rmSync(m(`/var/run/frr/${node.pathspace}`), { recursive: true, force: true });
    mkdirOwned(dir, 0o750, frrIds);
    const netnsVrfs = spec.role === "host" && spec.vrfs.length > 0;
    writeOwned(`${dir}/daemons`, renderDaemonsFile({ frr: track, defaults, netnsVrfs, logFile: files.frrLog }), 0o640, frrIds);
    writeOwned(`${dir}/vtysh.conf`, renderVtyshConf(), 0o640, frrIds);
    const conf = spec.role === "host" ? renderHostFrrConf(spec) : `${spec.config.trim()}\n`;
    writeOwned(`${dir}/frr.conf`, conf, 0o640, frrIds);
    // vtysh -C parses the whole file without touching any daemon: a bad line fails here, loudly.
    await run([...vtyshPrefix(node, node.pathspace), "-C", "-f", `/etc/frr/${node.pathspace}/frr.conf`], {
      what: `checking the starting FRR config of ${spec.name} (${dir}/frr.conf)`,
    });
    if (netnsVrfs) {
      mkdirOwned(`${node.machineDir}/netns`, 0o755);
      for (const vrf of Object.keys(node.vrfNamespaces)) writeFileSync(`${node.machineDir}/netns/${vrf}`, "");
    }
  }

  if (spec.role === "host") {
    const op = ctx.plan.operator;
    mkdirOwned(m(files.ssh), 0o755);
    mkdirOwned(m(files.authorizedKeys), 0o755);
    writeOwned(m(`${files.authorizedKeys}/root`), `${ctx.rootKey.publicKey}\n`, 0o644);
    writeOwned(m(`${files.authorizedKeys}/${op}`), `${ctx.operatorKey.publicKey}\n`, 0o644);
    await run(["ssh-keygen", "-q", "-t", "ed25519", "-N", "", "-C", `${spec.name}@${ctx.plan.name}`, "-f", m(files.hostKey)], {
      what: `generating the SSH host key of ${spec.name}`,
    });
    writeOwned(
      m(files.sshdConfig),
      renderSshdConfig({
        listenAddress: node.managementAddress ?? "",
        port: SSH_PORT,
        hostKey: files.hostKey,
        pidFile: files.sshdPid,
        authorizedKeysDir: files.authorizedKeys,
        users: ["root", op],
      }),
      0o644,
    );
    mkdirOwned(m("/run/sshd"), 0o755);
    if (node.rootDir === "/") {
      const home = `${ctx.plan.stateDir}/home/${op}`;
      if (!existsSync(home)) {
        // One operator account on the machine serves every FRR 8.4 host of the lab.
        await addUser(node, op, home);
        mkdirOwned(`${ctx.plan.stateDir}/home`, 0o755);
        mkdirOwned(home, 0o700);
        const ids = idsOf("/", op, op);
        chownSync(home, ids.uid, ids.gid);
        writeOwned(`/etc/sudoers.d/fil-${ctx.plan.name}`, renderSudoersRule(op), 0o440);
      }
      mkdirOwned(`/etc/netns/${node.namespace}`, 0o755);
      writeOwned(`/etc/netns/${node.namespace}/hosts`, renderHostsFile(spec.name), 0o644);
    } else {
      await addUser(node, op, `/home/${op}`);
      writeOwned(m(`/etc/sudoers.d/fil-${ctx.plan.name}`), renderSudoersRule(op), 0o440);
      writeOwned(m("/etc/hosts"), renderHostsFile(spec.name), 0o644);
      writeOwned(m("/etc/hostname"), `${spec.name}\n`, 0o644);
    }
  }

  if (spec.role === "peer" && spec.daemon === "bird") {
    writeOwned(m(files.birdConf), renderBirdConf(spec.config, files.birdLog), 0o644);
    await run(["bird", "-p", "-c", m(files.birdConf)], { what: `checking the BIRD config of ${spec.name} (${m(files.birdConf)})` });
  }
  if (spec.role === "peer" && spec.daemon === "gobgp") {
    writeOwned(m(files.gobgpConf), `${spec.config.trim()}\n`, 0o644);
    await run(["gobgpd", "--dry-run", "-f", m(files.gobgpConf), "-t", spec.configFormat], { what: `checking the GoBGP config of ${spec.name} (${m(files.gobgpConf)})` });
  }
}

function frrStartScript(node: PlannedNode, pathspace: string): string {
  const r = node.rootDir === "/" ? "" : node.rootDir;
  const lines = ['hostname "$0" || exit 1', "set -e"];
  const vrfs = Object.entries(node.vrfNamespaces);
  if (vrfs.length > 0) {
    // zebra -n turns every file in /run/netns into a VRF. This mount namespace (made by
    // `ip netns exec`, private to the daemons) shows only this host's VRFs there, under their
    // VRF names, so two hosts can both have a VRF "vrf_evpnz1" backed by different namespaces.
    for (const [vrf, ns] of vrfs) lines.push(`mount --bind /run/netns/${ns} ${node.machineDir}/netns/${vrf}`);
    lines.push(`mkdir -p ${r}/run/netns`, `mount --rbind ${node.machineDir}/netns ${r}/run/netns`);
  }
  lines.push(`exec ${r === "" ? "" : `chroot ${r} `}/usr/lib/frr/frrinit.sh start ${pathspace}`);
  return lines.join("\n");
}

async function startFrr(node: PlannedNode, pathspace: string): Promise<{ version: string; package: string }> {
  const files = nodeFiles(node);
  const code = await runToLog(["ip", "netns", "exec", node.namespace, "unshare", "--uts", "sh", "-c", frrStartScript(node, pathspace), node.spec.name], onMachine(node, files.startLog));
  if (code !== 0) throw startFailure(node, `frrinit.sh start ${pathspace} exited ${code}`, [files.startLog, files.frrLog]);
  const vtysh = vtyshPrefix(node, pathspace);
  let lastStatus = "";
  const ready = await waitFor(async () => {
    const status = await run([...vtysh, "-c", "show watchfrr"], { allowFailure: true, timeoutMs: 10_000 });
    lastStatus = `${status.stdout}${status.stderr}`.trim();
    if (status.code !== 0 || !/global phase: Idle/.test(status.stdout)) return false;
    const daemons = status.stdout.split("\n").filter((l) => /^\s{2}\S+\s+\S+/.test(l));
    if (daemons.length === 0 || daemons.some((l) => !/\sUp\b/.test(l))) return false;
    // watchfrr.sh applies frr.conf with `vtysh -b` right after each daemon starts.
    return !processesIn([node.namespace]).some((p) => p.command.includes("watchfrr.sh") || /vtysh .*-b\b/.test(p.command));
  }, FRR_READY_MS, 100);
  if (!ready) throw startFailure(node, `FRR did not come up within ${FRR_READY_MS / 1000} s; last \`show watchfrr\`:\n${lastStatus}`, [files.startLog, files.frrLog]);
  const shown = await run([...vtysh, "-c", "show version"], { what: `reading the FRR version of ${node.spec.name}` });
  const version = /FRRouting (\S+)/.exec(shown.stdout)?.[1];
  if (version === undefined) throw startFailure(node, `unexpected \`show version\` output: ${shown.stdout.slice(0, 200)}`, []);
  const pkg = await run([...execPrefix(node), "dpkg-query", "-W", "-f", "${Version}", "frr"], { what: `reading the frr package version of ${node.spec.name}` });
  return { version, package: pkg.stdout.trim() };
}

async function startSshd(node: PlannedNode): Promise<string> {
  const files = nodeFiles(node);
  const argv = [...execPrefix(node), "/usr/sbin/sshd", "-f", files.sshdConfig, "-E", files.sshdLog];
  const code = await runToLog(argv, onMachine(node, files.startLog));
  if (code !== 0) throw startFailure(node, `sshd exited ${code}`, [files.startLog, files.sshdLog]);
  let pid = 0;
  const ready = await waitFor(() => {
    try {
      pid = Number(readFileSync(onMachine(node, files.sshdPid), "utf8").trim());
    } catch {
      return false;
    }
    return pid > 0 && isListening(pid, SSH_PORT);
  }, DAEMON_READY_MS);
  if (!ready) throw startFailure(node, `sshd is not listening on ${node.managementAddress ?? "?"}:${SSH_PORT} after ${DAEMON_READY_MS / 1000} s`, [files.sshdLog]);
  return readFileSync(onMachine(node, `${files.hostKey}.pub`), "utf8").trim().split(/\s+/).slice(0, 2).join(" ");
}

async function startBird(node: PlannedNode): Promise<void> {
  const files = nodeFiles(node);
  const code = await runToLog([...execPrefix(node), "bird", "-c", files.birdConf, "-s", files.birdSocket, "-P", files.birdPid], onMachine(node, files.startLog));
  if (code !== 0) throw startFailure(node, `bird exited ${code}`, [files.startLog, files.birdLog]);
  const ready = await waitFor(async () => {
    const status = await run(["birdc", "-s", files.birdSocket, "show", "status"], { allowFailure: true, timeoutMs: 5_000 });
    return status.code === 0 && /Daemon is up and running/.test(status.stdout);
  }, DAEMON_READY_MS, 100);
  if (!ready) throw startFailure(node, "BIRD did not answer on its control socket", [files.startLog, files.birdLog]);
}

async function startGobgp(node: PlannedNode, format: string): Promise<void> {
  const files = nodeFiles(node);
  const argv = [...execPrefix(node), "setsid", "-f", "gobgpd", "-f", files.gobgpConf, "-t", format, "--api-hosts", GOBGP_API, "--pprof-disable", "-p"];
  const code = await runToLog(argv, onMachine(node, files.gobgpLog));
  if (code !== 0) throw startFailure(node, `starting gobgpd exited ${code}`, [files.gobgpLog]);
  const [host, port] = GOBGP_API.split(":");
  const since = Date.now();
  let exited = false;
  const ready = await waitFor(async () => {
    if (!processesIn([node.namespace]).some((p) => p.command.startsWith("gobgpd"))) {
      exited = Date.now() - since > 1_000;
      return exited;
    }
    const status = await run([...execPrefix(node), "gobgp", "-u", host ?? "", "-p", port ?? "", "global"], { allowFailure: true, timeoutMs: 5_000 });
    return status.code === 0;
  }, DAEMON_READY_MS, 100);
  if (!ready || exited) throw startFailure(node, exited ? "gobgpd exited" : "gobgpd did not answer on its API", [files.gobgpLog]);
}

/**
 * Stops the node's FRR and starts it again the way `lab up` does (its VRF namespaces mounted,
 * its hostname set), from the configuration it last saved. Waits until every daemon serves.
 */
export async function restartFrr(node: PlannedNode): Promise<void> {
  if (node.pathspace === undefined) throw new LabError("FRR_LAB_NOT_FOUND", `${node.spec.name} runs no FRR`);
  await run([...execPrefix(node), "/usr/lib/frr/frrinit.sh", "stop", node.pathspace], { what: `stopping FRR on ${node.spec.name}` });
  await startFrr(node, node.pathspace);
}

/** Starts the node's daemons and waits until they serve; then runs the peer's `run` commands. */
export async function startNode(ctx: NodeContext, node: PlannedNode): Promise<NodeFacts> {
  const spec = node.spec;
  let frr: NodeFacts["frr"];
  let hostKey: string | undefined;
  if (node.pathspace !== undefined) {
    const started = await startFrr(node, node.pathspace);
    frr = { ...started, track: spec.frr };
  }
  if (spec.role === "host") hostKey = await startSshd(node);
  if (spec.role === "peer") {
    if (spec.daemon === "bird") await startBird(node);
    if (spec.daemon === "gobgp") await startGobgp(node, spec.configFormat);
    for (const command of spec.run) {
      await run([...execPrefix(node), "sh", "-c", command], { what: `running \`${command}\` on peer ${spec.name}` });
    }
  }
  ctx.log(`  ${spec.role} ${spec.name}: up${frr !== undefined ? ` (FRR ${frr.version})` : spec.role === "peer" ? ` (${spec.daemon})` : ""}`);
  return { ...(frr !== undefined ? { frr } : {}), ...(hostKey !== undefined ? { hostKey } : {}) };
}
