import { findNode, type RunningConfig } from "./config-tree";

/** The inbound filters of a neighbor (its own, else its peer-group's) in one address family, as text. */
export function inboundPolicyOf(config: RunningConfig, routerHeader: string, family: "ipv4" | "ipv6", neighbor: string, peerGroup?: string): string {
  const af = findNode(config.root, [routerHeader, `address-family ${family} unicast`]);
  const filters: string[] = [];
  for (const who of [neighbor, peerGroup].filter((n): n is string => n !== undefined && n !== "")) {
    for (const line of af?.lines ?? []) {
      const match = new RegExp(`^neighbor ${who.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")} (route-map|prefix-list|filter-list|distribute-list) (\\S+) in$`).exec(line);
      if (match) filters.push(`${match[1]} ${match[2]}`);
    }
    if (filters.length > 0) break;
  }
  return filters.join(", ");
}
