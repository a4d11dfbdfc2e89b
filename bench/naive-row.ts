// The naive approach: one OpenSSH connection and one vtysh per resource, one after the other
// (what a `remote.Command` or `remote-exec` per neighbor does). With `sampleEvery` k > 1, only
// every k-th peer and advertisement is timed: the rest of the final configuration is pushed
// first (untimed, one vtysh), so each sampled command meets a host as full as it would be, and
// the total is extrapolated as the mean time per resource × (2N + 3).
import { spawn } from "node:child_process";
import type * as HostSession from "../src/host/host-session";
import type * as ShellQuote from "../src/host/shell-quote";
import type * as SshCommand from "../src/lab/ssh-command";
import type * as VtyshScript from "../src/host/vtysh-script";
import { chainInvocation } from "./floor-row";
import { hostConnection, readLab } from "./lab-hosts";
import { shortError, type Operation, type WorkerRequest, type WorkerResult } from "./measurement";
import { product } from "./repo";
import { floorChain, hostResources, naiveChain, type BenchResource } from "./workload";

function run(argv: readonly string[]): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(argv[0]!, argv.slice(1), { stdio: ["ignore", "pipe", "pipe"] });
    let stdout = "";
    let stderr = "";
    child.stdout.on("data", (d: Buffer) => (stdout += d.toString()));
    child.stderr.on("data", (d: Buffer) => (stderr += d.toString()));
    child.on("error", reject);
    child.on("close", (code) => resolve({ code, stdout, stderr }));
  });
}

/** Which resources of a host are timed; the others are pushed beforehand when sampling. */
export function sampled(n: number, every: number): { timed: BenchResource[]; preloadSkip: { peers: Set<number>; advertisements: Set<number> } } {
  const all = hostResources(n);
  if (every <= 1) return { timed: all, preloadSkip: { peers: new Set(), advertisements: new Set() } };
  const picks = [...Array(n).keys()].filter((i) => i % every === every - 1);
  return {
    timed: [...picks.map((i) => all[3 + i]!), ...picks.map((i) => all[3 + n + i]!)],
    preloadSkip: { peers: new Set(picks), advertisements: new Set(picks) },
  };
}

export async function naiveRow(request: WorkerRequest): Promise<WorkerResult> {
  const every = request.sampleEvery ?? 1;
  const lab = readLab(request.labFile);
  const { sshCommand } = product<typeof SshCommand>("src/lab/ssh-command");
  const { shellCommand } = product<typeof ShellQuote>("src/host/shell-quote");
  const { vtyshArgv } = product<typeof VtyshScript>("src/host/vtysh-script");
  const session = product<typeof HostSession>("src/host/host-session");
  const operations: Operation[] = [];
  let timedCount = 0;
  let totalResources = 0;
  let timedMs = 0;
  try {
    for (const h of request.hosts) {
      const target = session.openVtysh(hostConnection(request.labFile, h.name)).target;
      const vtysh = shellCommand(vtyshArgv(target));
      const { timed, preloadSkip } = sampled(h.n, every);
      totalResources += 2 * h.n + 3;
      if (every > 1) {
        const { stdin, script } = chainInvocation(vtysh, floorChain(h.n, preloadSkip));
        const preload = await session.sshPool().exec(target, script, { stdin });
        if (preload.exitCode !== 0 || /^%/m.test(preload.stdout)) throw new Error(`preloading ${h.name} failed: ${preload.stdout.slice(0, 300)}`);
      }
      // We already run in the management namespace: drop sshCommand's `ip netns exec` prefix.
      const prefix = lab.management.exec.length;
      for (const resource of timed) {
        const remote = `${vtysh} ${naiveChain(resource).map((c) => `-c ${shellCommand([c])}`).join(" ")}`;
        const argv = sshCommand(lab, h.name, target.username, remote).slice(prefix);
        const started = performance.now();
        const result = await run(argv);
        timedMs += performance.now() - started;
        timedCount++;
        if (result.code !== 0) throw new Error(`naive ${resource.name} on ${h.name} failed (exit ${String(result.code)}): ${(result.stdout + result.stderr).slice(0, 300)}`);
      }
    }
    const perResource = timedMs / timedCount / 1000;
    operations.push({
      name: "create",
      seconds: every > 1 ? perResource * totalResources : timedMs / 1000,
      ok: true,
      facts: {
        extrapolated: every > 1,
        timedResources: timedCount,
        resources: totalResources,
        secondsPerResource: perResource,
        sshConnections: totalResources,
        sshChannels: totalResources,
        vtysh: totalResources,
      },
    });
  } catch (error) {
    operations.push({ name: "create", seconds: timedMs / 1000, ok: false, error: shortError(error) });
  } finally {
    await session.closeSshPool();
  }
  return {
    row: "naive",
    operations,
    commandLines: [
      "per resource, sequentially: ssh -F /dev/null -i KEY -o BatchMode=yes -o StrictHostKeyChecking=yes ... operator@HOST -- \\",
      "  vtysh -N PATHSPACE -H /dev/null -c 'configure terminal' -c 'router bgp 65000' -c 'neighbor 10.64.0.1 remote-as 64512' ...",
      ...(every > 1 ? [`sampled: every ${every}th peer and advertisement timed, the rest pushed first in one vtysh (untimed)`] : []),
    ],
  };
}
