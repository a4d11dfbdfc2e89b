// A second process applying to a lab host (for tests of two processes at once):
//   npx tsx test/support/apply-worker.ts <labFile> <host> <kind> <spec-json>
import { closeSshPool, sshEngine } from "../../src/host/host-session";
import { labConnection } from "../../src/lab-connection";

async function main(): Promise<void> {
  const [labFile, host, kind, specJson] = process.argv.slice(2);
  const engine = sshEngine();
  const connection = { spec: labConnection(labFile!, host!) as Record<string, unknown>, persist: true };
  const specs = JSON.parse(specJson!) as Record<string, unknown>[];
  const started = Date.now();
  const results = await Promise.all(specs.map((spec) => engine.create(connection, kind!, spec)));
  process.stdout.write(`${JSON.stringify({ ok: true, applied: results.reduce((n, r) => n + r.applied.length, 0), ms: Date.now() - started })}\n`);
  await closeSshPool();
}

main().catch((error: unknown) => {
  process.stdout.write(`${JSON.stringify({ ok: false, error: error instanceof Error ? error.message : String(error) })}\n`);
  process.exitCode = 1;
});
