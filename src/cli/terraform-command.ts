import { chmodSync, mkdirSync, writeFileSync } from "node:fs";
import { join, resolve } from "node:path";
import {
  devOverridesCliConfig,
  launcherScript,
  mirrorCliConfig,
  mirrorEntry,
  OPENTOFU_REGISTRY,
  providerSource,
  TERRAFORM_REGISTRY,
} from "../terraform/protocol/provider-install";
import { parseFlags } from "./flags";

const USAGE = `usage: frr-iac terraform install [--dir DIR] [--opentofu] [--dev-overrides]

Installs the frr provider for Terraform/OpenTofu as a launcher that runs this installation of
frr-iac, in a filesystem mirror (default ~/.terraform.d/frr-iac-mirror), writes a CLI
configuration file next to it, and prints the required_providers block and the environment
variable to use. With --dev-overrides the CLI config uses dev_overrides instead (no init needed).`;

export async function run(args: string[]): Promise<number> {
  const [action, ...rest] = args;
  if (action !== "install") {
    process.stderr.write(`${USAGE}\n`);
    return 2;
  }
  const flags = parseFlags(rest, { dir: "string", opentofu: "boolean", "dev-overrides": "boolean" });
  const version = (require("../../../package.json") as { version: string }).version;
  const home = process.env["HOME"] ?? "/root";
  const root = resolve(String(flags["dir"] ?? join(home, ".terraform.d", "frr-iac-mirror")));
  const address = { hostname: flags["opentofu"] ? OPENTOFU_REGISTRY : TERRAFORM_REGISTRY, namespace: "frr-iac", type: "frr" };
  const entry = mirrorEntry(address, version);
  const mainModule = resolve(__dirname, "../terraform/main.js");
  const executable = join(root, entry.executable);
  mkdirSync(join(root, entry.directory), { recursive: true });
  writeFileSync(executable, launcherScript(mainModule));
  chmodSync(executable, 0o755);

  const cliConfig = join(root, flags["dev-overrides"] ? "dev-overrides.tfrc" : "mirror.tfrc");
  const text = flags["dev-overrides"]
    ? devOverridesCliConfig({ overrides: { [`${address.namespace}/${address.type}`]: join(root, entry.directory) }, direct: false })
    : mirrorCliConfig({ mirrorDir: root, include: [providerSource(address)], direct: false });
  writeFileSync(cliConfig, text);

  process.stdout.write(
    [
      `installed ${providerSource(address)} ${version} → ${executable}`,
      `CLI configuration: ${cliConfig}`,
      "",
      `  export TF_CLI_CONFIG_FILE=${cliConfig}`,
      "",
      "terraform {",
      "  required_providers {",
      "    frr = {",
      `      source  = "${address.hostname === TERRAFORM_REGISTRY ? `${address.namespace}/${address.type}` : providerSource(address)}"`,
      `      version = "${version}"`,
      "    }",
      "  }",
      "}",
      "",
    ].join("\n"),
  );
  return 0;
}
