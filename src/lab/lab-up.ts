// `lab up`: topology → running lab → lab file.

import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { ValidationError } from "../errors";
import { ensureFrr10Root, ensurePackages, packageRoot } from "./ensure-packages";
import { findOverlaps, formatOverlaps, labPrefixes, rootPrefixesFromIp } from "./find-overlaps";
import { fingerprintOf, knownHostsLine, parsePublicKey } from "./host-key";
import { buildNetwork } from "./build-network";
import { LabError } from "./lab-error";
import { defaultLabFilePath, writeLabFile, type LabFile, type LabHost, type LabInterface, type LabLink, type LabPeer } from "./lab-file";
import { labDown } from "./lab-down";
import { requireMachineNamespace, requireRoot, rootNamespaceIp } from "./machine-namespace";
import { machineArtifacts, readLabState, writeLabState } from "./lab-state";
import { listNamespaces } from "./namespace-processes";
import { execPrefix, namespaceExecPrefix, vtyshPrefix } from "./node-exec";
import { LAB_NAME, parseTopology } from "./parse-topology";
import { DEFAULT_TRIXIE_ROOT, labPrefix, onMachine, planLab, type LabPlan, type PlannedNode } from "./plan-lab";
import { run } from "./run-command";
import { GOBGP_API, nodeFiles, prepareNode, SSH_PORT, startNode, type NodeFacts, type UserKey } from "./start-node";
import type { Topology } from "./topology";

export interface LabUpOptions {
  /** Lab name; defaults to the topology's `name`. Pick your own when sharing the machine. */
  readonly name?: string;
  /** Where to write the lab file; defaults to `.lab/<name>.json` in the current directory. */
  readonly labFile?: string;
  /** Leave a failed lab in place for inspection instead of tearing it down. */
  readonly keepOnFailure?: boolean;
  readonly log?: (line: string) => void;
  readonly trixieRoot?: string;
}


/** A topology path, or the name of a shipped one ("tor" → lab/topologies/tor.yaml). */
export function resolveTopology(ref: string): string {
  if (existsSync(ref)) return resolve(ref);
  const shipped = join(packageRoot(), "lab", "topologies", ref.endsWith(".yaml") ? ref : `${ref}.yaml`);
  if (existsSync(shipped)) return shipped;
  throw new LabError("FRR_LAB_NOT_FOUND", `no topology file "${ref}" (also looked for ${shipped}). Pass a YAML path or one of: tor, pve, cloudstack.`);
}

export function loadTopology(path: string): Topology {
  return parseTopology(readFileSync(path, "utf8"), path);
}

async function checkIsolation(topology: Topology): Promise<void> {
  const inRoot = rootNamespaceIp();
  const [addresses, routes4, routes6] = await Promise.all([
    run([...inRoot, "address"], { what: "reading the root namespace's addresses" }),
    run([...inRoot, "-4", "route", "show", "table", "all"], { what: "reading the root namespace's routes" }),
    run([...inRoot, "-6", "route", "show", "table", "all"], { what: "reading the root namespace's routes" }),
  ]);
  const parse = (text: string): unknown[] => (text.trim() === "" ? [] : (JSON.parse(text) as unknown[]));
  const root = rootPrefixesFromIp(parse(addresses.stdout), [...parse(routes4.stdout), ...parse(routes6.stdout)]);
  const overlaps = findOverlaps(labPrefixes(topology), root);
  if (overlaps.length > 0) {
    throw new LabError(
      "FRR_LAB_OVERLAP",
      `refusing to start: lab prefixes overlap this machine's own addresses or routes, so lab traffic could leave the lab or shadow the machine's network:\n${formatOverlaps(overlaps)}\nRenumber the topology (documentation and private ranges not used by the machine are fine).`,
    );
  }
}

async function makeUserKey(path: string, comment: string): Promise<UserKey> {
  await run(["ssh-keygen", "-q", "-t", "ed25519", "-N", "", "-C", comment, "-f", path], { what: `generating the SSH key ${path}` });
  return { privateKeyPath: path, publicKey: readFileSync(`${path}.pub`, "utf8").trim().split(/\s+/).slice(0, 2).join(" ") };
}

function labInterfaces(node: PlannedNode): LabInterface[] {
  return node.interfaces.map((i) => ({
    name: i.name,
    link: i.link,
    namespace: i.namespace,
    ...(i.vrf !== undefined ? { vrf: i.vrf } : {}),
    addresses: i.addresses.map((a) => `${a.address}/${a.length}`),
  }));
}

function frrVersion(facts: NodeFacts): NonNullable<LabHost["frr"]> {
  const f = facts.frr;
  if (f === undefined) throw new LabError("FRR_LAB_START_FAILED", "internal: FRR facts missing");
  const [major, minor] = f.version.split(".").map(Number);
  return { version: f.version, major: major ?? 0, minor: minor ?? 0, track: f.track, package: f.package };
}

function buildLabFile(plan: LabPlan, topologyPath: string, labFilePath: string, knownHostsFile: string, keys: { root: UserKey; operator: UserKey }, facts: Map<string, NodeFacts>, upMs: number): LabFile {
  const hosts: Record<string, LabHost> = {};
  const peers: Record<string, LabPeer> = {};
  for (const node of plan.nodes) {
    const spec = node.spec;
    const f = facts.get(spec.name) ?? {};
    const interfaces = labInterfaces(node);
    const loopback = spec.loopback.map((a) => `${a.address}/${a.length}`);
    if (spec.role === "host") {
      const key = parsePublicKey(f.hostKey ?? "");
      hosts[spec.name] = {
        name: spec.name,
        namespace: node.namespace,
        frr: frrVersion(f),
        defaults: spec.defaults,
        pathspace: node.pathspace ?? "",
        root: node.rootDir,
        ssh: {
          address: node.managementAddress ?? "",
          port: SSH_PORT,
          hostKey: { algorithm: key.algorithm, publicKey: `${key.algorithm} ${key.base64}`, fingerprint: fingerprintOf(key) },
          knownHostsFile,
        },
        users: [
          { username: "root", privateKeyPath: keys.root.privateKeyPath, publicKey: keys.root.publicKey, sudoNeeded: false, sudoVtysh: false, groups: ["root"] },
          { username: plan.operator, privateKeyPath: keys.operator.privateKeyPath, publicKey: keys.operator.publicKey, sudoNeeded: false, sudoVtysh: true, groups: ["frr", "frrvty"] },
        ],
        loopback,
        interfaces,
        vrfs: { ...node.vrfNamespaces },
        exec: execPrefix(node),
        vtysh: vtyshPrefix(node, node.pathspace ?? ""),
      };
    } else {
      const files = nodeFiles(node);
      peers[spec.name] = {
        name: spec.name,
        namespace: node.namespace,
        daemon: spec.daemon,
        asn: spec.asn,
        ...(spec.description !== undefined ? { description: spec.description } : {}),
        ...(spec.password !== undefined ? { password: spec.password } : {}),
        announces: spec.announces,
        loopback,
        interfaces,
        addresses: [...node.interfaces.flatMap((i) => i.addresses.map((a) => a.address)), ...spec.loopback.map((a) => a.address)],
        ...(f.frr !== undefined ? { frr: frrVersion(f), pathspace: node.pathspace ?? "", vtysh: vtyshPrefix(node, node.pathspace ?? "") } : {}),
        root: node.rootDir,
        ...(spec.daemon === "bird" ? { control: { birdSocket: onMachine(node, files.birdSocket) } } : {}),
        ...(spec.daemon === "gobgp" ? { control: { gobgpApi: GOBGP_API } } : {}),
        exec: execPrefix(node),
      };
    }
  }
  const links: Record<string, LabLink> = {};
  for (const node of plan.nodes) {
    for (const i of node.interfaces) {
      const bridge = plan.bridges.find((b) => b.link === i.link);
      const link = links[i.link] ?? { ...(bridge !== undefined ? { bridgeNamespace: bridge.namespace } : {}), ends: [] };
      links[i.link] = {
        ...link,
        ends: [...link.ends, { node: node.spec.name, interface: i.name, namespace: i.namespace, ...(i.vrf !== undefined ? { vrf: i.vrf } : {}), addresses: i.addresses.map((a) => `${a.address}/${a.length}`) }],
      };
    }
  }
  return {
    format: 1,
    name: plan.name,
    topology: topologyPath,
    createdAt: new Date().toISOString(),
    labFile: labFilePath,
    stateDir: plan.stateDir,
    knownHostsFile,
    management: { namespace: plan.management.namespace, address: plan.management.address, prefix: plan.management.prefix, exec: namespaceExecPrefix(plan.management.namespace) },
    hosts,
    peers,
    links,
    upMs,
  };
}

/** Brings a lab up (tearing down an existing lab of the same name first) and writes its lab file. */
export async function labUp(topologyRef: string, options: LabUpOptions = {}): Promise<LabFile> {
  const started = Date.now();
  const log = options.log ?? (() => undefined);
  requireRoot("frr-iac lab up");
  requireMachineNamespace("frr-iac lab up");
  const topologyPath = resolveTopology(topologyRef);
  const topology = loadTopology(topologyPath);
  const name = options.name ?? topology.name;
  if (!LAB_NAME.test(name)) {
    throw new ValidationError("lab name", [{ code: "FRR_INVALID_NAME", path: "name", input: name, message: "is not a lab name: 1 to 12 lower-case letters and digits, starting with a letter (no \"-\")" }]);
  }
  const trixieRoot = options.trixieRoot ?? process.env["FRR_IAC_TRIXIE_ROOT"] ?? DEFAULT_TRIXIE_ROOT;
  const plan = planLab(topology, name, { trixieRoot });

  await ensurePackages(log);
  if (plan.nodes.some((n) => n.overlay !== undefined)) await ensureFrr10Root(trixieRoot, log);
  await checkIsolation(topology);
  if (readLabState(name) !== undefined || listNamespaces().some((ns) => ns.startsWith(labPrefix(name)))) {
    log(`lab ${name} exists; tearing it down first`);
    await labDown(name, { log });
  }

  const labFilePath = resolve(options.labFile ?? defaultLabFilePath(name));
  const keysDir = join(dirname(labFilePath), name);
  const artifacts = machineArtifacts(plan);
  writeLabState({
    name,
    createdAt: new Date().toISOString(),
    topology: topologyPath,
    labFile: labFilePath,
    keysDir,
    namespaces: plan.namespaces,
    machineUsers: artifacts.users,
    machinePaths: artifacts.paths,
  });

  try {
    log(`lab ${name}: ${topology.hosts.length} host(s), ${topology.peers.length} peer(s), ${topology.links.length} link(s) from ${topologyPath}`);
    mkdirSync(keysDir, { recursive: true, mode: 0o700 });
    const [rootKey, operatorKey] = await Promise.all([
      makeUserKey(join(keysDir, "id_ed25519_root"), `root@${name}`),
      makeUserKey(join(keysDir, `id_ed25519_${plan.operator}`), `${plan.operator}@${name}`),
    ]);
    await buildNetwork(plan);
    const ctx = { plan, rootKey, operatorKey, log };
    await Promise.all(plan.nodes.map((n) => prepareNode(ctx, n)));
    const results = await Promise.all(plan.nodes.map(async (n) => [n.spec.name, await startNode(ctx, n)] as const));
    const facts = new Map(results);

    const knownHostsFile = join(keysDir, "known_hosts");
    const known = plan.nodes
      .filter((n) => n.spec.role === "host")
      .map((n) => knownHostsLine(n.managementAddress ?? "", SSH_PORT, parsePublicKey(facts.get(n.spec.name)?.hostKey ?? "")));
    writeFileSync(knownHostsFile, `${known.join("\n")}\n`, { mode: 0o644 });
    const lab = buildLabFile(plan, topologyPath, labFilePath, knownHostsFile, { root: rootKey, operator: operatorKey }, facts, Date.now() - started);
    writeLabFile(lab);
    log(`lab ${name} is up in ${((Date.now() - started) / 1000).toFixed(1)} s; lab file: ${labFilePath}`);
    return lab;
  } catch (error) {
    if (options.keepOnFailure === true) {
      throw new LabError("FRR_LAB_START_FAILED", `${error instanceof Error ? error.message : String(error)}\nThe partial lab was kept for inspection; remove it with \`frr-iac lab down --name ${name}\`.`, { cause: error });
    }
    let cleanup = "the partial lab was torn down";
    try {
      await labDown(name);
    } catch (downError) {
      cleanup = `tearing the partial lab down failed too: ${downError instanceof Error ? downError.message : String(downError)}`;
    }
    const message = error instanceof Error ? error.message : String(error);
    throw new LabError("FRR_LAB_START_FAILED", `lab ${name} could not start; ${cleanup}.\n${message.replace(/^FRR_LAB_[A-Z_]+: /, "")}`, { cause: error });
  }
}
