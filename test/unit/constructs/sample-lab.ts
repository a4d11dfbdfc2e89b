// A lab file like the one `frr-iac lab up` writes, for synthesising the CDKTF examples and
// constructs without a running lab. Addresses are the topologies' management addresses.
import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { LAB_FILE_FORMAT, type LabFile, type LabHost } from "../../../src/lab/lab-file";

export const SAMPLE_HOSTS = {
  tor: { node1: "172.30.1.11", node2: "172.30.1.12" },
  pve: { pve01: "172.30.2.11", pve02: "172.30.2.12", pve03: "172.30.2.13" },
} as const;

export type SampleTopology = keyof typeof SAMPLE_HOSTS;

function sampleHost(lab: string, name: string, address: string, stateDir: string): LabHost {
  const frr = { version: "10.3", major: 10, minor: 3, track: "10.3", package: "10.3-3+deb13u1" } as const;
  return {
    name,
    namespace: `fil-${lab}-${name}`,
    frr,
    defaults: "datacenter",
    pathspace: `fil-${lab}-${name}`,
    root: "/",
    ssh: {
      address,
      port: 22,
      hostKey: { algorithm: "ssh-ed25519", publicKey: "ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIFakeSampleKeyForSynthOnly", fingerprint: `SHA256:sample-${name}` },
      knownHostsFile: join(stateDir, "known_hosts"),
    },
    users: [
      { username: "root", privateKeyPath: join(stateDir, "id_ed25519_root"), publicKey: "ssh-ed25519 AAAA sample", sudoNeeded: false, sudoVtysh: false, groups: [] },
      { username: `frrops-${lab}`, privateKeyPath: join(stateDir, "id_ed25519_operator"), publicKey: "ssh-ed25519 AAAA sample", sudoNeeded: true, sudoVtysh: true, groups: ["frr", "frrvty"] },
    ],
    loopback: [],
    interfaces: [],
    vrfs: {},
    exec: ["true"],
    vtysh: ["true"],
  };
}

/** Writes `<dir>/<topology>.json` and returns its path. */
export function writeSampleLabFile(topology: SampleTopology, dir: string): string {
  mkdirSync(dir, { recursive: true });
  const path = join(dir, `${topology}.json`);
  const stateDir = join(dir, topology);
  const lab: LabFile = {
    format: LAB_FILE_FORMAT,
    name: topology,
    topology: `lab/topologies/${topology}.yaml`,
    createdAt: "2026-01-01T00:00:00.000Z",
    labFile: path,
    stateDir,
    knownHostsFile: join(stateDir, "known_hosts"),
    management: { namespace: `fil-${topology}-mgmt`, address: "172.30.0.1", prefix: "172.30.0.0/24", exec: ["true"] },
    hosts: Object.fromEntries(Object.entries(SAMPLE_HOSTS[topology]).map(([name, address]) => [name, sampleHost(topology, name, address, stateDir)])),
    peers: {},
    links: {},
    upMs: 0,
  };
  writeFileSync(path, `${JSON.stringify(lab, null, 2)}\n`);
  return path;
}
