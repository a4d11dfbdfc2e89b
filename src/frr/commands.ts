import type { ContextPath } from "./config-tree";
import { CLOSERS, closerOf } from "./contexts";

/**
 * One step of a change: a configuration line to enter in a context. A command without a line
 * only makes sure the context exists (e.g. an empty `route-map X permit 10`).
 */
export interface Command {
  readonly context: ContextPath;
  readonly line?: string;
}

function commonDepth(a: ContextPath, b: ContextPath): number {
  let depth = 0;
  while (depth < a.length && depth < b.length && a[depth] === b[depth]) depth++;
  return depth;
}

/**
 * Walks the commands, entering and leaving contexts, and reports each printed step with its depth
 * and the index of the command it was printed for (closing a context belongs to the next command).
 */
function walk(commands: readonly Command[], emit: (text: string, depth: number, index: number) => void): void {
  let current: ContextPath = [];
  const leaveTo = (depth: number, index: number) => {
    while (current.length > depth) {
      const header = current[current.length - 1]!;
      current = current.slice(0, -1);
      emit(closerOf(header), current.length, index);
    }
  };
  commands.forEach((command, index) => {
    leaveTo(commonDepth(current, command.context), index);
    while (current.length < command.context.length) {
      const header = command.context[current.length]!;
      emit(header, current.length, index);
      current = [...current, header];
    }
    if (command.line !== undefined) emit(command.line, current.length, index);
  });
  leaveTo(0, Math.max(0, commands.length - 1));
}

/** The `vtysh -c` arguments that apply the commands: `configure terminal`, then every step. */
export function toVtyshChain(commands: readonly Command[]): string[] {
  return toTracedChain(commands).chain;
}

/**
 * The chain plus, for each of its entries, the index of the command it belongs to, and the
 * entries entered at the top of configure mode (where a long chain may be cut into several runs).
 */
export function toTracedChain(commands: readonly Command[]): { chain: string[]; owners: number[]; topLevel: number[] } {
  const chain = ["configure terminal"];
  const owners = [0];
  const topLevel: number[] = [];
  walk(commands, (text, depth, index) => {
    if (depth === 0 && !CLOSERS.has(text)) topLevel.push(chain.length);
    chain.push(text);
    owners.push(index);
  });
  return { chain, owners, topLevel };
}

/** The same commands as an indented configuration snippet (for `vtysh -C -f` and for humans). */
export function toConfigSnippet(commands: readonly Command[]): string {
  return toTracedSnippet(commands).text;
}

/** The snippet plus, for each of its lines, the index of the command it belongs to. */
export function toTracedSnippet(commands: readonly Command[]): { text: string; owners: number[] } {
  const lines: string[] = [];
  const owners: number[] = [];
  walk(commands, (text, depth, index) => {
    lines.push(" ".repeat(depth) + text);
    owners.push(index);
  });
  return { text: lines.length === 0 ? "" : lines.join("\n") + "\n", owners };
}

/** Negation in one place: `no X` undoes `X`, and undoing `no X` is `X` (never `no no X`). */
export function negate(line: string): string {
  return line.startsWith("no ") ? line.slice(3) : `no ${line}`;
}
