// The machine a report was measured on: CPU, cores, memory, kernel, OS, tool versions, load.
import { execFileSync } from "node:child_process";
import { cpus, loadavg, release, totalmem } from "node:os";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { REPO } from "./repo";

export interface MachineInfo {
  readonly cpu: string;
  readonly cores: number;
  readonly memoryGiB: number;
  readonly kernel: string;
  readonly os: string;
  readonly node: string;
  readonly terraform: string;
  readonly pulumiSdk: string;
  readonly git: string;
  readonly loadAverage: string;
}

function quiet(command: string, args: readonly string[]): string {
  try {
    return execFileSync(command, args, { encoding: "utf8", env: { ...process.env, TF_CLI_CONFIG_FILE: "/dev/null", CHECKPOINT_DISABLE: "1" }, stdio: ["ignore", "pipe", "ignore"] }).trim();
  } catch {
    return "unknown";
  }
}

export function loadAverage(): string {
  return loadavg().map((l) => l.toFixed(2)).join(" ");
}

export function machineInfo(): MachineInfo {
  const osRelease = readFileSync("/etc/os-release", "utf8");
  const pretty = /^PRETTY_NAME="?([^"\n]*)"?$/m.exec(osRelease)?.[1] ?? "unknown";
  let terraform = "unknown";
  try {
    terraform = (JSON.parse(quiet("terraform", ["version", "-json"])) as { terraform_version: string }).terraform_version;
  } catch {
    // reported as unknown
  }
  const pulumi = JSON.parse(readFileSync(join(REPO, "node_modules/@pulumi/pulumi/package.json"), "utf8")) as { version: string };
  const commit = quiet("git", ["-C", REPO, "rev-parse", "--short", "HEAD"]);
  const dirty = quiet("git", ["-C", REPO, "status", "--porcelain", "--", "src"]) !== "";
  return {
    cpu: cpus()[0]?.model ?? "unknown",
    cores: cpus().length,
    memoryGiB: Math.round((totalmem() / 2 ** 30) * 10) / 10,
    kernel: release(),
    os: pretty,
    node: process.version,
    terraform,
    pulumiSdk: pulumi.version,
    git: `${commit}${dirty ? " (src/ has uncommitted changes)" : ""}`,
    loadAverage: loadAverage(),
  };
}
