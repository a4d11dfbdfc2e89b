import { cloneNode, ensureNode, findNode, removeNode, type RunningConfig } from "../frr/config-tree";
import { dialectOf } from "../frr/dialect";
import type { AnyResourceKind } from "../resources/resource-kind";

/**
 * The configuration as it will be once `desired` replaces what `identity` owns, computed from the
 * resource's own ownership and rendering (no FRR involved). Planning a batch walks a working copy
 * through every operation, so later operations see earlier ones (a peer sees the speaker's new
 * defaults; deleting a speaker sees that its neighbors are gone).
 */
export function applyExpected(config: RunningConfig, kind: AnyResourceKind, identity: Record<string, unknown>, desired: Record<string, unknown> | undefined): RunningConfig {
  const next: RunningConfig = { ...config, root: cloneNode(config.root) };
  const owned = kind.model.ownership(config, identity);
  for (const command of owned.lines) {
    const node = findNode(next.root, command.context);
    if (!node || command.line === undefined) continue;
    const index = node.lines.indexOf(command.line);
    if (index >= 0) node.lines.splice(index, 1);
  }
  for (const context of owned.contexts) removeNode(next.root, context);
  if (desired !== undefined) {
    for (const command of kind.model.render(desired, next, dialectOf(next))) {
      const node = ensureNode(next.root, command.context);
      if (command.line !== undefined && !node.lines.includes(command.line)) node.lines.push(command.line);
    }
  }
  pruneEmptyAddressFamilies(next);
  return next;
}

/** FRR never prints an address-family block without lines. */
function pruneEmptyAddressFamilies(config: RunningConfig): void {
  for (const router of config.root.children) {
    for (let i = router.children.length - 1; i >= 0; i--) {
      const child = router.children[i]!;
      if (child.header.startsWith("address-family ") && child.lines.length === 0 && child.children.length === 0) router.children.splice(i, 1);
    }
  }
}
