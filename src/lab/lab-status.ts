// What is running for each lab on this machine.

import { existsSync } from "node:fs";
import { bgpSessions } from "./query-bgp";
import { readLabFile, type LabFile } from "./lab-file";
import { listLabNames, readLabState } from "./lab-state";
import { listNamespaces, processesIn } from "./namespace-processes";

export interface NodeStatus {
  readonly name: string;
  readonly role: "host" | "peer";
  readonly namespace: string;
  readonly software: string;
  /** Daemons expected on the node and not running. */
  readonly missing: readonly string[];
  readonly sessions?: { readonly established: number; readonly total: number };
  readonly error?: string;
}

export interface LabStatus {
  readonly name: string;
  readonly labFile?: string;
  readonly topology?: string;
  readonly createdAt?: string;
  readonly missingNamespaces: readonly string[];
  readonly nodes: readonly NodeStatus[];
  /** Set when the lab file cannot be read (e.g. a failed or foreign `lab up`). */
  readonly problem?: string;
}

function expectedDaemons(lab: LabFile, node: string): string[] {
  const host = lab.hosts[node];
  if (host !== undefined) return ["watchfrr", "zebra", "bgpd", "sshd"];
  const peer = lab.peers[node];
  if (peer?.daemon === "frr") return ["watchfrr", "zebra", "bgpd"];
  if (peer?.daemon === "bird") return ["bird"];
  return ["gobgpd"];
}

async function nodeStatus(lab: LabFile, name: string, withSessions: boolean): Promise<NodeStatus> {
  const host = lab.hosts[name];
  const peer = lab.peers[name];
  const namespace = host?.namespace ?? peer?.namespace ?? "";
  const commands = processesIn([namespace]).map((p) => (p.command.split(" ")[0]?.split("/").pop() ?? "").replace(/:$/, ""));
  const missing = expectedDaemons(lab, name).filter((d) => !commands.includes(d));
  const software = host !== undefined ? `FRR ${host.frr.version}` : peer?.daemon === "frr" ? `FRR ${peer.frr?.version ?? "?"}` : (peer?.daemon ?? "?");
  const base = { name, role: host !== undefined ? ("host" as const) : ("peer" as const), namespace, software, missing };
  if (!withSessions || missing.length > 0) return base;
  try {
    const sessions = await bgpSessions(name, { lab });
    return { ...base, sessions: { established: sessions.filter((s) => s.established).length, total: sessions.length } };
  } catch (error) {
    return { ...base, error: error instanceof Error ? error.message : String(error) };
  }
}

export async function labStatus(options: { readonly name?: string; readonly sessions?: boolean } = {}): Promise<LabStatus[]> {
  const names = options.name !== undefined ? [options.name] : listLabNames();
  const present = new Set(listNamespaces());
  const out: LabStatus[] = [];
  for (const name of names) {
    const state = readLabState(name);
    const missingNamespaces = (state?.namespaces ?? []).filter((ns) => !present.has(ns));
    if (state === undefined || !existsSync(state.labFile)) {
      out.push({ name, missingNamespaces, nodes: [], problem: state === undefined ? "no state record (not a lab of this machine, or already down)" : `lab file ${state.labFile} is missing (lab up failed or is still running?)` });
      continue;
    }
    const lab = readLabFile(state.labFile);
    const nodes = await Promise.all([...Object.keys(lab.hosts), ...Object.keys(lab.peers)].map((n) => nodeStatus(lab, n, options.sessions ?? true)));
    out.push({ name, labFile: state.labFile, topology: state.topology, createdAt: state.createdAt, missingNamespaces, nodes });
  }
  return out;
}
