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

// Lines are indexed by the words that name the object they belong to, so a resource finds its own
// lines without scanning the whole context: "neighbor 10.0.0.1", "network 10.0.0.0/8",
// "ip prefix-list NAME", "bgp as-path access-list NAME", "bgp listen range PREFIX".
const lineIndexes = new WeakMap<ConfigNode, Map<string, string[]>>();

export function lineKey(line: string): string {
  const words = (line.startsWith("no ") ? line.slice(3) : line).split(" ");
  const count = words[0] === "bgp" ? 4 : words[0] === "ip" || words[0] === "ipv6" ? 3 : 2;
  return words.slice(0, count).join(" ");
}

function indexOf(node: ConfigNode): Map<string, string[]> {
  let index = lineIndexes.get(node);
  if (!index) {
    index = new Map();
    for (const line of node.lines) {
      const key = lineKey(line);
      const bucket = index.get(key);
      if (bucket) bucket.push(line);
      else index.set(key, [line]);
    }
    lineIndexes.set(node, index);
  }
  return index;
}

/** The lines of a context whose key (see lineKey) is `key`, in order. */
export function linesFor(node: ConfigNode | undefined, key: string): readonly string[] {
  return node ? (indexOf(node).get(key) ?? []) : [];
}

export function addLine(node: ConfigNode, line: string): void {
  if (linesFor(node, lineKey(line)).includes(line)) return;
  node.lines.push(line);
  const index = lineIndexes.get(node);
  if (index) {
    const key = lineKey(line);
    const bucket = index.get(key);
    if (bucket) bucket.push(line);
    else index.set(key, [line]);
  }
}

export function removeLine(node: ConfigNode, line: string): void {
  const at = node.lines.indexOf(line);
  if (at < 0) return;
  node.lines.splice(at, 1);
  const bucket = lineIndexes.get(node)?.get(lineKey(line));
  if (bucket) bucket.splice(bucket.indexOf(line), 1);
}

// Sub-contexts are indexed the same way by the first two words of their header ("route-map NAME").
const childIndexes = new WeakMap<ConfigNode, Map<string, ConfigNode[]>>();
const childKey = (header: string) => header.split(" ", 2).join(" ");

/** Sub-contexts whose header starts with `key` (its first two words, e.g. "route-map NAME"). */
export function childrenFor(node: ConfigNode, key: string): readonly ConfigNode[] {
  let index = childIndexes.get(node);
  if (!index) {
    index = new Map();
    for (const child of node.children) {
      const k = childKey(child.header);
      const bucket = index.get(k);
      if (bucket) bucket.push(child);
      else index.set(k, [child]);
    }
    childIndexes.set(node, index);
  }
  return index.get(key) ?? [];
}

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
  const existing = childrenFor(parent, childKey(header)).find((child) => child.header === header);
  if (existing) return existing;
  const child = emptyNode(header);
  parent.children.push(child);
  const index = childIndexes.get(parent);
  if (index) {
    const key = childKey(header);
    const bucket = index.get(key);
    if (bucket) bucket.push(child);
    else index.set(key, [child]);
  }
  return child;
}

export function findNode(root: ConfigNode, path: ContextPath): ConfigNode | undefined {
  let node: ConfigNode | undefined = root;
  for (const header of path) {
    node = childrenFor(node, childKey(header)).find((child) => child.header === header);
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
  if (index >= 0) {
    parent.children.splice(index, 1);
    childIndexes.delete(parent);
  }
}

export function cloneConfig(config: RunningConfig): RunningConfig {
  return { ...config, root: cloneNode(config.root) };
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
