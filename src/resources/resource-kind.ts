import type { Issue } from "../errors";
import type { Command } from "../frr/commands";
import type { ContextPath, RunningConfig } from "../frr/config-tree";
import type { Dialect } from "../frr/dialect";
import type { Shape, SpecOf } from "../schema/field";
import type { LiveStatus } from "./live-status";

/** What a resource found on the host. */
export interface Observed<Spec> {
  /** The values the host's lines say (absent lines leave fields unset). */
  readonly spec: Spec;
  /** Lines inside the resource's scope that no knob understands: reported, never removed. */
  readonly unmanaged: readonly Command[];
}

/** What a resource owns in a configuration right now. */
export interface Ownership {
  readonly lines: readonly Command[];
  /** Contexts owned as a whole (e.g. the entries of a route-map). */
  readonly contexts: readonly ContextPath[];
}

/** How one resource kind maps onto FRR configuration. Pure: no I/O. */
export interface ConfigModel<Spec> {
  /** Reads the object named by `identity` (a spec with at least the identity fields). */
  read(config: RunningConfig, identity: Spec, dialect: Dialect): Observed<Spec> | undefined;
  /** The lines FRR shows once `spec` is applied (hidden defaults left out). */
  render(spec: Spec, config: RunningConfig, dialect: Dialect): Command[];
  /** The commands that turn what is observed into `desired`; `undefined` desired means delete. */
  plan(observed: Observed<Spec> | undefined, desired: Spec | undefined, config: RunningConfig, dialect: Dialect): Command[];
  /** What `identity` owns in `config` (used to keep a working copy of the config while planning). */
  ownership(config: RunningConfig, identity: Spec): Ownership;
  /**
   * Sets fields the host left at FRR's default to that default, for the fields set in `prior`, so
   * that "set to the default" and "FRR hides the line" read back as the same value.
   */
  withDefaults(observed: Spec, prior: Spec, config: RunningConfig, dialect: Dialect): Spec;
  /** The identity of every object of this kind in `config` (for adopting an existing host). */
  discover(config: RunningConfig): Spec[];
  /**
   * What an object that a batch deletes is reduced to before anything in the batch is deleted:
   * its references to objects of the same kind dropped (e.g. a speaker's `import vrf` lines), so
   * that nothing still refers to an object when its own delete runs.
   */
  detached?(spec: Spec): Spec;
}

export interface Identity<Spec> {
  /** The import ID format, for docs: e.g. `<speaker>/neighbor/<neighbor>`. */
  readonly format: string;
  readonly examples: readonly string[];
  /** The fields that name the object on the router (all force replacement). */
  readonly fields: readonly string[];
  idOf(spec: Spec): string;
  /** Turns an import ID back into the identity fields, or says why it cannot. */
  parseId(id: string): { readonly ok: true; readonly identity: Partial<Spec> } | { readonly ok: false; readonly message: string };
}

export interface ResourceKind<S extends Shape = Shape, St extends Shape = Shape> {
  /** Registry key and the Pulumi type name's last part: "peer". */
  readonly name: string;
  /** Pulumi class name: "Peer". */
  readonly className: string;
  /** Terraform type without the provider prefix: "bgp_peer" → `frr_bgp_peer`. */
  readonly terraformName: string;
  readonly summary: string;
  /** Markdown for the reference docs. */
  readonly description: string;
  readonly fields: S;
  /** Live status, exposed as outputs; never compared, never drift. */
  readonly status: St;
  /** How the status outputs are read from FRR's JSON show commands. */
  readonly liveStatus: LiveStatus<SpecOf<S>>;
  readonly identity: Identity<SpecOf<S>>;
  /** Creates and updates run in ascending phase, deletes in descending phase. */
  phase(spec: SpecOf<S>): number;
  /** Cross-field checks, after every field parsed on its own. */
  check?(spec: SpecOf<S>, issues: Issue[]): void;
  /** Canonical form beyond what field parsers do (e.g. FRR's community order). */
  normalize?(spec: SpecOf<S>): SpecOf<S>;
  readonly model: ConfigModel<SpecOf<S>>;
}

export type AnyResourceKind = ResourceKind<any, any>;

/** Keeps the literal types of a resource declaration. */
export function defineResource<S extends Shape, St extends Shape>(kind: ResourceKind<S, St>): ResourceKind<S, St> {
  return kind;
}

export const PHASE = {
  filterList: 10,
  routeMap: 20,
  vrf: 30,
  speaker: 40,
  /** After the default instance (FRR refuses to delete it while VRF instances exist). */
  vrfSpeaker: 42,
  peerGroup: 50,
  peer: 55,
  listenRange: 60,
  advertisement: 70,
} as const;
