// Writes docs/reference/*.md from the resource schemas. `--check` fails when they are stale.
import { mkdirSync, readFileSync, writeFileSync, existsSync } from "node:fs";
import { join } from "node:path";
import { referenceIndex, referencePage } from "../src/docs/reference";
import { registry } from "../src/resources/registry";
import type { AnyResourceKind } from "../src/resources/resource-kind";

const dir = join(__dirname, "../docs/reference");
const kinds = Object.values(registry) as AnyResourceKind[];
const files = new Map<string, string>([["README.md", referenceIndex(kinds)], ...kinds.map((k) => [`${k.name}.md`, referencePage(k)] as [string, string])]);
const check = process.argv.includes("--check");
const stale: string[] = [];
mkdirSync(dir, { recursive: true });
for (const [name, text] of files) {
  const path = join(dir, name);
  if (check) {
    if (!existsSync(path) || readFileSync(path, "utf8") !== text) stale.push(path);
  } else {
    writeFileSync(path, text);
  }
}
if (stale.length > 0) {
  console.error(`stale generated docs (run \`npm run generate\`):\n  ${stale.join("\n  ")}`);
  process.exit(1);
}
console.log(check ? "docs/reference is up to date" : `wrote ${files.size} files to docs/reference`);
