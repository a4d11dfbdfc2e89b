// One aliased FrrProvider per host: a provider block reaches exactly one FRR over SSH, so a
// program that configures several hosts needs one alias each, and every resource names its host.
import { Construct } from "constructs";
import { labConnection, readLab, type LabConnectionOptions } from "../../src/lab-connection";
import { PropsCheck, warnIfLiteralSecret } from "./props-check";
import { FrrProvider, type FrrProviderConfig } from "./runtime";

/** How to reach one host: the provider block without its alias. */
export type HostConnection = Omit<FrrProviderConfig, "alias">;

export interface FrrHostsProps {
  /** Each host's connection, keyed by host name. The name becomes the provider alias. */
  readonly hosts: Readonly<Record<string, HostConnection>>;
}

export interface LabHostsOptions {
  /** The lab file `frr-iac lab up` wrote, e.g. ".lab/tor.json". */
  readonly labFile: string;
  /** @default every host of the lab */
  readonly hosts?: string[];
  /** "root", "operator" (the lab's non-root user, vtysh through sudo) or a user name. @default "root" */
  readonly user?: string;
  /** Verify host keys against the lab's known_hosts file instead of the pinned fingerprint. @default false */
  readonly knownHosts?: boolean;
}

const ALIAS = /^[A-Za-z_][A-Za-z0-9_-]*$/;

export class FrrHosts extends Construct {
  /** The hosts of a local frr-iac lab, from the lab file (no secrets: key paths and pinned host keys). */
  static fromLabFile(scope: Construct, id: string, options: LabHostsOptions): FrrHosts {
    const names = options.hosts ?? Object.keys(readLab(options.labFile).hosts);
    const connectionOptions: LabConnectionOptions = { ...(options.user !== undefined ? { user: options.user } : {}), ...(options.knownHosts ? { knownHosts: true } : {}) };
    const hosts = Object.fromEntries(names.map((name) => [name, withoutNulls(labConnection(options.labFile, name, connectionOptions)) satisfies HostConnection]));
    return new FrrHosts(scope, id, { hosts });
  }

  readonly providers: Readonly<Record<string, FrrProvider>>;

  constructor(scope: Construct, id: string, props: FrrHostsProps) {
    super(scope, id);
    const check = PropsCheck.of("FrrHosts", this);
    const providers: Record<string, FrrProvider> = {};
    check.nonEmpty("hosts", Object.keys(props.hosts), "host");
    for (const [name, connection] of Object.entries(props.hosts)) {
      if (!ALIAS.test(name)) {
        check.add({ code: "FRR_INVALID_NAME", path: `hosts.${name}`, input: name, message: "cannot be a provider alias: start with a letter or \"_\", then letters, digits, \"_\" or \"-\"" });
        continue;
      }
      for (const secret of ["privateKey", "passphrase", "password"] as const) {
        warnIfLiteralSecret(this, `hosts.${name}.${secret}`, connection[secret]);
        warnIfLiteralSecret(this, `hosts.${name}.jumpHost.${secret}`, connection.jumpHost?.[secret]);
      }
      providers[name] = new FrrProvider(this, name, { ...connection, alias: name });
    }
    check.throwIfAny();
    this.providers = providers;
  }

  get names(): string[] {
    return Object.keys(this.providers);
  }

  /** The provider of host `name`. */
  provider(name: string): FrrProvider {
    const found = this.providers[name];
    if (!found) throw new Error(`FrrHosts "${this.node.path}" has no host "${name}"; hosts: ${this.names.join(", ") || "none"}. Add it to \`hosts\` (or to the lab topology).`);
    return found;
  }
}

type WithoutNulls<T> = T extends object ? { [K in keyof T]: WithoutNulls<Exclude<T[K], null>> } : T;

/** Connection inputs allow `null` for "unset"; provider configs only leave fields out. */
function withoutNulls<T extends object>(value: T): WithoutNulls<T> {
  const out: Record<string, unknown> = {};
  for (const [key, field] of Object.entries(value)) {
    if (field === null || field === undefined) continue;
    out[key] = typeof field === "object" ? withoutNulls(field as object) : field;
  }
  return out as WithoutNulls<T>;
}
