import { describe, expect, it } from "vitest";
import { parseTopology } from "../../../src/lab/parse-topology";
import { onMachine, planLab } from "../../../src/lab/plan-lab";

const doc = `
name: tor
management: 172.30.1.0/24
hosts:
  node1: { frr: "8.4" }
  node2: { frr: "10.3", management: 172.30.1.11, vrfs: [vrf_red] }
  node3: { frr: "8.4" }
peers:
  tor-a: { daemon: bird, asn: 65001, config: "router id 1.1.1.1;" }
links:
  fabric:
    node1: [10.0.0.1/24]
    node2: [10.0.0.2/24]
    tor-a: [10.0.0.254/24]
  p2p:
    node1: [10.1.0.0/31]
    tor-a: [10.1.0.1/31]
  red:
    node2: { vrf: vrf_red, ifname: vnet1, addresses: [10.2.0.1/31] }
    node3: [10.2.0.0/31]
`;

const plan = planLab(parseTopology(doc, "t.yaml"), "lab1", { trixieRoot: "/roots/trixie" });
const node = (name: string) => plan.nodes.find((n) => n.spec.name === name);

describe("planLab", () => {
  it("names namespaces fil-<lab>-<node>, VRF namespaces fil-<lab>-<host>.<vrf>, bridges after their link", () => {
    expect(plan.namespaces).toEqual([
      "fil-lab1-mgmt",
      "fil-lab1-node1",
      "fil-lab1-node2",
      "fil-lab1-node3",
      "fil-lab1-tor-a",
      "fil-lab1-node2.vrf_red",
      "fil-lab1-fabric",
    ]);
    expect(node("node2")?.vrfNamespaces).toEqual({ vrf_red: "fil-lab1-node2.vrf_red" });
  });

  it("numbers management addresses from .11, skipping explicit ones", () => {
    expect(plan.management).toEqual({ namespace: "fil-lab1-mgmt", address: "172.30.1.1", prefix: "172.30.1.0/24", prefixLength: 24 });
    expect(node("node1")?.managementAddress).toBe("172.30.1.12");
    expect(node("node2")?.managementAddress).toBe("172.30.1.11");
    expect(node("node3")?.managementAddress).toBe("172.30.1.13");
    expect(node("tor-a")?.managementAddress).toBeUndefined();
  });

  it("names interfaces after the other node on a veth, after the link on a segment", () => {
    expect(node("node1")?.interfaces.map((i) => i.name)).toEqual(["fabric", "tor-a"]);
    expect(node("tor-a")?.interfaces.map((i) => i.name)).toEqual(["fabric", "node1"]);
    expect(node("node2")?.interfaces.find((i) => i.link === "red")).toMatchObject({ name: "vnet1", namespace: "fil-lab1-node2.vrf_red", vrf: "vrf_red" });
  });

  it("puts a segment's ports in a bridge namespace and joins veth ends directly", () => {
    expect(plan.bridges).toEqual([{ link: "fabric", namespace: "fil-lab1-fabric", ports: ["node1", "node2", "tor-a"] }]);
    expect(plan.veths).toContainEqual({ a: { namespace: "fil-lab1-node1", name: "fabric" }, b: { namespace: "fil-lab1-fabric", name: "node1" } });
    expect(plan.veths).toContainEqual({ a: { namespace: "fil-lab1-node1", name: "tor-a" }, b: { namespace: "fil-lab1-tor-a", name: "node1" } });
    expect(plan.veths).toContainEqual({ a: { namespace: "fil-lab1-node2.vrf_red", name: "vnet1" }, b: { namespace: "fil-lab1-node3", name: "node2" } });
  });

  it("runs FRR 10.3 in an overlay of the trixie root and FRR 8.4 on the machine", () => {
    expect(node("node1")).toMatchObject({ rootDir: "/", pathspace: "fil-lab1-node1" });
    expect(node("node2")).toMatchObject({
      rootDir: "/run/frr-iac/lab/lab1/nodes/node2/root",
      overlay: { lower: "/roots/trixie", upper: "/run/frr-iac/lab/lab1/nodes/node2/overlay/upper", work: "/run/frr-iac/lab/lab1/nodes/node2/overlay/work" },
    });
    expect(node("tor-a")?.pathspace).toBeUndefined();
    const n2 = node("node2");
    expect(n2 && onMachine(n2, "/etc/frr")).toBe("/run/frr-iac/lab/lab1/nodes/node2/root/etc/frr");
  });

  it("names the operator after the lab", () => {
    expect(plan.operator).toBe("frrops-lab1");
  });
});
