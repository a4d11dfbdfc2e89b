import { diffResource } from "./diff-resource";
import type { ParallelLimiter } from "./parallel-limiter";
import { configureFromState, type ProviderHost } from "./provider-host";
import { diffKeys } from "./property-value";
import { isProviderType, type ResourceState } from "./resource-state";
import { applySecretRules } from "./step-applier";
import type { StepRecorder } from "./step-recorder";

// deploymentExecutor.refresh + RefreshStep.Apply: Read every custom resource of the snapshot (in
// parallel), drop the ones Read reports gone (empty id), take the returned outputs (and inputs, if
// any), then ask Diff how an `up` with unchanged inputs would see the result and invert it: any
// answer but DIFF_NONE is drift. The snapshot is rebuilt with the refreshed states.

export interface RefreshResult {
  resources: ResourceState[];
  /** URNs whose refresh found drift or deletion. */
  changed: string[];
}

export async function refreshResources(options: {
  prev: readonly ResourceState[];
  providers: ProviderHost;
  limiter: ParallelLimiter;
  recorder: StepRecorder;
  dryRun: boolean;
}): Promise<RefreshResult> {
  const { prev, providers, limiter, recorder } = options;
  const targets = prev.filter((r) => r.custom && !isProviderType(r.type) && r.pendingReplacement !== true);
  // Components, providers and pending replacements are not read; they still get a (no-op) refresh step.
  for (const res of prev.filter((r) => !targets.includes(r))) {
    const internal = isProviderType(res.type) && res.urn.endsWith("::default");
    await recorder.track({ op: "refresh", urn: res.urn, type: res.type, old: res, internal }, async () => undefined, () => ({ resultOp: "same" }));
  }
  if (targets.length === 0) {
    return { resources: [...prev], changed: [] };
  }
  await configureFromState(prev, targets[0] as ResourceState, providers);

  const refreshed = new Map<ResourceState, ResourceState | null>();
  const changed: string[] = [];
  const errors: unknown[] = [];
  await Promise.all(
    targets.map((old) =>
      limiter.run(() =>
        recorder
          .track(
            { op: "refresh", urn: old.urn, type: old.type, old },
            async () => {
              const plugin = await providers.ready();
              const read = await plugin.read({ urn: old.urn, id: old.id ?? "", properties: old.outputs, inputs: old.inputs });
              if (read.id === "") {
                refreshed.set(old, null);
                changed.push(old.urn);
                return { resultOp: "delete" as const, drift: [] };
              }
              const state: ResourceState = { ...structuredClone(old), id: read.id, outputs: read.outputs, inputs: read.inputs ?? old.inputs };
              applySecretRules(state);
              const diff = await diffResource(
                plugin,
                { urn: old.urn, id: read.id, oldInputs: state.inputs, oldOutputs: state.outputs, newInputs: old.inputs, allowUnknowns: options.dryRun, ignoreChanges: old.ignoreChanges ?? [] },
                () => undefined,
              );
              const outputDrift = diffKeys(old.outputs, state.outputs);
              const inputDrift = diffKeys(old.inputs, state.inputs);
              if (outputDrift.updates.length + inputDrift.updates.length > 0 || diff.changes === "some") {
                state.modified = new Date().toISOString();
              }
              refreshed.set(old, state);
              const drift = [...new Set([...outputDrift.adds, ...outputDrift.deletes, ...outputDrift.updates, ...inputDrift.updates])].sort();
              if (diff.changes === "some") {
                changed.push(old.urn);
                return { resultOp: "update" as const, drift };
              }
              return { resultOp: "same" as const, drift };
            },
            (r) => ({ resultOp: r.resultOp, diffs: r.drift, diffSource: "outputs" }),
          )
          .catch((err: unknown) => {
            errors.push(err);
          }),
      ),
    ),
  );
  if (errors.length > 0) {
    throw errors[0];
  }

  const deleted = new Set<string>();
  const resources: ResourceState[] = [];
  for (const res of prev) {
    const r = refreshed.get(res);
    if (r === null) {
      deleted.add(res.urn);
    } else {
      resources.push(r ?? res);
    }
  }
  return { resources: undangle(resources, deleted), changed };
}

/** Removes references to resources a refresh found deleted (rebuildBaseState / undangleParentResources). */
function undangle(resources: ResourceState[], deleted: ReadonlySet<string>): ResourceState[] {
  if (deleted.size === 0) {
    return resources;
  }
  return resources.map((res) => {
    const copy = { ...res };
    if (copy.parent !== undefined && deleted.has(copy.parent)) {
      copy.parent = undefined;
    }
    copy.dependencies = copy.dependencies?.filter((u) => !deleted.has(u));
    if (copy.propertyDependencies !== undefined) {
      const pd: Record<string, string[]> = {};
      for (const [k, urns] of Object.entries(copy.propertyDependencies)) {
        pd[k] = urns.filter((u) => !deleted.has(u));
      }
      copy.propertyDependencies = pd;
    }
    if (copy.deletedWith !== undefined && deleted.has(copy.deletedWith)) {
      copy.deletedWith = undefined;
    }
    return copy;
  });
}

