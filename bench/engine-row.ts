// The engine as the adapters drive it, in one process: every create call in flight at once, then
// the same specs applied again (must send no configuration command), then a refresh (read of
// every resource, with live status, by a fresh engine as a new Pulumi/Terraform process would),
// the same refresh without status, and one plain `show running-config` for comparison.
import type * as HostSession from "../src/host/host-session";
import type { Engine } from "../src/engine/engine";
import { batchedReadEngine } from "./batched-read";
import { difference, instrument, type Instrumentation } from "./counters";
import { hostConnection } from "./lab-hosts";
import { configLines, firstDifference, shortError, type Operation, type WorkerRequest, type WorkerResult } from "./measurement";
import { product } from "./repo";
import { hostResources, type BenchResource } from "./workload";

type Connection = HostSession.HostConnection;
interface Job {
  readonly host: string;
  readonly connection: Connection;
  readonly resource: BenchResource;
}

async function measure(instrumentation: Instrumentation, name: string, work: () => Promise<PromiseSettledResult<unknown>[]>, facts: (results: PromiseSettledResult<unknown>[]) => Record<string, string | number | boolean> = () => ({})): Promise<Operation> {
  const before = instrumentation.snapshot();
  const cpu = process.cpuUsage();
  const started = performance.now();
  const results = await work();
  const seconds = (performance.now() - started) / 1000;
  const used = process.cpuUsage(cpu);
  const counters = difference(instrumentation.snapshot(), before);
  const failed = results.filter((r): r is PromiseRejectedResult => r.status === "rejected");
  return {
    name,
    seconds,
    ok: failed.length === 0,
    ...(failed.length > 0 ? { error: `${failed.length} of ${results.length} failed; first: ${shortError(failed[0]!.reason)}` } : {}),
    counters,
    cpuMs: (used.user + used.system) / 1000,
    maxRssMb: process.resourceUsage().maxRSS / 1024,
    facts: facts(results),
  };
}

export async function engineRow(request: WorkerRequest): Promise<WorkerResult> {
  const instrumentation = instrument();
  const session = product<typeof HostSession>("src/host/host-session");
  const batched = request.row === "engine-batched-read";
  const newEngine = (): Engine<Connection> => (batched ? batchedReadEngine() : session.sshEngine());
  const jobs: Job[] = request.hosts.flatMap((h) => {
    const connection = hostConnection(request.labFile, h.name);
    return hostResources(h.n).map((resource) => ({ host: h.name, connection, resource }));
  });
  const operations: Operation[] = [];

  const engine = newEngine();
  const create = await measure(instrumentation, "create", () => Promise.allSettled(jobs.map((j) => engine.create(j.connection, j.resource.kind, j.resource.spec))));
  operations.push(create);

  // Same end state as the floor? (untimed)
  const sameAsFloor: Record<string, string | boolean> = {};
  if (request.expected !== undefined) {
    for (const h of request.hosts) {
      const expected = request.expected[h.name];
      if (expected === undefined) continue;
      const read = await session.openVtysh(hostConnection(request.labFile, h.name)).read([]);
      const difference = firstDifference(expected, configLines(read.runningConfig));
      sameAsFloor[h.name] = difference ?? true;
    }
  }
  operations[0] = { ...create, facts: { ...create.facts, ...Object.fromEntries(Object.entries(sameAsFloor).map(([h, v]) => [`sameAsFloor.${h}`, v])) } };

  if (create.ok) {
    const reapply = await measure(instrumentation, "re-apply", () => Promise.allSettled(jobs.map((j) => engine.update(j.connection, j.resource.kind, j.resource.spec))));
    const sent = (reapply.counters?.queue.applies ?? 0) + (reapply.counters?.vtysh.applies ?? 0);
    operations.push({ ...reapply, facts: { ...reapply.facts, sentNoConfiguration: sent === 0 } });
  }

  const reader = newEngine();
  operations.push(
    await measure(instrumentation, "refresh", () => Promise.allSettled(jobs.map((j) => reader.read(j.connection, j.resource.kind, j.resource.spec))), (results) => ({
      allFound: results.every((r) => r.status === "fulfilled" && (r.value as { found: boolean }).found),
    })),
  );
  const configReader = newEngine();
  operations.push(await measure(instrumentation, "refresh (no status)", () => Promise.allSettled(jobs.map((j) => configReader.read(j.connection, j.resource.kind, j.resource.spec, false)))));
  operations.push(
    await measure(instrumentation, "one show running-config", () =>
      Promise.allSettled(request.hosts.map((h) => session.openVtysh(hostConnection(request.labFile, h.name)).read([])))),
  );
  await session.closeSshPool();
  return {
    row: request.row,
    operations,
    commandLines: [
      `node bench/.build/bench/worker.js (in the lab's management namespace): one Engine from ${batched ? "bench/batched-read.ts (the product's HostPort with a one-vtysh read)" : "sshEngine()"}`,
      "create: Promise.all(engine.create(...) for all 2N+3 resources); re-apply: Promise.all(engine.update(...)) with the same specs;",
      "refresh: a fresh Engine, Promise.all(engine.read(..., status = true)); no status: read(..., false); one read: Vtysh.read([])",
    ],
  };
}
