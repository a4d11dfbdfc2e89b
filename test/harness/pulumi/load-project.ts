import { existsSync, readFileSync, statSync } from "node:fs";
import { basename, dirname, isAbsolute, join, resolve } from "node:path";
import { parse as parseYaml } from "yaml";

// Reads Pulumi.yaml the way the CLI does for a nodejs project and computes the program directory and
// entry point like getPwdMain in pkg/engine/project.go: `main` may name a directory (pwd = it, entry
// ".") or a file (pwd = its directory, entry = its base name); without `main`, pwd is the project root.

export interface Project {
  name: string;
  /** The directory holding Pulumi.yaml (`--root-directory`). */
  rootDirectory: string;
  /** Where the program runs and the provider plugin starts (`--pwd`, plugin cwd). */
  programDirectory: string;
  /** "." or a file name relative to programDirectory. */
  entryPoint: string;
  /** `runtime.options` from Pulumi.yaml (typescript, tsconfig, nodeargs, ...). */
  runtimeOptions: Record<string, unknown>;
  /** Project-level config defaults declared in Pulumi.yaml, keyed "namespace:key". */
  configDefaults: Record<string, unknown>;
}

export class ProjectError extends Error {
  readonly code = "PULUMI_HARNESS_PROJECT";
  constructor(message: string) {
    super(message);
    this.name = "ProjectError";
  }
}

export function loadProject(cwd: string): Project {
  const rootDirectory = resolve(cwd);
  const file = ["Pulumi.yaml", "Pulumi.yml"].map((f) => join(rootDirectory, f)).find((f) => existsSync(f));
  if (file === undefined) {
    throw new ProjectError(`no Pulumi.yaml in ${rootDirectory}: pass --cwd pointing at a Pulumi project directory`);
  }
  const doc = parseYaml(readFileSync(file, "utf8")) as Record<string, unknown> | null;
  if (doc === null || typeof doc !== "object") {
    throw new ProjectError(`${file} is empty or not a YAML mapping`);
  }
  const name = doc["name"];
  if (typeof name !== "string" || name === "") {
    throw new ProjectError(`${file}: "name" must be a non-empty string, got ${JSON.stringify(name)}`);
  }
  const runtime = doc["runtime"];
  const runtimeName = typeof runtime === "string" ? runtime : (runtime as { name?: unknown } | undefined)?.name;
  if (runtimeName !== "nodejs") {
    throw new ProjectError(`${file}: runtime ${JSON.stringify(runtimeName)} is not supported; the stand-in runs nodejs programs only`);
  }
  const runtimeOptions = typeof runtime === "object" && runtime !== null ? ((runtime as { options?: Record<string, unknown> }).options ?? {}) : {};

  let programDirectory = rootDirectory;
  let entryPoint = ".";
  const main = doc["main"];
  if (typeof main === "string" && main !== "") {
    const mainPath = isAbsolute(main) ? main : join(rootDirectory, main);
    if (!existsSync(mainPath)) {
      throw new ProjectError(`${file}: project 'main' ${JSON.stringify(main)} could not be read (${mainPath} does not exist)`);
    }
    if (statSync(mainPath).isDirectory()) {
      programDirectory = mainPath;
    } else {
      programDirectory = dirname(mainPath);
      entryPoint = basename(mainPath);
    }
  }

  const configDefaults: Record<string, unknown> = {};
  const config = doc["config"];
  if (config !== null && typeof config === "object") {
    for (const [key, spec] of Object.entries(config as Record<string, unknown>)) {
      const fullKey = key.includes(":") ? key : `${name}:${key}`;
      if (spec !== null && typeof spec === "object" && !Array.isArray(spec)) {
        const s = spec as Record<string, unknown>;
        if ("value" in s) {
          configDefaults[fullKey] = s["value"];
        } else if ("default" in s) {
          configDefaults[fullKey] = s["default"];
        }
      } else {
        configDefaults[fullKey] = spec;
      }
    }
  }
  return { name, rootDirectory, programDirectory, entryPoint, runtimeOptions, configDefaults };
}
