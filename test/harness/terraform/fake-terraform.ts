import {
  decodeJsonValue,
  encodeJsonValue,
  formatAttributePath,
  impliedType,
  isWhollyKnown,
  renderValue,
  unknownPaths,
  validateProviderSchema,
  valueEquals,
  Unknown,
  type AttributePath,
  type Block,
  type CtyType,
  type ObjectType,
  type ObjectValue,
  type ProviderSchema,
  type Schema,
  type Value,
} from "../../../src/terraform/protocol";
import { attributePathFromProto } from "../../../src/terraform/protocol/attribute-path-proto";
import { diagnosticFromProto, type WireDiagnostic } from "../../../src/terraform/protocol/diagnostics-proto";
import { decodeDynamicValue, encodeDynamicValue } from "../../../src/terraform/protocol/dynamic-value";
import type { Message } from "../../../src/terraform/protocol/proto-codec";
import { schemaFromProto } from "../../../src/terraform/protocol/schema-proto";
import { evaluateConfig, parseAddress, Ref, valueAt, type RootConfig } from "./config";
import { assertObjectCompatible, assertPlanValid, proposedNew } from "./objchange";
import { ProviderProcess, type LaunchOptions } from "./plugin-process";

/**
 * A fake Terraform core (1.11.4 behaviour) for provider tests: it launches a fresh provider
 * process per graph walk, makes the RPCs in core's order with core's inputs (ProposedNew, the
 * final re-plan during apply, private bytes, JSON state through UpgradeResourceState) and applies
 * core's consistency checks: "Provider produced invalid plan", "Provider produced inconsistent
 * final plan", "Provider produced inconsistent result after apply". State is kept the way core
 * keeps it: JSON attributes, schema version and private bytes per object.
 *
 * Resources are handled one after another in config order (dependencies first); core runs
 * independent resources in parallel, which this client does not emulate.
 */
export interface FakeTerraformOptions extends LaunchOptions {
  readonly executable: string;
  /** @default "1.11.4" */
  readonly terraformVersion?: string;
  /** Used in messages. @default "registry.terraform.io/frr-iac/frr" */
  readonly providerAddress?: string;
}

export interface StateObject {
  readonly type: string;
  readonly schemaVersion: number;
  /** JSON attributes as core stores them. */
  readonly attributes: Record<string, unknown>;
  /** base64 of the private bytes. */
  readonly private: string;
  readonly status?: "tainted";
}

export interface TerraformState {
  readonly resources: Readonly<Record<string, StateObject>>;
}

export const emptyState: TerraformState = { resources: {} };

export type Action = "no-op" | "create" | "update" | "replace" | "delete" | "read";

export interface PlannedChange {
  readonly address: string;
  readonly action: Action;
  readonly before: ObjectValue | null;
  readonly after: ObjectValue | null;
  readonly plannedPrivate: Uint8Array;
  readonly requiresReplace: AttributePath[];
}

export interface Plan {
  readonly changes: PlannedChange[];
  /** State after the refresh done by the plan walk. */
  readonly refreshed: TerraformState;
  /** Data sources read during planning (those not deferred to apply). */
  readonly dataValues: Readonly<Record<string, ObjectValue>>;
  readonly warnings: WireDiagnostic[];
}

export interface WalkRecord {
  readonly walk: string;
  readonly calls: string[];
  readonly handshakeMs: number;
  readonly shutdownMs: number;
}

export interface CoreDiagnostic {
  readonly severity: "error" | "warning";
  readonly summary: string;
  readonly detail?: string;
  readonly address?: string;
}

export class TerraformError extends Error {
  override readonly name = "TerraformError";
  constructor(
    readonly diagnostics: CoreDiagnostic[],
    /** The state as far as it got (apply and destroy save what was done). */
    readonly state?: TerraformState,
  ) {
    super(diagnostics.map((d) => `Error: ${d.summary}${d.address ? `\n\n  with ${d.address}` : ""}${d.detail ? `\n\n${d.detail}` : ""}`).join("\n\n"));
  }
}

interface Schemas {
  readonly provider: ProviderSchema;
  readonly planDestroy: boolean;
}

type Walk = { proc: ProviderProcess; schemas: Schemas };

export class FakeTerraform {
  readonly walks: WalkRecord[] = [];
  private readonly version: string;
  private readonly providerAddress: string;

  constructor(readonly options: FakeTerraformOptions) {
    this.version = options.terraformVersion ?? "1.11.4";
    this.providerAddress = options.providerAddress ?? "registry.terraform.io/frr-iac/frr";
  }

  // ------------------------------------------------------------------ commands

  /** `terraform providers schema -json`: one process, GetProviderSchema only. */
  async schema(): Promise<ProviderSchema> {
    return this.walk("schema", async ({ schemas }) => schemas.provider);
  }

  /** `terraform validate`: schema process, then the validate walk. */
  async validate(config: RootConfig): Promise<WireDiagnostic[]> {
    await this.schema();
    return this.validateWalk(config);
  }

  /** `terraform plan`: schema, validate and plan walks. */
  async plan(config: RootConfig, state: TerraformState = emptyState): Promise<Plan> {
    await this.schema();
    await this.validateWalk(config);
    return this.walk("plan", (w) => this.planWalk(w, config, state));
  }

  /** `terraform apply -auto-approve`: plan as above, then the apply walk in a new process. */
  async apply(config: RootConfig, state: TerraformState = emptyState): Promise<{ plan: Plan; state: TerraformState }> {
    const plan = await this.plan(config, state);
    const next = await this.walk("apply", (w) => this.applyWalk(w, config, plan));
    return { plan, state: next };
  }

  /**
   * apply, then plan again and require every change to be a no-op: the classic check for
   * non-deterministic planning or a read that does not round-trip what apply wrote.
   */
  async converge(config: RootConfig, state: TerraformState = emptyState): Promise<{ plan: Plan; state: TerraformState }> {
    const applied = await this.apply(config, state);
    const again = await this.plan(config, applied.state);
    const pending = again.changes.filter((c) => c.action !== "no-op" && c.action !== "read");
    if (pending.length) {
      throw new TerraformError(
        pending.map((c) => ({
          severity: "error",
          summary: "Configuration did not converge",
          detail: `After apply, a new plan still wants to ${c.action} ${c.address}: ${describeDiff(c)}`,
          address: c.address,
        })),
        applied.state,
      );
    }
    return applied;
  }

  /** `terraform apply -refresh-only -auto-approve`. */
  async refresh(config: RootConfig, state: TerraformState): Promise<TerraformState> {
    await this.schema();
    await this.validateWalk(config);
    return this.walk("refresh", async (w) => {
      await this.configure(w, config);
      const out: Record<string, StateObject> = {};
      for (const [address, obj] of Object.entries(state.resources)) {
        const refreshed = await this.refreshObject(w, address, obj);
        if (refreshed) out[address] = refreshed.object;
      }
      return { resources: out };
    });
  }

  /** `terraform import ADDRESS ID` (the resource must be in config). */
  async import(config: RootConfig, state: TerraformState, address: string, id: string): Promise<TerraformState> {
    await this.schema();
    if (state.resources[address]) throw new TerraformError([{ severity: "error", summary: "Resource already managed by Terraform", address }]);
    if (!(config.resources ?? []).some((r) => r.address === address)) {
      throw new TerraformError([{ severity: "error", summary: "Configuration for import target does not exist", address }]);
    }
    return this.walk("import", async (w) => {
      await this.configure(w, config);
      const { type } = parseAddress(address);
      const schema = this.resourceSchema(w, type);
      const objType = impliedType(schema.block);
      const res = await w.proc.call("ImportResourceState", { typeName: type, id, clientCapabilities: { deferralAllowed: false } });
      this.checkDiagnostics(w, res.diagnostics, address);
      const imported = res.importedResources as Message[];
      if (imported.length === 0) throw this.error("Import returned no resources", `While attempting to import with ID ${id}, the provider returned no instance states.`, address);
      if (imported.length > 1) throw this.error("Multi-resource import is not supported", `The provider returned ${imported.length} objects for ${address}.`, address);
      const first = imported[0] as Message;
      if (!first.typeName) throw this.error("Provider returned an invalid import", "The imported resource has no type_name. This is a bug in the provider.", address);
      if (first.typeName !== type) throw this.error("Provider returned an invalid import", `Imported type ${first.typeName} does not match ${type}.`, address);
      const importedValue = this.decode(first.state, objType, address, "imported state") as ObjectValue;
      const read = await w.proc.call("ReadResource", {
        typeName: type,
        currentState: encodeDynamicValue(importedValue, objType),
        private: first.private,
        clientCapabilities: { deferralAllowed: false },
      });
      this.checkDiagnostics(w, read.diagnostics, address);
      const value = this.decode(read.newState, objType, address, "ReadResource after import");
      if (value === null) throw this.error("Cannot import non-existent remote object", `While attempting to import an existing object to "${address}", the provider detected that no object exists with the given id.`, address);
      this.requireWhollyKnown(value, address, "Provider produced invalid object");
      return { resources: { ...state.resources, [address]: this.stateObject(type, schema, value as ObjectValue, read.private as Uint8Array) } };
    });
  }

  /** `terraform destroy -auto-approve`: refresh+plan walk, destroy-plan walk, apply walk. */
  async destroy(config: RootConfig, state: TerraformState): Promise<TerraformState> {
    await this.schema();
    await this.validateWalk(config);
    const refreshedPlan = await this.walk("plan", (w) => this.planWalk(w, config, state));
    const refreshed = refreshedPlan.refreshed;
    const changes = await this.walk("plan-destroy", async (w) => {
      await this.configure(w, config);
      const out: PlannedChange[] = [];
      for (const [address, obj] of Object.entries(refreshed.resources)) {
        const upgraded = await this.upgrade(w, address, obj);
        out.push(await this.planDestroy(w, address, obj, upgraded));
      }
      return out;
    });
    return this.walk("apply-destroy", async (w) => {
      await this.configure(w, config);
      let current = refreshed;
      for (const change of [...changes].reverse()) current = await this.applyDelete(w, change, current);
      return current;
    });
  }

  // ------------------------------------------------------------------ walks

  private async walk<T>(name: string, body: (w: Walk) => Promise<T>): Promise<T> {
    const proc = await ProviderProcess.launch(this.options.executable, this.options);
    let result: T;
    try {
      const schemaRes = await proc.call("GetProviderSchema", {});
      const schemas = this.readSchemas(proc, schemaRes);
      result = await body({ proc, schemas });
    } catch (err) {
      await proc.shutdown().catch(() => proc.kill());
      this.walks.push({ walk: name, calls: proc.calls, handshakeMs: proc.handshakeMs, shutdownMs: NaN });
      throw err;
    }
    const { exitMs } = await proc.shutdown();
    this.walks.push({ walk: name, calls: proc.calls, handshakeMs: proc.handshakeMs, shutdownMs: exitMs });
    return result;
  }

  private readSchemas(proc: ProviderProcess, res: Message): Schemas {
    const diags = (res.diagnostics as Message[]).map(diagnosticFromProto);
    if (diags.some((d) => d.severity !== "warning")) {
      throw new TerraformError(diags.map((d) => ({ severity: "error", summary: d.summary, ...(d.detail ? { detail: d.detail } : {}) })));
    }
    const resources: Record<string, Schema> = {};
    for (const [name, s] of Object.entries(res.resourceSchemas as Record<string, Message>)) resources[name] = schemaFromProto(s, `resource ${name}`);
    const dataSources: Record<string, Schema> = {};
    for (const [name, s] of Object.entries(res.dataSourceSchemas as Record<string, Message>)) dataSources[name] = schemaFromProto(s, `data source ${name}`);
    if (res.providerMeta && !(res.providerMeta as Message).block) throw this.error("Invalid provider schema", "provider_meta has no block: core crashes on that.");
    const provider: ProviderSchema = { provider: schemaFromProto(res.provider as Message, "provider"), resources, dataSources };
    const issues = validateProviderSchema(provider);
    if (issues.length) throw this.error("Invalid provider schema", issues.map((i) => `${i.path}: ${i.message}`).join("\n"));
    void proc;
    return { provider, planDestroy: (res.serverCapabilities as Message | undefined)?.planDestroy === true };
  }

  private async validateWalk(config: RootConfig): Promise<WireDiagnostic[]> {
    return this.walk("validate", async (w) => {
      const warnings: WireDiagnostic[] = [];
      const unknownRefs = (): Value => Unknown;
      if (Object.keys(config.provider ?? {}).length > 0) {
        const providerType = impliedType(w.schemas.provider.provider.block);
        const cfg = this.evaluate(w.schemas.provider.provider.block, config.provider ?? {}, unknownRefs, "provider");
        const res = await w.proc.call("ValidateProviderConfig", { config: encodeDynamicValue(cfg, providerType) });
        warnings.push(...this.checkDiagnostics(w, res.diagnostics, "provider"));
      }
      for (const r of config.resources ?? []) {
        const addr = parseAddress(r.address);
        const schema = addr.mode === "data" ? this.dataSchema(w, addr.type) : this.resourceSchema(w, addr.type);
        const cfg = this.evaluate(schema.block, r.config, unknownRefs, r.address);
        const method = addr.mode === "data" ? "ValidateDataResourceConfig" : "ValidateResourceConfig";
        const res = await w.proc.call(method, { typeName: addr.type, config: encodeDynamicValue(cfg, impliedType(schema.block)), clientCapabilities: { deferralAllowed: false } });
        warnings.push(...this.checkDiagnostics(w, res.diagnostics, r.address));
      }
      return warnings;
    });
  }

  private async configure(w: Walk, config: RootConfig, values?: Map<string, Value>): Promise<void> {
    const block = w.schemas.provider.provider.block;
    const type = impliedType(block);
    const cfg = this.evaluate(block, config.provider ?? {}, (r) => (values ? this.resolveRef(values, r) : Unknown), "provider");
    const v = await w.proc.call("ValidateProviderConfig", { config: encodeDynamicValue(cfg, type) });
    this.checkDiagnostics(w, v.diagnostics, "provider");
    const c = await w.proc.call("ConfigureProvider", {
      terraformVersion: this.version,
      config: encodeDynamicValue(cfg, type),
      clientCapabilities: { deferralAllowed: true, writeOnlyAttributesAllowed: true },
    });
    this.checkDiagnostics(w, c.diagnostics, "provider");
  }

  private async planWalk(w: Walk, config: RootConfig, state: TerraformState): Promise<Plan> {
    await this.configure(w, config);
    const values = new Map<string, Value>();
    const changes: PlannedChange[] = [];
    const refreshed: Record<string, StateObject> = {};
    const warnings: WireDiagnostic[] = [];
    const dataValues: Record<string, ObjectValue> = {};
    const configured = new Set((config.resources ?? []).map((r) => r.address));

    for (const r of config.resources ?? []) {
      const addr = parseAddress(r.address);
      if (addr.mode === "data") {
        const v = await this.planDataSource(w, r.address, r.config, values, changes);
        if (!changes.some((c) => c.address === r.address)) dataValues[r.address] = v as ObjectValue;
        values.set(r.address, v);
        continue;
      }
      const schema = this.resourceSchema(w, addr.type);
      const type = impliedType(schema.block);
      let prior: ObjectValue | null = null;
      let priorPrivate: Uint8Array = new Uint8Array(0);
      let tainted: ObjectValue | null = null;
      const stored = state.resources[r.address];
      if (stored) {
        const refreshedObj = await this.refreshObject(w, r.address, stored);
        if (refreshedObj) {
          refreshed[r.address] = refreshedObj.object;
          if (stored.status === "tainted") tainted = refreshedObj.value;
          else {
            prior = refreshedObj.value;
            priorPrivate = Buffer.from(refreshedObj.object.private, "base64");
          }
        }
      }
      const cfg = this.evaluate(schema.block, r.config, (ref) => this.resolveRef(values, ref), r.address);
      const change = await this.planResource(w, r.address, schema, type, prior, priorPrivate, cfg, warnings);
      if (tainted && change.action === "create") {
        changes.push({ ...change, action: "replace", before: tainted });
      } else changes.push(change);
      values.set(r.address, change.after);
    }
    for (const [address, stored] of Object.entries(state.resources)) {
      if (configured.has(address)) continue;
      const refreshedObj = await this.refreshObject(w, address, stored);
      if (!refreshedObj) continue;
      refreshed[address] = refreshedObj.object;
      changes.push(await this.planDestroy(w, address, refreshedObj.object, refreshedObj.value));
    }
    return { changes, refreshed: { resources: refreshed }, dataValues, warnings };
  }

  private async planResource(
    w: Walk,
    address: string,
    schema: Schema,
    type: ObjectType,
    prior: ObjectValue | null,
    priorPrivate: Uint8Array,
    config: ObjectValue,
    warnings: WireDiagnostic[],
  ): Promise<PlannedChange> {
    const typeName = parseAddress(address).type;
    const v = await w.proc.call("ValidateResourceConfig", { typeName, config: encodeDynamicValue(config, type), clientCapabilities: { deferralAllowed: true } });
    warnings.push(...this.checkDiagnostics(w, v.diagnostics, address));
    const proposed = proposedNew(schema.block, prior, config);
    const res = await w.proc.call("PlanResourceChange", {
      typeName,
      priorState: encodeDynamicValue(prior, type),
      proposedNewState: encodeDynamicValue(proposed, type),
      config: encodeDynamicValue(config, type),
      priorPrivate,
      clientCapabilities: { deferralAllowed: true, writeOnlyAttributesAllowed: true },
    });
    warnings.push(...this.checkDiagnostics(w, res.diagnostics, address));
    if (res.legacyTypeSystem) throw this.error("Provider produced invalid plan", "legacy_type_system is set: only the legacy Go SDK may set it.", address);
    let planned = this.decodePlanned(res.plannedState, type, address);
    const invalid = assertPlanValid(schema.block, prior, config, planned);
    if (invalid.length) {
      throw new TerraformError(
        invalid.map((e) => ({
          severity: "error",
          summary: "Provider produced invalid plan",
          detail: `Provider "${this.providerAddress}" planned an invalid value for ${address}${e.startsWith(".") ? "" : ": "}${e}.\n\nThis is a bug in the provider, which should be reported in the provider's own issue tracker.`,
          address,
        })),
      );
    }
    let plannedPrivate = res.plannedPrivate as Uint8Array;
    const requested = (res.requiresReplace as Message[]).map(attributePathFromProto);
    const requiresReplace: AttributePath[] = [];
    if (prior !== null) {
      for (const path of requested) {
        const before = pathValue(type, prior, path);
        const after = pathValue(type, planned, path);
        if (before === undefined && after === undefined) {
          throw this.error("Provider produced invalid plan", `Provider "${this.providerAddress}" has indicated "requires replacement" on ${address} for a non-existent attribute path ${formatAttributePath(path)}.`, address);
        }
        const t = (before ?? after) as { type: CtyType; value: Value };
        const eq = valueEquals(t.type, before?.value ?? null, after?.value ?? null);
        if (eq !== true) requiresReplace.push(path);
      }
    }
    let action: Action;
    const eq = prior === null ? false : valueEquals(type, prior, planned);
    if (prior === null) action = "create";
    else if (eq === true) action = "no-op";
    else if (requiresReplace.length > 0) action = "replace";
    else action = "update";

    if (action === "replace") {
      const proposedFresh = proposedNew(schema.block, null, config);
      const again = await w.proc.call("PlanResourceChange", {
        typeName,
        priorState: encodeDynamicValue(null, type),
        proposedNewState: encodeDynamicValue(proposedFresh, type),
        config: encodeDynamicValue(config, type),
        priorPrivate: plannedPrivate,
        clientCapabilities: { deferralAllowed: true, writeOnlyAttributesAllowed: true },
      });
      this.checkDiagnostics(w, again.diagnostics, address);
      planned = this.decodePlanned(again.plannedState, type, address);
      plannedPrivate = again.plannedPrivate as Uint8Array;
    }
    return { address, action, before: prior, after: planned, plannedPrivate, requiresReplace };
  }

  private async planDestroy(w: Walk, address: string, obj: StateObject, prior: ObjectValue): Promise<PlannedChange> {
    const schema = this.resourceSchema(w, obj.type);
    const type = impliedType(schema.block);
    const priv = Buffer.from(obj.private, "base64");
    if (w.schemas.planDestroy) {
      const res = await w.proc.call("PlanResourceChange", {
        typeName: obj.type,
        priorState: encodeDynamicValue(prior, type),
        proposedNewState: encodeDynamicValue(null, type),
        config: encodeDynamicValue(null, type),
        priorPrivate: priv,
        clientCapabilities: { deferralAllowed: true, writeOnlyAttributesAllowed: true },
      });
      this.checkDiagnostics(w, res.diagnostics, address);
      const planned = this.decode(res.plannedState, type, address, "destroy plan");
      if (planned !== null) throw this.error("Provider produced invalid plan", `Provider "${this.providerAddress}" planned a non-null destroy value for ${address}.`, address);
      return { address, action: "delete", before: prior, after: null, plannedPrivate: res.plannedPrivate as Uint8Array, requiresReplace: [] };
    }
    return { address, action: "delete", before: prior, after: null, plannedPrivate: priv, requiresReplace: [] };
  }

  private async planDataSource(w: Walk, address: string, input: Readonly<Record<string, unknown>>, values: Map<string, Value>, changes: PlannedChange[]): Promise<Value> {
    const { type: typeName } = parseAddress(address);
    const schema = this.dataSchema(w, typeName);
    const type = impliedType(schema.block);
    let dependsOnChange = false;
    const cfg = this.evaluate(schema.block, input, (r) => {
      if (changes.some((c) => c.address === r.address && c.action !== "no-op")) dependsOnChange = true;
      return this.resolveRef(values, r);
    }, address);
    const v = await w.proc.call("ValidateDataResourceConfig", { typeName, config: encodeDynamicValue(cfg, type) });
    this.checkDiagnostics(w, v.diagnostics, address);
    if (dependsOnChange || !isWhollyKnown(cfg)) {
      const planned = plannedDataObject(schema.block, cfg);
      changes.push({ address, action: "read", before: null, after: planned, plannedPrivate: new Uint8Array(0), requiresReplace: [] });
      return planned;
    }
    return this.readData(w, address, cfg);
  }

  private async readData(w: Walk, address: string, cfg: ObjectValue): Promise<ObjectValue> {
    const { type: typeName } = parseAddress(address);
    const type = impliedType(this.dataSchema(w, typeName).block);
    const res = await w.proc.call("ReadDataSource", { typeName, config: encodeDynamicValue(cfg, type), clientCapabilities: { deferralAllowed: true } });
    this.checkDiagnostics(w, res.diagnostics, address);
    const state = this.decode(res.state, type, address, "ReadDataSource");
    if (state === null) throw this.error("Provider produced null object", `Provider "${this.providerAddress}" produced a null value for ${address}.`, address);
    this.requireWhollyKnown(state, address, "Provider produced invalid object");
    return state as ObjectValue;
  }

  private async applyWalk(w: Walk, config: RootConfig, plan: Plan): Promise<TerraformState> {
    await this.configure(w, config);
    const resources: Record<string, StateObject> = { ...plan.refreshed.resources };
    const values = new Map<string, Value>();
    const byAddress = new Map(plan.changes.map((c) => [c.address, c]));
    const errors: CoreDiagnostic[] = [];
    const fail = (err: unknown): never => {
      if (err instanceof TerraformError) throw new TerraformError(err.diagnostics, { resources });
      throw err;
    };

    for (const r of config.resources ?? []) {
      const addr = parseAddress(r.address);
      const change = byAddress.get(r.address);
      if (addr.mode === "data") {
        if (change?.action === "read") {
          const schema = this.dataSchema(w, addr.type);
          const cfg = this.evaluate(schema.block, r.config, (ref) => this.resolveRef(values, ref), r.address);
          values.set(r.address, await this.readData(w, r.address, cfg).catch(fail));
        } else values.set(r.address, plan.dataValues[r.address] ?? null);
        continue;
      }
      if (!change) continue;
      const schema = this.resourceSchema(w, addr.type);
      const type = impliedType(schema.block);
      if (change.action === "no-op") {
        values.set(r.address, change.after);
        continue;
      }
      let prior: ObjectValue | null = change.before;
      let priorPrivate = new Uint8Array(0);
      const stored = resources[r.address];
      if (stored && change.action !== "create") {
        prior = await this.upgrade(w, r.address, stored).catch(fail);
        priorPrivate = Buffer.from(stored.private, "base64");
      }
      if (change.action === "replace") {
        const after = { ...resources };
        const next = await this.applyDelete(w, { ...change, before: prior, after: null, plannedPrivate: priorPrivate }, { resources: after }).catch(fail);
        delete resources[r.address];
        Object.assign(resources, next.resources);
        prior = null;
        priorPrivate = new Uint8Array(0);
      }
      const cfg = this.evaluate(schema.block, r.config, (ref) => this.resolveRef(values, ref), r.address);
      if (!isWhollyKnown(cfg)) fail(this.error("Configuration contains unknown value", `configuration for ${r.address} still contains unknown values during apply: ${unknownPaths(cfg).join(", ")}`, r.address));
      const warnings: WireDiagnostic[] = [];
      const final = await this.planResource(w, r.address, schema, type, prior, priorPrivate, cfg, warnings).catch(fail);
      const finalAction = change.action === "replace" && final.action === "create" ? "replace" : final.action;
      const problems: string[] = [];
      if (finalAction !== change.action && !(change.action === "update" && finalAction === "no-op")) {
        problems.push(`When expanding the plan for ${r.address} to include new values learned so far during apply, provider "${this.providerAddress}" changed the planned action from ${change.action} to ${finalAction}.`);
      }
      for (const e of assertObjectCompatible(schema.block, change.after, final.after)) {
        problems.push(`When expanding the plan for ${r.address} to include new values learned so far during apply, provider "${this.providerAddress}" produced an invalid new value for ${e}.`);
      }
      if (problems.length) {
        fail(new TerraformError(problems.map((detail) => ({ severity: "error", summary: "Provider produced inconsistent final plan", detail: `${detail}\n\nThis is a bug in the provider, which should be reported in the provider's own issue tracker.`, address: r.address }))));
      }
      if (finalAction === "no-op") {
        values.set(r.address, prior);
        continue;
      }
      const res = await w.proc.call("ApplyResourceChange", {
        typeName: addr.type,
        priorState: encodeDynamicValue(prior, type),
        plannedState: encodeDynamicValue(final.after, type),
        config: encodeDynamicValue(cfg, type),
        plannedPrivate: final.plannedPrivate,
      });
      const applyDiags = (res.diagnostics as Message[]).map(diagnosticFromProto);
      const hasError = applyDiags.some((d) => d.severity !== "warning");
      let newValue = this.decode(res.newState, type, r.address, "ApplyResourceChange") as ObjectValue | null;
      const diags: CoreDiagnostic[] = applyDiags.map((d) => ({ severity: d.severity === "warning" ? "warning" : "error", summary: d.summary, ...(d.detail ? { detail: d.detail } : {}), address: r.address }));
      if (newValue !== null && !isWhollyKnown(newValue)) {
        for (const p of unknownPaths(newValue)) diags.push({ severity: "error", summary: "Provider returned invalid result object after apply", detail: `After the apply operation, the provider still indicated an unknown value for ${r.address}.${p}. All values must be known after apply, so this is always a bug in the provider.`, address: r.address });
        newValue = stripUnknown(newValue) as ObjectValue;
      }
      if (!diags.some((d) => d.severity === "error")) {
        for (const e of assertObjectCompatible(schema.block, final.after, newValue)) {
          diags.push({ severity: "error", summary: "Provider produced inconsistent result after apply", detail: `When applying changes to ${r.address}, provider "${this.providerAddress}" produced an unexpected new value: ${e}.\n\nThis is a bug in the provider, which should be reported in the provider's own issue tracker.`, address: r.address });
        }
        if (newValue === null) diags.push({ severity: "error", summary: "Provider returned invalid result object after apply", detail: `After applying a ${finalAction} plan, the provider returned a null object for ${r.address}.`, address: r.address });
      }
      if (newValue !== null) {
        const status = hasError && (finalAction === "create" || finalAction === "replace") ? "tainted" : undefined;
        resources[r.address] = this.stateObject(addr.type, schema, newValue, res.private as Uint8Array, status);
      } else if (!hasError) delete resources[r.address];
      values.set(r.address, newValue);
      if (diags.some((d) => d.severity === "error")) {
        errors.push(...diags.filter((d) => d.severity === "error"));
        break;
      }
    }
    if (errors.length) throw new TerraformError(errors, { resources });
    let current: TerraformState = { resources };
    for (const change of [...plan.changes].reverse()) {
      if (change.action === "delete") current = await this.applyDelete(w, change, current).catch(fail);
    }
    return current;
  }

  private async applyDelete(w: Walk, change: PlannedChange, state: TerraformState): Promise<TerraformState> {
    const stored = state.resources[change.address];
    if (!stored) return state;
    const schema = this.resourceSchema(w, stored.type);
    const type = impliedType(schema.block);
    const prior = await this.upgrade(w, change.address, stored);
    const res = await w.proc.call("ApplyResourceChange", {
      typeName: stored.type,
      priorState: encodeDynamicValue(prior, type),
      plannedState: encodeDynamicValue(null, type),
      config: encodeDynamicValue(null, type),
      plannedPrivate: change.plannedPrivate.length ? change.plannedPrivate : Buffer.from(stored.private, "base64"),
    });
    this.checkDiagnostics(w, res.diagnostics, change.address, state);
    const after = this.decode(res.newState, type, change.address, "ApplyResourceChange (delete)");
    if (after !== null) {
      throw new TerraformError([{ severity: "error", summary: "Provider returned invalid result object after apply", detail: `After applying a delete plan, the provider returned a non-null object for ${change.address}. Destroying should always produce a null value.`, address: change.address }], state);
    }
    const { [change.address]: _gone, ...rest } = state.resources;
    return { resources: rest };
  }

  // ------------------------------------------------------------------ state

  private async refreshObject(w: Walk, address: string, obj: StateObject): Promise<{ value: ObjectValue; object: StateObject } | undefined> {
    const schema = this.resourceSchema(w, obj.type);
    const type = impliedType(schema.block);
    const upgraded = await this.upgrade(w, address, obj);
    const res = await w.proc.call("ReadResource", {
      typeName: obj.type,
      currentState: encodeDynamicValue(upgraded, type),
      private: Buffer.from(obj.private, "base64"),
      clientCapabilities: { deferralAllowed: true },
    });
    this.checkDiagnostics(w, res.diagnostics, address);
    const value = this.decode(res.newState, type, address, "ReadResource");
    if (value === null) return undefined;
    this.requireWhollyKnown(value, address, "Provider produced invalid object");
    return { value: value as ObjectValue, object: this.stateObject(obj.type, schema, value as ObjectValue, res.private as Uint8Array, obj.status) };
  }

  private async upgrade(w: Walk, address: string, obj: StateObject): Promise<ObjectValue> {
    const schema = this.resourceSchema(w, obj.type);
    const type = impliedType(schema.block);
    const current = schema.version ?? 0;
    if (obj.schemaVersion > current) {
      throw this.error("Resource instance managed by newer provider version", `The current state of ${address} was created by a newer provider version than is currently selected.`, address);
    }
    let json = obj.attributes;
    if (obj.schemaVersion === current) json = Object.fromEntries(Object.entries(json).filter(([k]) => k in type[1]));
    const res = await w.proc.call("UpgradeResourceState", {
      typeName: obj.type,
      version: obj.schemaVersion,
      rawState: { json: new TextEncoder().encode(JSON.stringify(json)) },
    });
    this.checkDiagnostics(w, res.diagnostics, address);
    const value = this.decode(res.upgradedState, type, address, "UpgradeResourceState");
    if (value === null) throw this.error("Provider produced invalid object", `UpgradeResourceState returned null for ${address}.`, address);
    this.requireWhollyKnown(value, address, "Provider produced invalid object");
    return value as ObjectValue;
  }

  private stateObject(type: string, schema: Schema, value: ObjectValue, priv: Uint8Array, status?: "tainted"): StateObject {
    const t = impliedType(schema.block);
    const attributes = encodeJsonValue(value, t) as Record<string, unknown>;
    // Round-trip through JSON like core's state file, so later walks see exactly what core would send.
    decodeJsonValue(JSON.parse(JSON.stringify(attributes)), t);
    return { type, schemaVersion: schema.version ?? 0, attributes, private: Buffer.from(priv).toString("base64"), ...(status ? { status } : {}) };
  }

  // ------------------------------------------------------------------ helpers

  private resourceSchema(w: Walk, type: string): Schema {
    const s = w.schemas.provider.resources[type];
    if (!s) throw this.error("Invalid resource type", `The provider does not support resource type "${type}".`);
    return s;
  }

  private dataSchema(w: Walk, type: string): Schema {
    const s = w.schemas.provider.dataSources?.[type];
    if (!s) throw this.error("Invalid data source", `The provider does not support data source "${type}".`);
    return s;
  }

  private evaluate(block: Block, input: Readonly<Record<string, unknown>>, resolve: (r: Ref) => Value, where: string): ObjectValue {
    const { value, problems } = evaluateConfig(block, input, resolve, where);
    if (problems.length) throw new TerraformError(problems.map((p) => ({ severity: "error", summary: p.summary, detail: p.detail, address: where })));
    return value;
  }

  private resolveRef(values: Map<string, Value>, r: Ref): Value {
    if (!values.has(r.address)) throw this.error("Reference to undeclared resource", `A reference to ${r.address} appears before it (list dependencies first).`);
    return valueAt(values.get(r.address) as Value, r.path);
  }

  /** Decodes a provider's DynamicValue strictly; a malformed one is reported like core would. */
  private decode(dv: Message | undefined, type: ObjectType, address: string, what: string): Value {
    if (dv && (dv.json as Uint8Array).length > 0 && (dv.msgpack as Uint8Array).length === 0) {
      throw this.error("Provider answered in JSON", `${what} for ${address} came as DynamicValue.json; providers must answer in msgpack (JSON cannot carry unknowns).`, address);
    }
    try {
      return decodeDynamicValue(dv, type);
    } catch (err) {
      throw this.error("Provider produced invalid object", `Provider "${this.providerAddress}" returned a value for ${address} (${what}) that does not conform to the schema: ${(err as Error).message}.`, address);
    }
  }

  private decodePlanned(dv: Message | undefined, type: ObjectType, address: string): ObjectValue {
    const v = this.decode(dv, type, address, "PlanResourceChange");
    if (v === null) throw this.error("Provider produced invalid plan", `Provider "${this.providerAddress}" planned a null object for ${address}: planned for absence but config wants existence.`, address);
    return v as ObjectValue;
  }

  private requireWhollyKnown(v: Value, address: string, summary: string): void {
    if (!isWhollyKnown(v)) throw this.error(summary, `Provider "${this.providerAddress}" produced a value for ${address} that is not wholly known: ${unknownPaths(v).join(", ")}.`, address);
  }

  /** Errors abort the step; warnings are returned. Severity INVALID and bad paths are provider bugs. */
  private checkDiagnostics(w: Walk, raw: Message[] | undefined, address: string, state?: TerraformState): WireDiagnostic[] {
    const diags = (raw ?? []).map(diagnosticFromProto);
    const errors: CoreDiagnostic[] = [];
    const block = this.blockFor(w, address);
    for (const d of diags) {
      if (d.attribute && d.attribute.length > 0 && block && !pathValue(impliedType(block), null, d.attribute)) {
        errors.push({ severity: "error", summary: "Provider returned a diagnostic with an invalid attribute path", detail: `${d.summary}: the path ${formatAttributePath(d.attribute)} does not exist in the schema of ${address}. This is a bug in the provider.`, address });
        continue;
      }
      if (d.severity === "invalid") errors.push({ severity: "error", summary: "Provider returned a diagnostic with severity INVALID (0)", detail: `${d.summary}: ${d.detail ?? ""} — diagnostics must be ERROR or WARNING. This is a bug in the provider.`, address });
      else if (d.severity === "error") errors.push({ severity: "error", summary: d.summary, detail: d.attribute ? `${d.detail ?? ""}\n(at ${formatAttributePath(d.attribute)})` : (d.detail ?? ""), address });
    }
    if (errors.length) throw new TerraformError(errors, state);
    return diags;
  }

  private blockFor(w: Walk, address: string): Block | undefined {
    if (address === "provider") return w.schemas.provider.provider.block;
    try {
      const a = parseAddress(address);
      return (a.mode === "data" ? w.schemas.provider.dataSources?.[a.type] : w.schemas.provider.resources[a.type])?.block;
    } catch {
      return undefined;
    }
  }

  private error(summary: string, detail?: string, address?: string): TerraformError {
    return new TerraformError([{ severity: "error", summary, ...(detail ? { detail } : {}), ...(address ? { address } : {}) }]);
  }
}

function describeDiff(c: PlannedChange): string {
  const keys = new Set([...Object.keys(c.before ?? {}), ...Object.keys(c.after ?? {})]);
  const diffs = [...keys]
    .filter((k) => renderValue(c.before?.[k] ?? null) !== renderValue(c.after?.[k] ?? null))
    .map((k) => `${k}: ${renderValue(c.before?.[k] ?? null)} → ${renderValue(c.after?.[k] ?? null)}`);
  return diffs.join("; ") || "(no attribute differs; sets or unknowns)";
}

/** What core plans for a data source read deferred to apply: computed and unset → unknown. */
function plannedDataObject(block: Block, config: ObjectValue): ObjectValue {
  const out: ObjectValue = { ...config };
  for (const [name, attr] of Object.entries(block.attributes ?? {})) {
    if (attr.computed && (config[name] ?? null) === null) out[name] = Unknown;
  }
  return out;
}

function stripUnknown(v: Value): Value {
  if (v === Unknown) return null;
  if (Array.isArray(v)) return v.map(stripUnknown);
  if (v !== null && typeof v === "object") return Object.fromEntries(Object.entries(v).map(([k, e]) => [k, stripUnknown(e)]));
  return v;
}

/** The value and type at an attribute path, or undefined when the path does not exist. */
function pathValue(type: CtyType, value: Value, path: AttributePath): { type: CtyType; value: Value } | undefined {
  let t: CtyType = type;
  let v: Value = value;
  for (const step of path) {
    if (typeof t === "string") return undefined;
    if (typeof step === "string") {
      if (t[0] !== "object" || !(step in t[1])) return undefined;
      t = t[1][step] as CtyType;
      v = v !== null && typeof v === "object" && !Array.isArray(v) && v !== Unknown ? ((v as ObjectValue)[step] ?? null) : null;
    } else if (typeof step === "number") {
      if (t[0] !== "list" && t[0] !== "set") return undefined;
      t = t[1];
      v = Array.isArray(v) ? (v[step] ?? null) : null;
    } else {
      if (t[0] !== "map") return undefined;
      t = t[1];
      v = v !== null && typeof v === "object" && !Array.isArray(v) && v !== Unknown ? ((v as ObjectValue)[step.key] ?? null) : null;
    }
  }
  return { type: t, value: v };
}
