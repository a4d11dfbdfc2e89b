// What integration tests know about the running lab: its file, how to reach its hosts (from the
// management namespace the tests run in), and how to poke a host behind frr-iac's back.
import { existsSync } from "node:fs";
import { resolve } from "node:path";
import type { HostConnection } from "../../src/host/host-session";
import { labConnection } from "../../src/lab-connection";
import { labExec, labRestartFrr, readLabFile, type LabFile } from "../../src/lab";

export function labFilePath(name: string): string {
  const fromEnv = process.env["FRR_IAC_LAB_FILE"];
  const path = fromEnv && fromEnv !== "" ? resolve(fromEnv) : resolve(__dirname, "../../.lab", `${name}.json`);
  if (!existsSync(path)) {
    throw new Error(`the ${name} lab is not up (no ${path}). Run the suite with \`npm test\`, or \`frr-iac lab up lab/topologies/${name}.yaml\` and run vitest through \`frr-iac lab exec mgmt -- ...\``);
  }
  return path;
}

export function lab(name: string): LabFile {
  return readLabFile(labFilePath(name));
}

export function connectionTo(labName: string, host: string, user = "root"): HostConnection {
  return { spec: labConnection(labFilePath(labName), host, { user }) as Record<string, unknown>, persist: true };
}

/** Runs vtysh commands on a lab host as root, behind frr-iac's back. */
export async function vtysh(labName: string, host: string, commands: readonly string[]): Promise<string> {
  const result = await labExec(host, ["vtysh", ...commands.flatMap((c) => ["-c", c])], { lab: labFilePath(labName) });
  return result.stdout;
}

/** A hand edit: a configure-terminal chain run on the host with vtysh, as an operator would. */
export function handEdit(labName: string, host: string, commands: readonly string[]): Promise<string> {
  return vtysh(labName, host, ["configure terminal", ...commands]);
}

export async function runningConfig(labName: string, host: string): Promise<string> {
  return vtysh(labName, host, ["show running-config"]);
}

/** Polls `read` (bounded) until `done` holds, for BGP state that settles on FRR's timers. */
export async function eventually<T>(read: () => Promise<T>, done: (value: T) => boolean, timeoutMs = 30_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  let value = await read();
  while (!done(value) && Date.now() < deadline) {
    await new Promise((resolve) => setTimeout(resolve, 500));
    value = await read();
  }
  return value;
}

/**
 * FRR 10.3 keeps BGP instances the configuration no longer shows: a default instance deleted
 * while an EVPN L3VNI still had a VRF instance stays hidden, and neither it nor a VRF instance
 * claimed later opens its listening socket again, so dynamic neighbors can no longer connect.
 * Only a restart of the host's FRR clears that. Tests that share a host start from a bgpd
 * whose instances are exactly the configured ones.
 */
export async function restartFrrIfInstancesLinger(labName: string, host: string): Promise<boolean> {
  const configured = new Set(
    (await runningConfig(labName, host))
      .split("\n")
      .filter((line) => line.startsWith("router bgp "))
      .map((line) => / vrf (\S+)/.exec(line)?.[1] ?? "default"),
  );
  const lingering = Object.keys(liveInstances(await vtysh(labName, host, ["show bgp vrfs json"]))).filter((vrf) => !configured.has(vrf));
  if (lingering.length === 0) return false;
  await labRestartFrr(labName, host);
  return true;
}

/** `restartFrrIfInstancesLinger` on every host of the lab. */
export async function restartLingeringBgpInstances(labName: string): Promise<void> {
  for (const host of Object.keys(readLabFile(labFilePath(labName)).hosts)) await restartFrrIfInstancesLinger(labName, host);
}

function liveInstances(json: string): Record<string, unknown> {
  try {
    return (JSON.parse(json) as { vrfs?: Record<string, unknown> }).vrfs ?? {};
  } catch {
    return {}; // no BGP at all: FRR 8.4 answers with text
  }
}
