// After `lab down`: nothing of the demo's lab is left on the machine (namespaces, processes,
// mounts, files, users). Exit 1, saying what is left, otherwise.
const { labLeftovers } = require("../../dist/src/lab");

const name = process.argv[2] ?? "demo";
const left = Object.entries(labLeftovers(name)).filter(([, items]) => items.length > 0);
if (left.length === 0) {
  process.stdout.write(`machine clean: no namespace, process, mount, file or user of lab ${name} is left\n`);
} else {
  for (const [what, items] of left) process.stderr.write(`demo: lab ${name} left ${what}: ${items.join(", ")}\n`);
  process.exitCode = 1;
}
