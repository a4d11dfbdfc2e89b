import type { AttributePath } from "./attribute-path";
import type { Diagnostic } from "./diagnostics";
import type { ProviderSchema } from "./schema";
import type { ObjectValue } from "./value";

/**
 * What a Terraform provider implements on top of this layer. Every value is a plain JS value
 * decoded against the schema (see value.ts): objects carry every attribute, unset ones are null,
 * values not known yet are `Unknown`. Methods may be async. Throwing is fine: the error becomes
 * an error diagnostic (throw DiagnosticsError for several, or with attribute paths).
 *
 * Optional methods have the defaults documented on each.
 */
export interface ProviderImpl {
  /** Called once per process; must be cheap and deterministic. */
  schema(): ProviderSchema;

  /** Config may contain unknowns. @default no diagnostics */
  validateProviderConfig?(req: ValidateProviderConfigRequest): Awaitable<Diagnostic[] | void>;
  /** Called once per walk before any resource operation (config may contain unknowns). @default no-op */
  configureProvider?(req: ConfigureProviderRequest): Awaitable<Diagnostic[] | void>;
  /** Config may contain unknowns. @default no diagnostics */
  validateResourceConfig?(req: ValidateResourceConfigRequest): Awaitable<Diagnostic[] | void>;
  /**
   * Called on every walk for every object in state, even at the same version.
   * @default at the current schema version, the stored JSON is read against the current schema
   * (absent attributes become null, attributes no longer in the schema are dropped); an older
   * version is an error.
   */
  upgradeResourceState?(req: UpgradeResourceStateRequest): Awaitable<UpgradeResourceStateResponse>;
  /** Return newState null when the object is gone. Must be wholly known. */
  readResource(req: ReadResourceRequest): Awaitable<ReadResourceResponse>;
  /** See the PlanResourceChange contract in docs/dev/terraform-protocol.md. */
  planResourceChange(req: PlanResourceChangeRequest): Awaitable<PlanResourceChangeResponse>;
  /** plannedState null means delete; must then return newState null. */
  applyResourceChange(req: ApplyResourceChangeRequest): Awaitable<ApplyResourceChangeResponse>;
  /** @default an error saying the resource type does not support import */
  importResourceState?(req: ImportResourceStateRequest): Awaitable<ImportResourceStateResponse>;
  /** @default no diagnostics */
  validateDataResourceConfig?(req: ValidateDataResourceConfigRequest): Awaitable<Diagnostic[] | void>;
  /** @default an error saying data sources are not implemented */
  readDataSource?(req: ReadDataSourceRequest): Awaitable<ReadDataSourceResponse>;
  /** Ctrl-C in Terraform: abort in-flight work soon. Return a message if stopping failed. */
  stop?(): Awaitable<string | void>;
  /** The process is about to exit (GRPCController.Shutdown or parent gone): release connections. */
  close?(): Awaitable<void>;
}

export type Awaitable<T> = T | Promise<T>;

export interface ClientCapabilities {
  readonly deferralAllowed: boolean;
  readonly writeOnlyAttributesAllowed: boolean;
}

export interface ValidateProviderConfigRequest {
  readonly config: ObjectValue;
}

export interface ConfigureProviderRequest {
  readonly terraformVersion: string;
  readonly config: ObjectValue;
  readonly clientCapabilities: ClientCapabilities;
}

export interface ValidateResourceConfigRequest {
  readonly typeName: string;
  readonly config: ObjectValue;
  readonly clientCapabilities: ClientCapabilities;
}

export interface ValidateDataResourceConfigRequest {
  readonly typeName: string;
  readonly config: ObjectValue;
}

export interface UpgradeResourceStateRequest {
  readonly typeName: string;
  /** The schema version recorded in state. */
  readonly version: number;
  /** The stored attributes, JSON.parse'd (absent for legacy flatmap state). */
  readonly json?: unknown;
  /** Legacy SDKv1 flatmap state; never written by this layer. */
  readonly flatmap?: Readonly<Record<string, string>>;
}

export interface UpgradeResourceStateResponse {
  /** The object under the current schema: wholly known, every attribute present. */
  readonly upgradedState: ObjectValue | null;
  readonly diagnostics?: Diagnostic[];
}

export interface ReadResourceRequest {
  readonly typeName: string;
  readonly currentState: ObjectValue;
  readonly private: Uint8Array;
  readonly clientCapabilities: ClientCapabilities;
}

export interface ReadResourceResponse {
  readonly newState: ObjectValue | null;
  /** @default the request's private bytes, unchanged */
  readonly private?: Uint8Array;
  readonly diagnostics?: Diagnostic[];
}

export interface PlanResourceChangeRequest {
  readonly typeName: string;
  /** null on create. */
  readonly priorState: ObjectValue | null;
  /** null on destroy (plan_destroy is advertised). */
  readonly proposedNewState: ObjectValue | null;
  readonly config: ObjectValue | null;
  readonly priorPrivate: Uint8Array;
  readonly clientCapabilities: ClientCapabilities;
}

export interface PlanResourceChangeResponse {
  readonly plannedState: ObjectValue | null;
  readonly requiresReplace?: AttributePath[];
  /** @default empty */
  readonly plannedPrivate?: Uint8Array;
  readonly diagnostics?: Diagnostic[];
}

export interface ApplyResourceChangeRequest {
  readonly typeName: string;
  readonly priorState: ObjectValue | null;
  readonly plannedState: ObjectValue | null;
  readonly config: ObjectValue | null;
  readonly plannedPrivate: Uint8Array;
}

export interface ApplyResourceChangeResponse {
  readonly newState: ObjectValue | null;
  /** Stored in state and handed back to read/plan. @default empty */
  readonly private?: Uint8Array;
  readonly diagnostics?: Diagnostic[];
}

export interface ImportResourceStateRequest {
  readonly typeName: string;
  readonly id: string;
  readonly clientCapabilities: ClientCapabilities;
}

export interface ImportedResource {
  /** @default the requested type name */
  readonly typeName?: string;
  /** May be partial (unset attributes null); core calls readResource on it next. */
  readonly state: ObjectValue;
  readonly private?: Uint8Array;
}

export interface ImportResourceStateResponse {
  readonly importedResources: ImportedResource[];
  readonly diagnostics?: Diagnostic[];
}

export interface ReadDataSourceRequest {
  readonly typeName: string;
  readonly config: ObjectValue;
  readonly clientCapabilities: ClientCapabilities;
}

export interface ReadDataSourceResponse {
  readonly state: ObjectValue | null;
  readonly diagnostics?: Diagnostic[];
}
