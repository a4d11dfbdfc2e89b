import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { toConfigSnippet, toVtyshChain } from "../../../src/frr/commands";
import { findNode, parseRunningConfig, printConfig } from "../../../src/frr/config-tree";

describe("parseRunningConfig", () => {
  it("reads FRR 8.4 running-config with exits into a context tree", () => {
    const config = parseRunningConfig(readFileSync(join(__dirname, "../../fixtures/frr/8.4/traditional/seed-pve-host.running.conf"), "utf8"));
    expect(config.version).toBe("8.4.4");
    expect(config.defaults).toBe("traditional");
    const vrfRouter = findNode(config.root, ["router bgp 4200001000 vrf vrf_evpnz1"])!;
    expect(vrfRouter.lines).toContain("bgp listen range fd00:101::/64 peer-group VMS");
    expect(findNode(config.root, ["router bgp 4200001000", "address-family l2vpn evpn"])!.lines).toEqual([
      "neighbor fd00:0:0:ffff::2 activate",
      "neighbor fd00:0:0:ffff::3 activate",
      "advertise-all-vni",
      "advertise-svi-ip",
    ]);
    expect(findNode(config.root, ["route-map IMPORT_FROM_ROUTEROS permit 10"])!.lines).toEqual([]);
    expect(findNode(config.root, ["vrf vrf_evpnz1"])!.lines).toEqual(["vni 10101"]);
    expect(config.root.lines).toContain("ip prefix-list DEFAULT_V4 seq 5 permit 0.0.0.0/0");
  });

  it("reads the same structure from FRR 10.3 output", () => {
    const v8 = parseRunningConfig(readFileSync(join(__dirname, "../../fixtures/frr/8.4/traditional/seed-pve-host.running.conf"), "utf8"));
    const v10 = parseRunningConfig(readFileSync(join(__dirname, "../../fixtures/frr/10.3/traditional/seed-pve-host.running.conf"), "utf8"));
    const headers = (c: typeof v8) => c.root.children.map((n) => n.header).sort();
    expect(headers(v10)).toEqual(headers(v8));
  });

  it("reads configuration that uses indentation only, and unindented files with exits", () => {
    const indented = parseRunningConfig("router bgp 1\n neighbor 10.0.0.1 remote-as 2\n address-family ipv4 unicast\n  network 10.0.0.0/8\n neighbor 10.0.0.2 remote-as 3\nroute-map X permit 10\n set metric 5\n");
    expect(findNode(indented.root, ["router bgp 1"])!.lines).toEqual(["neighbor 10.0.0.1 remote-as 2", "neighbor 10.0.0.2 remote-as 3"]);
    expect(findNode(indented.root, ["route-map X permit 10"])!.lines).toEqual(["set metric 5"]);
    const flat = parseRunningConfig("router bgp 1\nneighbor 10.0.0.1 remote-as 2\naddress-family ipv4 unicast\nnetwork 10.0.0.0/8\nexit-address-family\nexit\nip prefix-list A seq 5 permit any\n");
    expect(findNode(flat.root, ["router bgp 1", "address-family ipv4 unicast"])!.lines).toEqual(["network 10.0.0.0/8"]);
    expect(flat.root.lines).toEqual(["ip prefix-list A seq 5 permit any"]);
  });

  it("prints what it parsed", () => {
    const text = readFileSync(join(__dirname, "../../fixtures/frr/10.3/datacenter/seed-pve-host.running.conf"), "utf8");
    const once = parseRunningConfig(text);
    const twice = parseRunningConfig(printConfig(once));
    expect(twice).toEqual(once);
  });
});

describe("command chains", () => {
  const commands = [
    { context: ["router bgp 65000"], line: "neighbor 10.0.0.1 remote-as 65001" },
    { context: ["router bgp 65000", "address-family ipv4 unicast"], line: "neighbor 10.0.0.1 activate" },
    { context: ["router bgp 65000", "address-family ipv6 unicast"], line: "neighbor 10.0.0.1 activate" },
    { context: [], line: "ip prefix-list A seq 5 permit 10.0.0.0/8" },
    { context: ["route-map B permit 10"] },
  ];
  it("enter and leave contexts as FRR expects", () => {
    expect(toVtyshChain(commands)).toEqual([
      "configure terminal",
      "router bgp 65000",
      "neighbor 10.0.0.1 remote-as 65001",
      "address-family ipv4 unicast",
      "neighbor 10.0.0.1 activate",
      "exit-address-family",
      "address-family ipv6 unicast",
      "neighbor 10.0.0.1 activate",
      "exit-address-family",
      "exit",
      "ip prefix-list A seq 5 permit 10.0.0.0/8",
      "route-map B permit 10",
      "exit",
    ]);
    expect(toConfigSnippet(commands)).toContain("router bgp 65000\n neighbor 10.0.0.1 remote-as 65001\n address-family ipv4 unicast\n  neighbor 10.0.0.1 activate\n exit-address-family\n");
  });
});
