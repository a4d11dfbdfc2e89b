// Creates the lab's namespaces, veth pairs, bridge segments, addresses and routes.

import { formatInterfaceAddress, type InterfaceAddress } from "./interface-address";
import { BRIDGE_NAME, MANAGEMENT_INTERFACE, type LabPlan, type PlannedNode } from "./plan-lab";
import { run } from "./run-command";

async function batch(namespace: string, lines: readonly string[], what: string): Promise<void> {
  if (lines.length === 0) return;
  const numbered = lines.map((l, i) => `  ${i + 1}: ${l}`).join("\n");
  await run(["ip", "-n", namespace, "-batch", "-"], { input: `${lines.join("\n")}\n`, what: `${what} in namespace ${namespace} (batch lines:\n${numbered})` });
}

function addressLine(a: InterfaceAddress, device: string): string {
  return `addr add ${formatInterfaceAddress(a)} dev ${device}${a.family === "ipv6" ? " nodad" : ""}`;
}

function sysctls(forwarding: boolean): string[] {
  const f = forwarding ? 1 : 0;
  // DAD off: addresses are unique by construction and DAD would delay every IPv6 session by seconds.
  return [
    `net.ipv4.ip_forward=${f}`,
    `net.ipv6.conf.all.forwarding=${f}`,
    "net.ipv6.conf.all.accept_dad=0",
    "net.ipv6.conf.default.accept_dad=0",
  ];
}

export async function buildNetwork(plan: LabPlan): Promise<void> {
  const forwardingOf = new Map<string, boolean>();
  for (const node of plan.nodes) {
    forwardingOf.set(node.namespace, node.spec.forwarding);
    for (const ns of Object.values(node.vrfNamespaces)) forwardingOf.set(ns, node.spec.forwarding);
  }
  await Promise.all(
    plan.namespaces.map(async (ns) => {
      await run(["ip", "netns", "add", ns], { what: `creating network namespace ${ns}` });
      await run(["ip", "netns", "exec", ns, "sysctl", "-q", "-w", ...sysctls(forwardingOf.get(ns) ?? false)], { what: `setting sysctls in ${ns}` });
    }),
  );

  const m = plan.management;
  await batch(m.namespace, [`link add ${BRIDGE_NAME} type bridge mcast_snooping 0`, `addr add ${m.address}/${m.prefixLength} dev ${BRIDGE_NAME}`], "creating the management bridge");
  await Promise.all(plan.bridges.map((b) => batch(b.namespace, [`link add ${BRIDGE_NAME} type bridge mcast_snooping 0`], `creating the bridge of link ${b.link}`)));

  const hosts = plan.nodes.filter((n) => n.managementAddress !== undefined);
  const veths = [
    ...plan.veths,
    ...hosts.map((h) => ({ a: { namespace: h.namespace, name: MANAGEMENT_INTERFACE }, b: { namespace: m.namespace, name: h.spec.name } })),
  ];
  await Promise.all(
    veths.map((v) =>
      run(["ip", "link", "add", v.a.name, "netns", v.a.namespace, "type", "veth", "peer", "name", v.b.name, "netns", v.b.namespace], {
        what: `creating veth ${v.a.namespace}/${v.a.name} <-> ${v.b.namespace}/${v.b.name}`,
      }),
    ),
  );

  const lines = new Map<string, string[]>();
  const add = (ns: string, line: string): void => {
    const list = lines.get(ns) ?? [];
    list.push(line);
    lines.set(ns, list);
  };
  for (const ns of plan.namespaces) add(ns, "link set lo up");
  for (const h of hosts) add(m.namespace, `link set ${h.spec.name} master ${BRIDGE_NAME}`);
  for (const h of hosts) add(m.namespace, `link set ${h.spec.name} up`);
  add(m.namespace, `link set ${BRIDGE_NAME} up`);
  for (const b of plan.bridges) {
    for (const port of b.ports) add(b.namespace, `link set ${port} master ${BRIDGE_NAME}`);
    for (const port of b.ports) add(b.namespace, `link set ${port} up`);
    add(b.namespace, `link set ${BRIDGE_NAME} up`);
  }
  for (const node of plan.nodes) addNodeAddresses(node, add, plan.management.prefixLength);
  await Promise.all([...lines].map(([ns, l]) => batch(ns, l, "configuring interfaces")));

  const routes = new Map<string, string[]>();
  for (const node of plan.nodes) {
    for (const r of node.spec.routes) {
      const ns = r.vrf === undefined ? node.namespace : (node.vrfNamespaces[r.vrf] ?? node.namespace);
      const list = routes.get(ns) ?? [];
      list.push(r.blackhole ? `route add blackhole ${r.to}` : `route add ${r.to} via ${r.via ?? ""}`);
      routes.set(ns, list);
    }
  }
  await Promise.all([...routes].map(([ns, l]) => batch(ns, l, "adding static routes")));
}

function addNodeAddresses(node: PlannedNode, add: (ns: string, line: string) => void, managementLength: number): void {
  for (const a of node.spec.loopback) add(node.namespace, addressLine(a, "lo"));
  for (const iface of node.interfaces) {
    for (const a of iface.addresses) add(iface.namespace, addressLine(a, iface.name));
    add(iface.namespace, `link set ${iface.name} up`);
  }
  if (node.managementAddress !== undefined) {
    add(node.namespace, `addr add ${node.managementAddress}/${managementLength} dev ${MANAGEMENT_INTERFACE}`);
    add(node.namespace, `link set ${MANAGEMENT_INTERFACE} up`);
  }
}
