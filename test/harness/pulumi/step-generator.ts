import { randomBytes } from "node:crypto";
import type { DependencyGraph } from "./dependency-graph";
import type { Goal } from "./goal";
import { diffResource, processIgnoreChanges, type ResolvedDiff } from "./diff-resource";
import { parsePropertyPath, pathContains } from "./property-path";
import type { DynamicProviderPlugin } from "./provider-plugin";
import {
  deepEqual,
  diffKeys,
  hasKeyChanges,
  isInternalKey,
  maskForDisplay,
  unwrapSecrets,
  UNKNOWN,
  type ObjectDiff,
  type PropertyMap,
} from "./property-value";
import { isProviderType, makeUrn, qualifiedTypeOf, ROOT_STACK_TYPE, type ResourceState } from "./resource-state";
import type { DiffSource, Step } from "./steps";

// The decisions of pkg/resource/deploy/step_generator.go for resources of one dynamic provider:
// Check (olds = stored inputs, or {} for creates and replacements), Diff (olds = stored outputs),
// DIFF_UNKNOWN resolved by comparing inputs, replaceOnChanges applied to the changed keys,
// create-before-delete by default, delete-before-replace (with dependents deleted first) when Diff
// or the resource option asks for it, and deletes for what the program no longer registers.

export interface StepGeneratorContext {
  stack: string;
  project: string;
  dryRun: boolean;
  /** Base snapshot (already refreshed for --refresh), in topological order. */
  prev: readonly ResourceState[];
  graph: DependencyGraph;
  /** The configured provider plugin for custom resources. */
  plugin(): Promise<DynamicProviderPlugin>;
  diagnostic(severity: "error" | "warning" | "info", urn: string | undefined, message: string): void;
}

/** A failure that has already been reported as a diagnostic (the engine's "bail"). */
export class BailError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "BailError";
  }
}

export class StepGenerator {
  readonly urns = new Set<string>();
  readonly goals = new Map<string, Goal>();
  private readonly olds = new Map<string, ResourceState>();
  private readonly creates = new Set<string>();
  private readonly sames = new Set<string>();
  private readonly updates = new Set<string>();
  private readonly replaces = new Set<string>();
  private readonly reads = new Set<string>();
  readonly deletes = new Set<string>();
  private readonly pendingDeletes = new Set<ResourceState>();
  private readonly dependentReplaceKeys = new Map<string, string[]>();
  sawError = false;

  constructor(private readonly ctx: StepGeneratorContext) {
    for (const res of ctx.prev) {
      if (!res.delete && !this.olds.has(res.urn)) {
        this.olds.set(res.urn, res);
      }
    }
  }

  urnFor(goal: Pick<Goal, "parent" | "type" | "name">): string {
    const parentType = goal.parent !== undefined && qualifiedTypeOf(goal.parent) !== ROOT_STACK_TYPE ? qualifiedTypeOf(goal.parent) : "";
    return makeUrn(this.ctx.stack, this.ctx.project, parentType, goal.type, goal.name);
  }

  oldState(urn: string): ResourceState | undefined {
    return this.olds.get(urn);
  }

  isOperatedOn(urn: string): boolean {
    return [this.creates, this.sames, this.updates, this.replaces, this.deletes, this.reads].some((s) => s.has(urn));
  }

  private bail(urn: string | undefined, message: string): never {
    this.ctx.diagnostic("error", urn, message);
    this.sawError = true;
    throw new BailError(message);
  }

  /** Steps for one registration, in the order they must run (one chain). */
  async generate(goal: Goal, providerRef: string | undefined): Promise<Step[]> {
    if (goal.parent !== undefined && !this.urns.has(goal.parent)) {
      this.bail(undefined, `could not find parent resource ${goal.parent}`);
    }
    const urn = this.urnFor(goal);
    if (this.urns.has(urn)) {
      this.bail(urn, `Duplicate resource URN '${urn}'; try giving it a unique name`);
    }
    this.urns.add(urn);
    this.goals.set(urn, goal);

    let old = this.olds.get(urn);
    let alias: string | undefined;
    if (old === undefined) {
      alias = goal.aliases.find((a) => this.olds.has(a) && !this.urns.has(a));
      if (alias !== undefined) {
        old = this.olds.get(alias);
        this.urns.add(alias);
      }
    }
    const recreating = this.deletes.has(urn);
    const state = this.newState(goal, urn, providerRef, old, alias);

    if (goal.custom && goal.importId !== undefined && goal.importId !== "") {
      const oldImportId = old?.importID ?? old?.id;
      if (old === undefined || old.external === true || oldImportId !== goal.importId) {
        this.creates.add(urn);
        return [{ op: "import", urn, type: goal.type, new: state, importId: goal.importId }];
      }
    }

    if (goal.custom) {
      let inputs = goal.properties;
      if (old !== undefined) {
        inputs = processIgnoreChanges(inputs, old.inputs, goal.ignoreChanges, (m) => this.ctx.diagnostic("info", urn, m));
      }
      const fresh = recreating || old === undefined || old.external === true;
      state.inputs = await this.check(urn, state, fresh ? {} : (old?.inputs ?? {}), inputs);
    }

    if (recreating) {
      this.deletes.delete(urn);
      this.replaces.add(urn);
      const keys = this.dependentReplaceKeys.get(urn) ?? [];
      return [
        { op: "replace", urn, type: goal.type, old, new: state, replaceKeys: keys },
        { op: "create-replacement", urn, type: goal.type, old, new: state, replaceKeys: keys },
      ];
    }
    if (old === undefined) {
      this.creates.add(urn);
      return [{ op: "create", urn, type: goal.type, new: state }];
    }
    if (old.external === true) {
      this.creates.add(urn);
      return [
        { op: "create-replacement", urn, type: goal.type, old, new: state, pendingDelete: true },
        { op: "replace", urn, type: goal.type, old, new: state },
      ];
    }
    return this.stepsFromDiff(goal, urn, old, state);
  }

  private newState(goal: Goal, urn: string, providerRef: string | undefined, old: ResourceState | undefined, alias: string | undefined): ResourceState {
    const state: ResourceState = {
      urn,
      custom: goal.custom,
      type: goal.type,
      inputs: goal.properties,
      outputs: {},
      parent: goal.parent,
      protect: goal.protect === true ? true : undefined,
      dependencies: goal.dependencies,
      provider: goal.custom ? providerRef : undefined,
      propertyDependencies: goal.propertyDependencies,
      additionalSecretOutputs: goal.additionalSecretOutputs.length > 0 ? goal.additionalSecretOutputs : undefined,
      aliases: alias !== undefined ? [alias] : undefined,
      importID: goal.importId || undefined,
      retainOnDelete: goal.retainOnDelete === true ? true : undefined,
      deletedWith: goal.deletedWith || undefined,
      created: old?.created,
      modified: old?.modified,
      ignoreChanges: goal.ignoreChanges.length > 0 ? goal.ignoreChanges : undefined,
      replaceOnChanges: goal.replaceOnChanges.length > 0 ? goal.replaceOnChanges : undefined,
    };
    return state;
  }

  private async check(urn: string, state: ResourceState, olds: PropertyMap, news: PropertyMap): Promise<PropertyMap> {
    const plugin = await this.ctx.plugin();
    const res = await plugin.check({ urn, olds, news, randomSeed: randomBytes(32), allowUnknowns: this.ctx.dryRun });
    if (res.failures.length > 0) {
      for (const f of res.failures) {
        const message =
          f.property !== ""
            ? `${state.type} resource '${nameOf(urn)}': property ${f.property} value {${JSON.stringify(maskForDisplay(news[f.property] ?? null))}} has a problem: ${f.reason}`
            : `${state.type} resource '${nameOf(urn)}' has a problem: ${f.reason}`;
        this.ctx.diagnostic("error", urn, message);
      }
      this.sawError = true;
      throw new BailError(`resource ${urn} is invalid`);
    }
    return res.inputs;
  }

  private async diffResource(
    urn: string,
    id: string,
    oldInputs: PropertyMap,
    oldOutputs: PropertyMap,
    newInputs: PropertyMap,
    allowUnknowns: boolean,
    ignoreChanges: string[],
  ): Promise<ResolvedDiff> {
    const plugin = await this.ctx.plugin();
    return diffResource(plugin, { urn, id, oldInputs, oldOutputs, newInputs, allowUnknowns, ignoreChanges }, (m) => this.ctx.diagnostic("info", urn, m));
  }

  private async stepsFromDiff(goal: Goal, urn: string, old: ResourceState, state: ResourceState): Promise<Step[]> {
    let diff: ResolvedDiff;
    if (!goal.custom) {
      diff = {
        changes: deepEqual(old.inputs, state.inputs) ? "none" : "some",
        replaceKeys: [],
        changedKeys: [],
        deleteBeforeReplace: false,
        fromProvider: false,
      };
    } else {
      diff = await this.diffResource(urn, old.id ?? "", old.inputs, old.outputs, state.inputs, this.ctx.dryRun, goal.ignoreChanges);
    }
    const replaceKeys = applyReplaceOnChanges(diff, goal.replaceOnChanges);
    const display = displayDiff(diff, old, state);

    if (diff.changes === "some" || old.pendingReplacement === true) {
      if (replaceKeys.length > 0 || old.pendingReplacement === true) {
        return this.replaceSteps(goal, urn, old, state, diff, replaceKeys, display);
      }
      this.updates.add(urn);
      return [{ op: "update", urn, type: goal.type, old, new: state, ...display }];
    }
    if ((old.initErrors?.length ?? 0) > 0) {
      this.updates.add(urn);
      return [{ op: "update", urn, type: goal.type, old, new: state, ...display }];
    }
    this.sames.add(urn);
    return [{ op: "same", urn, type: goal.type, old, new: state }];
  }

  private async replaceSteps(
    goal: Goal,
    urn: string,
    old: ResourceState,
    state: ResourceState,
    diff: ResolvedDiff,
    replaceKeys: string[],
    display: { diffs: string[]; diffSource: DiffSource },
  ): Promise<Step[]> {
    if (state.protect === true && old.protect === true) {
      const message =
        `unable to replace resource "${urn}"\nas it is currently marked for protection. To unprotect the resource, ` +
        "remove the `protect` flag from the resource in your Pulumi program and run `pulumi up`";
      this.ctx.diagnostic("error", urn, message);
      this.sawError = true;
      if (!this.ctx.dryRun) {
        throw new BailError(message);
      }
    }
    if (goal.importId !== undefined && goal.importId !== "") {
      const message = "previously-imported resources that still specify an ID may not be replaced; please remove the `import` declaration from your program";
      if (this.ctx.dryRun) {
        this.ctx.diagnostic("warning", urn, message);
      } else {
        this.bail(urn, message);
      }
    }
    this.replaces.add(urn);
    state.inputs = await this.check(urn, state, {}, goal.properties);

    const deleteBeforeReplace = goal.deleteBeforeReplace ?? diff.deleteBeforeReplace;
    const common = { urn, type: goal.type, old, new: state, replaceKeys, ...display };
    if (!deleteBeforeReplace) {
      return [
        { op: "create-replacement", ...common, pendingDelete: true },
        { op: "replace", ...common },
      ];
    }

    const steps: Step[] = [];
    const toReplace = !this.ctx.dryRun || this.ctx.graph.contains(old) ? await this.dependentReplacements(old) : [];
    for (let i = toReplace.length - 1; i >= 0; i--) {
      const { res, keys } = toReplace[i] as { res: ResourceState; keys: string[] };
      if (this.pendingDeletes.has(res)) {
        continue;
      }
      this.dependentReplaceKeys.set(res.urn, keys);
      if (res.delete === true) {
        steps.push({ op: "delete", urn: res.urn, type: res.type, old: res });
      } else {
        if (res.protect === true) {
          this.bail(
            urn,
            `unable to replace resource "${res.urn}" as part of replacing "${urn}" as it is currently marked for protection. ` +
              "To unprotect the resource, remove the `protect` flag from the resource in your Pulumi program and run `pulumi up`",
          );
        }
        steps.push({ op: "delete-replacement", urn: res.urn, type: res.type, old: res, replacing: true });
      }
      this.deletes.add(res.urn);
      this.pendingDeletes.add(res);
    }
    if (old.pendingReplacement !== true) {
      this.deletes.add(old.urn);
      steps.push({ op: "delete-replacement", urn: old.urn, type: old.type, old, replacing: true });
    }
    steps.push({ op: "replace", ...common }, { op: "create-replacement", ...common });
    return steps;
  }

  /**
   * calculateDependentReplacements: dependents (from the old snapshot, not yet registered) whose Diff,
   * with every input that depends on a replaced resource set to unknown, asks for replacement.
   */
  private async dependentReplacements(root: ResourceState): Promise<{ res: ResourceState; keys: string[] }[]> {
    const replaceSet = new Set<string>([root.urn]);
    const result: { res: ResourceState; keys: string[] }[] = [];
    const impossible = new Set<string>([...this.urns, ...this.deletes]);
    for (const d of this.ctx.graph.dependingOn(root, impossible)) {
      if (!d.custom || d.external === true) {
        continue;
      }
      let needs = false;
      let keys: string[] = [];
      if (d.provider !== undefined && replaceSet.has(d.provider.slice(0, d.provider.lastIndexOf("::")))) {
        needs = true;
      } else if (d.deletedWith !== undefined && replaceSet.has(d.deletedWith)) {
        needs = true;
      } else {
        let touched = false;
        const inputsForDiff: PropertyMap = {};
        for (const [k, v] of Object.entries(d.inputs)) {
          const deps = d.propertyDependencies?.[k] ?? [];
          if (deps.some((u) => replaceSet.has(u))) {
            touched = true;
            inputsForDiff[k] = UNKNOWN;
          } else {
            inputsForDiff[k] = v;
          }
        }
        if (touched) {
          const diff = await this.diffResource(d.urn, d.id ?? "", d.inputs, d.outputs, inputsForDiff, true, d.ignoreChanges ?? []);
          keys = applyReplaceOnChanges(diff, d.replaceOnChanges ?? []);
          needs = keys.length > 0;
        }
      }
      if (needs) {
        replaceSet.add(d.urn);
        result.push({ res: d, keys });
      }
    }
    return result;
  }

  /** GenerateReadSteps, simplified: `Resource.get` reads the resource through the provider every time. */
  generateRead(goal: Goal, id: string, providerRef: string | undefined): Step[] {
    if (goal.parent !== undefined && !this.urns.has(goal.parent)) {
      this.bail(undefined, `could not find parent resource ${goal.parent}`);
    }
    const urn = this.urnFor(goal);
    if (this.urns.has(urn)) {
      this.bail(urn, `Duplicate resource URN '${urn}'; try giving it a unique name`);
    }
    this.urns.add(urn);
    this.reads.add(urn);
    const state: ResourceState = {
      urn,
      custom: true,
      type: goal.type,
      id,
      inputs: goal.properties,
      outputs: {},
      parent: goal.parent,
      external: true,
      dependencies: goal.dependencies,
      provider: providerRef,
      additionalSecretOutputs: goal.additionalSecretOutputs.length > 0 ? goal.additionalSecretOutputs : undefined,
    };
    return [{ op: "read", urn, type: goal.type, old: this.olds.get(urn), new: state }];
  }

  /** GenerateDeletes: pending deletes from replacements, and old resources the program did not register. */
  generateDeletes(): Step[] {
    const steps: Step[] = [];
    for (const res of this.ctx.prev) {
      if (res.delete === true) {
        if (this.pendingDeletes.has(res)) {
          continue;
        }
        this.deletes.add(res.urn);
        steps.push({ op: "delete-replacement", urn: res.urn, type: res.type, old: res });
      } else if (!this.isOperatedOn(res.urn) && !this.urns.has(res.urn)) {
        this.deletes.add(res.urn);
        steps.push({ op: "delete", urn: res.urn, type: res.type, old: res, internal: isDefaultProvider(res) });
      }
    }
    return steps;
  }
}

/** applyReplaceOnChanges: changed keys under a replaceOnChanges path become replace keys. */
export function applyReplaceOnChanges(diff: ResolvedDiff, replaceOnChanges: readonly string[]): string[] {
  const keys = new Set(diff.replaceKeys);
  if (diff.changes === "some") {
    const paths = replaceOnChanges.map((p) => parsePropertyPath(p));
    for (const k of diff.changedKeys) {
      const keyPath = parsePropertyPath(k);
      if (paths.some((p) => pathContains(p, keyPath))) {
        keys.add(k);
      }
    }
  }
  return [...keys];
}

/**
 * Property names to show for a changed resource. The CLI shows the provider's detailed or plain diff,
 * else the difference between old and new inputs. The dynamic provider never reports names, and after
 * a refresh the inputs are unchanged, so as a last resort this names the inputs whose stored output
 * differs (a stand-in addition, marked diffSource "outputs").
 */
function displayDiff(diff: ResolvedDiff, old: ResourceState, state: ResourceState): { diffs: string[]; diffSource: DiffSource } {
  if (diff.fromProvider && diff.changedKeys.length > 0) {
    return { diffs: diff.changedKeys.filter((k) => !isInternalKey(k)), diffSource: "provider" };
  }
  const byInputs: ObjectDiff = diffKeys(old.inputs, state.inputs);
  if (hasKeyChanges(byInputs)) {
    return { diffs: [...byInputs.adds, ...byInputs.deletes, ...byInputs.updates].sort(), diffSource: "inputs" };
  }
  const byOutputs = Object.keys(state.inputs).filter(
    (k) => !isInternalKey(k) && k in old.outputs && !deepEqual(unwrapSecrets(old.outputs[k] ?? null), unwrapSecrets(state.inputs[k] ?? null)),
  );
  return { diffs: byOutputs.sort(), diffSource: "outputs" };
}

function isDefaultProvider(res: ResourceState): boolean {
  return isProviderType(res.type) && res.urn.endsWith("::default");
}

function nameOf(urn: string): string {
  return urn.split("::").slice(3).join("::");
}
