// `npm run generate`: rebuilds everything derived from the resource registry.
//   docs/reference/                 scripts/generate-docs.ts
//   constructs/generated/, cdktn/   scripts/generate-constructs.ts (CDKTF and CDK Terrain bindings)
// `npm run generate -- --check` writes nothing and fails when any of it is stale.
import { spawnSync } from "node:child_process";
import { rmSync } from "node:fs";
import { join } from "node:path";
import { compareGenerated, generateToTemp, installGenerated, REPO_ROOT } from "./generate-constructs";

async function main(): Promise<number> {
  const check = process.argv.includes("--check");
  const docs = spawnSync(process.execPath, [require.resolve("tsx/cli"), join(__dirname, "generate-docs.ts"), ...(check ? ["--check"] : [])], {
    cwd: REPO_ROOT,
    stdio: "inherit",
  });
  if (docs.status !== 0) return docs.status ?? 1;

  const started = performance.now();
  const { dir, timings } = await generateToTemp();
  try {
    const differences = compareGenerated(REPO_ROOT, dir);
    const took = `${Math.round(performance.now() - started)} ms (cdktf ${timings["cdktf"]} ms, cdktn ${timings["cdktn"]} ms)`;
    if (check) {
      if (differences.length === 0) {
        console.log(`constructs/generated and constructs/cdktn are up to date (${took})`);
        return 0;
      }
      console.error(`stale generated constructs (run \`npm run generate\`):\n  ${differences.join("\n  ")}`);
      return 1;
    }
    installGenerated(dir);
    console.log(`wrote constructs/generated and constructs/cdktn: ${differences.length} file(s) changed in ${took}`);
    return 0;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(error instanceof Error ? (error.stack ?? error.message) : String(error));
    process.exit(1);
  },
);
