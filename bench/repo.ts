// Where the repository is, and how the benchmark loads the built product (dist/): every row runs
// the same compiled code users run, the engine rows included. Types come from src/ (type-only
// imports), the code from dist/ at run time.
import { existsSync, readFileSync } from "node:fs";
import { dirname, join } from "node:path";

function findRepo(start: string): string {
  for (let dir = start; ; dir = dirname(dir)) {
    const manifest = join(dir, "package.json");
    if (existsSync(manifest) && (JSON.parse(readFileSync(manifest, "utf8")) as { name?: string }).name === "frr-iac") return dir;
    if (dirname(dir) === dir) throw new Error(`no frr-iac package.json above ${start}`);
  }
}

export const REPO = findRepo(__dirname);

/** A module of the build, e.g. `product<typeof import("../src/host/vtysh")>("src/host/vtysh")`. */
export function product<T>(path: string): T {
  const file = join(REPO, "dist", `${path}.js`);
  if (!existsSync(file)) throw new Error(`${file} is missing: run \`npm run build\` first (npm run bench does)`);
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  return require(file) as T;
}

/** The compiled benchmark (bench/.build), for workers and the `--require` probe. */
export const BUILD = join(REPO, "bench", ".build", "bench");
