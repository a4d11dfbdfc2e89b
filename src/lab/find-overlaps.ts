// The isolation check of `lab up`: no lab address or prefix may overlap an address or a non-default
// route of the machine's own (root) network namespace. Pure: it works on `ip -j` output.

import { parseIpAddress } from "../values/ip";
import { networkOf, prefixesOverlap } from "./interface-address";
import { dataPlanePrefixes } from "./parse-topology";
import type { Topology } from "./topology";

export interface RootPrefix {
  readonly prefix: string;
  /** Where it comes from, for the error message: "address 192.0.2.2/24 on eth0". */
  readonly source: string;
}

export interface Overlap {
  readonly path: string;
  readonly labPrefix: string;
  readonly root: RootPrefix;
}

/** Every prefix the lab will configure anywhere, management segment included. */
export function labPrefixes(topology: Topology): Array<[path: string, prefix: string]> {
  return [["management", topology.management], ...dataPlanePrefixes(topology)];
}

export function findOverlaps(lab: ReadonlyArray<readonly [string, string]>, root: readonly RootPrefix[]): Overlap[] {
  const out: Overlap[] = [];
  for (const [path, labPrefix] of lab) {
    for (const r of root) if (prefixesOverlap(labPrefix, r.prefix)) out.push({ path, labPrefix, root: r });
  }
  return out;
}

/** Link-local and multicast ranges exist on every link and never route anywhere; they are not checked. */
function ignored(prefix: string): boolean {
  return prefixesOverlap(prefix, "fe80::/10") || prefixesOverlap(prefix, "ff00::/8") || prefixesOverlap(prefix, "224.0.0.0/4");
}

function toPrefix(text: string): string | undefined {
  const [address, length] = text.split("/");
  const parsed = parseIpAddress(address ?? "");
  if (!parsed.ok) return undefined;
  const max = parsed.value.includes(":") ? 128 : 32;
  return networkOf(parsed.value, length === undefined ? max : Number(length));
}

interface IpAddrJson {
  ifname?: string;
  addr_info?: Array<{ local?: string; prefixlen?: number }>;
}

interface IpRouteJson {
  dst?: string;
  dev?: string;
  table?: string;
  type?: string;
}

/** Reads `ip -j address` and `ip -j route show table all` (both families) of the root namespace. */
export function rootPrefixesFromIp(addresses: unknown, routes: unknown): RootPrefix[] {
  const out: RootPrefix[] = [];
  for (const link of Array.isArray(addresses) ? (addresses as IpAddrJson[]) : []) {
    for (const info of link.addr_info ?? []) {
      if (info.local === undefined || info.prefixlen === undefined) continue;
      const host = toPrefix(info.local);
      const network = toPrefix(`${info.local}/${info.prefixlen}`);
      for (const prefix of new Set([host, network])) {
        if (prefix !== undefined && !ignored(prefix)) out.push({ prefix, source: `address ${info.local}/${info.prefixlen} on ${link.ifname ?? "?"}` });
      }
    }
  }
  for (const route of Array.isArray(routes) ? (routes as IpRouteJson[]) : []) {
    if (route.dst === undefined || route.dst === "default" || route.type === "multicast") continue;
    const prefix = toPrefix(route.dst);
    if (prefix === undefined || prefix.endsWith("/0") || ignored(prefix)) continue;
    out.push({ prefix, source: `route ${route.dst}${route.dev !== undefined ? ` dev ${route.dev}` : ""} (table ${route.table ?? "main"})` });
  }
  return out;
}

export function formatOverlaps(overlaps: readonly Overlap[]): string {
  return [...new Set(overlaps.map((o) => `  ${o.path}: ${o.labPrefix} overlaps ${o.root.source}`))].join("\n");
}
