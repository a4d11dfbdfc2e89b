import { spawnSync } from "node:child_process";
import { chmodSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { launcherScript, mirrorCliConfig, mirrorEntry, providerSource } from "../../src/terraform/protocol/provider-install";
import { terraformVersion, TerraformWorkspace } from "../harness/terraform/real-terraform";
import { SAMPLE_HOSTS, writeSampleLabFile, type SampleTopology } from "../unit/constructs/sample-lab";

/**
 * The CDKTF examples end to end without a lab: each app is type-checked as a consumer sees
 * frr-iac/cdktf (through the package's exports, i.e. the built dist/), synthesised against a
 * sample lab file with the library's `app.synth()`, and the synthesised stack goes through the real
 * Terraform 1.11.4: `init` from a filesystem mirror holding a launcher of this repository's
 * provider, then `validate`. Offline throughout.
 */
const REPO = join(__dirname, "../..");
const ADDRESS = { namespace: "frr-iac", type: "frr" } as const;
const EXAMPLES: ReadonlyArray<{ dir: string; topology: SampleTopology; stack: string }> = [
  { dir: "examples/cdktf-tor", topology: "tor", stack: "tor" },
  { dir: "examples/cdktf-pve-tenant", topology: "pve", stack: "pve" },
];

let tmp: string;
let mirror: string;
const timings: Record<string, number> = {};

/** dist/ must hold what the examples import and what the launcher runs, built from the current sources. */
function ensureBuilt(): void {
  const outputs = ["dist/src/terraform/main.js", "dist/constructs/index.js", "dist/constructs/lib/tenant-vrf.js"].map((f) => join(REPO, f));
  const sources = ["src/terraform/tf-schema.ts", "constructs/lib/index.ts", "constructs/lib/tor-peering.ts", "constructs/lib/tenant-vrf.ts", "constructs/lib/guest-peering.ts", "constructs/generated/cdktf/index.ts"].map((f) => join(REPO, f));
  const oldest = Math.min(...outputs.map((f) => (existsSync(f) ? statSync(f).mtimeMs : 0)));
  if (sources.every((f) => statSync(f).mtimeMs <= oldest)) return;
  const started = performance.now();
  const build = spawnSync(process.execPath, [require.resolve("typescript/bin/tsc"), "-p", "tsconfig.build.json"], { cwd: REPO, encoding: "utf8" });
  timings["build"] = performance.now() - started;
  if (!existsSync(outputs[0]!) || !existsSync(outputs[1]!)) throw new Error(`\`tsc -p tsconfig.build.json\` produced no dist/ (exit ${build.status}):\n${build.stdout}${build.stderr}`);
}

beforeAll(() => {
  terraformVersion();
  ensureBuilt();
  tmp = mkdtempSync(join(tmpdir(), "frr-iac-cdktf-"));
  mirror = join(tmp, "mirror");
  const version = (JSON.parse(readFileSync(join(REPO, "package.json"), "utf8")) as { version: string }).version;
  const entry = mirrorEntry(ADDRESS, version);
  mkdirSync(join(mirror, entry.directory), { recursive: true });
  writeFileSync(join(mirror, entry.executable), launcherScript(join(REPO, "dist/src/terraform/main.js")));
  chmodSync(join(mirror, entry.executable), 0o755);
}, 300_000);

afterAll(() => {
  if (tmp) rmSync(tmp, { recursive: true, force: true });
  console.log(`cdktf-synth timings (ms): ${Object.entries(timings).map(([k, v]) => `${k} ${Math.round(v)}`).join(", ")}`);
});

interface Synthesised {
  readonly provider: { readonly frr: ReadonlyArray<Record<string, unknown>> };
  readonly terraform: { readonly required_providers: Record<string, { source: string; version?: string }> };
  readonly resource: Record<string, Record<string, Record<string, unknown>>>;
  readonly variable?: Record<string, { sensitive?: boolean }>;
}

function synth(example: (typeof EXAMPLES)[number]): { json: Synthesised; text: string; stackDir: string } {
  const labFile = writeSampleLabFile(example.topology, join(tmp, "lab"));
  const outdir = join(tmp, "out", example.stack);
  mkdirSync(join(tmp, "out"), { recursive: true });
  const started = performance.now();
  const run = spawnSync(process.execPath, [require.resolve("tsx/cli"), "main.ts"], {
    cwd: join(REPO, example.dir),
    encoding: "utf8",
    env: { ...process.env, FRR_IAC_LAB_FILE: labFile, CDKTF_OUTDIR: outdir },
  });
  timings[`synth ${example.stack}`] = performance.now() - started;
  expect(run.status, `${example.dir}/main.ts failed:\n${run.stdout}${run.stderr}`).toBe(0);
  const stackDir = join(outdir, "stacks", example.stack);
  const text = readFileSync(join(stackDir, "cdk.tf.json"), "utf8");
  return { json: JSON.parse(text) as Synthesised, text, stackDir };
}

describe.each(EXAMPLES)("$dir", (example) => {
  it("type-checks against the built frr-iac/cdktf", () => {
    const started = performance.now();
    const tsc = spawnSync(process.execPath, [require.resolve("typescript/bin/tsc"), "-p", join(example.dir, "tsconfig.json")], { cwd: REPO, encoding: "utf8" });
    timings[`tsc ${example.stack}`] = performance.now() - started;
    expect(tsc.status, tsc.stdout + tsc.stderr).toBe(0);
  });

  it("synthesises one provider alias per lab host and keeps secrets out of cdk.tf.json", () => {
    const { json, text } = synth(example);
    const hosts = Object.keys(SAMPLE_HOSTS[example.topology]);
    expect(json.provider.frr.map((p) => p["alias"])).toEqual(hosts);
    for (const provider of json.provider.frr) {
      expect(provider["host"]).toBe((SAMPLE_HOSTS[example.topology] as Record<string, string>)[String(provider["alias"])]);
      expect(provider["host_key"]).toMatch(/^SHA256:/);
    }
    expect(json.terraform.required_providers["frr"]).toEqual({ source: "frr-iac/frr", version: "~> 0.1.0" });
    for (const resources of Object.values(json.resource)) {
      for (const resource of Object.values(resources)) expect(String(resource["provider"])).toMatch(new RegExp(`^frr\\.(${hosts.join("|")})$`));
    }
    for (const variable of Object.values(json.variable ?? {})) expect(variable.sensitive).toBe(true);
    expect(text).not.toMatch(/secretpass|tor-b-secret|PRIVATE KEY/);
  });

  it("passes terraform init (filesystem mirror, offline) and terraform validate", async () => {
    const { stackDir, text } = synth(example);
    const workspace = new TerraformWorkspace(join(tmp, "tf", example.stack), mirrorCliConfig({ mirrorDir: mirror, include: [providerSource(ADDRESS)], direct: false }));
    workspace.write("cdk.tf.json", text);
    expect(existsSync(stackDir)).toBe(true);
    const init = await workspace.run(["init", "-backend=false", "-input=false"]);
    timings[`terraform init ${example.stack}`] = init.ms;
    expect(init.code, init.stdout + init.stderr).toBe(0);
    expect(init.stdout).toMatch(/Installing frr-iac\/frr v0\.1\.\d+/);
    const validate = await workspace.run(["validate", "-json"]);
    timings[`terraform validate ${example.stack}`] = validate.ms;
    const result = JSON.parse(validate.stdout) as { valid: boolean; diagnostics: unknown[] };
    expect(result, validate.stdout + validate.stderr).toMatchObject({ valid: true });
    expect(result.diagnostics).toEqual([]);
  });
});
