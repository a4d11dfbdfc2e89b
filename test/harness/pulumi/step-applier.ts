import { randomUUID } from "node:crypto";
import type { ProviderHost } from "./provider-host";
import { ProviderError, type DynamicProviderPlugin } from "./provider-plugin";
import { isSecret, makeSecret, UNKNOWN } from "./property-value";
import { isProviderType, type ResourceState } from "./resource-state";
import type { Step, StepOp } from "./steps";

// Step.Apply from pkg/resource/deploy/step.go plus the secret bookkeeping the step executor does
// afterwards (additionalSecretOutputs, outputs of secret inputs). One function per step kind, looked
// up in a table.

export interface StepApplyContext {
  dryRun: boolean;
  providers: ProviderHost;
  /** Deletions already decided in this deployment (for deletedWith). */
  deletes: ReadonlySet<string>;
  /** A new state became part of the snapshot. */
  recordNew(state: ResourceState): void;
  /** An old state left the snapshot (deleted, or retained on delete). */
  recordDeleted(state: ResourceState): void;
  diagnostic(severity: "error" | "warning" | "info", urn: string | undefined, message: string): void;
}

export class StepError extends Error {
  constructor(
    readonly urn: string,
    message: string,
    options?: { cause?: unknown },
  ) {
    super(message, options);
    this.name = "StepError";
  }
}

type Apply = (step: Step, ctx: StepApplyContext) => Promise<void>;

function plugin(ctx: StepApplyContext): Promise<DynamicProviderPlugin> {
  return ctx.providers.ready();
}

function now(): string {
  return new Date().toISOString();
}

function required<T>(value: T | undefined, what: string, step: Step): T {
  if (value === undefined) {
    throw new StepError(step.urn, `internal error: ${step.op} step for ${step.urn} has no ${what}`);
  }
  return value;
}

function isDynamicCustom(state: ResourceState): boolean {
  return state.custom && !isProviderType(state.type);
}

const applySame: Apply = async (step, ctx) => {
  const old = required(step.old, "old state", step);
  const state = required(step.new, "new state", step);
  state.id = old.id;
  state.outputs = old.outputs;
  if (isProviderType(state.type)) {
    await ctx.providers.configure(state.urn, old.id ?? "", old.inputs);
  }
};

const applyCreate: Apply = async (step, ctx) => {
  const state = required(step.new, "new state", step);
  if (isProviderType(state.type)) {
    state.id = ctx.dryRun ? UNKNOWN : randomUUID();
    await ctx.providers.configure(state.urn, state.id, state.inputs);
    state.outputs = state.inputs;
  } else if (state.custom) {
    if (ctx.dryRun) {
      // supportsPreview=false: the engine answers for the provider with the inputs.
      state.id = "";
      state.outputs = state.inputs;
    } else {
      const p = await plugin(ctx);
      try {
        const res = await p.create({ urn: state.urn, properties: state.inputs, timeout: 0 });
        if (res.id === "") {
          throw new StepError(state.urn, "provider did not return an ID from Create");
        }
        state.id = res.id;
        state.outputs = res.outputs;
      } catch (err) {
        if (err instanceof ProviderError && err.initFailure !== undefined) {
          // Partial failure: the resource exists; keep it in state with its init errors.
          state.id = err.initFailure.id;
          state.outputs = err.initFailure.properties;
          state.initErrors = err.initFailure.reasons;
          state.created = state.modified = now();
          ctx.recordNew(state);
        }
        throw err;
      }
    }
  } else {
    state.id = undefined;
    state.outputs = {};
  }
  state.created = state.modified = now();
  if (step.op === "create-replacement" && step.pendingDelete === true && step.old !== undefined) {
    step.old.delete = true;
  }
};

const applyUpdate: Apply = async (step, ctx) => {
  const old = required(step.old, "old state", step);
  const state = required(step.new, "new state", step);
  state.id = old.id;
  state.created = old.created;
  state.modified = old.modified;
  if (isProviderType(state.type)) {
    await ctx.providers.configure(state.urn, old.id ?? "", state.inputs);
    state.outputs = state.inputs;
  } else if (state.custom) {
    if (ctx.dryRun) {
      state.outputs = state.inputs;
    } else {
      const p = await plugin(ctx);
      state.outputs = await p.update({
        urn: state.urn,
        id: old.id ?? "",
        oldInputs: old.inputs,
        oldOutputs: old.outputs,
        news: state.inputs,
        ignoreChanges: state.ignoreChanges ?? [],
        timeout: 0,
      });
    }
  } else {
    state.outputs = old.outputs;
  }
  if (!ctx.dryRun) {
    state.modified = now();
  }
};

const applyDelete: Apply = async (step, ctx) => {
  const old = required(step.old, "old state", step);
  if (step.replacing !== true && old.protect === true) {
    throw new StepError(
      old.urn,
      `resource "${old.urn}" cannot be deleted\nbecause it is protected. To unprotect the resource, either remove the \`protect\` flag ` +
        "from the resource in your Pulumi program and run `pulumi up`, or use the command:\n" +
        `\`pulumi state unprotect '${old.urn}'\``,
    );
  }
  if (ctx.dryRun) {
    return;
  }
  const deletedWith = old.deletedWith !== undefined && ctx.deletes.has(old.deletedWith);
  if (old.external !== true && old.retainOnDelete !== true && !deletedWith && isDynamicCustom(old)) {
    const p = await plugin(ctx);
    await p.delete({ urn: old.urn, id: old.id ?? "", outputs: old.outputs, oldInputs: old.inputs, timeout: 0 });
  }
  ctx.recordDeleted(old);
};

const applyNothing: Apply = async () => {};

const applyImport: Apply = async (step, ctx) => {
  const state = required(step.new, "new state", step);
  const id = required(step.importId, "import ID", step);
  const p = await ctx.providers.ready();
  // The engine sends only the ID: no state, no inputs. The dynamic provider has nothing to
  // deserialize (no __provider) and fails, which is the known limitation (pulumi/pulumi#16175).
  const read = await p.read({ urn: state.urn, id, properties: undefined, inputs: undefined });
  if (read.id === "" && Object.keys(read.outputs).length === 0) {
    throw new StepError(state.urn, `resource '${id}' does not exist`);
  }
  if (read.inputs === undefined) {
    throw new StepError(state.urn, "provider does not support importing resources; please try updating the 'pulumi-nodejs' plugin");
  }
  state.id = read.id !== "" ? read.id : id;
  state.inputs = read.inputs;
  state.outputs = read.outputs;
  state.created = state.modified = now();
};

const applyRead: Apply = async (step, ctx) => {
  const state = required(step.new, "new state", step);
  const p = await ctx.providers.ready();
  const read = await p.read({ urn: state.urn, id: state.id ?? "", properties: state.inputs, inputs: state.inputs });
  if (read.id === "") {
    throw new StepError(state.urn, `resource '${state.id ?? ""}' does not exist`);
  }
  state.id = read.id;
  state.outputs = read.outputs;
  state.external = true;
};

const APPLY: Record<StepOp, Apply> = {
  same: applySame,
  create: applyCreate,
  "create-replacement": applyCreate,
  update: applyUpdate,
  delete: applyDelete,
  "delete-replacement": applyDelete,
  replace: applyNothing,
  refresh: applyNothing,
  import: applyImport,
  read: applyRead,
};

/**
 * The step executor's secret rules for every new state, refreshed ones included: outputs named in
 * additionalSecretOutputs, and outputs whose input of the same name is secret, become secret.
 */
export function applySecretRules(state: ResourceState, warn: (message: string) => void = () => undefined): void {
  for (const key of state.additionalSecretOutputs ?? []) {
    if (key === "id") {
      warn("The 'id' property cannot be made secret. See pulumi/pulumi#2717 for more details.");
    } else if (key in state.outputs && !isSecret(state.outputs[key])) {
      state.outputs[key] = makeSecret(state.outputs[key] ?? null);
    }
  }
  for (const [key, out] of Object.entries(state.outputs)) {
    if (!isSecret(out) && isSecret(state.inputs[key])) {
      state.outputs[key] = makeSecret(out);
    }
  }
}

/** Applies one step; on success records its new state (after the secret rules). */
export async function applyStep(step: Step, ctx: StepApplyContext): Promise<void> {
  await APPLY[step.op](step, ctx);
  const state = step.new;
  if (state === undefined || step.op === "replace" || step.op === "delete" || step.op === "delete-replacement") {
    return;
  }
  applySecretRules(state, (message) => ctx.diagnostic("warning", state.urn, message));
  ctx.recordNew(state);
}
