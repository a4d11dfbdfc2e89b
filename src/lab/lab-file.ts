// The lab file: the JSON `lab up` writes and programs and tests read to find hosts and peers.

import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, writeFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { LabError } from "./lab-error";
import type { DefaultsProfile, FrrTrack, PeerDaemon } from "./topology";

export const LAB_FILE_FORMAT = 1;
/** Directory (relative to the current directory) where `lab up` writes `<name>.json` by default. */
export const LAB_DIR = ".lab";
/** Environment variable naming the lab file tests and programs should use. */
export const LAB_FILE_ENV = "FRR_IAC_LAB_FILE";

export interface LabFrrVersion {
  /** As FRR reports it in `show version`: "8.4.4", "10.3". */
  readonly version: string;
  readonly major: number;
  readonly minor: number;
  /** The track the topology asked for: "8.4" | "10.3". */
  readonly track: FrrTrack;
  /** The Debian package version: "8.4.4-1.1~deb12u2". */
  readonly package: string;
}

export interface LabUser {
  readonly username: string;
  readonly privateKeyPath: string;
  /** "ssh-ed25519 AAAA..." */
  readonly publicKey: string;
  /** Whether this user must prefix vtysh with `sudo -n` to configure FRR (false: plain vtysh works). */
  readonly sudoNeeded: boolean;
  /** Whether `sudo -n vtysh ...` is allowed for this user. */
  readonly sudoVtysh: boolean;
  readonly groups: readonly string[];
}

export interface LabHostKey {
  readonly algorithm: string;
  /** The public key line as in known_hosts: "ssh-ed25519 AAAA...". */
  readonly publicKey: string;
  /** OpenSSH format: "SHA256:..." */
  readonly fingerprint: string;
}

export interface LabInterface {
  readonly name: string;
  readonly link: string;
  /** The namespace the interface lives in (a VRF's namespace for VRF interfaces). */
  readonly namespace: string;
  readonly vrf?: string;
  /** With prefix length: "10.0.0.1/24". */
  readonly addresses: readonly string[];
}

export interface LabHost {
  readonly name: string;
  readonly namespace: string;
  readonly frr: LabFrrVersion;
  readonly defaults: DefaultsProfile;
  /** `vtysh -N <pathspace>` reaches this host's FRR, locally and over SSH. */
  readonly pathspace: string;
  /** "/" or the host's own copy of the Debian 13 root (FRR 10.3), where sshd and FRR run chrooted. */
  readonly root: string;
  readonly ssh: {
    readonly address: string;
    readonly port: number;
    readonly hostKey: LabHostKey;
    readonly knownHostsFile: string;
  };
  readonly users: readonly LabUser[];
  readonly loopback: readonly string[];
  readonly interfaces: readonly LabInterface[];
  /** VRF name → the network namespace backing it. */
  readonly vrfs: Readonly<Record<string, string>>;
  /** argv prefix that runs a command on this host from the machine (as root). */
  readonly exec: readonly string[];
  /** argv prefix that runs this host's vtysh from the machine (as root). */
  readonly vtysh: readonly string[];
}

export interface LabPeer {
  readonly name: string;
  readonly namespace: string;
  readonly daemon: PeerDaemon;
  readonly asn: number;
  readonly description?: string;
  readonly password?: string;
  readonly announces: readonly string[];
  readonly loopback: readonly string[];
  readonly interfaces: readonly LabInterface[];
  /** Every address of the peer without prefix length (interfaces, then loopback). */
  readonly addresses: readonly string[];
  readonly frr?: LabFrrVersion;
  readonly pathspace?: string;
  readonly root: string;
  /** BIRD: its control socket (`birdc -s`). GoBGP: its API address inside the namespace. */
  readonly control?: { readonly birdSocket?: string; readonly gobgpApi?: string };
  readonly exec: readonly string[];
  readonly vtysh?: readonly string[];
}

export interface LabLink {
  /** The namespace holding the bridge, for links with three or more ends. */
  readonly bridgeNamespace?: string;
  readonly ends: ReadonlyArray<{ readonly node: string; readonly interface: string; readonly namespace: string; readonly vrf?: string; readonly addresses: readonly string[] }>;
}

export interface LabFile {
  readonly format: typeof LAB_FILE_FORMAT;
  readonly name: string;
  readonly topology: string;
  readonly createdAt: string;
  readonly labFile: string;
  readonly stateDir: string;
  readonly knownHostsFile: string;
  readonly management: {
    readonly namespace: string;
    readonly address: string;
    readonly prefix: string;
    /** argv prefix that runs a command in the management namespace (where drivers run). */
    readonly exec: readonly string[];
  };
  readonly hosts: Readonly<Record<string, LabHost>>;
  readonly peers: Readonly<Record<string, LabPeer>>;
  readonly links: Readonly<Record<string, LabLink>>;
  /** How long `lab up` took, in milliseconds. */
  readonly upMs: number;
}

export function defaultLabFilePath(name: string, cwd = process.cwd()): string {
  return resolve(cwd, LAB_DIR, `${name}.json`);
}

export function writeLabFile(lab: LabFile): void {
  mkdirSync(dirname(lab.labFile), { recursive: true });
  const temp = `${lab.labFile}.tmp`;
  writeFileSync(temp, `${JSON.stringify(lab, null, 2)}\n`, { mode: 0o600 });
  renameSync(temp, lab.labFile);
}

/**
 * Reads a lab file. `ref` may be a path to the JSON or a lab name (`.lab/<name>.json` in the current
 * directory). Without it: $FRR_IAC_LAB_FILE, else the only lab file in `.lab/`.
 */
export function readLabFile(ref?: string, cwd = process.cwd()): LabFile {
  const path = resolveLabFile(ref, cwd);
  let parsed: unknown;
  try {
    parsed = JSON.parse(readFileSync(path, "utf8"));
  } catch (error) {
    throw new LabError("FRR_LAB_NOT_FOUND", `cannot read lab file ${path}: ${error instanceof Error ? error.message : String(error)}. Start the lab with \`frr-iac lab up\`.`);
  }
  const lab = parsed as Partial<LabFile>;
  if (lab.format !== LAB_FILE_FORMAT || typeof lab.name !== "string" || typeof lab.hosts !== "object") {
    throw new LabError("FRR_LAB_NOT_FOUND", `${path} is not a lab file of format ${LAB_FILE_FORMAT}; run \`frr-iac lab up\` again to rewrite it.`);
  }
  return parsed as LabFile;
}

export function resolveLabFile(ref: string | undefined, cwd = process.cwd()): string {
  if (ref !== undefined) {
    if (ref.endsWith(".json") || ref.includes("/")) return resolve(cwd, ref);
    return defaultLabFilePath(ref, cwd);
  }
  const fromEnv = process.env[LAB_FILE_ENV];
  if (fromEnv !== undefined && fromEnv !== "") return resolve(cwd, fromEnv);
  const dir = join(cwd, LAB_DIR);
  const candidates = existsSync(dir) ? readdirSync(dir).filter((f) => f.endsWith(".json")) : [];
  if (candidates.length === 1 && candidates[0] !== undefined) return join(dir, candidates[0]);
  if (candidates.length === 0) {
    throw new LabError("FRR_LAB_NOT_FOUND", `no lab file in ${dir} and $${LAB_FILE_ENV} is not set. Start a lab with \`frr-iac lab up lab/topologies/tor.yaml\`.`);
  }
  throw new LabError("FRR_LAB_NOT_FOUND", `several lab files in ${dir} (${candidates.join(", ")}); name one (a path or a lab name) or set $${LAB_FILE_ENV}.`);
}

/** The host or peer called `node`, or the management namespace for "mgmt". */
export function findNode(lab: LabFile, node: string): LabHost | LabPeer | undefined {
  return lab.hosts[node] ?? lab.peers[node];
}
