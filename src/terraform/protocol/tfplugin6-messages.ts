import type { Field, MessageType } from "./proto-codec";

/**
 * Our definition of the tfplugin6 subset we serve (field numbers from protocol 6.8, the version
 * Terraform 1.11 speaks; later 6.x versions only add fields, which both sides skip), plus the
 * go-plugin services (package `plugin`) and grpc.health.v1. Names are camelCase versions of
 * the proto field names.
 */
const str = (no: number): Field => ({ no, kind: "string" });
const bytes = (no: number): Field => ({ no, kind: "bytes" });
const bool = (no: number): Field => ({ no, kind: "bool" });
const int64 = (no: number): Field => ({ no, kind: "int64" });
const enumf = (no: number): Field => ({ no, kind: "enum" });
const msg = (no: number, t: () => MessageType): Field => ({ no, kind: "message", message: t });
const list = (no: number, t: () => MessageType): Field => ({ no, kind: "message", repeated: true, message: t });
const mapOf = (no: number, t: () => MessageType): Field => ({ no, kind: "map", mapValue: t });

export const Empty: MessageType = {};

export const DynamicValue: MessageType = { msgpack: bytes(1), json: bytes(2) };

export const AttributePathStep: MessageType = {
  attributeName: { no: 1, kind: "string", oneof: true },
  elementKeyString: { no: 2, kind: "string", oneof: true },
  elementKeyInt: { no: 3, kind: "int64", oneof: true },
};
export const AttributePath: MessageType = { steps: list(1, () => AttributePathStep) };

/** Severity: INVALID=0, ERROR=1, WARNING=2. */
export const Diagnostic: MessageType = {
  severity: enumf(1),
  summary: str(2),
  detail: str(3),
  attribute: msg(4, () => AttributePath),
};

export const RawState: MessageType = {
  json: bytes(1),
  flatmap: { no: 2, kind: "map", mapValue: "string" },
};

/** StringKind: PLAIN=0, MARKDOWN=1. NestedBlock nesting: SINGLE=1 LIST=2 SET=3 MAP=4 GROUP=5. */
export const SchemaBlock: MessageType = {
  version: int64(1),
  attributes: list(2, () => SchemaAttribute),
  blockTypes: list(3, () => SchemaNestedBlock),
  description: str(4),
  descriptionKind: enumf(5),
  deprecated: bool(6),
};
export const SchemaAttribute: MessageType = {
  name: str(1),
  type: bytes(2),
  nestedType: msg(10, () => SchemaObject),
  description: str(3),
  required: bool(4),
  optional: bool(5),
  computed: bool(6),
  sensitive: bool(7),
  descriptionKind: enumf(8),
  deprecated: bool(9),
  writeOnly: bool(11),
};
export const SchemaNestedBlock: MessageType = {
  typeName: str(1),
  block: msg(2, () => SchemaBlock),
  nesting: enumf(3),
  minItems: int64(4),
  maxItems: int64(5),
};
/** Nested attributes nesting: SINGLE=1 LIST=2 SET=3 MAP=4. */
export const SchemaObject: MessageType = {
  attributes: list(1, () => SchemaAttribute),
  nesting: enumf(3),
};
export const Schema: MessageType = { version: int64(1), block: msg(2, () => SchemaBlock) };

export const ServerCapabilities: MessageType = {
  planDestroy: bool(1),
  getProviderSchemaOptional: bool(2),
  moveResourceState: bool(3),
};
export const ClientCapabilities: MessageType = {
  deferralAllowed: bool(1),
  writeOnlyAttributesAllowed: bool(2),
};
export const Deferred: MessageType = { reason: enumf(1) };

const diagnostics = (no: number): Field => list(no, () => Diagnostic);

export const GetMetadataRequest: MessageType = {};
const TypeNameOnly: MessageType = { typeName: str(1) };
export const GetMetadataResponse: MessageType = {
  serverCapabilities: msg(1, () => ServerCapabilities),
  diagnostics: diagnostics(2),
  dataSources: list(3, () => TypeNameOnly),
  resources: list(4, () => TypeNameOnly),
};

export const GetProviderSchemaRequest: MessageType = {};
export const GetProviderSchemaResponse: MessageType = {
  provider: msg(1, () => Schema),
  resourceSchemas: mapOf(2, () => Schema),
  dataSourceSchemas: mapOf(3, () => Schema),
  diagnostics: diagnostics(4),
  providerMeta: msg(5, () => Schema),
  serverCapabilities: msg(6, () => ServerCapabilities),
};

export const ValidateProviderConfigRequest: MessageType = { config: msg(1, () => DynamicValue) };
export const ValidateProviderConfigResponse: MessageType = { diagnostics: diagnostics(2) };

export const UpgradeResourceStateRequest: MessageType = {
  typeName: str(1),
  version: int64(2),
  rawState: msg(3, () => RawState),
};
export const UpgradeResourceStateResponse: MessageType = {
  upgradedState: msg(1, () => DynamicValue),
  diagnostics: diagnostics(2),
};

export const ValidateResourceConfigRequest: MessageType = {
  typeName: str(1),
  config: msg(2, () => DynamicValue),
  clientCapabilities: msg(3, () => ClientCapabilities),
};
export const ValidateResourceConfigResponse: MessageType = { diagnostics: diagnostics(1) };

export const ValidateDataResourceConfigRequest: MessageType = { typeName: str(1), config: msg(2, () => DynamicValue) };
export const ValidateDataResourceConfigResponse: MessageType = { diagnostics: diagnostics(1) };

export const ConfigureProviderRequest: MessageType = {
  terraformVersion: str(1),
  config: msg(2, () => DynamicValue),
  clientCapabilities: msg(3, () => ClientCapabilities),
};
export const ConfigureProviderResponse: MessageType = { diagnostics: diagnostics(1) };

export const ReadResourceRequest: MessageType = {
  typeName: str(1),
  currentState: msg(2, () => DynamicValue),
  private: bytes(3),
  providerMeta: msg(4, () => DynamicValue),
  clientCapabilities: msg(5, () => ClientCapabilities),
};
export const ReadResourceResponse: MessageType = {
  newState: msg(1, () => DynamicValue),
  diagnostics: diagnostics(2),
  private: bytes(3),
  deferred: msg(4, () => Deferred),
};

export const PlanResourceChangeRequest: MessageType = {
  typeName: str(1),
  priorState: msg(2, () => DynamicValue),
  proposedNewState: msg(3, () => DynamicValue),
  config: msg(4, () => DynamicValue),
  priorPrivate: bytes(5),
  providerMeta: msg(6, () => DynamicValue),
  clientCapabilities: msg(7, () => ClientCapabilities),
};
export const PlanResourceChangeResponse: MessageType = {
  plannedState: msg(1, () => DynamicValue),
  requiresReplace: list(2, () => AttributePath),
  plannedPrivate: bytes(3),
  diagnostics: diagnostics(4),
  legacyTypeSystem: bool(5),
  deferred: msg(6, () => Deferred),
};

export const ApplyResourceChangeRequest: MessageType = {
  typeName: str(1),
  priorState: msg(2, () => DynamicValue),
  plannedState: msg(3, () => DynamicValue),
  config: msg(4, () => DynamicValue),
  plannedPrivate: bytes(5),
  providerMeta: msg(6, () => DynamicValue),
};
export const ApplyResourceChangeResponse: MessageType = {
  newState: msg(1, () => DynamicValue),
  private: bytes(2),
  diagnostics: diagnostics(3),
  legacyTypeSystem: bool(4),
};

export const ImportResourceStateRequest: MessageType = {
  typeName: str(1),
  id: str(2),
  clientCapabilities: msg(3, () => ClientCapabilities),
};
export const ImportedResource: MessageType = { typeName: str(1), state: msg(2, () => DynamicValue), private: bytes(3) };
export const ImportResourceStateResponse: MessageType = {
  importedResources: list(1, () => ImportedResource),
  diagnostics: diagnostics(2),
  deferred: msg(3, () => Deferred),
};

export const ReadDataSourceRequest: MessageType = {
  typeName: str(1),
  config: msg(2, () => DynamicValue),
  providerMeta: msg(3, () => DynamicValue),
  clientCapabilities: msg(4, () => ClientCapabilities),
};
export const ReadDataSourceResponse: MessageType = {
  state: msg(1, () => DynamicValue),
  diagnostics: diagnostics(2),
  deferred: msg(3, () => Deferred),
};

export const GetFunctionsRequest: MessageType = {};
export const GetFunctionsResponse: MessageType = { diagnostics: diagnostics(2) };

export const StopProviderRequest: MessageType = {};
/** The proto field is literally named `Error`. */
export const StopProviderResponse: MessageType = { error: str(1) };

// go-plugin (package plugin)
/** Channel: INVALID=0, STDOUT=1, STDERR=2. */
export const StdioData: MessageType = { channel: enumf(1), data: bytes(2) };
export const ConnInfoKnock: MessageType = { knock: bool(1), ack: bool(2), error: str(3) };
export const ConnInfo: MessageType = {
  serviceId: { no: 1, kind: "uint32" },
  network: str(2),
  address: str(3),
  knock: msg(4, () => ConnInfoKnock),
};

// grpc.health.v1
export const HealthCheckRequest: MessageType = { service: str(1) };
/** Status: UNKNOWN=0, SERVING=1, NOT_SERVING=2, SERVICE_UNKNOWN=3. */
export const HealthCheckResponse: MessageType = { status: enumf(1) };
