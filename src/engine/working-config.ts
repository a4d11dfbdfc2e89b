import { addLine, cloneConfig, ensureNode, findNode, removeLine, removeNode, type RunningConfig } from "../frr/config-tree";
import { dialectOf } from "../frr/dialect";
import type { AnyResourceKind } from "../resources/resource-kind";

/**
 * The configuration as it will be once `desired` replaces what `identity` owns, computed from the
 * resource's own ownership and rendering (no FRR involved). Planning a batch walks a working copy
 * through every operation, so later operations see earlier ones (a peer sees the speaker's new
 * defaults; deleting a speaker sees that its neighbors are gone).
 */
export function applyExpected(config: RunningConfig, kind: AnyResourceKind, identity: Record<string, unknown>, desired: Record<string, unknown> | undefined): RunningConfig {
  const next = cloneConfig(config);
  applyExpectedInPlace(next, kind, identity, desired);
  return next;
}

/** The same, changing `config` itself (planning walks one private copy through a whole batch). */
export function applyExpectedInPlace(config: RunningConfig, kind: AnyResourceKind, identity: Record<string, unknown>, desired: Record<string, unknown> | undefined): void {
  const owned = kind.model.ownership(config, identity);
  for (const command of owned.lines) {
    const node = findNode(config.root, command.context);
    if (node && command.line !== undefined) removeLine(node, command.line);
  }
  for (const context of owned.contexts) removeNode(config.root, context);
  if (desired !== undefined) {
    for (const command of kind.model.render(desired, config, dialectOf(config))) {
      const node = ensureNode(config.root, command.context);
      if (command.line !== undefined) addLine(node, command.line);
    }
  }
  pruneEmptyAddressFamilies(config);
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
