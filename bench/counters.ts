// Instruments the built product in this process without changing what it does: counts and times
// every vtysh run (by kind), the host lock, and the engine's CPU work (parse, plan, verify, state
// extraction), and sums the SSH counters of every pool. Used in the engine worker directly and,
// through bench/probe.ts (`node --require`), inside the Pulumi plugin and the Terraform provider.
import type * as BatchPlan from "../src/engine/batch-plan";
import type * as CommitQueueModule from "../src/engine/commit-queue";
import type * as ConfigTree from "../src/frr/config-tree";
import type * as Commands from "../src/frr/commands";
import type * as EngineModule from "../src/engine/engine";
import type * as RemoteLock from "../src/host/remote-lock";
import type * as SshPoolModule from "../src/host/ssh-pool";
import type * as VtyshModule from "../src/host/vtysh";
import { product } from "./repo";

export interface Timer {
  count: number;
  ms: number;
}

export interface Counters {
  /**
   * vtysh on the hosts: `total` processes started; `runningConfig`, `checks`, `applies`,
   * `writeMemory`, `other` processes by purpose; `shows` status show commands run (each one a
   * vtysh process of its own in the product's read).
   */
  readonly vtysh: { total: number; runningConfig: number; shows: number; checks: number; applies: number; writeMemory: number; other: number };
  /** Wall time spent in each kind of host call and CPU phase (ms, summed over calls). */
  readonly time: Record<string, Timer>;
  /** Summed over every host and every pool of the process. */
  readonly ssh: { connects: number; channels: number; commands: number; bytesSent: number; bytesReceived: number };
  /** Summed CommitQueue.stats of every queue of the process. */
  readonly queue: { batches: number; reads: number; applies: number; checks: number };
}

export interface Instrumentation {
  snapshot(): Counters;
  /** Records host work done outside the patched product code (the batched-read prototype). */
  note(timer: string, started: number, vtysh: Partial<Counters["vtysh"]>): void;
}

const TIMERS = ["read", "check", "apply", "writeMemory", "otherVtysh", "lockAcquire", "lockRelease", "lockHeld", "parse", "print", "plan", "verify", "chain", "state", "validate"] as const;

let installed: Instrumentation | undefined;

/** Patches the dist modules once per process; later calls return the same instrumentation. */
export function instrument(): Instrumentation {
  return (installed ??= install());
}

function install(): Instrumentation {
  const time: Record<string, Timer> = Object.fromEntries(TIMERS.map((name) => [name, { count: 0, ms: 0 }]));
  const vtysh = { total: 0, runningConfig: 0, shows: 0, checks: 0, applies: 0, writeMemory: 0, other: 0 };
  const pools = new Set<SshPoolModule.SshPool>();
  const queues = new Set<CommitQueueModule.CommitQueue>();

  const add = (name: string, started: number) => {
    const timer = (time[name] ??= { count: 0, ms: 0 });
    timer.count++;
    timer.ms += performance.now() - started;
  };
  const timedAsync = <A extends unknown[], R>(name: string, fn: (...args: A) => Promise<R>) =>
    async function (this: unknown, ...args: A): Promise<R> {
      const started = performance.now();
      try {
        return await fn.apply(this, args);
      } finally {
        add(name, started);
      }
    };
  const timedSync = <A extends unknown[], R>(name: string, fn: (...args: A) => R) =>
    function (this: unknown, ...args: A): R {
      const started = performance.now();
      try {
        return fn.apply(this, args);
      } finally {
        add(name, started);
      }
    };

  const { Vtysh } = product<typeof VtyshModule>("src/host/vtysh");
  const v = Vtysh.prototype;
  const read = v.read;
  v.read = timedAsync("read", function (this: VtyshModule.Vtysh, shows: readonly string[] = []) {
    vtysh.total += 1 + shows.length;
    vtysh.runningConfig++;
    vtysh.shows += shows.length;
    return read.call(this, shows);
  });
  const check = v.check;
  v.check = timedAsync("check", function (this: VtyshModule.Vtysh, candidate: string) {
    vtysh.total++;
    vtysh.checks++;
    return check.call(this, candidate);
  });
  const apply = v.apply;
  v.apply = timedAsync("apply", async function (this: VtyshModule.Vtysh, chain: readonly string[], options?: VtyshModule.ApplyOptions) {
    const result = await apply.call(this, chain, options);
    vtysh.total += result.invocations;
    vtysh.applies += result.invocations;
    return result;
  });
  const writeMemory = v.writeMemory;
  v.writeMemory = timedAsync("writeMemory", function (this: VtyshModule.Vtysh) {
    vtysh.total++;
    vtysh.writeMemory++;
    return writeMemory.call(this);
  });
  for (const name of ["show", "clearBgp"] as const) {
    const original = v[name] as (...args: unknown[]) => Promise<unknown>;
    (v as unknown as Record<string, unknown>)[name] = timedAsync("otherVtysh", function (this: unknown, ...args: unknown[]) {
      const count = name === "show" && Array.isArray(args[0]) ? args[0].length : 1;
      vtysh.total += count;
      vtysh.other += count;
      return original.apply(this, args);
    });
  }
  const showJson = v.showJson;
  v.showJson = timedAsync("otherVtysh", function (this: VtyshModule.Vtysh, command: string) {
    vtysh.total++;
    vtysh.other++;
    return showJson.call(this, command);
  });

  const lock = product<typeof RemoteLock>("src/host/remote-lock");
  const withRemoteLock = lock.withRemoteLock;
  (lock as { withRemoteLock: typeof withRemoteLock }).withRemoteLock = async function <T>(pool: SshPoolModule.SshPool, target: Parameters<typeof withRemoteLock>[1], work: (held: RemoteLock.HeldLock) => Promise<T>, options?: RemoteLock.RemoteLockOptions): Promise<T> {
    const started = performance.now();
    let workStarted = 0;
    let workEnded = 0;
    try {
      return await withRemoteLock(pool, target, async (held) => {
        workStarted = performance.now();
        add("lockAcquire", started);
        try {
          return await work(held);
        } finally {
          workEnded = performance.now();
          add("lockHeld", workStarted);
        }
      }, options);
    } finally {
      if (workEnded > 0) add("lockRelease", workEnded);
    }
  };

  const { SshPool } = product<typeof SshPoolModule>("src/host/ssh-pool");
  const connection = SshPool.prototype.connection;
  SshPool.prototype.connection = function (this: SshPoolModule.SshPool, target) {
    pools.add(this);
    return connection.call(this, target);
  };

  const { CommitQueue } = product<typeof CommitQueueModule>("src/engine/commit-queue");
  const q = CommitQueue.prototype as unknown as Record<string, (...args: unknown[]) => unknown>;
  for (const name of ["write", "read", "shows"]) {
    const original = q[name]!;
    q[name] = function (this: CommitQueueModule.CommitQueue, ...args: unknown[]) {
      queues.add(this);
      return original.apply(this, args);
    };
  }
  const stateOf = q["stateOf"]!;
  q["stateOf"] = timedSync("state", stateOf);

  const patchExport = <M extends object>(module: M, name: keyof M & string, timer: string) => {
    const original = module[name] as unknown as (...args: unknown[]) => unknown;
    (module as Record<string, unknown>)[name] = timedSync(timer, original);
  };
  const tree = product<typeof ConfigTree>("src/frr/config-tree");
  patchExport(tree, "parseRunningConfig", "parse");
  patchExport(tree, "printConfig", "print");
  const plan = product<typeof BatchPlan>("src/engine/batch-plan");
  patchExport(plan, "planBatch", "plan");
  patchExport(plan, "verifyBatch", "verify");
  patchExport(plan, "planRollback", "plan");
  patchExport(product<typeof Commands>("src/frr/commands"), "toTracedChain", "chain");
  const { Engine } = product<typeof EngineModule>("src/engine/engine");
  Engine.prototype.validate = timedSync("validate", Engine.prototype.validate);

  return {
    note(timer, started, counts) {
      add(timer, started);
      for (const [k, v] of Object.entries(counts)) vtysh[k as keyof typeof vtysh] += v ?? 0;
    },
    snapshot(): Counters {
      const ssh = { connects: 0, channels: 0, commands: 0, bytesSent: 0, bytesReceived: 0 };
      for (const pool of pools) {
        for (const m of Object.values(pool.metrics())) {
          ssh.connects += m.connects;
          ssh.channels += m.channelsOpened;
          ssh.commands += m.commandsRun;
          ssh.bytesSent += m.bytesSent;
          ssh.bytesReceived += m.bytesReceived;
        }
      }
      const queue = { batches: 0, reads: 0, applies: 0, checks: 0 };
      for (const { stats } of queues) {
        queue.batches += stats.batches;
        queue.reads += stats.reads;
        queue.applies += stats.applies;
        queue.checks += stats.checks;
      }
      return { vtysh: { ...vtysh }, time: JSON.parse(JSON.stringify(time)) as Record<string, Timer>, ssh, queue };
    },
  };
}

/** What happened between two snapshots. */
export function difference(after: Counters, before: Counters): Counters {
  const sub = <T extends Record<string, number>>(a: T, b: T): T => Object.fromEntries(Object.entries(a).map(([k, v]) => [k, v - (b[k] ?? 0)])) as T;
  const time: Record<string, Timer> = {};
  for (const [name, t] of Object.entries(after.time)) time[name] = { count: t.count - (before.time[name]?.count ?? 0), ms: t.ms - (before.time[name]?.ms ?? 0) };
  return { vtysh: sub(after.vtysh, before.vtysh), time, ssh: sub(after.ssh, before.ssh), queue: sub(after.queue, before.queue) };
}

export function zeroCounters(): Counters {
  return {
    vtysh: { total: 0, runningConfig: 0, shows: 0, checks: 0, applies: 0, writeMemory: 0, other: 0 },
    time: {},
    ssh: { connects: 0, channels: 0, commands: 0, bytesSent: 0, bytesReceived: 0 },
    queue: { batches: 0, reads: 0, applies: 0, checks: 0 },
  };
}

/** Counters of several processes (e.g. the plugin processes of one Pulumi operation), added up. */
export function sum(all: readonly Counters[]): Counters {
  const out = zeroCounters();
  const addInto = (into: Record<string, number>, from: Record<string, number>) => {
    for (const [k, v] of Object.entries(from)) into[k] = (into[k] ?? 0) + v;
  };
  for (const c of all) {
    addInto(out.vtysh, c.vtysh);
    addInto(out.ssh, c.ssh);
    addInto(out.queue, c.queue);
    for (const [name, t] of Object.entries(c.time)) {
      const into = (out.time[name] ??= { count: 0, ms: 0 });
      into.count += t.count;
      into.ms += t.ms;
    }
  }
  return out;
}
