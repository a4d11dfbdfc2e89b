import type { ConfigNode, RunningConfig } from "../frr/config-tree";
import { parseAsn } from "../values/asn";

const ROUTER_BGP = /^router bgp (\S+)(?: vrf (\S+))?$/;

export interface BgpInstance {
  readonly node: ConfigNode;
  readonly asn: number;
  readonly vrf?: string;
}

/** The `router bgp` instance of a VRF, whatever its AS number (undefined vrf = the default VRF). */
export function findInstance(config: RunningConfig, vrf: string | undefined): BgpInstance | undefined {
  for (const node of config.root.children) {
    const match = ROUTER_BGP.exec(node.header);
    if (!match) continue;
    const nodeVrf = match[2] === "default" ? undefined : match[2];
    if (nodeVrf !== vrf) continue;
    const asn = parseAsn(match[1]);
    if (!asn.ok) continue;
    return { node, asn: asn.value, ...(nodeVrf !== undefined ? { vrf: nodeVrf } : {}) };
  }
  return undefined;
}

export function allInstances(config: RunningConfig): BgpInstance[] {
  return config.root.children.flatMap((node) => {
    const match = ROUTER_BGP.exec(node.header);
    const asn = match ? parseAsn(match[1]) : undefined;
    if (!match || !asn?.ok) return [];
    return [{ node, asn: asn.value, ...(match[2] !== undefined && match[2] !== "default" ? { vrf: match[2] } : {}) }];
  });
}
