import { advertisement } from "./advertisement";
import { asPathList } from "./as-path-list";
import { communityList } from "./community-list";
import { listenRange } from "./listen-range";
import { peer } from "./peer";
import { prefixList } from "./prefix-list";
import type { ResourceKind } from "./resource-kind";
import { routeMap } from "./route-map";
import { speaker } from "./speaker";
import { vrf } from "./vrf";

/**
 * Every resource kind, keyed by name. Adapters (Pulumi, Terraform, docs, CDKTF) iterate this table;
 * there is no other list of resources anywhere.
 */
export const registry = {
  speaker,
  peer,
  vrf,
  listenRange,
  advertisement,
  prefixList,
  routeMap,
  communityList,
  asPathList,
} as const;

export type KindName = keyof typeof registry;
export type Kinds = typeof registry;

export const kindNames = Object.keys(registry) as KindName[];

export function kindOf(name: string): ResourceKind<any, any> | undefined {
  return (registry as Record<string, ResourceKind<any, any>>)[name];
}
