// What a lab made on this machine, recorded before it is made, so `lab down` can remove all of it
// even after a failed or interrupted `lab up`.

import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { labPrefix, STATE_ROOT, stateDirOf, type LabPlan } from "./plan-lab";

export interface LabState {
  readonly name: string;
  readonly createdAt: string;
  readonly topology: string;
  readonly labFile: string;
  readonly keysDir: string;
  readonly namespaces: readonly string[];
  /** Users added to this machine's /etc/passwd (FRR 8.4 hosts share it). */
  readonly machineUsers: readonly string[];
  /** Files and directories outside the state directory that the lab creates. */
  readonly machinePaths: readonly string[];
}

export function statePath(name: string): string {
  return `${stateDirOf(name)}/state.json`;
}

/** Users and paths on the machine itself (outside the state directory) that `plan` will create. */
export function machineArtifacts(plan: LabPlan): { users: string[]; paths: string[] } {
  const onMachine = plan.nodes.filter((n) => n.rootDir === "/");
  const paths = onMachine.flatMap((n) => (n.pathspace === undefined ? [] : [`/etc/frr/${n.pathspace}`, `/var/run/frr/${n.pathspace}`]));
  const hosts = onMachine.filter((n) => n.spec.role === "host");
  paths.push(...hosts.map((n) => `/etc/netns/${n.namespace}`));
  if (hosts.length > 0) paths.push(`/etc/sudoers.d/${labPrefix(plan.name).slice(0, -1)}`);
  return { users: hosts.length > 0 ? [plan.operator] : [], paths };
}

export function writeLabState(state: LabState): void {
  mkdirSync(stateDirOf(state.name), { recursive: true, mode: 0o755 });
  writeFileSync(statePath(state.name), `${JSON.stringify(state, null, 2)}\n`, { mode: 0o600 });
}

export function readLabState(name: string): LabState | undefined {
  try {
    return JSON.parse(readFileSync(statePath(name), "utf8")) as LabState;
  } catch {
    return undefined;
  }
}

/** Names of labs with a state directory on this machine. */
export function listLabNames(): string[] {
  if (!existsSync(STATE_ROOT)) return [];
  return readdirSync(STATE_ROOT).sort();
}
