import { execFile, execFileSync } from "node:child_process";
import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";

/**
 * Runs the real `terraform` binary offline for end-to-end tests: a private CLI config, no
 * checkpoint calls, automation mode, and proxies pointing at a closed local port so that any
 * attempt to reach a registry fails instead of silently going out.
 */
export function terraformVersion(): string {
  try {
    const out = execFileSync("terraform", ["version", "-json"], { encoding: "utf8", env: { ...process.env, CHECKPOINT_DISABLE: "1", TF_CLI_CONFIG_FILE: "/dev/null" } });
    return (JSON.parse(out) as { terraform_version: string }).terraform_version;
  } catch (err) {
    throw new Error(
      `The real terraform binary is needed for these tests but \`terraform version -json\` failed (${(err as Error).message}). ` +
        "Install Terraform 1.11.4 on the PATH; the test client in test/harness/terraform still covers the wire protocol without it.",
    );
  }
}

export interface TerraformResult {
  readonly code: number;
  readonly stdout: string;
  readonly stderr: string;
  readonly ms: number;
}

export class TerraformWorkspace {
  readonly dir: string;
  readonly cliConfigFile: string;
  readonly timings: Array<{ args: string; ms: number }> = [];

  constructor(
    root: string,
    cliConfig: string,
    private readonly extraEnv: NodeJS.ProcessEnv = {},
  ) {
    this.dir = join(root, "work");
    mkdirSync(this.dir, { recursive: true });
    this.cliConfigFile = join(root, "terraform.rc");
    writeFileSync(this.cliConfigFile, cliConfig);
  }

  write(file: string, text: string): void {
    writeFileSync(join(this.dir, file), text);
  }

  run(args: string[]): Promise<TerraformResult> {
    const env: NodeJS.ProcessEnv = {
      ...process.env,
      ...this.extraEnv,
      TF_CLI_CONFIG_FILE: this.cliConfigFile,
      TF_IN_AUTOMATION: "1",
      CHECKPOINT_DISABLE: "1",
      HTTP_PROXY: "http://127.0.0.1:9",
      HTTPS_PROXY: "http://127.0.0.1:9",
      NO_PROXY: "",
    };
    delete env.TF_PLUGIN_CACHE_DIR;
    const started = performance.now();
    return new Promise((resolve) => {
      execFile("terraform", [...args, "-no-color"], { cwd: this.dir, env, timeout: 120_000, maxBuffer: 16 * 1024 * 1024 }, (err, stdout, stderr) => {
        const ms = performance.now() - started;
        this.timings.push({ args: args.join(" "), ms });
        const code = err ? (typeof (err as { code?: unknown }).code === "number" ? ((err as { code: number }).code) : 1) : 0;
        resolve({ code, stdout, stderr, ms });
      });
    });
  }
}
