// Checks that lab up/down run where they must: as root, in the machine's own network namespace.

import { readlinkSync, statSync } from "node:fs";
import { LabError } from "./lab-error";
import { listNamespaces } from "./namespace-processes";

export function requireRoot(what: string): void {
  if (process.getuid?.() !== 0) {
    throw new LabError("FRR_LAB_NOT_ROOT", `${what} needs root (it creates network namespaces, mounts and users). Run it with sudo or as root.`);
  }
}

/**
 * `lab up` and `lab down` must run in the machine's own namespaces: namespaces made from inside
 * `ip netns exec` (a private mount namespace) vanish from /run/netns when it exits, and their
 * processes would escape `lab down`.
 */
export function requireMachineNamespace(what: string): void {
  const self = statSync("/proc/self/ns/net").ino;
  const named = listNamespaces().find((ns) => {
    try {
      return statSync(`/run/netns/${ns}`).ino === self;
    } catch {
      return false;
    }
  });
  if (named !== undefined) {
    throw new LabError("FRR_LAB_USAGE", `${what} runs inside network namespace ${named}; run it from the machine's own namespace (not through \`lab exec\` or \`ip netns exec\`).`);
  }
}

/** argv prefix running `ip -j` in the machine's own network namespace. */
export function rootNamespaceIp(): string[] {
  try {
    readlinkSync("/proc/1/ns/net");
    return ["nsenter", "--net=/proc/1/ns/net", "ip", "-j"];
  } catch {
    // Some sandboxes hide PID 1's namespaces; requireMachineNamespace() made sure ours is the machine's.
    return ["ip", "-j"];
  }
}

