// Real Terraform against a lab, for the end-to-end tests: the provider installed the way users
// install it (`frr-iac terraform install` into a filesystem mirror), an offline workspace holding
// a copy of an example, and the checks every run must pass.
import { execFileSync, spawnSync } from "node:child_process";
import { cpSync, existsSync, readFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { expect } from "vitest";
import { TerraformWorkspace, terraformVersion, type TerraformResult } from "../harness/terraform/real-terraform";
import { handEdit, runningConfig } from "./lab-env";

export const REPO = resolve(__dirname, "../..");
const CLI = join(REPO, "dist/src/cli/main.js");

/** What Terraform core prints when a provider breaks its rules; none of it may ever appear. */
export const CORE_COMPLAINTS = /inconsistent result|invalid plan|inconsistent final plan|Provider produced|plugin exited unexpectedly|failed to exit gracefully|panic/i;

export interface Installed {
  readonly mirror: string;
  readonly cliConfigFile: string;
  readonly cliConfig: string;
  readonly stdout: string;
}

/** `frr-iac terraform install --dir DIR [...flags]`, from the build in dist/ (as users run it). */
export function installProvider(dir: string, flags: readonly string[] = []): Installed {
  terraformVersion();
  if (!existsSync(CLI)) throw new Error(`${CLI} is missing: run \`npm run build\` first (npm test does)`);
  const stdout = execFileSync(process.execPath, [CLI, "terraform", "install", "--dir", dir, ...flags], { encoding: "utf8" });
  const match = /^CLI configuration: (.+)$/m.exec(stdout);
  if (!match?.[1]) throw new Error(`frr-iac terraform install printed no CLI configuration path:\n${stdout}`);
  return { mirror: dir, cliConfigFile: match[1], cliConfig: readFileSync(match[1], "utf8"), stdout };
}

/** A workspace holding a copy of `examples/<example>`, with the given TF_VAR_* and other variables. */
export function exampleWorkspace(root: string, example: string, installed: Installed, env: NodeJS.ProcessEnv): TerraformWorkspace {
  const ws = new TerraformWorkspace(root, installed.cliConfig, env);
  cpSync(join(REPO, "examples", example), ws.dir, { recursive: true, filter: (src) => !/(\.terraform|terraform\.tfstate)/.test(src) });
  return ws;
}

/** Requires the exit code and that core found nothing to complain about. */
export function expectRun(result: TerraformResult, code = 0): TerraformResult {
  const all = `${result.stdout}\n${result.stderr}`;
  if (result.code !== code) throw new Error(`terraform exited ${result.code}, expected ${code}:\n${all}`);
  expect(all, "core found a provider bug").not.toMatch(CORE_COMPLAINTS);
  return result;
}

/** `terraform output -json NAME` as a value. */
export async function output<T = unknown>(ws: TerraformWorkspace, name: string): Promise<T> {
  const result = expectRun(await ws.run(["output", "-json", name]));
  return JSON.parse(result.stdout) as T;
}

/** The running configuration as a set of lines, without the banner and separators. */
export function configLines(text: string): Set<string> {
  return new Set(
    text
      .split("\n")
      .map((l) => l.trimEnd())
      .filter((l) => l !== "" && l !== "!" && !/^(Building configuration|Current configuration)/.test(l)),
  );
}

/** Lines of `after` not in `before` and the other way round, for readable failures. */
export function lineDiff(before: Set<string>, after: Set<string>): { added: string[]; removed: string[] } {
  return { added: [...after].filter((l) => !before.has(l)), removed: [...before].filter((l) => !after.has(l)) };
}

/** "apply 8.1 s, plan 2.9 s, ..." */
export function describeTimings(ws: TerraformWorkspace): string {
  return ws.timings.map((t) => `${t.args.split(" ").slice(0, 2).join(" ")} ${(t.ms / 1000).toFixed(1)} s`).join(", ");
}

/**
 * Runs a CDKTF example app (`examples/<example>/main.ts`) against a lab file; returns the
 * synthesised stack's cdk.tf.json. Its local backend names a state file in the app's directory:
 * put the stack in a workspace with `localStateOverride` next to it so state stays there.
 */
export function synthCdktf(example: string, stack: string, labFile: string, outdir: string): string {
  const result = spawnSync(process.execPath, [require.resolve("tsx/cli"), "main.ts"], {
    cwd: join(REPO, "examples", example),
    encoding: "utf8",
    env: { ...process.env, FRR_IAC_LAB_FILE: labFile, CDKTF_OUTDIR: outdir, CHECKPOINT_DISABLE: "1" },
  });
  if (result.status !== 0) throw new Error(`examples/${example}/main.ts failed (exit ${result.status}):\n${result.stdout}${result.stderr}`);
  return readFileSync(join(outdir, "stacks", stack, "cdk.tf.json"), "utf8");
}

/**
 * `plan -out` + `show -json`: the actions per resource address (no-op ones left out) and whether
 * outputs change. Outputs that read live status change whenever it does (uptime would change on
 * every plan, which is why the examples output each session's state only).
 */
export async function planActions(ws: TerraformWorkspace, args: readonly string[] = []): Promise<{ resources: Record<string, string>; outputsChange: boolean; ms: number }> {
  const plan = expectRun(await ws.run(["plan", "-input=false", "-out=tfplan", ...args]));
  const shown = expectRun(await ws.run(["show", "-json", "tfplan"]));
  const json = JSON.parse(shown.stdout) as {
    resource_changes?: Array<{ address: string; mode: string; change: { actions: string[] } }>;
    output_changes?: Record<string, { actions: string[] }>;
  };
  const resources: Record<string, string> = {};
  for (const r of json.resource_changes ?? []) {
    const action = r.change.actions.join("+");
    if (r.mode === "managed" && action !== "no-op") resources[r.address] = action;
  }
  const outputsChange = Object.values(json.output_changes ?? {}).some((o) => o.actions.join() !== "no-op");
  return { resources, outputsChange, ms: plan.ms };
}

/** An override file that keeps a synthesised stack's local state in its workspace (CDKTF points it at the app's directory). */
export const localStateOverride = JSON.stringify({ terraform: { backend: { local: { path: "terraform.tfstate" } } } }, null, 2);
