// Puts benchmark hosts back to the lab's starting configuration between runs (behind frr-iac's
// back, from the machine's namespace): no BGP instance, no benchmark policy, saved.
import type * as Lab from "../src/lab/index";
import { product } from "./repo";
import { ASN, POLICY, PREFIX_LIST } from "./workload";

const REMOVE = [`no router bgp ${ASN}`, `no route-map ${POLICY}`, `no ip prefix-list ${PREFIX_LIST}`];

async function resetHost(labFile: string, host: string): Promise<void> {
  const { labExec } = product<typeof Lab>("src/lab/index");
  const vtysh = (commands: readonly string[]) => labExec(host, ["vtysh", ...commands.flatMap((c) => ["-c", c])], { lab: labFile, allowFailure: true, timeoutMs: 120_000 });
  // One vtysh per removal: a `-c` chain stops at the first object that is not there.
  for (const command of REMOVE) await vtysh(["configure terminal", command]);
  await vtysh(["write memory"]);
  const left = (await vtysh(["show running-config"])).stdout;
  if (/^router bgp|BENCH-/m.test(left)) throw new Error(`resetting ${host} left benchmark configuration behind:\n${left}`);
}

/** Resets the hosts in parallel, then lets bgpd finish tearing down what it just deleted. */
export async function resetHosts(labFile: string, hosts: readonly string[]): Promise<void> {
  await Promise.all(hosts.map((host) => resetHost(labFile, host)));
  await new Promise((resolve) => setTimeout(resolve, 1000));
}
