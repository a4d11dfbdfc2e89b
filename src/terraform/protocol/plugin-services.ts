import { decodeMessage, encodeMessage, type Message, type MessageType } from "./proto-codec";
import * as m from "./tfplugin6-messages";

/** One RPC: its wire path, message types and streaming shape. Shared by server and test client. */
export interface RpcMethod {
  readonly path: string;
  readonly request: MessageType;
  readonly response: MessageType;
  readonly requestStream: boolean;
  readonly responseStream: boolean;
}

const unary = (service: string, name: string, request: MessageType, response: MessageType): RpcMethod => ({
  path: `/${service}/${name}`,
  request,
  response,
  requestStream: false,
  responseStream: false,
});

const P = "tfplugin6.Provider";

export const providerMethods = {
  GetMetadata: unary(P, "GetMetadata", m.GetMetadataRequest, m.GetMetadataResponse),
  GetProviderSchema: unary(P, "GetProviderSchema", m.GetProviderSchemaRequest, m.GetProviderSchemaResponse),
  ValidateProviderConfig: unary(P, "ValidateProviderConfig", m.ValidateProviderConfigRequest, m.ValidateProviderConfigResponse),
  ValidateResourceConfig: unary(P, "ValidateResourceConfig", m.ValidateResourceConfigRequest, m.ValidateResourceConfigResponse),
  ValidateDataResourceConfig: unary(P, "ValidateDataResourceConfig", m.ValidateDataResourceConfigRequest, m.ValidateDataResourceConfigResponse),
  UpgradeResourceState: unary(P, "UpgradeResourceState", m.UpgradeResourceStateRequest, m.UpgradeResourceStateResponse),
  ConfigureProvider: unary(P, "ConfigureProvider", m.ConfigureProviderRequest, m.ConfigureProviderResponse),
  ReadResource: unary(P, "ReadResource", m.ReadResourceRequest, m.ReadResourceResponse),
  PlanResourceChange: unary(P, "PlanResourceChange", m.PlanResourceChangeRequest, m.PlanResourceChangeResponse),
  ApplyResourceChange: unary(P, "ApplyResourceChange", m.ApplyResourceChangeRequest, m.ApplyResourceChangeResponse),
  ImportResourceState: unary(P, "ImportResourceState", m.ImportResourceStateRequest, m.ImportResourceStateResponse),
  ReadDataSource: unary(P, "ReadDataSource", m.ReadDataSourceRequest, m.ReadDataSourceResponse),
  GetFunctions: unary(P, "GetFunctions", m.GetFunctionsRequest, m.GetFunctionsResponse),
  StopProvider: unary(P, "StopProvider", m.StopProviderRequest, m.StopProviderResponse),
} as const;

export type ProviderMethodName = keyof typeof providerMethods;

export const controllerMethods = {
  Shutdown: unary("plugin.GRPCController", "Shutdown", m.Empty, m.Empty),
} as const;

export const stdioMethods = {
  StreamStdio: { ...unary("plugin.GRPCStdio", "StreamStdio", m.Empty, m.StdioData), responseStream: true },
} as const;

export const brokerMethods = {
  StartStream: { ...unary("plugin.GRPCBroker", "StartStream", m.ConnInfo, m.ConnInfo), requestStream: true, responseStream: true },
} as const;

export const healthMethods = {
  Check: unary("grpc.health.v1.Health", "Check", m.HealthCheckRequest, m.HealthCheckResponse),
} as const;

export const serialize = (type: MessageType) => (value: Message): Buffer => {
  const bytes = encodeMessage(type, value);
  return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
};

export const deserialize = (type: MessageType) => (buf: Buffer): Message => decodeMessage(type, buf);

/**
 * grpc-js service definition for a method table (same shape `loadPackageDefinition` produces,
 * without any .proto at runtime).
 */
export function serviceDefinition<T extends Record<string, RpcMethod>>(methods: T): Record<keyof T, GrpcMethodDefinition> {
  const out = {} as Record<keyof T, GrpcMethodDefinition>;
  for (const [name, method] of Object.entries(methods) as Array<[keyof T, RpcMethod]>) {
    out[name] = {
      path: method.path,
      requestStream: method.requestStream,
      responseStream: method.responseStream,
      requestSerialize: serialize(method.request),
      requestDeserialize: deserialize(method.request),
      responseSerialize: serialize(method.response),
      responseDeserialize: deserialize(method.response),
      originalName: String(name),
    };
  }
  return out;
}

export interface GrpcMethodDefinition {
  path: string;
  requestStream: boolean;
  responseStream: boolean;
  requestSerialize: (value: Message) => Buffer;
  requestDeserialize: (bytes: Buffer) => Message;
  responseSerialize: (value: Message) => Buffer;
  responseDeserialize: (bytes: Buffer) => Message;
  originalName: string;
}
