// One measurement, run by bench/run-bench.ts inside a lab's management namespace:
// `node bench/.build/bench/worker.js REQUEST.json` prints the WorkerResult as one JSON line.
import { readFileSync } from "node:fs";
import { engineRow } from "./engine-row";
import { floorRow } from "./floor-row";
import type { RowName, WorkerRequest, WorkerResult } from "./measurement";
import { naiveRow } from "./naive-row";
import { pulumiRow } from "./pulumi-row";
import { terraformRow } from "./terraform-row";

const rows: Record<RowName, (request: WorkerRequest) => Promise<WorkerResult>> = {
  floor: floorRow,
  engine: engineRow,
  "engine-batched-read": engineRow,
  naive: naiveRow,
  pulumi: pulumiRow,
  terraform: terraformRow,
};

async function main(): Promise<void> {
  const file = process.argv[2];
  if (file === undefined) throw new Error("usage: worker.js REQUEST.json");
  const request = JSON.parse(readFileSync(file, "utf8")) as WorkerRequest;
  const result = await rows[request.row](request);
  process.stdout.write(`\n${JSON.stringify(result)}\n`);
}

main().then(
  () => process.exit(0),
  (error: unknown) => {
    process.stderr.write(`${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
    process.exit(1);
  },
);
