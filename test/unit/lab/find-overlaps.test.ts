import { describe, expect, it } from "vitest";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { findOverlaps, labPrefixes, rootPrefixesFromIp } from "../../../src/lab/find-overlaps";
import { parseTopology } from "../../../src/lab/parse-topology";

// `ip -j address` and `ip -j route show table all` of this project's machines (trimmed).
const addresses = [
  { ifname: "lo", addr_info: [{ family: "inet", local: "127.0.0.1", prefixlen: 8 }, { family: "inet6", local: "::1", prefixlen: 128 }] },
  { ifname: "eth0", addr_info: [{ family: "inet", local: "192.0.2.2", prefixlen: 24 }, { family: "inet6", local: "fd00::2", prefixlen: 64 }, { family: "inet6", local: "fe80::fc:ff:fe00:1", prefixlen: 64 }] },
];
const routes = [
  { dst: "default", gateway: "192.0.2.1", dev: "eth0" },
  { dst: "192.0.2.0/24", dev: "eth0" },
  { type: "local", dst: "127.0.0.0/8", dev: "lo", table: "local" },
  { type: "broadcast", dst: "192.0.2.255", dev: "eth0", table: "local" },
  { dst: "fd00::/64", dev: "eth0" },
  { dst: "fe80::/64", dev: "eth0" },
  { dst: "default", gateway: "fd00::1", dev: "eth0" },
  { type: "multicast", dst: "ff00::/8", dev: "eth0", table: "local" },
];
const root = rootPrefixesFromIp(addresses, routes);

describe("rootPrefixesFromIp", () => {
  it("takes addresses, their networks and non-default routes, not link-local or multicast", () => {
    const prefixes = root.map((r) => r.prefix);
    expect(prefixes).toEqual(expect.arrayContaining(["127.0.0.1/32", "127.0.0.0/8", "192.0.2.2/32", "192.0.2.0/24", "fd00::2/128", "fd00::/64", "192.0.2.255/32"]));
    expect(prefixes.some((p) => p.startsWith("fe80") || p.startsWith("ff00") || p.endsWith("/0"))).toBe(false);
  });
});

describe("findOverlaps", () => {
  it("finds a lab prefix inside a root prefix and the other way round", () => {
    const overlaps = findOverlaps([["links.a.h1[0]", "192.0.2.128/25"], ["routes[0]", "fd00::/16"], ["ok", "fd00:0:0:ffff::1/128"]], root);
    expect(overlaps.map((o) => o.path)).toEqual(expect.arrayContaining(["links.a.h1[0]", "routes[0]"]));
    expect(overlaps.some((o) => o.path === "ok")).toBe(false);
    expect(overlaps.find((o) => o.path === "links.a.h1[0]")?.root.source).toMatch(/eth0/);
  });

  it.each(["tor", "pve", "cloudstack"])("finds none for the shipped %s topology on this machine's addressing", (name) => {
    const file = join(__dirname, "../../../lab/topologies", `${name}.yaml`);
    const topology = parseTopology(readFileSync(file, "utf8"), file);
    expect(findOverlaps(labPrefixes(topology), root)).toEqual([]);
  });
});
