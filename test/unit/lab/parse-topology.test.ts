import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { ValidationError } from "../../../src/errors";
import { parseTopology } from "../../../src/lab/parse-topology";

const TOPOLOGIES = join(__dirname, "../../../lab/topologies");

const minimal = `
name: t1
management: 172.30.9.0/24
hosts:
  h1: { frr: "8.4" }
peers:
  p1:
    daemon: frr
    asn: 65001
    config: |
      router bgp 65001
links:
  l1:
    h1: [10.0.0.1/31]
    p1: [10.0.0.0/31]
`;

function issuesOf(text: string): Array<{ code: string; path: string; message: string }> {
  try {
    parseTopology(text, "test.yaml");
  } catch (error) {
    if (error instanceof ValidationError) return error.issues.map((i) => ({ code: i.code, path: i.path, message: i.message }));
    throw error;
  }
  return [];
}

function withChange(change: (doc: string) => string): string {
  return change(minimal);
}

describe("parseTopology", () => {
  it.each(["tor", "pve", "cloudstack"])("accepts the shipped %s topology", (name) => {
    const t = parseTopology(readFileSync(join(TOPOLOGIES, `${name}.yaml`), "utf8"), `${name}.yaml`);
    expect(t.name).toBe(name);
    expect(t.hosts.length).toBeGreaterThan(0);
    expect(t.peers.length).toBeGreaterThan(0);
  });

  it("reads a minimal topology with defaults filled in", () => {
    const t = parseTopology(minimal, "test.yaml");
    expect(t.hosts[0]).toMatchObject({ name: "h1", frr: "8.4", defaults: "traditional", vrfs: [], config: "", forwarding: true });
    expect(t.peers[0]).toMatchObject({ name: "p1", daemon: "frr", asn: 65001, frr: "8.4", announces: [], run: [] });
    expect(t.links[0]?.ends.map((e) => e.node)).toEqual(["h1", "p1"]);
    expect(t.links[0]?.ends[0]?.addresses[0]).toEqual({ address: "10.0.0.1", length: 31, family: "ipv4", network: "10.0.0.0/31" });
  });

  it("accepts frr versions written as YAML numbers", () => {
    const t = parseTopology(withChange((d) => d.replace('frr: "8.4"', "frr: 10.3")), "test.yaml");
    expect(t.hosts[0]?.frr).toBe("10.3");
  });

  it("canonicalises IPv6 addresses", () => {
    const t = parseTopology(withChange((d) => d.replace("h1: [10.0.0.1/31]", "h1: [10.0.0.1/31, 2001:DB8:0:0::1/64]")), "test.yaml");
    expect(t.links[0]?.ends[0]?.addresses[1]).toMatchObject({ address: "2001:db8::1", network: "2001:db8::/64" });
  });

  it.each<[string, (d: string) => string, string, string]>([
    ["an unknown field", (d) => d.replace('h1: { frr: "8.4" }', 'h1: { frr: "8.4", frrr: 1 }'), "FRR_UNKNOWN_FIELD", "hosts.h1.frrr"],
    ["an unknown FRR version", (d) => d.replace('frr: "8.4"', 'frr: "9.1"'), "FRR_INVALID_CHOICE", "hosts.h1.frr"],
    ["a missing FRR version", (d) => d.replace('h1: { frr: "8.4" }', "h1: { defaults: datacenter }"), "FRR_REQUIRED", "hosts.h1.frr"],
    ["an unknown daemon", (d) => d.replace("daemon: frr", "daemon: quagga"), "FRR_INVALID_CHOICE", "peers.p1.daemon"],
    ["a reserved ASN", (d) => d.replace("asn: 65001", "asn: 23456"), "FRR_INVALID_ASN", "peers.p1.asn"],
    ["a lenient IPv4 address", (d) => d.replace("10.0.0.1/31", "10.1/31"), "FRR_INVALID_ADDRESS", "links.l1.h1[0]"],
    ["an address without length", (d) => d.replace("10.0.0.1/31", "10.0.0.1"), "FRR_INVALID_ADDRESS", "links.l1.h1[0]"],
    ["a link to an unknown node", (d) => d.replace("p1: [10.0.0.0/31]", "p2: [10.0.0.0/31]"), "FRR_CONFLICT", "links.l1.p2"],
    ["a lab name with a dash", (d) => d.replace("name: t1", "name: my-lab"), "FRR_INVALID_NAME", "name"],
    ["the reserved node name mgmt", (d) => d.replace('h1: { frr: "8.4" }', 'mgmt: { frr: "8.4" }'), "FRR_INVALID_NAME", "hosts.mgmt"],
    ["a node name longer than an interface name", (d) => d.replace('h1: { frr: "8.4" }', 'abcdefghijklmnop: { frr: "8.4" }'), "FRR_INVALID_NAME", "hosts.abcdefghijklmnop"],
    ["a management prefix overlapping the data plane", (d) => d.replace("172.30.9.0/24", "10.0.0.0/24"), "FRR_CONFLICT", "links.l1.h1[0]"],
    ["a management prefix with host bits", (d) => d.replace("172.30.9.0/24", "172.30.9.1/24"), "FRR_INVALID_PREFIX", "management"],
  ])("reports %s", (_, change, code, path) => {
    expect(issuesOf(withChange(change))).toContainEqual(expect.objectContaining({ code, path }));
  });

  it("refuses a route with host bits and says which prefix to use", () => {
    const issues = issuesOf(withChange((d) => d.replace('h1: { frr: "8.4" }', 'h1: { frr: "8.4", routes: [{ to: 10.100.0.1/24, blackhole: true }] }')));
    expect(issues).toContainEqual(expect.objectContaining({ code: "FRR_INVALID_PREFIX", path: "hosts.h1.routes[0].to" }));
    expect(issues[0]?.message).toContain('"10.100.0.0/24"');
  });

  it("needs exactly one of via and blackhole on a route", () => {
    const both = issuesOf(withChange((d) => d.replace('h1: { frr: "8.4" }', 'h1: { frr: "8.4", routes: [{ to: 10.9.0.0/24, via: 10.0.0.0, blackhole: true }] }')));
    expect(both).toContainEqual(expect.objectContaining({ code: "FRR_CONFLICT", path: "hosts.h1.routes[0]" }));
    const mixed = issuesOf(withChange((d) => d.replace('h1: { frr: "8.4" }', 'h1: { frr: "8.4", routes: [{ to: 10.9.0.0/24, via: "2001:db8::1" }] }')));
    expect(mixed).toContainEqual(expect.objectContaining({ code: "FRR_CONFLICT", path: "hosts.h1.routes[0].via" }));
  });

  it("requires a link end's VRF to be declared on the host", () => {
    const issues = issuesOf(withChange((d) => d.replace("h1: [10.0.0.1/31]", "h1: { vrf: red, addresses: [10.0.0.1/31] }")));
    expect(issues).toContainEqual(expect.objectContaining({ code: "FRR_CONFLICT", path: "links.l1.h1.vrf" }));
  });

  it("refuses two links that would create the same interface name", () => {
    const doc = withChange((d) => `${d}  l2:\n    h1: [10.0.1.1/31]\n    p1: [10.0.1.0/31]\n`);
    expect(issuesOf(doc)).toContainEqual(expect.objectContaining({ code: "FRR_CONFLICT", path: "links.l2.h1" }));
    const fixed = doc.replace("    h1: [10.0.1.1/31]", "    h1: { ifname: p1-b, addresses: [10.0.1.1/31] }").replace("    p1: [10.0.1.0/31]", "    p1: { ifname: h1-b, addresses: [10.0.1.0/31] }");
    expect(issuesOf(fixed)).toEqual([]);
  });

  it("refuses a password the peer's config does not contain, without echoing it", () => {
    const issues = issuesOf(withChange((d) => d.replace("asn: 65001", "asn: 65001\n    password: s3cret")));
    const issue = issues.find((i) => i.path === "peers.p1.password");
    expect(issue?.code).toBe("FRR_CONFLICT");
    expect(JSON.stringify(issues)).not.toContain("s3cret");
  });

  it("collects every issue before failing", () => {
    const issues = issuesOf(withChange((d) => d.replace('frr: "8.4"', 'frr: "7"').replace("asn: 65001", "asn: -1").replace("10.0.0.1/31", "10.0.0.300/31")));
    expect(issues.map((i) => i.path)).toEqual(expect.arrayContaining(["hosts.h1.frr", "peers.p1.asn", "links.l1.h1[0]"]));
  });

  it("reports YAML syntax errors with their position", () => {
    const issues = issuesOf("name: [unclosed\n");
    expect(issues[0]?.message).toMatch(/not valid YAML.*line \d+, column \d+/s);
  });
});
