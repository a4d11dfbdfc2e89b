import { isDynamic, NEIGHBORS_SHOW, neighborsByVrf, prefixEntry, type NeighborJson, type NeighborTable } from "../frr/show-json";
import { prefixFamily } from "../values/ip";
import { parseSpeakerRef } from "./speaker-ref";

export type Status = Record<string, string | number | boolean>;
export type Shows = Readonly<Record<string, string>>;

/** How a resource kind reads its live status: which show commands, and what they say about it. */
export interface LiveStatus<Spec> {
  shows(spec: Spec): string[];
  read(spec: Spec, shows: Shows): Status;
}

export function vrfOfSpeaker(speaker: unknown): string {
  const ref = parseSpeakerRef(speaker);
  return ref.ok && ref.value.vrf !== undefined ? ref.value.vrf : "default";
}

export function neighborsIn(shows: Shows, vrf: string): ReadonlyMap<string, NeighborJson> {
  return (neighborsByVrf(shows[NEIGHBORS_SHOW]) as NeighborTable).get(vrf) ?? new Map();
}

export function sessionStatus(neighbor: NeighborJson | undefined): Status {
  const state = neighbor?.bgpState ?? "NotConfigured";
  const established = state === "Established";
  let received = 0;
  let sent = 0;
  for (const af of Object.values(neighbor?.addressFamilyInfo ?? {})) {
    received += af.acceptedPrefixCounter ?? 0;
    sent += af.sentPrefixCounter ?? 0;
  }
  return {
    state,
    established,
    uptimeSeconds: established ? Math.floor((neighbor?.bgpTimerUpMsec ?? 0) / 1000) : 0,
    prefixesReceived: received,
    prefixesSent: sent,
    lastResetReason: neighbor?.lastResetDueTo ?? "",
  };
}

export function dynamicNeighborsIn(range: string, neighbors: ReadonlyMap<string, NeighborJson>): number {
  return [...neighbors.values()].filter((neighbor) => neighbor.peerSubnetRangeGroup === range).length;
}

export function prefixShow(speaker: unknown, prefix: string): string {
  return `show bgp vrf ${vrfOfSpeaker(speaker)} ${prefixFamily(prefix)} unicast ${prefix} json`;
}

export function prefixStatus(json: string | undefined): Status {
  const entry = prefixEntry(json);
  return { inBgpTable: (entry.paths?.length ?? 0) > 0, advertisedTo: Object.keys(entry.advertisedTo ?? {}).length };
}

export { isDynamic };
export const NO_STATUS: LiveStatus<unknown> = { shows: () => [], read: () => ({}) };
export { NEIGHBORS_SHOW };
