// Runs a command on a lab node (host, peer, or "mgmt" for the management namespace).

import { LabError } from "./lab-error";
import { findNode, readLabFile, type LabFile } from "./lab-file";
import { withPathspace } from "./node-exec";
import { run, type RunResult } from "./run-command";

export const MANAGEMENT_NODE = "mgmt";

export interface LabExecOptions {
  /** The lab: a LabFile, a lab file path or a lab name; defaults to readLabFile(). */
  readonly lab?: LabFile | string;
  readonly input?: string;
  /** Return non-zero exits instead of throwing. */
  readonly allowFailure?: boolean;
  readonly timeoutMs?: number;
}

export function labOf(lab: LabFile | string | undefined): LabFile {
  return typeof lab === "object" ? lab : readLabFile(lab);
}

/** The full argv that runs `argv` on `node`; a bare `vtysh` gets the node's `-N <pathspace>`. */
export function nodeCommand(lab: LabFile, node: string, argv: readonly string[]): string[] {
  if (node === MANAGEMENT_NODE) return [...lab.management.exec, ...argv];
  const target = findNode(lab, node);
  if (target === undefined) {
    const known = [MANAGEMENT_NODE, ...Object.keys(lab.hosts), ...Object.keys(lab.peers)].join(", ");
    throw new LabError("FRR_LAB_NOT_FOUND", `lab ${lab.name} has no node "${node}"; nodes: ${known}`);
  }
  return [...target.exec, ...withPathspace(argv, target.pathspace)];
}

export function labExec(node: string, argv: readonly string[], options: LabExecOptions = {}): Promise<RunResult> {
  const lab = labOf(options.lab);
  return run(nodeCommand(lab, node, argv), {
    what: `running on ${node} of lab ${lab.name}`,
    ...(options.input !== undefined ? { input: options.input } : {}),
    ...(options.allowFailure !== undefined ? { allowFailure: options.allowFailure } : {}),
    ...(options.timeoutMs !== undefined ? { timeoutMs: options.timeoutMs } : {}),
  });
}
