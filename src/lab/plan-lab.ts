// Topology + lab name → every name and path the lab will create on this machine. Pure, so the
// naming rules (namespaces, interfaces, pathspaces, management addresses) are unit-tested and
// `lab down` can recompute what `lab up` made.

import { ipv4AtOffset, type InterfaceAddress } from "./interface-address";
import type { NodeSpec, Topology } from "./topology";

export const STATE_ROOT = "/run/frr-iac/lab";
export const NAMESPACE_PREFIX = "fil-";
export const DEFAULT_TRIXIE_ROOT = "/var/cache/frr-iac/roots/trixie";
/** Interface names the lab itself uses. */
export const MANAGEMENT_INTERFACE = "mgmt0";
export const BRIDGE_NAME = "br0";

export interface PlannedInterface {
  readonly name: string;
  readonly namespace: string;
  readonly link: string;
  readonly vrf?: string;
  readonly addresses: readonly InterfaceAddress[];
}

export interface PlannedOverlay {
  readonly lower: string;
  readonly upper: string;
  readonly work: string;
}

export interface PlannedNode {
  readonly name: string;
  readonly spec: NodeSpec;
  readonly namespace: string;
  /** Machine directory for everything this node needs that lives outside its root. */
  readonly machineDir: string;
  /** "/" for FRR 8.4 and BIRD/GoBGP; the merged overlay of the trixie root for FRR 10.3. */
  readonly rootDir: string;
  readonly overlay?: PlannedOverlay;
  /** Directory for the node's own files (sshd config, keys, logs), as seen from inside its root. */
  readonly filesDir: string;
  /** FRR pathspace, for hosts and FRR peers. */
  readonly pathspace?: string;
  /** VRF name → network namespace backing it. */
  readonly vrfNamespaces: Readonly<Record<string, string>>;
  readonly interfaces: readonly PlannedInterface[];
  /** Hosts only: the address sshd listens on. */
  readonly managementAddress?: string;
}

export interface PlannedVethEnd {
  readonly namespace: string;
  readonly name: string;
}

export interface PlannedVeth {
  readonly a: PlannedVethEnd;
  readonly b: PlannedVethEnd;
}

export interface PlannedBridge {
  readonly link: string;
  readonly namespace: string;
  readonly ports: readonly string[];
}

export interface LabPlan {
  readonly name: string;
  readonly stateDir: string;
  readonly operator: string;
  readonly management: {
    readonly namespace: string;
    readonly address: string;
    readonly prefix: string;
    readonly prefixLength: number;
  };
  readonly nodes: readonly PlannedNode[];
  /** Every namespace of the lab, in creation order. */
  readonly namespaces: readonly string[];
  readonly veths: readonly PlannedVeth[];
  readonly bridges: readonly PlannedBridge[];
}

export function labPrefix(lab: string): string {
  return `${NAMESPACE_PREFIX}${lab}-`;
}

export function nodeNamespace(lab: string, node: string): string {
  return `${labPrefix(lab)}${node}`;
}

/** "." cannot appear in node names, so a VRF namespace never collides with a node's. */
export function vrfNamespace(lab: string, host: string, vrf: string): string {
  return `${labPrefix(lab)}${host}.${vrf}`;
}

export function operatorName(lab: string): string {
  return `frrops-${lab}`;
}

export function stateDirOf(lab: string): string {
  return `${STATE_ROOT}/${lab}`;
}

export interface PlanOptions {
  readonly trixieRoot?: string;
}

export function planLab(topology: Topology, name: string, options: PlanOptions = {}): LabPlan {
  const stateDir = stateDirOf(name);
  const trixieRoot = options.trixieRoot ?? DEFAULT_TRIXIE_ROOT;
  const prefixLength = Number(topology.management.split("/")[1]);
  const management = {
    namespace: nodeNamespace(name, "mgmt"),
    address: ipv4AtOffset(topology.management, 1),
    prefix: topology.management,
    prefixLength,
  };

  const taken = new Set(topology.hosts.flatMap((h) => (h.management === undefined ? [] : [h.management])));
  let next = 11;
  const managementOf = new Map<string, string>();
  for (const host of topology.hosts) {
    if (host.management !== undefined) {
      managementOf.set(host.name, host.management);
      continue;
    }
    let address = ipv4AtOffset(topology.management, next++);
    while (taken.has(address)) address = ipv4AtOffset(topology.management, next++);
    taken.add(address);
    managementOf.set(host.name, address);
  }

  const interfaces = new Map<string, PlannedInterface[]>();
  const veths: PlannedVeth[] = [];
  const bridges: PlannedBridge[] = [];
  const vrfNs = (node: string, vrf: string | undefined): string => (vrf === undefined ? nodeNamespace(name, node) : vrfNamespace(name, node, vrf));
  for (const link of topology.links) {
    const segment = link.ends.length > 2;
    const bridgeNamespace = nodeNamespace(name, link.name);
    if (segment) bridges.push({ link: link.name, namespace: bridgeNamespace, ports: link.ends.map((e) => e.node) });
    const planned = link.ends.map((end) => {
      const other = link.ends.find((e) => e !== end);
      const ifname = end.ifname ?? (segment ? link.name : (other?.node ?? link.name));
      const iface: PlannedInterface = {
        name: ifname,
        namespace: vrfNs(end.node, end.vrf),
        link: link.name,
        addresses: end.addresses,
        ...(end.vrf !== undefined ? { vrf: end.vrf } : {}),
      };
      const list = interfaces.get(end.node) ?? [];
      list.push(iface);
      interfaces.set(end.node, list);
      return iface;
    });
    if (segment) {
      planned.forEach((iface, i) => {
        veths.push({ a: { namespace: iface.namespace, name: iface.name }, b: { namespace: bridgeNamespace, name: link.ends[i]?.node ?? `p${i}` } });
      });
    } else if (planned[0] !== undefined && planned[1] !== undefined) {
      veths.push({ a: { namespace: planned[0].namespace, name: planned[0].name }, b: { namespace: planned[1].namespace, name: planned[1].name } });
    }
  }

  const nodes: PlannedNode[] = [...topology.hosts, ...topology.peers].map((spec) => {
    const machineDir = `${stateDir}/nodes/${spec.name}`;
    const runsFrr = spec.role === "host" || spec.daemon === "frr";
    const chrooted = runsFrr && spec.frr === "10.3";
    const vrfNamespaces: Record<string, string> = {};
    if (spec.role === "host") for (const vrf of spec.vrfs) vrfNamespaces[vrf] = vrfNamespace(name, spec.name, vrf);
    const managementAddress = managementOf.get(spec.name);
    return {
      name: spec.name,
      spec,
      namespace: nodeNamespace(name, spec.name),
      machineDir,
      rootDir: chrooted ? `${machineDir}/root` : "/",
      ...(chrooted ? { overlay: { lower: trixieRoot, upper: `${machineDir}/overlay/upper`, work: `${machineDir}/overlay/work` } } : {}),
      filesDir: `${machineDir}/files`,
      ...(runsFrr ? { pathspace: nodeNamespace(name, spec.name) } : {}),
      vrfNamespaces,
      interfaces: interfaces.get(spec.name) ?? [],
      ...(managementAddress !== undefined ? { managementAddress } : {}),
    };
  });

  const namespaces = [
    management.namespace,
    ...nodes.map((n) => n.namespace),
    ...nodes.flatMap((n) => Object.values(n.vrfNamespaces)),
    ...bridges.map((b) => b.namespace),
  ];
  return { name, stateDir, operator: operatorName(name), management, nodes, namespaces, veths, bridges };
}

/** A path inside a node's root, as seen from the machine. */
export function onMachine(node: Pick<PlannedNode, "rootDir">, path: string): string {
  return node.rootDir === "/" ? path : `${node.rootDir}${path}`;
}
