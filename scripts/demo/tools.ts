// The two deployment paths of the demo: the Pulumi program through the project's engine stand-in
// (real @pulumi/pulumi, real dynamic-provider plugin), and the CDKTF app synthesised and applied
// with the real terraform binary through frr-iac's provider from a local filesystem mirror.
import { execFileSync, spawnSync } from "node:child_process";
import { mkdirSync, readFileSync } from "node:fs";
import { join, resolve } from "node:path";
import type { OperationOptions } from "../../test/harness/pulumi/operations";
import { TerraformWorkspace, type TerraformResult } from "../../test/harness/terraform/real-terraform";
import type { LabFile } from "../../src/lab";

export const REPO = resolve(__dirname, "../..");

export function pulumiOptions(lab: LabFile, labFile: string, stateFile: string, nodes: Record<string, { routerId: string }>, extra: Partial<OperationOptions> = {}): OperationOptions {
  return {
    cwd: join(REPO, "examples/pulumi-tor"),
    stack: "demo",
    stateFile,
    passphrase: "frr-iac demo passphrase",
    config: [
      { key: "frr:labFile", value: labFile },
      { key: "nodes", value: JSON.stringify(nodes) },
      { key: "torAPassword", value: lab.peers["tor-a"]?.password ?? "", secret: true },
      { key: "torBPassword", value: lab.peers["tor-b"]?.password ?? "", secret: true },
    ],
    ...extra,
  };
}

/** `examples/cdktf-tor` synthesised for some nodes; returns the workspace holding its cdk.tf.json. */
export function cdktfWorkspace(lab: LabFile, labFile: string, dir: string, nodes: readonly string[]): TerraformWorkspace {
  const outdir = join(dir, "cdktf.out");
  mkdirSync(dir, { recursive: true });
  const synth = spawnSync(process.execPath, [require.resolve("tsx/cli"), "main.ts"], {
    cwd: join(REPO, "examples/cdktf-tor"),
    encoding: "utf8",
    env: { ...process.env, FRR_IAC_LAB_FILE: labFile, FRR_IAC_NODES: nodes.join(","), CDKTF_OUTDIR: outdir, CHECKPOINT_DISABLE: "1" },
  });
  if (synth.status !== 0) throw new Error(`synthesising examples/cdktf-tor failed:\n${synth.stdout}${synth.stderr}`);
  const mirror = join(dir, "mirror");
  mkdirSync(mirror, { recursive: true });
  const installed = execFileSync(process.execPath, [join(REPO, "dist/src/cli/main.js"), "terraform", "install", "--dir", mirror, "--offline"], { encoding: "utf8" });
  const cliConfig = /^CLI configuration: (.+)$/m.exec(installed)?.[1];
  if (cliConfig === undefined) throw new Error(`frr-iac terraform install printed no CLI configuration:\n${installed}`);
  const ws = new TerraformWorkspace(dir, readFileSync(cliConfig, "utf8"), {
    TF_VAR_tor_a_password: lab.peers["tor-a"]?.password,
    TF_VAR_tor_b_password: lab.peers["tor-b"]?.password,
  });
  ws.write("cdk.tf.json", readFileSync(join(outdir, "stacks/tor/cdk.tf.json"), "utf8"));
  // CDKTF points the local backend at the app's directory; keep the state in the workspace.
  ws.write("state_override.tf.json", JSON.stringify({ terraform: { backend: { local: { path: "terraform.tfstate" } } } }));
  return ws;
}

export async function terraform(ws: TerraformWorkspace, args: string[], expected = 0): Promise<TerraformResult> {
  const result = await ws.run(args);
  if (result.code !== expected) throw new Error(`terraform ${args.join(" ")} exited ${result.code}, expected ${expected}:\n${result.stdout}\n${result.stderr}`);
  return result;
}
