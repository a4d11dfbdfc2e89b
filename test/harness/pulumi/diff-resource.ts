import { parsePropertyPath, resetPath } from "./property-path";
import type { DynamicProviderPlugin } from "./provider-plugin";
import { diffKeys, hasKeyChanges, unwrapSecrets, type PropertyMap } from "./property-value";

// diffResource and processIgnoreChanges from pkg/resource/deploy/step_generator.go.

export interface ResolvedDiff {
  changes: "none" | "some";
  replaceKeys: string[];
  changedKeys: string[];
  deleteBeforeReplace: boolean;
  /** True when the provider decided; false when DIFF_UNKNOWN was resolved by comparing inputs. */
  fromProvider: boolean;
}

/** Sets every ignoreChanges path of `inputs` back to its value in `oldInputs`. */
export function processIgnoreChanges(
  inputs: PropertyMap,
  oldInputs: PropertyMap,
  ignoreChanges: readonly string[],
  info: (message: string) => void,
): PropertyMap {
  if (ignoreChanges.length === 0) {
    return inputs;
  }
  const result = structuredClone(inputs);
  const invalid: string[] = [];
  for (const p of ignoreChanges) {
    let path;
    try {
      path = parsePropertyPath(p);
    } catch {
      continue;
    }
    if (!resetPath(path, oldInputs, result)) {
      invalid.push(p);
    }
  }
  if (invalid.length > 0) {
    info(`cannot ignore changes in added or removed elements of the path: ${JSON.stringify(invalid.join(", "))}`);
  }
  return result;
}

/** The provider's Diff; DIFF_UNKNOWN becomes some/none by comparing old and new inputs (ignoreChanges applied). */
export async function diffResource(
  plugin: DynamicProviderPlugin,
  req: {
    urn: string;
    id: string;
    oldInputs: PropertyMap;
    oldOutputs: PropertyMap;
    newInputs: PropertyMap;
    allowUnknowns: boolean;
    ignoreChanges: string[];
  },
  info: (message: string) => void,
): Promise<ResolvedDiff> {
  const d = await plugin.diff({
    urn: req.urn,
    id: req.id,
    oldInputs: req.oldInputs,
    oldOutputs: req.oldOutputs,
    news: req.newInputs,
    allowUnknowns: req.allowUnknowns,
    ignoreChanges: req.ignoreChanges,
  });
  if (d.changes !== "unknown") {
    return { changes: d.changes, replaceKeys: d.replaces, changedKeys: d.diffs, deleteBeforeReplace: d.deleteBeforeReplace, fromProvider: true };
  }
  const processed = processIgnoreChanges(req.newInputs, req.oldInputs, req.ignoreChanges, info);
  const keys = diffKeys(unwrapSecrets(req.oldInputs) as PropertyMap, unwrapSecrets(processed) as PropertyMap, () => false);
  return {
    changes: hasKeyChanges(keys) ? "some" : "none",
    replaceKeys: d.replaces,
    changedKeys: [...keys.adds, ...keys.deletes, ...keys.updates],
    deleteBeforeReplace: d.deleteBeforeReplace,
    fromProvider: false,
  };
}
