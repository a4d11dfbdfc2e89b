import { CLOSERS, closerOf, opensContext } from "./contexts";

/** One context of FRR configuration: its header line, its own lines and its sub-contexts. */
export interface ConfigNode {
  /** The line that opened the context, e.g. `router bgp 65000`; "" for the top level. */
  readonly header: string;
  readonly lines: string[];
  readonly children: ConfigNode[];
}

export type DefaultsProfile = "traditional" | "datacenter";

export interface RunningConfig {
  readonly root: ConfigNode;
  /** From `frr version X` when FRR printed it. */
  readonly version?: string;
  /** From `frr defaults X`; FRR prints it on every version we support. */
  readonly defaults?: DefaultsProfile;
}

/** A path of context headers from the top level, e.g. ["router bgp 65000", "address-family ipv4 unicast"]. */
export type ContextPath = readonly string[];

export function emptyNode(header: string): ConfigNode {
  return { header, lines: [], children: [] };
}

const SKIPPED = [/^Building configuration\.\.\.$/, /^Current configuration:?$/, /^!/, /^end$/];

function normalise(line: string): string {
  return line.trim().replace(/\s+/g, " ");
}

/**
 * Parses `show running-config` (or a frr.conf) into a context tree. Works with the `exit` lines of
 * FRR 8.x/10.x and with indentation alone. Lines are kept verbatim apart from whitespace.
 */
export function parseRunningConfig(text: string): RunningConfig {
  const raw = text.split(/\r?\n/);
  const entries: { indent: number; line: string }[] = [];
  let version: string | undefined;
  let defaults: DefaultsProfile | undefined;
  for (const rawLine of raw) {
    const line = normalise(rawLine);
    if (line === "" || SKIPPED.some((pattern) => pattern.test(line))) continue;
    const versionMatch = /^frr version (\S+)$/.exec(line);
    if (versionMatch) {
      version = versionMatch[1];
      continue;
    }
    const defaultsMatch = /^frr defaults (traditional|datacenter)$/.exec(line);
    if (defaultsMatch) {
      defaults = defaultsMatch[1] as DefaultsProfile;
      continue;
    }
    entries.push({ indent: rawLine.length - rawLine.trimStart().length, line });
  }

  // FRR 8 and later close every context with an explicit `exit`; then indentation is only a hint
  // and hand-written files without indentation still parse. Older output relies on indentation.
  const closedByExit = entries.some((entry) => CLOSERS.has(entry.line));
  const root = emptyNode("");
  // Each stack frame: the open context and the indentation of its body.
  const stack: { node: ConfigNode; indent: number }[] = [{ node: root, indent: -1 }];
  const top = () => stack[stack.length - 1]!;

  for (let i = 0; i < entries.length; i++) {
    const { indent, line } = entries[i]!;
    if (CLOSERS.has(line)) {
      if (stack.length > 1) stack.pop();
      continue;
    }
    // A line indented no deeper than the header of the innermost context ends that context.
    while (!closedByExit && stack.length > 1 && indent <= top().indent - 1) stack.pop();
    const parent = top().node;
    const next = entries[i + 1];
    const isContext =
      opensContext(parent.header, line) ||
      (next !== undefined && next.indent > indent && !CLOSERS.has(next.line)) ||
      (next !== undefined && next.indent === indent && closerOf(line) === next.line && !CLOSERS.has(line));
    if (isContext) {
      const child = childOrNew(parent, line);
      stack.push({ node: child, indent: indent + 1 });
    } else {
      parent.lines.push(line);
    }
  }
  return { root, ...(version !== undefined ? { version } : {}), ...(defaults !== undefined ? { defaults } : {}) };
}

function childOrNew(parent: ConfigNode, header: string): ConfigNode {
  const existing = parent.children.find((child) => child.header === header);
  if (existing) return existing;
  const child = emptyNode(header);
  parent.children.push(child);
  return child;
}

export function findNode(root: ConfigNode, path: ContextPath): ConfigNode | undefined {
  let node: ConfigNode | undefined = root;
  for (const header of path) {
    node = node.children.find((child) => child.header === header);
    if (!node) return undefined;
  }
  return node;
}

export function ensureNode(root: ConfigNode, path: ContextPath): ConfigNode {
  let node = root;
  for (const header of path) node = childOrNew(node, header);
  return node;
}

export function removeNode(root: ConfigNode, path: ContextPath): void {
  const parent = findNode(root, path.slice(0, -1));
  if (!parent) return;
  const index = parent.children.findIndex((child) => child.header === path[path.length - 1]);
  if (index >= 0) parent.children.splice(index, 1);
}

export function cloneNode(node: ConfigNode): ConfigNode {
  return { header: node.header, lines: [...node.lines], children: node.children.map(cloneNode) };
}

export function isEmptyNode(node: ConfigNode): boolean {
  return node.lines.length === 0 && node.children.every(isEmptyNode);
}

/** Prints a tree as a configuration file FRR reads back (used for `vtysh -C` checks and goldens). */
export function printConfig(config: RunningConfig): string {
  const out: string[] = [];
  if (config.version) out.push(`frr version ${config.version}`);
  if (config.defaults) out.push(`frr defaults ${config.defaults}`);
  const walk = (node: ConfigNode, depth: number) => {
    const pad = " ".repeat(depth);
    for (const line of node.lines) out.push(pad + line);
    for (const child of node.children) {
      out.push(pad + child.header);
      walk(child, depth + 1);
      out.push(pad + closerOf(child.header));
    }
  };
  walk(config.root, 0);
  return out.join("\n") + "\n";
}
