import { writeFileSync } from "node:fs";
import { parseRunningConfig } from "../frr/config-tree";
import { discoverAll, pulumiProgram, terraformImports } from "../engine/adopt";
import { closeSshPool, openVtysh } from "../host/host-session";
import { parseFlags } from "./flags";
import { resolveTarget, TARGET_FLAGS, TARGET_USAGE } from "./target";

const USAGE = `usage: frr-iac adopt NODE [--format pulumi|terraform] [--out FILE]

Reads a host's running configuration and writes every object frr-iac can manage as a Pulumi
program (resources with \`adopt: true\`; BGP passwords become stack secrets) or as Terraform
import blocks (then \`terraform plan -generate-config-out=generated.tf\` writes the resources).
This is how to take over existing configuration with Pulumi, whose \`pulumi import\` does not work
for dynamic providers.
${TARGET_USAGE}`;

export async function run(args: string[]): Promise<number> {
  const flags = parseFlags(args, { ...TARGET_FLAGS, format: "string", out: "string", help: "boolean" });
  if (flags["help"]) {
    process.stdout.write(`${USAGE}\n`);
    return 0;
  }
  const format = flags["format"] ?? "pulumi";
  if (format !== "pulumi" && format !== "terraform") throw new Error(`--format "${String(format)}" is not allowed; use pulumi or terraform`);
  const { connection } = resolveTarget(flags._[0], flags);
  try {
    const running = await openVtysh(connection).read([]);
    const objects = discoverAll(parseRunningConfig(running.runningConfig));
    let text: string;
    if (format === "pulumi") {
      const { privateKey: _key, password: _password, passphrase: _passphrase, ...safe } = connection.spec;
      const generated = pulumiProgram(objects, safe);
      text = generated.program;
      for (const key of generated.secrets) process.stderr.write(`set the secret first: pulumi config set --secret ${key} <password>\n`);
    } else {
      text = terraformImports(objects);
    }
    if (typeof flags["out"] === "string") {
      writeFileSync(flags["out"], text);
      process.stderr.write(`wrote ${objects.length} object(s) to ${flags["out"]}\n`);
    } else {
      process.stdout.write(text);
    }
    return 0;
  } finally {
    await closeSshPool();
  }
}
