// The floor: the final configuration pushed to each host in one SSH exec of one vtysh (the whole
// `-c` chain on stdin through xargs, the transport's technique without its safety steps), then
// `show running-config` read back once. Hosts in parallel. Afterwards, on the same connection
// and untimed for the floor, the single steps the engine adds on top, for the gap analysis.
import type * as ConfigTree from "../src/frr/config-tree";
import type * as HostSession from "../src/host/host-session";
import type * as RemoteLock from "../src/host/remote-lock";
import type * as ShellQuote from "../src/host/shell-quote";
import type * as SshPoolModule from "../src/host/ssh-pool";
import type * as VtyshScript from "../src/host/vtysh-script";
import { hostConnection } from "./lab-hosts";
import { configLines, shortError, type Operation, type WorkerRequest, type WorkerResult } from "./measurement";
import { product } from "./repo";
import { floorChain } from "./workload";

/** NUL-separated `-c`, command pairs for `xargs -0`, and the xargs line that runs them in one vtysh. */
export function chainInvocation(vtysh: string, chain: readonly string[]): { stdin: Buffer; script: string } {
  const stdin = Buffer.from(chain.flatMap((c) => ["-c", c]).map((part) => `${part}\0`).join(""), "utf8");
  return { stdin, script: `xargs -0 -x -n ${chain.length * 2} -s ${stdin.length + 4096} ${vtysh}` };
}

interface HostFloor {
  readonly connectMs: number;
  readonly applyMs: number;
  readonly readMs: number;
  readonly lines: string[];
  readonly checkMs: number;
  readonly writeMemoryMs: number;
  readonly lockMs: number;
  readonly readWithNeighborsMs: number;
  /** When the read-back ended (performance.now()). */
  readonly doneAt: number;
}

export async function floorRow(request: WorkerRequest): Promise<WorkerResult> {
  const session = product<typeof HostSession>("src/host/host-session");
  const { SshPool } = product<typeof SshPoolModule>("src/host/ssh-pool");
  const { shellCommand } = product<typeof ShellQuote>("src/host/shell-quote");
  const { vtyshArgv } = product<typeof VtyshScript>("src/host/vtysh-script");
  const { withRemoteLock } = product<typeof RemoteLock>("src/host/remote-lock");
  const { parseRunningConfig, printConfig } = product<typeof ConfigTree>("src/frr/config-tree");
  const pool = new SshPool();

  // Resolving connections loads modules and reads files: done before the clock starts.
  const vtyshes = request.hosts.map((h) => session.openVtysh(hostConnection(request.labFile, h.name), pool));
  const one = async (host: string, n: number, vtysh: (typeof vtyshes)[number]): Promise<HostFloor> => {
    const { target } = vtysh;
    const command = shellCommand(vtyshArgv(target));
    const t0 = performance.now();
    await pool.exec(target, "true");
    const t1 = performance.now();
    const { stdin, script } = chainInvocation(command, floorChain(n));
    const applied = await pool.exec(target, script, { stdin });
    const t2 = performance.now();
    if (applied.exitCode !== 0 || /^%/m.test(applied.stdout)) throw new Error(`floor push on ${host} failed (exit ${String(applied.exitCode)}): ${applied.stdout.slice(0, 300)}`);
    const read = await pool.exec(target, `${command} -c 'show running-config'`);
    const t3 = performance.now();
    if (read.exitCode !== 0) throw new Error(`show running-config on ${host} failed: ${read.stdout.slice(0, 300)}`);

    const candidate = printConfig(parseRunningConfig(read.stdout));
    let t = performance.now();
    const checked = await vtysh.check(candidate);
    const checkMs = performance.now() - t;
    if (!checked.ok) throw new Error(`vtysh -C of the floor's own configuration failed on ${host}: ${checked.message}`);
    t = performance.now();
    await vtysh.writeMemory();
    const writeMemoryMs = performance.now() - t;
    t = performance.now();
    await withRemoteLock(pool, target, async () => undefined);
    const lockMs = performance.now() - t;
    t = performance.now();
    await vtysh.read(["show bgp vrf all neighbors json"]);
    const readWithNeighborsMs = performance.now() - t;
    return { connectMs: t1 - t0, applyMs: t2 - t1, readMs: t3 - t2, lines: configLines(read.stdout), checkMs, writeMemoryMs, lockMs, readWithNeighborsMs, doneAt: t3 };
  };

  const started = performance.now();
  const operations: Operation[] = [];
  const runningConfigs: Record<string, string[]> = {};
  try {
    const results = await Promise.all(request.hosts.map((h, i) => one(h.name, h.n, vtyshes[i]!)));
    // The steps after the read-back are not part of the floor.
    const seconds = (Math.max(...results.map((r) => r.doneAt)) - started) / 1000;
    const worst = (pick: (r: HostFloor) => number) => Math.max(...results.map(pick)) / 1000;
    request.hosts.forEach((h, i) => (runningConfigs[h.name] = results[i]!.lines));
    operations.push({
      name: "push+read",
      seconds,
      ok: true,
      facts: { sshConnections: results.length, sshChannels: 3 * results.length, vtysh: 2 * results.length, connectS: worst((r) => r.connectMs), pushS: worst((r) => r.applyMs), readS: worst((r) => r.readMs) },
    });
    const step = (name: string, pick: (r: HostFloor) => number) => operations.push({ name, seconds: worst(pick), ok: true, facts: { untimedForTheFloor: true } });
    step("step: vtysh -C of the final config", (r) => r.checkMs);
    step("step: write memory", (r) => r.writeMemoryMs);
    step("step: host lock acquire+release", (r) => r.lockMs);
    step("step: read with neighbors JSON", (r) => r.readWithNeighborsMs);
  } catch (error) {
    operations.push({ name: "push+read", seconds: (performance.now() - started) / 1000, ok: false, error: shortError(error) });
  } finally {
    await pool.closeAll();
  }
  return {
    row: "floor",
    operations,
    runningConfigs,
    commandLines: [
      "one ssh2 connection per host (frr-iac's SshPool, operator login), three exec channels:",
      "  true                                                    # connect",
      "  xargs -0 -x -n 2K -s BYTES vtysh -N PATHSPACE -H /dev/null   # stdin: -c\\0CMD\\0... (the final config, K commands)",
      "  vtysh -N PATHSPACE -H /dev/null -c 'show running-config'",
    ],
  };
}
