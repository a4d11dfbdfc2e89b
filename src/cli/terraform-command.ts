import { chmodSync, existsSync, mkdirSync, writeFileSync } from "node:fs";
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

const USAGE = `usage: frr-iac terraform install [--dir DIR] [--opentofu] [--dev-overrides] [--offline]

Installs the frr provider for Terraform/OpenTofu as a launcher that runs this installation of
frr-iac, in a filesystem mirror (default ~/.terraform.d/frr-iac-mirror), writes a CLI
configuration file next to it, and prints the required_providers block and the environment
variable to use.

  --dir DIR         where the mirror and the CLI configuration go
  --opentofu        install as registry.opentofu.org/frr-iac/frr (OpenTofu's default registry)
  --dev-overrides   a CLI configuration with dev_overrides instead (no init, no lock file)
  --offline         only the mirror: no other provider can be installed from a registry
                    (default: other providers still come from their registries)`;

export async function run(args: string[]): Promise<number> {
  const [action, ...rest] = args;
  if (action !== "install" || rest.includes("--help") || rest.includes("-h")) {
    process.stderr.write(`${USAGE}\n`);
    return action === "install" ? 0 : 2;
  }
  const flags = parseFlags(rest, { dir: "string", opentofu: "boolean", "dev-overrides": "boolean", offline: "boolean" });
  if (flags._.length > 0) throw new Error(`unexpected argument ${JSON.stringify(flags._[0])}\n\n${USAGE}`);
  const version = (require("../../../package.json") as { version: string }).version;
  const home = process.env["HOME"] ?? "/root";
  const root = resolve(String(flags["dir"] ?? join(home, ".terraform.d", "frr-iac-mirror")));
  const address = { hostname: flags["opentofu"] ? OPENTOFU_REGISTRY : TERRAFORM_REGISTRY, namespace: "frr-iac", type: "frr" };
  const entry = mirrorEntry(address, version);
  const mainModule = resolve(__dirname, "../terraform/main.js");
  if (!existsSync(mainModule)) {
    throw new Error(`the provider's entry point ${mainModule} is missing; this installation of frr-iac is not built (run \`npm run build\` in it)`);
  }
  const executable = join(root, entry.executable);
  mkdirSync(join(root, entry.directory), { recursive: true });
  writeFileSync(executable, launcherScript(mainModule));
  chmodSync(executable, 0o755);

  const direct = flags["offline"] !== true;
  const cliConfig = join(root, flags["dev-overrides"] ? "dev-overrides.tfrc" : "mirror.tfrc");
  const text = flags["dev-overrides"]
    ? devOverridesCliConfig({ overrides: { [`${address.namespace}/${address.type}`]: join(root, entry.directory) }, direct })
    : mirrorCliConfig({ mirrorDir: root, include: [providerSource(address)], direct });
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
      `      source  = "${address.namespace}/${address.type}"`,
      `      version = "${version}"`,
      "    }",
      "  }",
      "}",
      "",
    ].join("\n"),
  );
  return 0;
}
