// Tears a lab down completely: processes, mounts, namespaces, users and files. Works from the state
// record, and also sweeps by name prefix so an interrupted `lab up` leaves nothing behind.

import { existsSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { dirname } from "node:path";
import { LabError } from "./lab-error";
import { mountsUnder } from "./mounts-under";
import { listNamespaces, processesIn, processesMatching, type NamespaceProcess } from "./namespace-processes";
import { labPrefix, operatorName, STATE_ROOT, stateDirOf } from "./plan-lab";
import { readLabState } from "./lab-state";
import { run, waitFor } from "./run-command";
import { requireMachineNamespace, requireRoot } from "./machine-namespace";

export interface LabDownOptions {
  readonly log?: (line: string) => void;
}

export interface LabLeftovers {
  readonly namespaces: string[];
  readonly processes: string[];
  readonly mounts: string[];
  readonly paths: string[];
  readonly users: string[];
}

function labNamespaces(name: string): string[] {
  return listNamespaces().filter((ns) => ns.startsWith(labPrefix(name)));
}

function sweptPaths(name: string): string[] {
  const prefix = labPrefix(name);
  const under = (dir: string): string[] => {
    try {
      return readdirSync(dir).filter((f) => f.startsWith(prefix)).map((f) => `${dir}/${f}`);
    } catch {
      return [];
    }
  };
  return [...under("/etc/frr"), ...under("/var/run/frr"), ...under("/etc/netns"), `/etc/sudoers.d/${prefix.slice(0, -1)}`];
}

function userExists(user: string): boolean {
  return readFileSync("/etc/passwd", "utf8").split("\n").some((l) => l.startsWith(`${user}:`));
}

/**
 * The lab's processes: those in its namespaces, and (should a namespace have lost its name) those
 * whose command line names the lab's pathspaces or state directory.
 */
function labProcesses(name: string, namespaces: readonly string[]): NamespaceProcess[] {
  const found = new Map(processesIn(namespaces).map((p) => [p.pid, p]));
  for (const p of processesMatching([labPrefix(name), `${stateDirOf(name)}/`])) if (!found.has(p.pid)) found.set(p.pid, p);
  return [...found.values()];
}

async function stopProcesses(name: string, namespaces: string[]): Promise<void> {
  // watchfrr restarts daemons that die, so signal everything at once and repeat until nothing is left.
  for (let round = 0; round < 6; round++) {
    const procs = labProcesses(name, namespaces);
    if (procs.length === 0) return;
    const signal = round < 2 ? "SIGTERM" : "SIGKILL";
    for (const p of procs) {
      try {
        process.kill(p.pid, signal);
      } catch {
        // already gone
      }
    }
    await waitFor(() => labProcesses(name, namespaces).length === 0, round < 2 ? 3_000 : 1_000, 50);
  }
}

async function unmountAll(dir: string): Promise<void> {
  for (let round = 0; round < 3; round++) {
    const mounts = mountsUnder(dir);
    if (mounts.length === 0) return;
    for (const m of mounts) {
      const result = await run(["umount", m], { allowFailure: true });
      if (result.code !== 0) await run(["umount", "-l", m], { allowFailure: true });
    }
  }
}

/** What of lab `name` still exists on this machine. Empty lists mean it is completely gone. */
export function labLeftovers(name: string, extraPaths: readonly string[] = []): LabLeftovers {
  const namespaces = labNamespaces(name);
  const stateDir = stateDirOf(name);
  return {
    namespaces,
    processes: labProcesses(name, namespaces).map((p) => `${p.pid} ${p.command}${p.namespace === "" ? "" : ` (${p.namespace})`}`),
    mounts: mountsUnder(stateDir),
    paths: [...sweptPaths(name), stateDir, ...extraPaths].filter((p) => existsSync(p)),
    users: userExists(operatorName(name)) ? [operatorName(name)] : [],
  };
}

export async function labDown(name: string, options: LabDownOptions = {}): Promise<void> {
  const log = options.log ?? (() => undefined);
  requireRoot("frr-iac lab down");
  requireMachineNamespace("frr-iac lab down");
  const state = readLabState(name);
  const stateDir = stateDirOf(name);
  const namespaces = [...new Set([...(state?.namespaces ?? []), ...labNamespaces(name)])];

  await stopProcesses(name, namespaces);
  await unmountAll(stateDir);
  for (const ns of namespaces) {
    if (existsSync(`/run/netns/${ns}`)) await run(["ip", "netns", "delete", ns], { allowFailure: true });
  }
  const users = new Set([...(state?.machineUsers ?? []), operatorName(name)]);
  for (const user of users) {
    if (!userExists(user)) continue;
    for (let attempt = 0; attempt < 30; attempt++) {
      const result = await run(["userdel", user], { allowFailure: true });
      if (result.code !== 10) break; // 10: passwd is locked by another process
      await new Promise((r) => setTimeout(r, 100));
    }
  }
  const files = state === undefined ? [] : [state.labFile, state.keysDir, ...state.machinePaths];
  for (const path of [...new Set([...files, ...sweptPaths(name)])]) rmSync(path, { recursive: true, force: true });
  // A mount namespace may still pin a mount for a moment after its last process exits.
  await waitFor(() => mountsUnder(stateDir).length === 0, 2_000, 50);
  rmSync(stateDir, { recursive: true, force: true });
  if (state !== undefined) {
    // Remove `.lab/` itself when this was its last lab.
    try {
      const dir = dirname(state.labFile);
      if (readdirSync(dir).length === 0) rmSync(dir, { recursive: true });
    } catch {
      // not there
    }
  }

  // Shared parents the lab creates on first use; removed only when no other lab uses them.
  for (const dir of ["/etc/netns", STATE_ROOT, dirname(STATE_ROOT)]) {
    try {
      if (readdirSync(dir).length === 0) rmSync(dir, { recursive: true });
    } catch {
      // not there
    }
  }

  const left = labLeftovers(name, files);
  const problems = Object.entries(left).filter(([, list]) => (list as string[]).length > 0);
  if (problems.length > 0) {
    const detail = problems.map(([kind, list]) => `  ${kind}: ${(list as string[]).join(", ")}`).join("\n");
    throw new LabError("FRR_LAB_TEARDOWN_INCOMPLETE", `lab ${name} was not removed completely:\n${detail}\nRun \`frr-iac lab down --name ${name}\` again; if it persists, remove these by hand.`);
  }
  log(`lab ${name} is down`);
}
