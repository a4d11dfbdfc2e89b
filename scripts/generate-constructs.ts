// Derives everything under constructs/ that is not written by hand: the provider schema JSON, the
// CDKTF and CDK Terrain bindings (@cdktf/provider-generator, @cdktn/provider-generator) and the
// cdktn copies of the hand-written constructs. Pure function of the registry, package.json's
// version and the hand-written files in constructs/lib, so `--check` and the unit test can
// regenerate into a temporary directory and compare.
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import { devNull, tmpdir } from "node:os";
import { dirname, join, relative } from "node:path";
import { registry } from "../src/resources/registry";
import type { AnyResourceKind } from "../src/resources/resource-kind";
import { toProvidersSchemaJson, type ProvidersSchemaJson } from "../src/terraform/protocol/schema-json";
import { providerSchema } from "../src/terraform/tf-schema";

export const REPO_ROOT = join(__dirname, "..");

/** What Terraform core calls the provider; the generator turns it into `required_providers.frr`. */
export const PROVIDER_ADDRESS = "registry.terraform.io/frr-iac/frr";
/** Short source: Terraform reads it as registry.terraform.io/frr-iac/frr, OpenTofu as registry.opentofu.org/frr-iac/frr. */
export const PROVIDER_SOURCE = "frr-iac/frr";

export const RUNTIMES = ["cdktf", "cdktn"] as const;
export type Runtime = (typeof RUNTIMES)[number];

const GENERATOR_PACKAGE: Record<Runtime, string> = { cdktf: "@cdktf/provider-generator", cdktn: "@cdktn/provider-generator" };

/** Paths (relative to the repository) that `generateConstructs` owns and rewrites completely. */
export const GENERATED_DIRS = ["constructs/generated", "constructs/cdktn"] as const;
/** The hand-written constructs; constructs/cdktn holds copies of them built against cdktn. */
export const HAND_WRITTEN_DIR = "constructs/lib";

export function frrProvidersSchemaJson(): ProvidersSchemaJson {
  return toProvidersSchemaJson(providerSchema(Object.values(registry) as AnyResourceKind[]), PROVIDER_ADDRESS);
}

/**
 * The version constraint the bindings put in `required_providers`: the provider launcher installed
 * by this package has the package's version, and the bindings only match a provider with the same
 * schema. 0.x: same minor (`~> 0.1.0`); from 1.0: same major (`~> 1.2`).
 */
export function providerVersionConstraint(version: string): string {
  const match = /^(\d+)\.(\d+)\.\d+/.exec(version);
  if (!match) throw new Error(`package.json version ${JSON.stringify(version)} is not semantic (1.2.3); fix it before generating the bindings`);
  const [, major, minor] = match;
  return major === "0" ? `~> 0.${minor}.0` : `~> ${major}.${minor}`;
}

interface GeneratorModule {
  CodeMaker: new () => { save(dir: string): Promise<void> };
  TerraformProviderGenerator: new (code: unknown, schema: unknown) => { generate(target: unknown): void };
}

/**
 * Loads a generator. Both pull in their `commons` package, which runs `terraform version -json`
 * at import and may phone home: checkpoint is disabled and terraform reads an empty CLI config.
 */
function loadGenerator(runtime: Runtime): GeneratorModule {
  const saved = { CHECKPOINT_DISABLE: process.env["CHECKPOINT_DISABLE"], TF_CLI_CONFIG_FILE: process.env["TF_CLI_CONFIG_FILE"] };
  process.env["CHECKPOINT_DISABLE"] = "1";
  process.env["TF_CLI_CONFIG_FILE"] = devNull;
  try {
    return require(GENERATOR_PACKAGE[runtime]) as GeneratorModule;
  } catch (error) {
    throw new Error(
      `cannot load ${GENERATOR_PACKAGE[runtime]} (${error instanceof Error ? error.message : String(error)}). Run \`npm ci\`: it and jsii/jsii-pacmak are dev dependencies.`,
    );
  } finally {
    for (const [key, value] of Object.entries(saved)) {
      if (value === undefined) delete process.env[key];
      else process.env[key] = value;
    }
  }
}

/**
 * The generator's TypeScript does not compile with `noImplicitOverride` (tsconfig.json): it
 * overrides base-class members without `override`. These are the only changes made to its output.
 */
export function addOverrideModifiers(path: string, source: string): string {
  let out = source
    .replace(/^(\s*)protected (synthesizeAttributes|synthesizeHclAttributes)\(/gm, "$1protected override $2(")
    // cdktf's ComplexList subclasses redeclare the base constructor's parameters as properties.
    .replace(/^(\s*)constructor\(protected terraformResource: (\w+)\.IInterpolatingParent, protected terraformAttribute: string, protected wrapsSet: boolean\)/gm,
      "$1constructor(protected override terraformResource: $2.IInterpolatingParent, protected override terraformAttribute: string, protected override wrapsSet: boolean)");
  // `alias` is a member of TerraformProvider; the generator adds it to the provider class only.
  if (path.endsWith("provider/index.ts")) out = out.replace(/^(\s*)public (get|set) alias\(/gm, "$1public override $2 alias(");
  return out;
}

/** Writes the bindings of `runtime` to `outDir` (`providers/frr/...`) as the generator emits them, plus `override` modifiers. */
async function generateBindings(runtime: Runtime, schema: ProvidersSchemaJson, version: string, outDir: string): Promise<void> {
  const { CodeMaker, TerraformProviderGenerator } = loadGenerator(runtime);
  const code = new CodeMaker();
  // The generator mutates the schema (it adds `alias` to the provider block): give it a copy.
  const generator = new TerraformProviderGenerator(code, structuredClone(schema));
  // What `cdktf get` builds from `"terraformProviders": ["frr-iac/frr@~> 0.1.0"]` in cdktf.json.
  generator.generate({ isModule: false, name: "frr", source: PROVIDER_SOURCE, version: providerVersionConstraint(version), fqn: PROVIDER_SOURCE });
  await code.save(outDir);
  const files = listFiles(outDir).filter((f) => f.endsWith(".ts"));
  for (const file of files) {
    const path = join(outDir, file);
    writeFileSync(path, addOverrideModifiers(file, readFileSync(path, "utf8")));
  }
  write(join(outDir, "index.ts"), flatIndex(files));
}

/**
 * Our own index over the generator's output: every class, struct and function flat
 * (`FrrProvider`, `BgpPeer`, `BgpPeerConfig`), plus the per-resource namespaces as `cdktf get`
 * lays them out (`provider.FrrProvider`, `bgpPeer.BgpPeer`).
 */
function flatIndex(files: readonly string[]): string {
  const modules = files.filter((f) => /^providers\/frr\/[^/]+\/index\.ts$/.test(f)).map((f) => `./${f.replace(/\.ts$/, "")}`);
  return [
    "// Generated by scripts/generate.ts over the provider generator's output. Do not edit.",
    'export * from "./providers/frr/index";',
    ...modules.map((m) => `export * from "${m}";`),
    "",
  ].join("\n");
}

/**
 * The cdktn copy of a hand-written file: the same code with `cdktn` and ../generated/cdktn in
 * place of `cdktf` and ../generated/cdktf (the two runtimes have the same API).
 */
export function toCdktnSource(fileName: string, source: string): string {
  const header = `// Generated by scripts/generate.ts from ${HAND_WRITTEN_DIR}/${fileName} for the CDK Terrain runtime. Do not edit.\n`;
  const rewritten = source.replace(/from "cdktf"/g, 'from "cdktn"').replace(/"\.\.\/generated\/cdktf\//g, '"../generated/cdktn/');
  const left = /["'](cdktf|\.\.\/generated\/cdktf\/[^"']*)["']/.exec(rewritten);
  if (left) {
    throw new Error(`${HAND_WRITTEN_DIR}/${fileName} imports ${left[0]} in a form the cdktn copy cannot rewrite; write \`from "cdktf"\` or \`from "../generated/cdktf/..."\` (double quotes)`);
  }
  return header + rewritten;
}

function listFiles(dir: string, base = dir): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .sort()
    .flatMap((name) => {
      const path = join(dir, name);
      return statSync(path).isDirectory() ? listFiles(path, base) : [relative(base, path)];
    });
}

function write(path: string, text: string): void {
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, text);
}

export interface GenerateTimings {
  readonly [runtime: string]: number;
}

/**
 * Writes the generated part of constructs/ under `root` (a directory laid out like the
 * repository): constructs/generated/{frr-provider-schema.json,cdktf,cdktn} and constructs/cdktn.
 * Returns how long each generator took, in milliseconds.
 */
export async function generateConstructs(root: string, repo: string = REPO_ROOT): Promise<GenerateTimings> {
  const version = (JSON.parse(readFileSync(join(repo, "package.json"), "utf8")) as { version: string }).version;
  const schema = frrProvidersSchemaJson();
  write(join(root, "constructs/generated/frr-provider-schema.json"), `${JSON.stringify(schema, null, 2)}\n`);
  const timings: Record<string, number> = {};
  for (const runtime of RUNTIMES) {
    const started = performance.now();
    await generateBindings(runtime, schema, version, join(root, "constructs/generated", runtime));
    timings[runtime] = Math.round(performance.now() - started);
  }
  const handWritten = join(repo, HAND_WRITTEN_DIR);
  for (const file of listFiles(handWritten).filter((f) => f.endsWith(".ts"))) {
    write(join(root, "constructs/cdktn", file), toCdktnSource(file, readFileSync(join(handWritten, file), "utf8")));
  }
  return timings;
}

/** Files that differ between the generated directories of two trees ("+" only in `actual`, "-" only in `expected`). */
export function compareGenerated(expectedRoot: string, actualRoot: string): string[] {
  const differences: string[] = [];
  for (const dir of GENERATED_DIRS) {
    const expected = new Set(listFiles(join(expectedRoot, dir)));
    const actual = new Set(listFiles(join(actualRoot, dir)));
    for (const file of expected) {
      if (!actual.has(file)) differences.push(`- ${dir}/${file}`);
      else if (!readFileSync(join(expectedRoot, dir, file)).equals(readFileSync(join(actualRoot, dir, file)))) differences.push(`~ ${dir}/${file}`);
    }
    for (const file of actual) if (!expected.has(file)) differences.push(`+ ${dir}/${file}`);
  }
  return differences;
}

/** Generates into a temporary directory; the caller removes it. */
export async function generateToTemp(repo: string = REPO_ROOT): Promise<{ dir: string; timings: GenerateTimings }> {
  const dir = mkdtempSync(join(tmpdir(), "frr-iac-constructs-"));
  const timings = await generateConstructs(dir, repo);
  return { dir, timings };
}

/** Replaces the generated directories of `repo` with those of `generatedRoot`. */
export function installGenerated(generatedRoot: string, repo: string = REPO_ROOT): void {
  for (const dir of GENERATED_DIRS) {
    rmSync(join(repo, dir), { recursive: true, force: true });
    if (existsSync(join(generatedRoot, dir))) cpSync(join(generatedRoot, dir), join(repo, dir), { recursive: true });
  }
}
