import * as grpc from "@grpc/grpc-js";
import * as aliasproto from "@pulumi/pulumi/proto/alias_pb";
import * as engproto from "@pulumi/pulumi/proto/engine_pb";
import * as engrpc from "@pulumi/pulumi/proto/engine_grpc_pb";
import * as provproto from "@pulumi/pulumi/proto/provider_pb";
import * as resproto from "@pulumi/pulumi/proto/resource_pb";
import * as resrpc from "@pulumi/pulumi/proto/resource_grpc_pb";
import * as emptyproto from "google-protobuf/google/protobuf/empty_pb";
import * as structproto from "google-protobuf/google/protobuf/struct_pb";
import type { Goal } from "./goal";
import { downgradeOutputValues, mapValues, toProviderValue, unwrapSecrets, type PropertyMap, type PropertyValue } from "./property-value";
import { makeUrn, qualifiedTypeOf, ROOT_STACK_TYPE, type ResourceState } from "./resource-state";
import type { Diagnostic } from "./step-recorder";

// The engine's gRPC endpoint for the program: pulumirpc.ResourceMonitor (source_eval.go `resmon`) and
// pulumirpc.Engine (log, root resource), both served on one 127.0.0.1 port with the stubs that ship
// in @pulumi/pulumi/proto. Methods not listed answer UNIMPLEMENTED (grpc-js default handler).

/** What the monitor needs from the operation currently running. */
export interface MonitorBackend {
  stack: string;
  project: string;
  register(goal: Goal): Promise<{ state: ResourceState; result: "success" | "fail" }>;
  registerOutputs(urn: string, outputs: PropertyMap): void;
  readResource(goal: Goal, id: string): Promise<ResourceState>;
  lookup(urn: string): ResourceState | undefined;
  /** SignalAndWaitForShutdown: resolves when the deployment (deletes included) is done. */
  signalShutdown(): Promise<void>;
  log(d: Diagnostic): void;
}

/**
 * Features answered to the SDK's SupportsFeature. The real engine says yes to all of these; the
 * stand-in declines the ones whose machinery it does not implement (callbacks, hooks, packages), so
 * a program using them fails with the SDK's own "update the Pulumi CLI" error instead of misbehaving.
 */
export const MONITOR_FEATURES: Readonly<Record<string, boolean>> = {
  secrets: true,
  resourceReferences: true,
  outputValues: true,
  aliasSpecs: true,
  deletedWith: true,
  replaceWith: false,
  replacementTrigger: false,
  transforms: false,
  invokeTransforms: false,
  parameterization: false,
  resourceHooks: false,
  errorHooks: false,
  sendsOptionsToHooks: false,
};

export interface EngineServer {
  address: string;
  rpcCounts: Map<string, number>;
  rootUrn: string | undefined;
  setBackend(backend: MonitorBackend | undefined): void;
  close(): Promise<void>;
}

type Unary<Req, Res> = (call: grpc.ServerUnaryCall<Req, Res>, callback: grpc.sendUnaryData<Res>) => void;

function struct(m: PropertyMap): structproto.Struct {
  return structproto.Struct.fromJavaScript(m as Record<string, structproto.JavaScriptValue>);
}

function grpcError(code: grpc.status, message: string): grpc.ServiceError {
  return Object.assign(new Error(message), { code, details: message, metadata: new grpc.Metadata() });
}

/** generateTimeoutInSeconds: Go durations such as "90s", "5m", "1h30m". */
function durationSeconds(text: string): number {
  if (text === "") {
    return 0;
  }
  let total = 0;
  const re = /(\d+(?:\.\d+)?)(ms|h|m|s)/g;
  let match: RegExpExecArray | null;
  let consumed = 0;
  while ((match = re.exec(text)) !== null) {
    const n = Number(match[1]);
    total += match[2] === "h" ? n * 3600 : match[2] === "m" ? n * 60 : match[2] === "s" ? n : n / 1000;
    consumed += match[0].length;
  }
  if (consumed !== text.length) {
    throw new Error(`invalid custom timeout ${JSON.stringify(text)}: use a Go duration such as "5m" or "90s"`);
  }
  return total;
}

function aliasUrns(req: resproto.RegisterResourceRequest, stack: string, project: string): string[] {
  const urns = [...req.getAliasurnsList()];
  for (const alias of req.getAliasesList()) {
    if (alias.getAliasCase() === aliasproto.Alias.AliasCase.URN) {
      urns.push(alias.getUrn());
      continue;
    }
    const spec = alias.getSpec();
    if (spec === undefined) {
      continue;
    }
    let parent: string | undefined = req.getParent() || undefined;
    if (spec.getParentCase() === aliasproto.Alias.Spec.ParentCase.PARENTURN) {
      parent = spec.getParenturn() || undefined;
    } else if (spec.getParentCase() === aliasproto.Alias.Spec.ParentCase.NOPARENT && spec.getNoparent()) {
      parent = undefined;
    }
    const parentType = parent !== undefined && qualifiedTypeOf(parent) !== ROOT_STACK_TYPE ? qualifiedTypeOf(parent) : "";
    urns.push(makeUrn(spec.getStack() || stack, spec.getProject() || project, parentType, spec.getType() || req.getType(), spec.getName() || req.getName()));
  }
  return urns;
}

function goalOf(req: resproto.RegisterResourceRequest, stack: string, project: string): Goal {
  const properties = mapValues((req.getObject()?.toJavaScript() ?? {}) as PropertyMap, (v) => downgradeOutputValues(v));
  const propertyDependencies: Record<string, string[]> = {};
  req.getPropertydependenciesMap().forEach((deps, key) => {
    propertyDependencies[key] = deps.getUrnsList();
  });
  if (req.getPropertydependenciesMap().getLength() === 0 && !req.getRemote()) {
    for (const key of Object.keys(properties)) {
      propertyDependencies[key] = req.getDependenciesList();
    }
  }
  const timeouts = req.getCustomtimeouts();
  const dbrDefined = req.getDeletebeforereplacedefined() || req.getDeletebeforereplace();
  return {
    type: req.getType(),
    name: req.getName(),
    custom: req.getCustom(),
    parent: req.getParent() || undefined,
    properties,
    protect: req.hasProtect() ? req.getProtect() : undefined,
    dependencies: req.getDependenciesList(),
    provider: req.getProvider() || undefined,
    propertyDependencies,
    deleteBeforeReplace: dbrDefined ? req.getDeletebeforereplace() : undefined,
    ignoreChanges: req.getIgnorechangesList(),
    additionalSecretOutputs: req.getAdditionalsecretoutputsList(),
    aliases: aliasUrns(req, stack, project),
    importId: req.getImportid() || undefined,
    replaceOnChanges: req.getReplaceonchangesList(),
    retainOnDelete: req.hasRetainondelete() ? req.getRetainondelete() : undefined,
    deletedWith: req.getDeletedwith() || undefined,
    customTimeouts: {
      create: durationSeconds(timeouts?.getCreate() ?? ""),
      update: durationSeconds(timeouts?.getUpdate() ?? ""),
      delete: durationSeconds(timeouts?.getDelete() ?? ""),
      read: durationSeconds(timeouts?.getRead() ?? ""),
    },
  };
}

/** Outputs as the program receives them (MarshalProperties with the request's accept flags). */
function outputsFor(state: ResourceState, acceptSecrets: boolean, acceptResources: boolean): PropertyMap {
  if (!state.custom) {
    return {};
  }
  let outputs = state.outputs;
  if (!acceptSecrets) {
    outputs = unwrapSecrets(outputs) as PropertyMap;
  }
  if (!acceptResources) {
    outputs = mapValues(outputs, (v) => toProviderValue(v, true));
  }
  return outputs;
}

export async function startEngineServer(onUnhandled: (err: unknown) => void): Promise<EngineServer> {
  const server = new grpc.Server({ "grpc.max_receive_message_length": 400 * 1024 * 1024 });
  const rpcCounts = new Map<string, number>();
  let backend: MonitorBackend | undefined;
  let rootUrn: string | undefined;

  const count = (method: string): void => {
    rpcCounts.set(method, (rpcCounts.get(method) ?? 0) + 1);
  };
  const need = (): MonitorBackend => {
    if (backend === undefined) {
      throw grpcError(grpc.status.UNAVAILABLE, "resource monitor shut down");
    }
    return backend;
  };
  /** Wraps an async handler: errors become gRPC statuses, nothing escapes as an unhandled rejection. */
  function handler<Req, Res>(method: string, fn: (req: Req) => Promise<Res>): Unary<Req, Res> {
    return (call, callback) => {
      count(method);
      fn(call.request).then(
        (res) => callback(null, res),
        (err: unknown) => {
          if (isServiceError(err)) {
            callback(err);
            return;
          }
          const message = err instanceof Error ? err.message : String(err);
          if (!(err instanceof Error)) {
            onUnhandled(err);
          }
          const code = (err as { grpcStatus?: grpc.status }).grpcStatus ?? grpc.status.UNKNOWN;
          callback(grpcError(code, message));
        },
      );
    };
  }

  const monitor: Partial<resrpc.IResourceMonitorServer> = {
    supportsFeature: handler("SupportsFeature", async (req: resproto.SupportsFeatureRequest) =>
      new resproto.SupportsFeatureResponse().setHassupport(MONITOR_FEATURES[req.getId()] === true),
    ),
    registerResource: handler("RegisterResource", async (req: resproto.RegisterResourceRequest) => {
      const b = need();
      if (req.getRemote()) {
        throw Object.assign(new Error(`resource ${req.getName()} (${req.getType()}) is a remote (multi-language) component; the stand-in does not run component providers`), {
          grpcStatus: grpc.status.INVALID_ARGUMENT,
        });
      }
      if (req.getTransformsList().length > 0) {
        throw Object.assign(new Error("resource transforms are not supported by the stand-in"), { grpcStatus: grpc.status.INVALID_ARGUMENT });
      }
      const goal = goalOf(req, b.stack, b.project);
      const { state, result } = await b.register(goal);
      const res = new resproto.RegisterResourceResponse()
        .setUrn(state.urn)
        .setId(state.id ?? "")
        .setObject(struct(outputsFor(state, req.getAcceptsecrets(), req.getAcceptresources())))
        .setResult(result === "success" ? resproto.Result.SUCCESS : resproto.Result.FAIL);
      return res;
    }),
    registerResourceOutputs: handler("RegisterResourceOutputs", async (req: resproto.RegisterResourceOutputsRequest) => {
      const outputs = mapValues((req.getOutputs()?.toJavaScript() ?? {}) as PropertyMap, (v) => downgradeOutputValues(v));
      need().registerOutputs(req.getUrn(), outputs);
      return new emptyproto.Empty();
    }),
    readResource: handler("ReadResource", async (req: resproto.ReadResourceRequest) => {
      const b = need();
      const goal: Goal = {
        type: req.getType(),
        name: req.getName(),
        custom: true,
        parent: req.getParent() || undefined,
        properties: mapValues((req.getProperties()?.toJavaScript() ?? {}) as PropertyMap, (v) => downgradeOutputValues(v)),
        dependencies: req.getDependenciesList(),
        provider: req.getProvider() || undefined,
        propertyDependencies: {},
        ignoreChanges: [],
        additionalSecretOutputs: req.getAdditionalsecretoutputsList(),
        aliases: [],
        replaceOnChanges: [],
        customTimeouts: { create: 0, update: 0, delete: 0, read: 0 },
      };
      const state = await b.readResource(goal, req.getId());
      return new resproto.ReadResourceResponse().setUrn(state.urn).setProperties(struct(outputsFor(state, req.getAcceptsecrets(), req.getAcceptresources())));
    }),
    invoke: handler("Invoke", async (req: resproto.ResourceInvokeRequest) => {
      const b = need();
      const args = (req.getArgs()?.toJavaScript() ?? {}) as PropertyMap;
      if (req.getTok() !== "pulumi:pulumi:getResource") {
        throw Object.assign(new Error(`unknown function ${req.getTok()}: the stand-in implements only pulumi:pulumi:getResource`), {
          grpcStatus: grpc.status.INVALID_ARGUMENT,
        });
      }
      const urn = typeof args["urn"] === "string" ? args["urn"] : "";
      const state = b.lookup(urn);
      const res = new provproto.InvokeResponse();
      if (state === undefined) {
        res.setFailuresList([new provproto.CheckFailure().setProperty("urn").setReason(`unknown resource ${urn}`)]);
        return res;
      }
      const ret: Record<string, PropertyValue> = { urn: state.urn, id: state.id ?? "", state: state.outputs };
      return res.setReturn(struct(ret));
    }),
    signalAndWaitForShutdown: handler("SignalAndWaitForShutdown", async () => {
      await need().signalShutdown();
      return new emptyproto.Empty();
    }),
  };

  const engine: Partial<engrpc.IEngineServer> = {
    log: handler("Log", async (req: engproto.LogRequest) => {
      const severity = (["debug", "info", "warning", "error"] as const)[req.getSeverity()] ?? "info";
      backend?.log({ severity, urn: req.getUrn() || undefined, message: req.getMessage() });
      return new emptyproto.Empty();
    }),
    getRootResource: handler("GetRootResource", async () => new engproto.GetRootResourceResponse().setUrn(rootUrn ?? "")),
    setRootResource: handler("SetRootResource", async (req: engproto.SetRootResourceRequest) => {
      rootUrn = req.getUrn();
      return new engproto.SetRootResourceResponse();
    }),
    requirePulumiVersion: handler("RequirePulumiVersion", async () => new engproto.RequirePulumiVersionResponse()),
  };

  server.addService(resrpc.ResourceMonitorService, monitor as resrpc.IResourceMonitorServer);
  server.addService(engrpc.EngineService, engine as engrpc.IEngineServer);
  const port = await new Promise<number>((resolve, reject) => {
    server.bindAsync("127.0.0.1:0", grpc.ServerCredentials.createInsecure(), (err, p) => (err ? reject(err) : resolve(p)));
  });

  return {
    address: `127.0.0.1:${port}`,
    rpcCounts,
    get rootUrn() {
      return rootUrn;
    },
    setBackend(b) {
      backend = b;
      rootUrn = undefined;
    },
    close: () =>
      new Promise<void>((resolve) => {
        server.tryShutdown(() => resolve());
        setTimeout(() => {
          server.forceShutdown();
          resolve();
        }, 2_000).unref();
      }),
  };
}

function isServiceError(err: unknown): err is grpc.ServiceError {
  return err instanceof Error && typeof (err as { code?: unknown }).code === "number" && "details" in err;
}
