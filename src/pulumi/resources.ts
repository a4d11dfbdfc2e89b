import * as pulumi from "@pulumi/pulumi";
import type { InputOf, Shape, SpecOf } from "../schema/field";
import type { connectionShape } from "../schema/connection";
import { registry, type KindName, type Kinds } from "../resources/registry";
import { providerShim } from "./shim";

/** How to reach one FRR host over SSH (the same fields as the Terraform provider block). */
export type Connection = InputOf<typeof connectionShape>;

type DeepInput<T> = T extends readonly (infer E)[] ? pulumi.Input<DeepInput<E>[]> : T extends object ? pulumi.Input<{ [K in keyof T]: DeepInput<T[K]> }> : pulumi.Input<T>;
type ArgsOf<S extends Shape> = { [K in keyof InputOf<S>]: DeepInput<InputOf<S>[K]> };

/** Resources of a speaker take it whole: its id and connection are used, so they are given once. */
type SpeakerScoped<S extends Shape> = Omit<ArgsOf<S>, "speaker"> & {
  /** The Speaker (or a speaker ID) this belongs to. */
  readonly speaker: Speaker | pulumi.Input<string>;
  /** @default the speaker's connection */
  readonly connection?: pulumi.Input<Connection>;
};
type HostScoped<S extends Shape> = ArgsOf<S> & {
  /** How to reach the host. */
  readonly connection: pulumi.Input<Connection> | Speaker;
};

type Outputs<S extends Shape, St extends Shape> = { readonly [K in keyof SpecOf<S>]-?: pulumi.Output<SpecOf<S>[K]> } & {
  /** Live status read at the last create, update or refresh; never causes a diff. */
  readonly status: pulumi.Output<Partial<SpecOf<St>>>;
  readonly connection: pulumi.Output<Connection>;
  /** Lines in the resource's scope that frr-iac does not understand and leaves alone. */
  readonly unmanagedLines: pulumi.Output<string[]>;
};

export type FrrResource<K extends KindName> = pulumi.dynamic.Resource & Outputs<Kinds[K]["fields"], Kinds[K]["status"]>;

type ArgsFor<K extends KindName> = "speaker" extends keyof Kinds[K]["fields"] ? SpeakerScoped<Kinds[K]["fields"]> : HostScoped<Kinds[K]["fields"]>;

export interface FrrResourceClass<K extends KindName> {
  new (name: string, args: ArgsFor<K>, opts?: pulumi.CustomResourceOptions): FrrResource<K>;
}

const shims = new Map<string, pulumi.dynamic.ResourceProvider>();

function isSpeaker(value: unknown): value is Speaker {
  return value instanceof pulumi.dynamic.Resource && (value as { __frrKind?: string }).__frrKind === "speaker";
}

function classFor<K extends KindName>(kindName: K): FrrResourceClass<K> {
  const kind = registry[kindName];
  const sensitive = Object.entries(kind.fields as Shape).filter(([, field]) => field.sensitive).map(([name]) => name);
  const secretOutputs = ["connection", ...sensitive];
  class Resource extends pulumi.dynamic.Resource {
    readonly __frrKind = kindName;
    constructor(name: string, args: Record<string, unknown>, opts: pulumi.CustomResourceOptions = {}) {
      const props: Record<string, unknown> = { ...args, status: undefined, unmanagedLines: undefined };
      const speaker = args["speaker"];
      const connection = args["connection"];
      if (isSpeaker(speaker)) {
        props["speaker"] = speaker.id;
        props["connection"] = connection ?? speaker.connection;
      } else if (isSpeaker(connection)) {
        props["connection"] = connection.connection;
      }
      // Secret inputs too, not only outputs: a password or key given as a plain string would
      // otherwise be stored in the state's inputs in plaintext.
      for (const key of ["connection", ...sensitive]) if (props[key] !== undefined) props[key] = pulumi.secret(props[key]);
      let shim = shims.get(kindName);
      if (!shim) shims.set(kindName, (shim = providerShim(kindName)));
      super(shim, name, props, { ...opts, additionalSecretOutputs: [...(opts.additionalSecretOutputs ?? []), ...secretOutputs] }, "frr", kind.className);
    }
  }
  Object.defineProperty(Resource, "name", { value: kind.className });
  return Resource as unknown as FrrResourceClass<K>;
}

/** The arguments of each class, e.g. `RouteMapArgs["entries"]` for helpers that build entries. */
export type SpeakerArgs = ArgsFor<"speaker">;
export type PeerArgs = ArgsFor<"peer">;
export type VrfArgs = ArgsFor<"vrf">;
export type ListenRangeArgs = ArgsFor<"listenRange">;
export type AdvertisementArgs = ArgsFor<"advertisement">;
export type PrefixListArgs = ArgsFor<"prefixList">;
export type RouteMapArgs = ArgsFor<"routeMap">;
export type CommunityListArgs = ArgsFor<"communityList">;
export type AsPathListArgs = ArgsFor<"asPathList">;

export const Speaker = classFor("speaker");
export type Speaker = FrrResource<"speaker">;
export const Peer = classFor("peer");
export type Peer = FrrResource<"peer">;
export const Vrf = classFor("vrf");
export type Vrf = FrrResource<"vrf">;
export const ListenRange = classFor("listenRange");
export type ListenRange = FrrResource<"listenRange">;
export const Advertisement = classFor("advertisement");
export type Advertisement = FrrResource<"advertisement">;
export const PrefixList = classFor("prefixList");
export type PrefixList = FrrResource<"prefixList">;
export const RouteMap = classFor("routeMap");
export type RouteMap = FrrResource<"routeMap">;
export const CommunityList = classFor("communityList");
export type CommunityList = FrrResource<"communityList">;
export const AsPathList = classFor("asPathList");
export type AsPathList = FrrResource<"asPathList">;
