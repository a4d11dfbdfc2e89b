import { build } from "esbuild";
import { chmodSync, mkdirSync } from "node:fs";
import { dirname, join } from "node:path";

export const TOY_PROVIDER_ENTRY = join(__dirname, "fixtures", "toy-provider-main.ts");

/**
 * Bundles a TypeScript provider entry (with its dependencies) into one self-contained executable
 * Node script with a shebang, the way a provider is shipped into a filesystem mirror. Tests use
 * it for the toy provider; no dist/ build needed.
 */
export async function buildProviderExecutable(entry: string, outFile: string): Promise<string> {
  mkdirSync(dirname(outFile), { recursive: true });
  await build({
    entryPoints: [entry],
    outfile: outFile,
    bundle: true,
    platform: "node",
    target: "node20",
    format: "cjs",
    banner: { js: "#!/usr/bin/env node" },
    logLevel: "error",
    sourcemap: false,
  });
  chmodSync(outFile, 0o755);
  return outFile;
}
