import type { Project } from "./load-project";
import type { StackConfig } from "./load-stack-config";
import { DynamicProviderPlugin, type PluginLogLine } from "./provider-plugin";
import { isSecret, makeSecret, unwrapSecrets, type PropertyMap } from "./property-value";
import { DYNAMIC_PACKAGE, parseProviderReference, type ResourceState } from "./resource-state";

// One operation's view of the `pulumi-nodejs` provider: at most one plugin process (the engine starts
// one per provider instance and all dynamic resources share the default provider), loaded lazily the
// first time something needs it, configured exactly once, then shared by every RPC of the operation.

interface Gate {
  promise: Promise<DynamicProviderPlugin>;
  resolve: (plugin: DynamicProviderPlugin) => void;
  reject: (err: unknown) => void;
  started: boolean;
}

export class ProviderHost {
  private loading: Promise<DynamicProviderPlugin> | undefined;
  private loaded: DynamicProviderPlugin | undefined;
  private configuredGate: Gate | undefined;
  pluginVersion: string | undefined;

  constructor(
    private readonly options: {
      project: Project;
      config: StackConfig;
      engineAddress: string;
      onLog: (line: PluginLogLine) => void;
    },
  ) {}

  /** loadProvider + handshake + GetPluginInfo, as host.Provider does on first use. */
  load(): Promise<DynamicProviderPlugin> {
    if (this.loading === undefined) {
      this.loading = (async () => {
        const pluginConfig: Record<string, string> = {};
        for (const [key, v] of this.options.config) {
          if (key.startsWith(`${DYNAMIC_PACKAGE}:`)) {
            pluginConfig[key.slice(DYNAMIC_PACKAGE.length + 1)] = v.value;
          }
        }
        const plugin = await DynamicProviderPlugin.start({
          programDirectory: this.options.project.programDirectory,
          project: this.options.project.name,
          engineAddress: this.options.engineAddress,
          pluginConfigJson: JSON.stringify(pluginConfig),
          runtimeOptions: this.options.project.runtimeOptions,
          onLog: this.options.onLog,
        });
        this.loaded = plugin;
        await plugin.handshake();
        this.pluginVersion = await plugin.getPluginInfo();
        return plugin;
      })();
    }
    return this.loading;
  }

  private get gate(): Gate {
    if (this.configuredGate === undefined) {
      let resolve!: Gate["resolve"];
      let reject!: Gate["reject"];
      const promise = new Promise<DynamicProviderPlugin>((res, rej) => {
        resolve = res;
        reject = rej;
      });
      promise.catch(() => undefined);
      this.configuredGate = { promise, resolve, reject, started: false };
    }
    return this.configuredGate;
  }

  /** Configures the plugin once per operation; later calls share the first configuration. */
  async configure(urn: string, id: string, inputs: PropertyMap): Promise<DynamicProviderPlugin> {
    const gate = this.gate;
    if (!gate.started) {
      gate.started = true;
      try {
        const plugin = await this.load();
        await plugin.configure({ urn, id, args: inputs, variables: legacyVariables(inputs) });
        gate.resolve(plugin);
      } catch (err) {
        gate.reject(err);
      }
    }
    return gate.promise;
  }

  /** Resolves once Configure has completed, like getPluginConfig in provider_plugin.go. */
  ready(): Promise<DynamicProviderPlugin> {
    return this.gate.promise;
  }

  get configureStarted(): boolean {
    return this.configuredGate?.started === true;
  }

  rpcCounts(): Record<string, number> {
    return Object.fromEntries(this.loaded?.rpcCounts ?? []);
  }

  get launch(): DynamicProviderPlugin["launch"] | undefined {
    return this.loaded?.launch;
  }

  /** The launch as reports show it: secret `pulumi-nodejs:*` config values in PULUMI_CONFIG masked. */
  redactedLaunch(): DynamicProviderPlugin["launch"] {
    const launch = this.loaded?.launch;
    if (launch === undefined) {
      throw new Error("internal error: no plugin was started");
    }
    const values = JSON.parse(launch.env["PULUMI_CONFIG"] ?? "{}") as Record<string, string>;
    for (const [key, v] of this.options.config) {
      const name = key.slice(DYNAMIC_PACKAGE.length + 1);
      if (v.secret && key.startsWith(`${DYNAMIC_PACKAGE}:`) && name in values) {
        values[name] = "[secret]";
      }
    }
    return { ...launch, env: { ...launch.env, PULUMI_CONFIG: JSON.stringify(values) } };
  }

  get pid(): number | undefined {
    return this.loaded?.pid;
  }

  async close(): Promise<void> {
    if (this.configuredGate !== undefined && !this.configuredGate.started) {
      this.configuredGate.reject(new Error("the operation ended before the provider was configured"));
    }
    if (this.loading !== undefined) {
      const plugin = await this.loading.catch(() => undefined);
      await plugin?.close();
    }
  }
}

/** Target.GetPackageConfig for a dynamic provider: the whole stack config, namespaced keys kept. */
export function providerInputsFromConfig(config: StackConfig): PropertyMap {
  const inputs: PropertyMap = {};
  for (const [key, v] of [...config].sort(([a], [b]) => a.localeCompare(b))) {
    inputs[key] = v.secret ? makeSecret(v.value) : v.value;
  }
  return inputs;
}

function legacyVariables(inputs: PropertyMap): Record<string, string> {
  const vars: Record<string, string> = {};
  for (const [k, v] of Object.entries(inputs)) {
    if (k === "version") {
      continue;
    }
    const plain = isSecret(v) ? unwrapSecrets(v) : v;
    vars[`${DYNAMIC_PACKAGE}:config:${k}`] = typeof plain === "string" ? plain : JSON.stringify(plain);
  }
  return vars;
}

/**
 * EnsureProvider for resources the program did not register (refresh, destroy, deletes): configure
 * the plugin with the provider state those resources were created with.
 */
export async function configureFromState(prev: readonly ResourceState[], res: ResourceState, providers: ProviderHost): Promise<void> {
  if (res.provider === undefined) {
    throw new Error(`resource ${res.urn} has no provider reference in the state; the state file is not usable`);
  }
  const { urn, id } = parseProviderReference(res.provider);
  const provider = prev.find((r) => r.urn === urn && r.id === id);
  if (provider === undefined) {
    throw new Error(`provider ${res.provider} used by ${res.urn} is missing from the state file`);
  }
  await providers.configure(urn, id, provider.inputs);
}
