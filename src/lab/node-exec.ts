// argv prefixes that run a command "on" a lab node from the machine: in its network namespace,
// under its own hostname (a UTS namespace, so vtysh and sudo see the node's name), and for FRR 10.3
// nodes inside their copy of the Debian 13 root.

export interface ExecTarget {
  readonly name: string;
  readonly namespace: string;
  readonly rootDir: string;
}

const PLAIN = 'hostname "$0" && exec "$@"';
const CHROOTED = 'hostname "$0" && r="$1" && shift && exec chroot "$r" "$@"';

export function execPrefix(node: ExecTarget): string[] {
  const base = ["ip", "netns", "exec", node.namespace, "unshare", "--uts", "sh", "-c"];
  return node.rootDir === "/" ? [...base, PLAIN, node.name] : [...base, CHROOTED, node.name, node.rootDir];
}

export function vtyshPrefix(node: ExecTarget, pathspace: string): string[] {
  return [...execPrefix(node), "vtysh", "-N", pathspace];
}

export function namespaceExecPrefix(namespace: string): string[] {
  return ["ip", "netns", "exec", namespace];
}

/**
 * `vtysh ...` typed without a pathspace would talk to the machine's default FRR, which the lab does
 * not run; insert the node's `-N <pathspace>` unless one is given.
 */
export function withPathspace(argv: readonly string[], pathspace: string | undefined): string[] {
  if (pathspace === undefined || argv[0] !== "vtysh") return [...argv];
  if (argv.some((a) => a === "-N" || a.startsWith("--pathspace"))) return [...argv];
  return ["vtysh", "-N", pathspace, ...argv.slice(1)];
}
