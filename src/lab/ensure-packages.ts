// Installs the Debian packages the lab needs when some are missing, and builds the FRR 10 root when
// a topology asks for FRR 10.3.

import { existsSync, readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { LabError } from "./lab-error";
import { run } from "./run-command";

export const LAB_PACKAGES: readonly string[] = [
  "frr", "frr-pythontools", "openssh-server", "openssh-client", "bird2", "gobgpd", "iproute2", "debootstrap", "sudo", "util-linux",
];
/** Services some of these packages may start on install; the lab runs its own copies in namespaces. */
const SERVICES = ["frr", "bird", "gobgpd", "ssh"];

export async function missingPackages(packages: readonly string[]): Promise<string[]> {
  const result = await run(["dpkg-query", "-W", "-f", "${Package} ${Status}\\n", ...packages], { allowFailure: true });
  const installed = new Set(
    result.stdout
      .split("\n")
      .filter((l) => l.endsWith("install ok installed"))
      .map((l) => l.split(" ")[0]),
  );
  return packages.filter((p) => !installed.has(p));
}

export async function ensurePackages(log: (line: string) => void): Promise<void> {
  const missing = await missingPackages(LAB_PACKAGES);
  if (missing.length === 0) return;
  log(`installing Debian packages: ${missing.join(" ")}`);
  const env = { ...process.env, DEBIAN_FRONTEND: "noninteractive" };
  try {
    await run(["apt-get", "update", "-q"], { env, what: "apt-get update", timeoutMs: 600_000 });
    await run(["apt-get", "install", "-y", "-q", ...missing], { env, what: `installing ${missing.join(" ")}`, timeoutMs: 900_000 });
  } catch (error) {
    throw new LabError("FRR_LAB_PACKAGES", `the lab needs the Debian packages ${missing.join(", ")} and installing them failed. Install them by hand (apt-get install ${missing.join(" ")}) and retry.`, { cause: error });
  }
  for (const service of SERVICES) {
    if (existsSync(`/etc/init.d/${service}`)) await run(["/etc/init.d/" + service, "stop"], { allowFailure: true });
  }
}

/** The package's root directory (the one holding its package.json), from src/ or dist/src/. */
export function packageRoot(from = __dirname): string {
  for (let dir = from; ; dir = dirname(dir)) {
    const file = join(dir, "package.json");
    if (existsSync(file)) {
      try {
        if ((JSON.parse(readFileSync(file, "utf8")) as { name?: string }).name === "frr-iac") return dir;
      } catch {
        // keep looking
      }
    }
    if (dirname(dir) === dir) throw new LabError("FRR_LAB_NOT_FOUND", `cannot find the frr-iac package root above ${from}`);
  }
}

export async function ensureFrr10Root(root: string, log: (line: string) => void): Promise<void> {
  if (existsSync(`${root}/.frr-iac-complete`)) return;
  const script = join(packageRoot(), "scripts", "frr10-root.sh");
  if (!existsSync(script)) throw new LabError("FRR_LAB_NOT_FOUND", `FRR 10.3 needs the Debian 13 root at ${root}, and ${script} which builds it is missing`);
  log(`building the FRR 10 root at ${root} (debootstrap, a minute or two)`);
  await run(["bash", script], { env: { ...process.env, FRR_IAC_TRIXIE_ROOT: root }, what: "building the FRR 10 root", timeoutMs: 1_800_000 });
}
