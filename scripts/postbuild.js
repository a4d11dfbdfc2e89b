// Makes the two executables in dist runnable (tsc drops the mode bits).
const fs = require("node:fs");
for (const bin of ["dist/src/cli/main.js", "dist/src/terraform/main.js"]) {
  if (fs.existsSync(bin)) fs.chmodSync(bin, 0o755);
}
