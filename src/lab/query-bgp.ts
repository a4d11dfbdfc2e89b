// Asks a lab node's BGP daemon about its sessions and the routes it received (FRR, BIRD, GoBGP).

import {
  birdRoutes,
  birdSessions,
  frrPrefixesFromNeighbors,
  frrRoutesFromDetail,
  frrSessions,
  gobgpRoutes,
  gobgpSessions,
  splitJsonDocuments,
  type BgpSession,
  type ReceivedRoute,
} from "./bgp-parsers";
import { LabError } from "./lab-error";
import { findNode, type LabFile, type LabHost, type LabPeer } from "./lab-file";
import { labOf } from "./lab-exec";
import { run, waitFor } from "./run-command";
import { GOBGP_API } from "./start-node";

export interface RouteQuery {
  /** Default: both. */
  readonly family?: "ipv4" | "ipv6";
  /** FRR only: a VRF of the node. */
  readonly vrf?: string;
  readonly lab?: LabFile | string;
}

type Daemon = "frr" | "bird" | "gobgp";

function target(lab: LabFile, node: string): { node: LabHost | LabPeer; daemon: Daemon } {
  const found = findNode(lab, node);
  if (found === undefined) {
    throw new LabError("FRR_LAB_NOT_FOUND", `lab ${lab.name} has no host or peer "${node}"; nodes: ${[...Object.keys(lab.hosts), ...Object.keys(lab.peers)].join(", ")}`);
  }
  const daemon: Daemon = "daemon" in found ? found.daemon : "frr";
  return { node: found, daemon };
}

async function onNode(lab: LabFile, node: LabHost | LabPeer, argv: readonly string[], what: string): Promise<string> {
  const result = await run([...node.exec, ...argv], { what: `${what} on ${node.name} of lab ${lab.name}`, timeoutMs: 30_000 });
  return result.stdout;
}

function vtyshArgs(node: LabHost | LabPeer, commands: readonly string[]): string[] {
  return ["vtysh", "-N", node.pathspace ?? "", ...commands.flatMap((c) => ["-c", c])];
}

function parseJson(text: string, what: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    throw new LabError("FRR_LAB_QUERY_FAILED", `${what} did not return JSON: ${text.slice(0, 300)}`);
  }
}

function families(query: RouteQuery): Array<"ipv4" | "ipv6"> {
  return query.family === undefined ? ["ipv4", "ipv6"] : [query.family];
}

async function frrRoutes(lab: LabFile, node: LabHost | LabPeer, query: RouteQuery): Promise<ReceivedRoute[]> {
  const vrf = query.vrf === undefined ? "" : `vrf ${query.vrf} `;
  const out: ReceivedRoute[] = [];
  for (const family of families(query)) {
    const table = parseJson(await onNode(lab, node, vtyshArgs(node, [`show bgp ${vrf}${family} unicast json`]), "reading the BGP table"), "show bgp json");
    const prefixes = frrPrefixesFromNeighbors(table);
    if (prefixes.length === 0) continue;
    // One vtysh call for all prefixes; its output is the JSON documents one after the other.
    const detail = await onNode(lab, node, vtyshArgs(node, prefixes.map((p) => `show bgp ${vrf}${family} unicast ${p} json`)), "reading BGP paths");
    for (const doc of splitJsonDocuments(detail)) out.push(...frrRoutesFromDetail(doc));
  }
  return out;
}

async function birdQuery(lab: LabFile, node: LabPeer, args: readonly string[]): Promise<string> {
  const socket = node.control?.birdSocket;
  if (socket === undefined) throw new LabError("FRR_LAB_QUERY_FAILED", `peer ${node.name} has no BIRD control socket in the lab file`);
  const result = await run(["birdc", "-s", socket, ...args], { what: `birdc ${args.join(" ")} on ${node.name} of lab ${lab.name}`, timeoutMs: 30_000 });
  return result.stdout;
}

function gobgpArgs(args: readonly string[]): string[] {
  const [host, port] = GOBGP_API.split(":");
  return ["gobgp", "-u", host ?? "", "-p", port ?? "", "-j", ...args];
}

/**
 * Routes a node received from its BGP neighbors, with their attributes. FRR: every path from a
 * neighbor (also the non-best ones); BIRD: BGP routes in its tables; GoBGP: paths in its global
 * RIB learned from neighbors (so after import policy).
 */
export async function receivedRoutes(node: string, query: RouteQuery = {}): Promise<ReceivedRoute[]> {
  const lab = labOf(query.lab);
  const t = target(lab, node);
  if (t.daemon === "frr") return frrRoutes(lab, t.node, query);
  const peer = t.node as LabPeer;
  if (t.daemon === "bird") {
    const sessions = birdSessions(await birdQuery(lab, peer, ["show", "protocols", "all"]));
    const neighborOf = new Map(sessions.map((s) => [s.name ?? "", s.neighbor]));
    const tables = families(query).map((f) => (f === "ipv4" ? "master4" : "master6"));
    const out: ReceivedRoute[] = [];
    for (const table of tables) {
      for (const r of birdRoutes(await birdQuery(lab, peer, ["show", "route", "all", "table", table]))) {
        out.push({ ...r, from: neighborOf.get(r.from) ?? r.from });
      }
    }
    return out;
  }
  const out: ReceivedRoute[] = [];
  for (const family of families(query)) {
    out.push(...gobgpRoutes(parseJson(await onNode(lab, peer, gobgpArgs(["global", "rib", "-a", family]), "reading the GoBGP RIB"), "gobgp global rib")));
  }
  return out;
}

/** The node's BGP sessions and their states. */
export async function bgpSessions(node: string, options: { readonly vrf?: string; readonly lab?: LabFile | string } = {}): Promise<BgpSession[]> {
  const lab = labOf(options.lab);
  const t = target(lab, node);
  if (t.daemon === "frr") {
    const vrf = options.vrf === undefined ? "" : `vrf ${options.vrf} `;
    return frrSessions(parseJson(await onNode(lab, t.node, vtyshArgs(t.node, [`show bgp ${vrf}summary json`]), "reading the BGP summary"), "show bgp summary json"));
  }
  if (t.daemon === "bird") return birdSessions(await birdQuery(lab, t.node as LabPeer, ["show", "protocols", "all"]));
  return gobgpSessions(parseJson(await onNode(lab, t.node, gobgpArgs(["neighbor"]), "reading GoBGP neighbors"), "gobgp neighbor"));
}

/** Waits until `node` reports its session with `neighbor` Established; throws with the last state seen. */
export async function waitForSession(node: string, neighbor: string, options: { readonly vrf?: string; readonly lab?: LabFile | string; readonly timeoutMs?: number } = {}): Promise<BgpSession> {
  const lab = labOf(options.lab);
  let last: BgpSession | undefined;
  const timeoutMs = options.timeoutMs ?? 60_000;
  const ok = await waitFor(async () => {
    last = (await bgpSessions(node, { lab, ...(options.vrf !== undefined ? { vrf: options.vrf } : {}) })).find((s) => s.neighbor === neighbor);
    return last?.established === true;
  }, timeoutMs, 250);
  if (!ok || last === undefined) {
    throw new LabError("FRR_LAB_QUERY_FAILED", `session ${node} -> ${neighbor} is ${last?.state ?? "not configured"} after ${timeoutMs / 1000} s (expected Established)`);
  }
  return last;
}

/** Polls the node's received routes until `accept` holds; throws with what was last seen. */
export async function waitForRoutes(
  node: string,
  accept: (routes: readonly ReceivedRoute[]) => boolean,
  options: RouteQuery & { readonly timeoutMs?: number } = {},
): Promise<ReceivedRoute[]> {
  const lab = labOf(options.lab);
  const query: RouteQuery = { ...options, lab };
  let last: ReceivedRoute[] = [];
  const timeoutMs = options.timeoutMs ?? 30_000;
  const ok = await waitFor(async () => {
    last = await receivedRoutes(node, query);
    return accept(last);
  }, timeoutMs, 250);
  if (!ok) {
    const seen = last.map((r) => `${r.prefix} from ${r.from}`).join(", ") || "none";
    throw new LabError("FRR_LAB_QUERY_FAILED", `routes on ${node} did not reach the expected state within ${timeoutMs / 1000} s; last seen: ${seen}`);
  }
  return last;
}
