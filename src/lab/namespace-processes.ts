// Which processes run in which network namespace, read from /proc (no `ip netns pids` per namespace).

import { readdirSync, readFileSync, readlinkSync, statSync } from "node:fs";

export const NETNS_DIR = "/run/netns";

export interface NamespaceProcess {
  readonly pid: number;
  readonly namespace: string;
  /** argv joined with spaces; "" for kernel threads and zombies. */
  readonly command: string;
}

export function listNamespaces(): string[] {
  try {
    return readdirSync(NETNS_DIR).sort();
  } catch {
    return [];
  }
}

function inodeOf(namespace: string): number | undefined {
  try {
    return statSync(`${NETNS_DIR}/${namespace}`).ino;
  } catch {
    return undefined;
  }
}

/** Processes whose network namespace is one of `namespaces`. */
export function processesIn(namespaces: readonly string[]): NamespaceProcess[] {
  const byInode = new Map<number, string>();
  for (const ns of namespaces) {
    const inode = inodeOf(ns);
    if (inode !== undefined) byInode.set(inode, ns);
  }
  if (byInode.size === 0) return [];
  const out: NamespaceProcess[] = [];
  for (const entry of readdirSync("/proc")) {
    if (!/^\d+$/.test(entry)) continue;
    let link: string;
    try {
      link = readlinkSync(`/proc/${entry}/ns/net`);
    } catch {
      continue;
    }
    const namespace = byInode.get(Number(/\[(\d+)\]/.exec(link)?.[1]));
    if (namespace === undefined) continue;
    let command = "";
    try {
      command = readFileSync(`/proc/${entry}/cmdline`, "utf8").split("\0").join(" ").trim();
    } catch {
      // exited meanwhile
    }
    out.push({ pid: Number(entry), namespace, command });
  }
  return out;
}

/** Whether the process's network namespace has a TCP socket listening on `port` (any address). */
export function isListening(pid: number, port: number): boolean {
  const hexPort = port.toString(16).toUpperCase().padStart(4, "0");
  for (const file of ["tcp", "tcp6"]) {
    let text: string;
    try {
      text = readFileSync(`/proc/${pid}/net/${file}`, "utf8");
    } catch {
      continue;
    }
    for (const line of text.split("\n").slice(1)) {
      const fields = line.trim().split(/\s+/);
      if (fields[1]?.endsWith(`:${hexPort}`) && fields[3] === "0A") return true;
    }
  }
  return false;
}

/** Processes whose command line contains one of `needles` (the caller's own process excluded). */
export function processesMatching(needles: readonly string[]): NamespaceProcess[] {
  const out: NamespaceProcess[] = [];
  for (const entry of readdirSync("/proc")) {
    if (!/^\d+$/.test(entry) || Number(entry) === process.pid) continue;
    let command: string;
    try {
      command = readFileSync(`/proc/${entry}/cmdline`, "utf8").split("\0").join(" ").trim();
    } catch {
      continue;
    }
    if (needles.some((n) => command.includes(n))) out.push({ pid: Number(entry), namespace: "", command });
  }
  return out;
}
