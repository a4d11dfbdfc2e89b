// The Terraform adapter: real `terraform` 1.11 (offline, provider from the filesystem mirror that
// `frr-iac terraform install` writes), configuration from bench/terraform-config.ts: `apply` from
// an empty state, then `plan -detailed-exitcode` (a refresh of every object; must find nothing).
import { execFile } from "node:child_process";
import { existsSync, mkdirSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { operatorIndex } from "./lab-hosts";
import { shortError, type Operation, type WorkerRequest, type WorkerResult } from "./measurement";
import { probeEnv, providerFigures, readProbe } from "./probe-records";
import { terraformConfig } from "./terraform-config";

interface Run {
  readonly code: number;
  readonly stdout: string;
  readonly stderr: string;
  readonly seconds: number;
}

function terraform(dir: string, args: readonly string[], env: NodeJS.ProcessEnv): Promise<Run> {
  const started = performance.now();
  return new Promise((resolve) => {
    execFile("terraform", [...args, "-no-color"], { cwd: dir, env, maxBuffer: 256 * 1024 * 1024, timeout: 60 * 60 * 1000 }, (error, stdout, stderr) => {
      const code = error ? (typeof (error as { code?: unknown }).code === "number" ? (error as { code: number }).code : 1) : 0;
      resolve({ code, stdout, stderr, seconds: (performance.now() - started) / 1000 });
    });
  });
}

export async function terraformRow(request: WorkerRequest): Promise<WorkerResult> {
  if (request.terraformCliConfig === undefined) throw new Error("terraform row needs terraformCliConfig");
  const dir = join(request.workDir, "terraform");
  mkdirSync(dir, { recursive: true });
  for (const stale of ["terraform.tfstate", "terraform.tfstate.backup"]) rmSync(join(dir, stale), { force: true });
  writeFileSync(join(dir, "main.tf"), terraformConfig(request.hosts.map((h) => ({ name: h.name, count: h.n, userIndex: operatorIndex(request.labFile, h.name) }))));
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    TF_CLI_CONFIG_FILE: request.terraformCliConfig,
    TF_IN_AUTOMATION: "1",
    CHECKPOINT_DISABLE: "1",
    HTTP_PROXY: "http://127.0.0.1:9",
    HTTPS_PROXY: "http://127.0.0.1:9",
    NO_PROXY: "",
    TF_VAR_lab_file: request.labFile,
  };
  delete env["TF_PLUGIN_CACHE_DIR"];
  if (!existsSync(join(dir, ".terraform"))) {
    const init = await terraform(dir, ["init", "-input=false"], env);
    if (init.code !== 0) throw new Error(`terraform init failed: ${init.stdout}${init.stderr}`);
  }
  const parallelism = request.parallel !== undefined ? [`-parallelism=${request.parallel}`] : [];
  const isProvider = (r: { argv: readonly string[] }) => r.argv.some((a) => a.includes("terraform-provider-frr"));
  const step = async (name: string, args: readonly string[], okCodes: readonly number[]): Promise<Operation> => {
    const probeFile = join(dir, `probe-${name}.jsonl`);
    const result = await terraform(dir, args, { ...env, ...probeEnv(probeFile) });
    const ok = okCodes.includes(result.code);
    const summary = /(Apply complete!.*|No changes\..*|Plan: .*)/.exec(result.stdout)?.[1] ?? "";
    return {
      name,
      seconds: result.seconds,
      ok,
      ...(ok ? {} : { error: shortError(`exit ${result.code}: ${(result.stderr || result.stdout).trim().split("\n").slice(-12).join("\n")}`) }),
      ...providerFigures(readProbe(probeFile), isProvider),
      facts: { exitCode: result.code, summary },
    };
  };
  const operations: Operation[] = [];
  try {
    const apply = await step("apply", ["apply", "-auto-approve", "-input=false", ...parallelism], [0]);
    operations.push(apply);
    if (apply.ok) operations.push(await step("plan", ["plan", "-input=false", "-detailed-exitcode", ...parallelism], [0]));
  } catch (error) {
    operations.push({ name: "apply", seconds: 0, ok: false, error: shortError(error) });
  }
  return {
    row: "terraform",
    operations,
    commandLines: [
      `terraform apply -auto-approve -input=false ${parallelism.join(" ") || "(default -parallelism=10)"}   # terraform 1.11.4, provider from \`frr-iac terraform install\``,
      "terraform plan -input=false -detailed-exitcode   # exit 0 expected: no changes",
    ],
  };
}
