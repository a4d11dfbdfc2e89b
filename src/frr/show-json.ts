// Parsers for FRR's JSON show commands (pure). Tolerant: a key FRR does not print reads as absent.

export const NEIGHBORS_SHOW = "show bgp vrf all neighbors json";

export interface NeighborJson {
  readonly bgpState?: string;
  readonly bgpTimerUpMsec?: number;
  readonly lastResetDueTo?: string;
  readonly peerGroup?: string;
  /** Set for dynamic neighbors: the listen range they came in through. */
  readonly peerSubnetRangeGroup?: string;
  readonly remoteAs?: number;
  /** The router ID the instance uses (configured or chosen by FRR). */
  readonly localRouterId?: string;
  readonly addressFamilyInfo?: Record<string, { acceptedPrefixCounter?: number; sentPrefixCounter?: number }>;
}

export const isDynamic = (neighbor: NeighborJson): boolean => neighbor.peerSubnetRangeGroup !== undefined;

export type NeighborTable = ReadonlyMap<string, ReadonlyMap<string, NeighborJson>>;

function parse(json: string | undefined): unknown {
  if (!json) return undefined;
  try {
    return JSON.parse(json);
  } catch {
    return undefined;
  }
}

// Every peer's status read in a batch asks for the same output (2 MB with 1000 neighbors):
// parsing it once per batch instead of once per peer keeps a refresh of N peers linear in N.
let lastNeighbors: { readonly json: string | undefined; readonly table: NeighborTable } | undefined;

/** Neighbors per VRF name, from `show bgp vrf all neighbors json`. */
export function neighborsByVrf(json: string | undefined): NeighborTable {
  if (lastNeighbors !== undefined && lastNeighbors.json === json) return lastNeighbors.table;
  const table = parseNeighbors(json);
  lastNeighbors = { json, table };
  return table;
}

function parseNeighbors(json: string | undefined): NeighborTable {
  const result = new Map<string, Map<string, NeighborJson>>();
  const doc = parse(json);
  if (typeof doc !== "object" || doc === null) return result;
  for (const [vrf, entries] of Object.entries(doc as Record<string, unknown>)) {
    if (typeof entries !== "object" || entries === null) continue;
    const neighbors = new Map<string, NeighborJson>();
    for (const [key, value] of Object.entries(entries as Record<string, unknown>)) {
      if (typeof value === "object" && value !== null && "bgpState" in value) neighbors.set(key, value as NeighborJson);
    }
    result.set(vrf, neighbors);
  }
  return result;
}

export interface PrefixJson {
  readonly paths?: readonly unknown[];
  readonly advertisedTo?: Readonly<Record<string, unknown>>;
}

/** One prefix, from `show bgp vrf X ipv4|ipv6 unicast PREFIX json`. */
export function prefixEntry(json: string | undefined): PrefixJson {
  const doc = parse(json);
  return typeof doc === "object" && doc !== null ? (doc as PrefixJson) : {};
}
