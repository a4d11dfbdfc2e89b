// One summary line over every vitest run of `npm test` (each run wrote a JSON report).
const fs = require("node:fs");
const path = require("node:path");
const dir = process.argv[2];
const files = fs.readdirSync(dir).filter((f) => f.endsWith(".json")).sort();
let passed = 0, failed = 0, skipped = 0, files_ = 0;
const parts = [];
for (const file of files) {
  const report = JSON.parse(fs.readFileSync(path.join(dir, file), "utf8"));
  passed += report.numPassedTests; failed += report.numFailedTests; skipped += report.numPendingTests + report.numTodoTests;
  files_ += report.numTotalTestSuites;
  parts.push(`${path.basename(file, ".json")} ${report.numPassedTests}/${report.numTotalTests}`);
}
const verdict = failed === 0 && files.length > 0 ? "PASSED" : "FAILED";
console.log(`\nfrr-iac test summary: ${verdict} — ${passed} passed, ${failed} failed, ${skipped} skipped (${parts.join(", ")})`);
process.exit(verdict === "PASSED" ? 0 : 1);
