// frr-iac as a Terraform/OpenTofu provider: the registry's resources and the status data sources,
// served by the protocol layer. One provider configuration is one host.
import { FrrIacError, ValidationError, type Issue } from "../errors";
import { deepEqual } from "../frr/path";
import type { Engine } from "../engine/engine";
import { connectionShape } from "../schema/connection";
import type { Field, Shape } from "../schema/field";
import { toSnakeCase } from "../schema/naming";
import { validateShape } from "../schema/validate";
import { diffSpecs } from "../engine/diff";
import { kindNames, registry } from "../resources/registry";
import type { AnyResourceKind } from "../resources/resource-kind";
import { validateSpec } from "../resources/validate-spec";
import { BGPD_PROBE, bgpdAnswered, bgpdSilentError } from "../engine/bgpd-answers";
import { dataSources } from "./data-sources";
import { DiagnosticsError, type Diagnostic } from "./protocol/diagnostics";
import type { AttributePath } from "./protocol/attribute-path";
import type { ProviderImpl } from "./protocol/provider-impl";
import type { ProviderSchema } from "./protocol/schema";
import { isUnknown, isWhollyKnown, Unknown, type ObjectValue, type Value } from "./protocol/value";
import { providerSchema, typeNameOf } from "./tf-schema";
import { represent, toInput, toValue } from "./tf-values";

export interface ProviderConnection {
  readonly spec: Record<string, unknown>;
  readonly persist: boolean;
}

/** Creates the engine once the provider block is known (lazily, so `validate` needs no SSH). */
export type EngineFactory = (connection: ProviderConnection) => Engine<ProviderConnection>;

const kindsByType = new Map<string, AnyResourceKind>(kindNames.map((name) => [typeNameOf(registry[name]), registry[name]]));

function kindFor(typeName: string): AnyResourceKind {
  const kind = kindsByType.get(typeName);
  if (!kind) throw new FrrIacError("FRR_UNSUPPORTED", `this provider has no resource type ${typeName}`);
  return kind;
}

/** Issue paths ("addressFamilies.ipv4Unicast.routeMapIn", "entries[2].prefix") as Terraform attribute paths. */
export function issuePath(path: string): AttributePath {
  const steps: (string | number)[] = [];
  for (const part of path.split(".")) {
    const match = /^([^[]+)((?:\[\d+\])*)$/.exec(part);
    if (!match) continue;
    steps.push(toSnakeCase(match[1]!));
    for (const index of match[2]!.matchAll(/\[(\d+)\]/g)) steps.push(Number(index[1]));
  }
  return steps;
}

function issueDiagnostics(subject: string, issues: readonly Issue[]): Diagnostic[] {
  return issues.map((issue) => ({
    severity: "error" as const,
    summary: `${subject}: ${issue.code}`,
    detail: `${issue.path === "" ? "" : `\`${issue.path}\` `}${issue.input === undefined ? "" : `${JSON.stringify(issue.input)} `}${issue.message}`,
    ...(issue.path === "" ? {} : { attribute: issuePath(issue.path) }),
  }));
}

function specOf(kind: AnyResourceKind, value: ObjectValue | null, subject: string): Record<string, unknown> {
  const result = validateSpec(kind, toInput(kind.fields, value));
  if (result.issues.length > 0) throw new DiagnosticsError(issueDiagnostics(subject, result.issues));
  return result.spec as Record<string, unknown>;
}

function statusValue(kind: AnyResourceKind, status: Record<string, unknown>): Value {
  if (Object.keys(kind.status).length === 0) return null;
  const out: Record<string, Value> = {};
  for (const name of Object.keys(kind.status)) out[toSnakeCase(name)] = (status[name] as Value | undefined) ?? null;
  return out;
}

function withComputed(kind: AnyResourceKind, value: ObjectValue, id: Value, status: Value): ObjectValue {
  return Object.keys(kind.status).length > 0 ? { ...value, id, status } : { ...value, id };
}

function unmanagedWarning(kind: AnyResourceKind, id: string, lines: readonly string[]): Diagnostic[] {
  if (lines.length === 0) return [];
  return [
    {
      severity: "warning",
      summary: `${kind.className} ${id} has lines frr-iac does not manage`,
      detail: `These lines are in the resource's scope but not understood; frr-iac leaves them alone:\n  ${lines.join("\n  ")}`,
    },
  ];
}

export function createFrrProvider(createEngine: EngineFactory): ProviderImpl {
  let connection: ProviderConnection | undefined;
  let pendingConfig = false;
  let engine: Engine<ProviderConnection> | undefined;
  let schema: ProviderSchema | undefined;
  const ready = (): { engine: Engine<ProviderConnection>; connection: ProviderConnection } => {
    if (pendingConfig) {
      throw new FrrIacError(
        "FRR_UNSUPPORTED",
        "the frr provider block uses values that are known only after apply (e.g. a host address from another resource), so the host cannot be reached yet. " +
          "Create those resources first (`terraform apply -target=...`), or give the provider block values known at plan time.",
      );
    }
    if (!connection) throw new FrrIacError("FRR_UNSUPPORTED", "the frr provider is not configured: give it `host` and credentials in a `provider \"frr\"` block");
    engine ??= createEngine(connection);
    return { engine, connection };
  };

  return {
    schema: () => (schema ??= providerSchema(kindNames.map((n) => registry[n]))),

    validateProviderConfig({ config }) {
      if (!isWhollyKnown(config)) return [];
      const issues = validateConnection(config);
      return issueDiagnostics("frr provider", issues);
    },

    async configureProvider({ config }) {
      pendingConfig = !isWhollyKnown(config);
      if (pendingConfig) return [];
      const issues = validateConnection(config);
      if (issues.length > 0) return issueDiagnostics("frr provider", issues);
      const spec = toInput(connectionShape, config);
      connection = { spec, persist: config["persist"] !== false };
      return [];
    },

    validateResourceConfig({ typeName, config }) {
      const kind = kindFor(typeName);
      const result = validateSpec(kind, toInput(kind.fields, config));
      return issueDiagnostics(kind.className, result.issues);
    },

    async readResource({ typeName, currentState }) {
      const kind = kindFor(typeName);
      const { engine, connection } = ready();
      const prior = validateSpec(kind, toInput(kind.fields, currentState));
      const priorSpec = prior.spec as Record<string, unknown>;
      const state = await engine.read(connection, kind.name, priorSpec);
      // The engine has already made sure that bgpd answered before it reported "not found".
      if (!state.found || !state.spec) return { newState: null };
      const value = represent(kind.fields, currentState, priorSpec, state.spec);
      const id = typeof currentState["id"] === "string" ? currentState["id"] : kind.identity.idOf(state.spec);
      return { newState: withComputed(kind, value, id, statusValue(kind, state.status)), diagnostics: unmanagedWarning(kind, id, state.unmanaged) };
    },

    planResourceChange({ typeName, priorState, proposedNewState, config }) {
      if (proposedNewState === null || config === null) return { plannedState: null };
      const kind = kindFor(typeName);
      const input = toInput(kind.fields, config);
      const result = validateSpec(kind, input);
      if (result.issues.length > 0) throw new DiagnosticsError(issueDiagnostics(kind.className, result.issues));
      const next = result.spec as Record<string, unknown>;
      const diagnostics: Diagnostic[] = [];
      let planned: ObjectValue = { ...proposedNewState };
      if (priorState === null) {
        const identityKnown = kind.identity.fields.every((field) => !isUnknown(next[field] as Value));
        return { plannedState: withComputed(kind, planned, identityKnown && !result.partial ? kind.identity.idOf(next) : Unknown, Unknown) };
      }
      const before = validateSpec(kind, toInput(kind.fields, priorState)).spec as Record<string, unknown>;
      const requiresReplace: AttributePath[] = [];
      for (const [name, field] of Object.entries(kind.fields as Shape)) {
        if (!field.forcesReplacement) continue;
        if (isUnknown(next[name] as Value) || !sameSetting(field, before[name], next[name])) requiresReplace.push([toSnakeCase(name)]);
      }
      const diff = result.partial ? undefined : diffSpecs(kind.fields, before, next);
      const changed = result.partial || (diff?.changed.length ?? 0) > 0;
      for (const path of diff?.resets ?? []) {
        const attribute = issuePath(path);
        const name = attribute.join(".");
        diagnostics.push({
          severity: "warning",
          summary: `Changing ${name} resets a BGP session`,
          detail: `${kind.className} ${kind.identity.idOf(before)}: FRR restarts the session to apply \`${name}\`; routes from this neighbor are withdrawn until it is back up.`,
          attribute,
        });
      }
      // Same meaning, different spelling: keep the prior spelling so the plan shows no change.
      planned = keepPriorSpelling(kind.fields, planned, priorState, before, next);
      planned = withComputed(kind, planned, priorState["id"] ?? Unknown, changed ? Unknown : (priorState["status"] ?? null));
      return { plannedState: planned, requiresReplace, diagnostics };
    },

    async applyResourceChange({ typeName, priorState, plannedState }) {
      const kind = kindFor(typeName);
      const { engine, connection } = ready();
      if (plannedState === null) {
        if (priorState) await engine.delete(connection, kind.name, validateSpec(kind, toInput(kind.fields, priorState)).spec as Record<string, unknown>);
        return { newState: null };
      }
      const spec = specOf(kind, plannedState, kind.className);
      const outcome = priorState === null ? await engine.create(connection, kind.name, spec) : await engine.update(connection, kind.name, spec);
      const id = typeof plannedState["id"] === "string" ? plannedState["id"] : kind.identity.idOf(spec);
      return { newState: withComputed(kind, { ...plannedState }, id, statusValue(kind, outcome.status)), diagnostics: unmanagedWarning(kind, id, outcome.unmanaged) };
    },

    async importResourceState({ typeName, id }) {
      const kind = kindFor(typeName);
      const { engine, connection } = ready();
      try {
        const state = await engine.importById(connection, kind.name, id);
        return { importedResources: [{ typeName, state: withComputed(kind, toValue(kind.fields, state.spec), id, statusValue(kind, state.status)) }] };
      } catch (error) {
        if (error instanceof ValidationError) throw new DiagnosticsError(issueDiagnostics(kind.className, error.issues));
        throw error;
      }
    },

    validateDataResourceConfig: () => [],

    async readDataSource({ typeName, config }) {
      const source = dataSources[typeName];
      if (!source) throw new FrrIacError("FRR_UNSUPPORTED", `this provider has no data source ${typeName}`);
      const { engine, connection } = ready();
      await requireBgpd(engine, connection, `data source ${typeName}`);
      return { state: await source.read(engine, connection, config) };
    },

    async close() {
      await engine?.close();
    },
  };
}

/** The status data sources are empty, not errors, when bgpd is down: ask bgpd first. */
async function requireBgpd(engine: Engine<ProviderConnection>, connection: ProviderConnection, what: string): Promise<void> {
  const probe = await engine.shows(connection, [BGPD_PROBE]);
  if (!bgpdAnswered(probe.shows[BGPD_PROBE])) throw bgpdSilentError(engine.queueFor(connection).port.description, probe.shows[BGPD_PROBE], what);
}

/**
 * Terraform allows a planned value to be the prior value instead of the config value; where both
 * mean the same (canonical forms equal), the prior one is planned. Attributes null in config stay null.
 */
function keepPriorSpelling(shape: Shape, planned: ObjectValue, prior: ObjectValue, canonicalPrior: Record<string, unknown>, canonicalNext: Record<string, unknown>): ObjectValue {
  const out: ObjectValue = { ...planned };
  for (const [name, field] of Object.entries(shape)) {
    const key = toSnakeCase(name);
    if (planned[key] === null || planned[key] === undefined || prior[key] === null || prior[key] === undefined) continue;
    if (deepEqual(canonicalPrior[name], canonicalNext[name])) out[key] = prior[key]!;
    else if (field.kind === "object" && isPlainObject(planned[key]) && isPlainObject(prior[key])) {
      out[key] = keepPriorSpelling(field.shape, planned[key] as ObjectValue, prior[key] as ObjectValue, (canonicalPrior[name] ?? {}) as Record<string, unknown>, (canonicalNext[name] ?? {}) as Record<string, unknown>);
    }
  }
  return out;
}

/**
 * Unset and set to the fixed default are the same object on the router: writing `type =
 * "address"` into the config of an imported peer (whose state says null) is an in-place update
 * that sends nothing, never a replacement.
 */
function sameSetting(field: Field, before: unknown, after: unknown): boolean {
  const isDefault = (value: unknown): boolean => value === undefined || value === null || (field.defaultValue !== undefined && deepEqual(value, field.defaultValue));
  return deepEqual(before ?? undefined, after ?? undefined) || (isDefault(before) && isDefault(after));
}

function isPlainObject(value: Value | undefined): boolean {
  return typeof value === "object" && value !== null && !Array.isArray(value) && !isUnknown(value);
}

/** Connection checks done without connecting (the transport validates in depth at connect time). */
function validateConnection(config: ObjectValue): Issue[] {
  const result = validateShape(connectionShape, toInput(connectionShape, config));
  return result.issues.map((issue) => ({ ...issue, ...(connectionShape[issue.path as keyof typeof connectionShape]?.sensitive ? { input: undefined } : {}) }));
}
