// Mount points below a directory, deepest first (the order to unmount them in).

import { readFileSync } from "node:fs";

/** Mount points below `dir` in this process's mount namespace, deepest first. */
export function mountsUnder(dir: string, mountinfo = readFileSync("/proc/self/mountinfo", "utf8")): string[] {
  const base = dir.endsWith("/") ? dir : `${dir}/`;
  const points = mountinfo
    .split("\n")
    .map((line) => line.split(" ")[4])
    .filter((p): p is string => p !== undefined)
    .map((p) => p.replace(/\\([0-7]{3})/g, (_, octal: string) => String.fromCharCode(parseInt(octal, 8))))
    .filter((p) => p === dir || p.startsWith(base));
  // Stable order for identical depth; a path mounted twice appears twice and is unmounted twice.
  return points.sort((a, b) => b.split("/").length - a.split("/").length || b.localeCompare(a));
}
