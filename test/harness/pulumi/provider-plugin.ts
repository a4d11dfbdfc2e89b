import { spawn, type ChildProcess } from "node:child_process";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { createInterface } from "node:readline";
import * as grpc from "@grpc/grpc-js";
import * as plugproto from "@pulumi/pulumi/proto/plugin_pb";
import * as provproto from "@pulumi/pulumi/proto/provider_pb";
import * as provrpc from "@pulumi/pulumi/proto/provider_grpc_pb";
import * as statusproto from "@pulumi/pulumi/proto/status_pb";
import * as emptyproto from "google-protobuf/google/protobuf/empty_pb";
import * as structproto from "google-protobuf/google/protobuf/struct_pb";
import { annotateSecrets, toProviderMap, type PropertyMap } from "./property-value";

// The engine's side of one dynamic-provider plugin process (`pulumi-resource-pulumi-nodejs`), modelled
// on sdk/go/common/resource/plugin/plugin.go (launch, kill) and provider_plugin.go (marshalling).
// The plugin answers acceptSecrets=false and supportsPreview=false, so every request carries
// plaintext, secret-ness is copied back onto results by key (annotateSecrets), and Create/Update are
// never sent during a preview.

const MAX_MESSAGE = 400 * 1024 * 1024;
const KILL_GRACE_MS = 5_000;
const STARTUP_TIMEOUT_MS = 60_000;

export interface PluginLaunch {
  command: string;
  args: string[];
  cwd: string;
  /** Variables added to the inherited environment. */
  env: Record<string, string>;
}

export interface PluginLogLine {
  stream: "stdout" | "stderr";
  text: string;
}

export interface CheckFailure {
  property: string;
  reason: string;
}

export interface DiffResult {
  changes: "unknown" | "none" | "some";
  replaces: string[];
  stables: string[];
  diffs: string[];
  deleteBeforeReplace: boolean;
  detailedDiff?: Record<string, string>;
}

export interface InitFailure {
  id: string;
  properties: PropertyMap;
  reasons: string[];
}

export class ProviderError extends Error {
  readonly code = "PULUMI_HARNESS_PROVIDER";
  constructor(
    readonly method: string,
    readonly grpcCode: number,
    readonly details: string,
    /** Set when Create/Update failed after the resource was created (ErrorResourceInitFailed). */
    readonly initFailure?: InitFailure,
  ) {
    super(details);
    this.name = "ProviderError";
  }
}

const DIFF_CHANGES: Record<number, DiffResult["changes"]> = { 0: "unknown", 1: "none", 2: "some" };

function toStruct(m: PropertyMap): structproto.Struct {
  return structproto.Struct.fromJavaScript(m as Record<string, structproto.JavaScriptValue>);
}

function fromStruct(s: structproto.Struct | undefined): PropertyMap {
  return (s?.toJavaScript() ?? {}) as PropertyMap;
}

export class DynamicProviderPlugin {
  readonly rpcCounts = new Map<string, number>();
  private exited = false;

  private constructor(
    readonly launch: PluginLaunch,
    private readonly child: ChildProcess,
    private readonly client: provrpc.ResourceProviderClient,
    private readonly exit: Promise<void>,
  ) {
    void exit.then(() => {
      this.exited = true;
    });
  }

  /**
   * Starts the plugin like the engine: the shell script shipped in @pulumi/pulumi (the CLI bundles the
   * same script), resolved from the program directory, run there in its own process group with the
   * engine address as the only argument.
   */
  static async start(options: {
    programDirectory: string;
    project: string;
    engineAddress: string;
    /** JSON of the config keys in the "pulumi-nodejs" namespace (PULUMI_CONFIG for the plugin). */
    pluginConfigJson: string;
    runtimeOptions: Record<string, unknown>;
    onLog: (line: PluginLogLine) => void;
  }): Promise<DynamicProviderPlugin> {
    const sdkRoot = dirname(createRequire(join(options.programDirectory, "noop.js")).resolve("@pulumi/pulumi/package.json"));
    const env: Record<string, string> = {};
    for (const [k, v] of Object.entries(options.runtimeOptions)) {
      env[`PULUMI_RUNTIME_${k.toUpperCase()}`] = String(v);
    }
    env["PULUMI_NODEJS_PROJECT"] = options.project;
    env["PULUMI_PROJECT"] = options.project;
    env["PULUMI_CONFIG"] = options.pluginConfigJson;
    const launch: PluginLaunch = {
      command: "/bin/sh",
      args: [join(sdkRoot, "pulumi-resource-pulumi-nodejs"), options.engineAddress],
      cwd: options.programDirectory,
      env,
    };
    const child = spawn(launch.command, launch.args, {
      cwd: launch.cwd,
      env: { ...process.env, ...env },
      detached: true,
      stdio: ["pipe", "pipe", "pipe"],
    });
    const exit = new Promise<void>((resolve) => child.once("exit", () => resolve()));
    const stderrLines: string[] = [];
    createInterface({ input: child.stderr! }).on("line", (text) => {
      stderrLines.push(text);
      options.onLog({ stream: "stderr", text });
    });
    const lines = createInterface({ input: child.stdout! });
    const port = await new Promise<number>((resolve, reject) => {
      let first = true;
      const timer = setTimeout(() => reject(new Error(`provider plugin did not print its port within ${STARTUP_TIMEOUT_MS} ms`)), STARTUP_TIMEOUT_MS);
      lines.on("line", (text) => {
        if (first) {
          first = false;
          clearTimeout(timer);
          const n = Number(text.trim());
          if (Number.isInteger(n) && n > 0) {
            resolve(n);
          } else {
            reject(new Error(`provider plugin printed ${JSON.stringify(text)} instead of its port`));
          }
          return;
        }
        options.onLog({ stream: "stdout", text });
      });
      void exit.then(() => {
        clearTimeout(timer);
        reject(
          new Error(
            `provider plugin exited before printing its port (cwd ${launch.cwd}): ${stderrLines.slice(-20).join("\n") || "no output"}. ` +
              "Check that @pulumi/pulumi resolves from the program directory.",
          ),
        );
      });
    }).catch(async (err: unknown) => {
      killGroup(child, "SIGKILL");
      await exit;
      throw err;
    });
    const client = new provrpc.ResourceProviderClient(`127.0.0.1:${port}`, grpc.credentials.createInsecure(), {
      "grpc.max_receive_message_length": MAX_MESSAGE,
    });
    return new DynamicProviderPlugin(launch, child, client, exit);
  }

  get pid(): number | undefined {
    return this.child.pid;
  }

  private invoke<Res>(method: string, send: (cb: (err: grpc.ServiceError | null, res: Res) => void) => unknown): Promise<Res> {
    this.rpcCounts.set(method, (this.rpcCounts.get(method) ?? 0) + 1);
    return new Promise<Res>((resolve, reject) => {
      send((err, res) => {
        if (err) {
          reject(new ProviderError(method, err.code, err.details || err.message, initFailureOf(err)));
        } else {
          resolve(res);
        }
      });
    });
  }

  /** Engine behaviour: call it and fall back to the legacy protocol on UNIMPLEMENTED. */
  async handshake(): Promise<boolean> {
    try {
      await this.invoke<provproto.ProviderHandshakeResponse>("Handshake", (cb) => this.client.handshake(new provproto.ProviderHandshakeRequest(), cb));
      return true;
    } catch (err) {
      if (err instanceof ProviderError && err.grpcCode === grpc.status.UNIMPLEMENTED) {
        return false;
      }
      throw err;
    }
  }

  async getPluginInfo(): Promise<string> {
    const res = await this.invoke<plugproto.PluginInfo>("GetPluginInfo", (cb) => this.client.getPluginInfo(new emptyproto.Empty(), cb));
    return res.getVersion();
  }

  /** CheckConfig; undefined when the plugin does not implement it (the engine then keeps the config as is). */
  async checkConfig(urn: string, olds: PropertyMap, news: PropertyMap): Promise<PropertyMap | undefined> {
    const req = new provproto.CheckRequest().setUrn(urn).setName("default").setType(typeOfUrn(urn));
    req.setOlds(toStruct(toProviderMap(olds, true))).setNews(toStruct(toProviderMap(news, true)));
    try {
      return fromStruct((await this.invoke<provproto.CheckResponse>("CheckConfig", (cb) => this.client.checkConfig(req, cb))).getInputs());
    } catch (err) {
      if (err instanceof ProviderError && err.grpcCode === grpc.status.UNIMPLEMENTED) {
        return undefined;
      }
      throw err;
    }
  }

  /** DiffConfig; undefined when unimplemented (the engine then treats it as "no replacement"). */
  async diffConfig(urn: string, oldInputs: PropertyMap, oldOutputs: PropertyMap, news: PropertyMap): Promise<DiffResult | undefined> {
    const req = new provproto.DiffRequest().setUrn(urn).setName("default").setType(typeOfUrn(urn));
    req.setOldInputs(toStruct(toProviderMap(oldInputs, true))).setOlds(toStruct(toProviderMap(oldOutputs, true)));
    req.setNews(toStruct(toProviderMap(news, true)));
    try {
      return diffResultOf(await this.invoke<provproto.DiffResponse>("DiffConfig", (cb) => this.client.diffConfig(req, cb)));
    } catch (err) {
      if (err instanceof ProviderError && err.grpcCode === grpc.status.UNIMPLEMENTED) {
        return undefined;
      }
      throw err;
    }
  }

  /**
   * Configure as provider_plugin.go sends it: `args` keeps secrets wrapped, `variables` is the legacy
   * "<package>:config:<key>" map of plain strings.
   */
  async configure(options: { urn: string; id: string; args: PropertyMap; variables: Record<string, string> }): Promise<{ acceptSecrets: boolean; supportsPreview: boolean }> {
    const req = new provproto.ConfigureRequest()
      .setUrn(options.urn)
      .setName("default")
      .setType(typeOfUrn(options.urn))
      .setId(options.id)
      .setAcceptsecrets(true)
      .setAcceptresources(true)
      .setSendsOldInputs(true)
      .setSendsOldInputsToDelete(true)
      .setArgs(toStruct(options.args));
    const vars = req.getVariablesMap();
    for (const [k, v] of Object.entries(options.variables)) {
      vars.set(k, v);
    }
    const res = await this.invoke<provproto.ConfigureResponse>("Configure", (cb) => this.client.configure(req, cb));
    return { acceptSecrets: res.getAcceptsecrets(), supportsPreview: res.getSupportspreview() };
  }

  async check(options: { urn: string; olds: PropertyMap; news: PropertyMap; randomSeed: Uint8Array; allowUnknowns: boolean }): Promise<{ inputs: PropertyMap; failures: CheckFailure[] }> {
    const req = new provproto.CheckRequest()
      .setUrn(options.urn)
      .setName(nameOfUrn(options.urn))
      .setType(typeOfUrn(options.urn))
      .setOlds(toStruct(toProviderMap(options.olds, options.allowUnknowns)))
      .setNews(toStruct(toProviderMap(options.news, options.allowUnknowns)))
      .setRandomseed(options.randomSeed);
    const res = await this.invoke<provproto.CheckResponse>("Check", (cb) => this.client.check(req, cb));
    const inputs = fromStruct(res.getInputs());
    annotateSecrets(inputs, options.news);
    return {
      inputs,
      failures: res.getFailuresList().map((f) => ({ property: f.getProperty(), reason: f.getReason() })),
    };
  }

  async diff(options: { urn: string; id: string; oldInputs: PropertyMap; oldOutputs: PropertyMap; news: PropertyMap; allowUnknowns: boolean; ignoreChanges: string[] }): Promise<DiffResult> {
    const req = new provproto.DiffRequest()
      .setId(options.id)
      .setUrn(options.urn)
      .setName(nameOfUrn(options.urn))
      .setType(typeOfUrn(options.urn))
      .setOldInputs(toStruct(toProviderMap(options.oldInputs, options.allowUnknowns)))
      .setOlds(toStruct(toProviderMap(options.oldOutputs, options.allowUnknowns)))
      .setNews(toStruct(toProviderMap(options.news, options.allowUnknowns)))
      .setIgnorechangesList(options.ignoreChanges);
    return diffResultOf(await this.invoke<provproto.DiffResponse>("Diff", (cb) => this.client.diff(req, cb)));
  }

  async create(options: { urn: string; properties: PropertyMap; timeout: number }): Promise<{ id: string; outputs: PropertyMap }> {
    const req = new provproto.CreateRequest()
      .setUrn(options.urn)
      .setName(nameOfUrn(options.urn))
      .setType(typeOfUrn(options.urn))
      .setProperties(toStruct(toProviderMap(options.properties, false)))
      .setTimeout(options.timeout)
      .setPreview(false);
    const res = await this.invoke<provproto.CreateResponse>("Create", (cb) => this.client.create(req, cb));
    const outputs = fromStruct(res.getProperties());
    annotateSecrets(outputs, options.properties);
    return { id: res.getId(), outputs };
  }

  async read(options: { urn: string; id: string; properties: PropertyMap | undefined; inputs: PropertyMap | undefined }): Promise<{ id: string; outputs: PropertyMap; inputs?: PropertyMap }> {
    const req = new provproto.ReadRequest()
      .setId(options.id)
      .setUrn(options.urn)
      .setName(nameOfUrn(options.urn))
      .setType(typeOfUrn(options.urn))
      .setProperties(toStruct(toProviderMap(options.properties ?? {}, false)));
    if (options.inputs !== undefined) {
      req.setInputs(toStruct(toProviderMap(options.inputs, false)));
    }
    const res = await this.invoke<provproto.ReadResponse>("Read", (cb) => this.client.read(req, cb));
    const outputs = fromStruct(res.getProperties());
    const inputs = res.hasInputs() ? fromStruct(res.getInputs()) : undefined;
    annotateSecrets(outputs, options.properties ?? {});
    if (inputs !== undefined) {
      annotateSecrets(inputs, options.inputs ?? {});
    }
    return { id: res.getId(), outputs, inputs };
  }

  async update(options: { urn: string; id: string; oldInputs: PropertyMap; oldOutputs: PropertyMap; news: PropertyMap; ignoreChanges: string[]; timeout: number }): Promise<PropertyMap> {
    const req = new provproto.UpdateRequest()
      .setId(options.id)
      .setUrn(options.urn)
      .setName(nameOfUrn(options.urn))
      .setType(typeOfUrn(options.urn))
      .setOldInputs(toStruct(toProviderMap(options.oldInputs, false)))
      .setOlds(toStruct(toProviderMap(options.oldOutputs, false)))
      .setNews(toStruct(toProviderMap(options.news, false)))
      .setIgnorechangesList(options.ignoreChanges)
      .setTimeout(options.timeout)
      .setPreview(false);
    const res = await this.invoke<provproto.UpdateResponse>("Update", (cb) => this.client.update(req, cb));
    const outputs = fromStruct(res.getProperties());
    annotateSecrets(outputs, options.news);
    return outputs;
  }

  async delete(options: { urn: string; id: string; outputs: PropertyMap; oldInputs: PropertyMap; timeout: number }): Promise<void> {
    const req = new provproto.DeleteRequest()
      .setId(options.id)
      .setUrn(options.urn)
      .setName(nameOfUrn(options.urn))
      .setType(typeOfUrn(options.urn))
      .setProperties(toStruct(toProviderMap(options.outputs, false)))
      .setOldInputs(toStruct(toProviderMap(options.oldInputs, false)))
      .setTimeout(options.timeout);
    await this.invoke<emptyproto.Empty>("Delete", (cb) => this.client.delete(req, cb));
  }

  /** The engine's kill sequence: SIGINT to the process group, 5 s grace, then SIGKILL. */
  async close(): Promise<void> {
    this.client.close();
    if (this.exited) {
      return;
    }
    killGroup(this.child, "SIGINT");
    let timer: NodeJS.Timeout | undefined;
    const graceful = await Promise.race([
      this.exit.then(() => true),
      new Promise<boolean>((resolve) => {
        timer = setTimeout(() => resolve(false), KILL_GRACE_MS);
      }),
    ]);
    clearTimeout(timer);
    if (!graceful) {
      killGroup(this.child, "SIGKILL");
      await this.exit;
    }
  }
}

function killGroup(child: ChildProcess, signal: NodeJS.Signals): void {
  if (child.pid === undefined) {
    return;
  }
  try {
    process.kill(-child.pid, signal);
  } catch {
    // The group is already gone.
  }
}

function typeOfUrn(urn: string): string {
  const qualified = urn.split("::")[2] ?? "";
  const parts = qualified.split("$");
  return parts[parts.length - 1] ?? "";
}

function nameOfUrn(urn: string): string {
  return urn.split("::").slice(3).join("::");
}

function diffResultOf(res: provproto.DiffResponse): DiffResult {
  const detailed: Record<string, string> = {};
  res.getDetaileddiffMap().forEach((v, k) => {
    detailed[k] = String(v.getKind());
  });
  return {
    changes: DIFF_CHANGES[res.getChanges()] ?? "unknown",
    replaces: res.getReplacesList(),
    stables: res.getStablesList(),
    diffs: res.getDiffsList(),
    deleteBeforeReplace: res.getDeletebeforereplace(),
    detailedDiff: res.getHasdetaileddiff() ? detailed : undefined,
  };
}

/** Decodes the ErrorResourceInitFailed detail the plugin puts in the grpc-status-details-bin trailer. */
function initFailureOf(err: grpc.ServiceError): InitFailure | undefined {
  const raw = err.metadata?.get("grpc-status-details-bin")[0];
  if (raw === undefined || typeof raw === "string") {
    return undefined;
  }
  const status = statusproto.Status.deserializeBinary(new Uint8Array(raw));
  for (const any of status.getDetailsList()) {
    if (any.getTypeUrl().endsWith("pulumirpc.ErrorResourceInitFailed")) {
      const detail = provproto.ErrorResourceInitFailed.deserializeBinary(any.getValue_asU8());
      return { id: detail.getId(), properties: fromStruct(detail.getProperties()), reasons: detail.getReasonsList() };
    }
  }
  return undefined;
}
