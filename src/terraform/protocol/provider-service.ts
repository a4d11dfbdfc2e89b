import type { ObjectType } from "./cty-type";
import { diagnosticsFromError, errorDiagnostic, type Diagnostic } from "./diagnostics";
import { diagnosticToProto } from "./diagnostics-proto";
import { decodeDynamicValue, encodeDynamicValue } from "./dynamic-value";
import { attributePathToProto } from "./attribute-path-proto";
import { decodeJsonValue } from "./json-value";
import type { Logger } from "./logger";
import type { Message } from "./proto-codec";
import type { ProviderMethodName } from "./plugin-services";
import type { ClientCapabilities, ProviderImpl, UpgradeResourceStateResponse } from "./provider-impl";
import { impliedType, validateProviderSchema, type ProviderSchema, type Schema } from "./schema";
import { schemaToProto } from "./schema-proto";
import { isObjectValue, isWhollyKnown, unknownPaths, type ObjectValue, type Value } from "./value";

export type RpcHandler = (request: Message) => Promise<Message>;
export type ProviderService = Record<ProviderMethodName, RpcHandler>;

interface TypeInfo {
  readonly schema: Schema;
  readonly type: ObjectType;
}

/**
 * tfplugin6.Provider RPCs over a ProviderImpl: decodes every request into plain values, calls the
 * impl, encodes the answer, and turns anything thrown (by the impl or by decoding) into error
 * diagnostics. Knows nothing of gRPC; serveProvider wires it up.
 */
export function createProviderService(impl: ProviderImpl, log: Logger): ProviderService {
  const schema: ProviderSchema = impl.schema();
  const schemaIssues = validateProviderSchema(schema);
  for (const issue of schemaIssues) log.error(`invalid schema at ${issue.path}: ${issue.message}`);
  const provider: TypeInfo = { schema: schema.provider, type: impliedType(schema.provider.block) };
  const resources = new Map<string, TypeInfo>(
    Object.entries(schema.resources).map(([name, s]) => [name, { schema: s, type: impliedType(s.block) }]),
  );
  const dataSources = new Map<string, TypeInfo>(
    Object.entries(schema.dataSources ?? {}).map(([name, s]) => [name, { schema: s, type: impliedType(s.block) }]),
  );
  const serverCapabilities = { planDestroy: true, getProviderSchemaOptional: false, moveResourceState: false };

  let schemaMessage: Message | undefined;
  const schemaResponse = (): Message => {
    schemaMessage ??= {
      provider: schemaToProto(schema.provider),
      resourceSchemas: Object.fromEntries([...resources].map(([n, t]) => [n, schemaToProto(t.schema)])),
      dataSourceSchemas: Object.fromEntries([...dataSources].map(([n, t]) => [n, schemaToProto(t.schema)])),
      diagnostics: schemaIssues.map((i) =>
        diagnosticToProto(errorDiagnostic("Invalid provider schema", `${i.path}: ${i.message}. This is a bug in the provider.`)),
      ),
      serverCapabilities,
    };
    return schemaMessage;
  };

  const resource = (typeName: string): TypeInfo => {
    const info = resources.get(typeName);
    if (!info) throw new UnknownTypeError("resource", typeName, [...resources.keys()]);
    return info;
  };
  const dataSource = (typeName: string): TypeInfo => {
    const info = dataSources.get(typeName);
    if (!info) throw new UnknownTypeError("data source", typeName, [...dataSources.keys()]);
    return info;
  };

  /** Runs one RPC body; whatever it throws becomes diagnostics in field `diagField`. */
  const guard = (method: ProviderMethodName, summary: (req: Message) => string, body: (req: Message) => Promise<Message>): RpcHandler =>
    async (req) => {
      const started = performance.now();
      const what = req.typeName ? `${method} ${req.typeName}` : method;
      try {
        const res = await body(req);
        log.debug(`${what} done in ${(performance.now() - started).toFixed(1)} ms`);
        return res;
      } catch (err) {
        log.error(`${what} failed: ${err instanceof Error ? (err.stack ?? err.message) : String(err)}`);
        return { diagnostics: diagnosticsFromError(err, summary(req)).map(diagnosticToProto) };
      }
    };

  const diags = (d: readonly Diagnostic[] | void | undefined): Message[] => (d ?? []).map(diagnosticToProto);

  return {
    GetMetadata: guard("GetMetadata", () => "Provider metadata failed", async () => ({
      serverCapabilities,
      resources: [...resources.keys()].map((typeName) => ({ typeName })),
      dataSources: [...dataSources.keys()].map((typeName) => ({ typeName })),
    })),

    GetProviderSchema: guard("GetProviderSchema", () => "Provider schema failed", async () => schemaResponse()),

    GetFunctions: guard("GetFunctions", () => "Provider functions failed", async () => ({})),

    ValidateProviderConfig: guard("ValidateProviderConfig", () => "Invalid provider configuration", async (req) => {
      const config = objectOrEmpty(decodeDynamicValue(req.config, provider.type), provider.type);
      return { diagnostics: diags(await impl.validateProviderConfig?.({ config })) };
    }),

    ConfigureProvider: guard("ConfigureProvider", () => "Configuring the provider failed", async (req) => {
      const config = objectOrEmpty(decodeDynamicValue(req.config, provider.type), provider.type);
      return {
        diagnostics: diags(
          await impl.configureProvider?.({
            terraformVersion: req.terraformVersion as string,
            config,
            clientCapabilities: capabilities(req.clientCapabilities),
          }),
        ),
      };
    }),

    ValidateResourceConfig: guard("ValidateResourceConfig", (r) => `Invalid ${r.typeName} configuration`, async (req) => {
      const { type } = resource(req.typeName);
      const config = objectOrEmpty(decodeDynamicValue(req.config, type), type);
      return {
        diagnostics: diags(
          await impl.validateResourceConfig?.({ typeName: req.typeName, config, clientCapabilities: capabilities(req.clientCapabilities) }),
        ),
      };
    }),

    ValidateDataResourceConfig: guard("ValidateDataResourceConfig", (r) => `Invalid ${r.typeName} configuration`, async (req) => {
      const { type } = dataSource(req.typeName);
      const config = objectOrEmpty(decodeDynamicValue(req.config, type), type);
      return { diagnostics: diags(await impl.validateDataResourceConfig?.({ typeName: req.typeName, config })) };
    }),

    UpgradeResourceState: guard("UpgradeResourceState", (r) => `Upgrading the stored state of ${r.typeName} failed`, async (req) => {
      const info = resource(req.typeName);
      const raw = req.rawState as Message | undefined;
      const jsonBytes = raw?.json as Uint8Array | undefined;
      const json = jsonBytes && jsonBytes.length > 0 ? JSON.parse(new TextDecoder().decode(jsonBytes)) : undefined;
      const flatmap = raw && Object.keys(raw.flatmap as object).length > 0 ? (raw.flatmap as Record<string, string>) : undefined;
      const request = { typeName: req.typeName as string, version: req.version as number, json, ...(flatmap ? { flatmap } : {}) };
      const res: UpgradeResourceStateResponse = impl.upgradeResourceState
        ? await impl.upgradeResourceState(request)
        : defaultUpgrade(request, info);
      const upgraded = res.upgradedState;
      if (upgraded !== null) assertWhollyKnown(upgraded, `upgradeResourceState(${req.typeName})`);
      return { upgradedState: encodeDynamicValue(upgraded, info.type), diagnostics: diags(res.diagnostics) };
    }),

    ReadResource: guard("ReadResource", (r) => `Reading ${r.typeName} failed`, async (req) => {
      const { type } = resource(req.typeName);
      const currentState = asObject(decodeDynamicValue(req.currentState, type), "current_state");
      const res = await impl.readResource({
        typeName: req.typeName,
        currentState: currentState as ObjectValue,
        private: req.private as Uint8Array,
        clientCapabilities: capabilities(req.clientCapabilities),
      });
      if (res.newState !== null) assertWhollyKnown(res.newState, `readResource(${req.typeName})`);
      return {
        newState: encodeDynamicValue(res.newState, type),
        private: res.private ?? req.private,
        diagnostics: diags(res.diagnostics),
      };
    }),

    PlanResourceChange: guard("PlanResourceChange", (r) => `Planning ${r.typeName} failed`, async (req) => {
      const { type } = resource(req.typeName);
      const res = await impl.planResourceChange({
        typeName: req.typeName,
        priorState: asObject(decodeDynamicValue(req.priorState, type), "prior_state"),
        proposedNewState: asObject(decodeDynamicValue(req.proposedNewState, type), "proposed_new_state"),
        config: asObject(decodeDynamicValue(req.config, type), "config"),
        priorPrivate: req.priorPrivate as Uint8Array,
        clientCapabilities: capabilities(req.clientCapabilities),
      });
      if (res.plannedState === undefined) throw new Error(`planResourceChange(${req.typeName}) returned no plannedState (use null only for a destroy)`);
      return {
        plannedState: encodeDynamicValue(res.plannedState, type),
        requiresReplace: (res.requiresReplace ?? []).map(attributePathToProto),
        plannedPrivate: res.plannedPrivate ?? new Uint8Array(0),
        diagnostics: diags(res.diagnostics),
      };
    }),

    ApplyResourceChange: guard("ApplyResourceChange", (r) => `Applying ${r.typeName} failed`, async (req) => {
      const { type } = resource(req.typeName);
      const res = await impl.applyResourceChange({
        typeName: req.typeName,
        priorState: asObject(decodeDynamicValue(req.priorState, type), "prior_state"),
        plannedState: asObject(decodeDynamicValue(req.plannedState, type), "planned_state"),
        config: asObject(decodeDynamicValue(req.config, type), "config"),
        plannedPrivate: req.plannedPrivate as Uint8Array,
      });
      if (res.newState === undefined) throw new Error(`applyResourceChange(${req.typeName}) returned no newState (use null after a delete)`);
      if (res.newState !== null) assertWhollyKnown(res.newState, `applyResourceChange(${req.typeName})`);
      return {
        newState: encodeDynamicValue(res.newState, type),
        private: res.private ?? new Uint8Array(0),
        diagnostics: diags(res.diagnostics),
      };
    }),

    ImportResourceState: guard("ImportResourceState", (r) => `Importing ${r.typeName} failed`, async (req) => {
      resource(req.typeName);
      if (!impl.importResourceState) {
        return { diagnostics: diags([errorDiagnostic("Import not supported", `Resource type ${req.typeName} cannot be imported.`)]) };
      }
      const res = await impl.importResourceState({
        typeName: req.typeName,
        id: req.id,
        clientCapabilities: capabilities(req.clientCapabilities),
      });
      return {
        importedResources: res.importedResources.map((r) => {
          const typeName = r.typeName ?? (req.typeName as string);
          return { typeName, state: encodeDynamicValue(r.state, resource(typeName).type), private: r.private ?? new Uint8Array(0) };
        }),
        diagnostics: diags(res.diagnostics),
      };
    }),

    ReadDataSource: guard("ReadDataSource", (r) => `Reading data source ${r.typeName} failed`, async (req) => {
      const { type } = dataSource(req.typeName);
      if (!impl.readDataSource) throw new Error(`data source ${req.typeName} is declared in the schema but readDataSource is not implemented`);
      const config = asObject(decodeDynamicValue(req.config, type), "config") as ObjectValue;
      const res = await impl.readDataSource({ typeName: req.typeName, config, clientCapabilities: capabilities(req.clientCapabilities) });
      if (res.state !== null) assertWhollyKnown(res.state, `readDataSource(${req.typeName})`);
      return { state: encodeDynamicValue(res.state, type), diagnostics: diags(res.diagnostics) };
    }),

    StopProvider: async () => {
      try {
        const message = await impl.stop?.();
        return { error: message ?? "" };
      } catch (err) {
        return { error: err instanceof Error ? err.message : String(err) };
      }
    },
  };
}

export class UnknownTypeError extends Error {
  override readonly name = "UnknownTypeError";
  constructor(kind: string, typeName: string, known: string[]) {
    super(`this provider has no ${kind} type ${JSON.stringify(typeName)}; it has ${known.length ? known.join(", ") : "none"}`);
  }
}

function capabilities(m: Message | undefined): ClientCapabilities {
  return { deferralAllowed: m?.deferralAllowed === true, writeOnlyAttributesAllowed: m?.writeOnlyAttributesAllowed === true };
}

function asObject(v: Value, field: string): ObjectValue | null {
  if (v === null || isObjectValue(v)) return v;
  throw new Error(`${field} is not an object`);
}

/** Core sends an object for provider/resource config; be lenient if it is null. */
function objectOrEmpty(v: Value, type: ObjectType): ObjectValue {
  if (isObjectValue(v)) return v;
  return Object.fromEntries(Object.keys(type[1]).map((k) => [k, null]));
}

function assertWhollyKnown(v: ObjectValue, where: string): void {
  if (!isWhollyKnown(v)) {
    throw new Error(`${where} returned unknown values at ${unknownPaths(v).join(", ")}; results must be wholly known. This is a bug in the provider.`);
  }
}

function defaultUpgrade(req: { typeName: string; version: number; json?: unknown }, info: TypeInfo): { upgradedState: ObjectValue | null } {
  const current = info.schema.version ?? 0;
  if (req.version > current) {
    throw new Error(
      `the state of this ${req.typeName} was written with schema version ${req.version}, newer than this provider's ${current}. Upgrade the provider.`,
    );
  }
  if (req.version < current) {
    throw new Error(`the state of this ${req.typeName} has schema version ${req.version} and the provider has no upgrade from it to version ${current}.`);
  }
  if (req.json === undefined) throw new Error(`the state of this ${req.typeName} is in the legacy flatmap format, which this provider cannot read.`);
  const v = decodeJsonValue(dropAttributesNotIn(req.json, info.type), info.type);
  return { upgradedState: asObject(v, "state") };
}

/** Mirrors core: at an unchanged version, attributes the schema no longer has are dropped. */
function dropAttributesNotIn(json: unknown, type: ObjectType): unknown {
  if (typeof json !== "object" || json === null || Array.isArray(json)) return json;
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(json)) {
    const t = type[1][k];
    if (t === undefined) continue;
    out[k] = stripNested(v, t);
  }
  return out;
}

function stripNested(json: unknown, type: ObjectType[1][string]): unknown {
  if (typeof type === "string") return json;
  if (type[0] === "object") return dropAttributesNotIn(json, type as ObjectType);
  if ((type[0] === "list" || type[0] === "set") && Array.isArray(json)) return json.map((e) => stripNested(e, type[1]));
  if (type[0] === "map" && typeof json === "object" && json !== null) {
    return Object.fromEntries(Object.entries(json).map(([k, v]) => [k, stripNested(v, type[1])]));
  }
  return json;
}
