// FRR keeps communities sorted by value and without duplicates, and prints them that way; the
// canonical form here matches, so a reordered list in a program is not a change.

const WELL_KNOWN_VALUES: Record<string, number> = {
  "graceful-shutdown": 0xffff0000,
  "accept-own": 0xffff0001,
  "route-filter-translated-v4": 0xffff0002,
  "route-filter-v4": 0xffff0003,
  "route-filter-translated-v6": 0xffff0004,
  "route-filter-v6": 0xffff0005,
  "llgr-stale": 0xffff0006,
  "no-llgr": 0xffff0007,
  "accept-own-nexthop": 0xffff0008,
  blackhole: 0xffff029a,
  "no-export": 0xffffff01,
  "no-advertise": 0xffffff02,
  "local-AS": 0xffffff03,
  "no-peer": 0xffffff04,
};

function communityValue(community: string): number {
  const known = WELL_KNOWN_VALUES[community];
  if (known !== undefined) return known;
  const [high, low] = community.split(":").map(Number);
  return (high ?? 0) * 65536 + (low ?? 0);
}

export function sortCommunities(communities: readonly string[]): string[] {
  return [...new Set(communities)].sort((a, b) => communityValue(a) - communityValue(b));
}

export function sortLargeCommunities(communities: readonly string[]): string[] {
  const parts = (c: string) => c.split(":").map(Number);
  return [...new Set(communities)].sort((a, b) => {
    const [pa, pb] = [parts(a), parts(b)];
    for (let i = 0; i < 3; i++) if (pa[i] !== pb[i]) return (pa[i] ?? 0) - (pb[i] ?? 0);
    return 0;
  });
}
