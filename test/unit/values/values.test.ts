import { describe, expect, it } from "vitest";
import { parseAsn, parseRemoteAs } from "../../../src/values/asn";
import { parseCommunity, parseLargeCommunity, parseRouteDistinguisher } from "../../../src/values/community";
import { parseIpAddress, parsePrefix, prefixContains } from "../../../src/values/ip";
import { parseInterfaceName, parseName, ROUTE_MAP_NAME, VRF_NAME } from "../../../src/values/names";
import { parseFreeText, parsePassword } from "../../../src/values/text";

const good = <T>(parsed: { ok: boolean; value?: T }) => (parsed.ok ? parsed.value : `refused`);
const message = (parsed: { ok: boolean; message?: string }) => (parsed.ok ? "accepted" : parsed.message);

describe("parseAsn", () => {
  it.each([
    [65000, 65000],
    ["65000", 65000],
    ["1.10", 65546],
    ["0.1", 1],
    [4294967294, 4294967294],
    ["4200001000", 4200001000],
  ])("accepts %j as %j", (input, expected) => expect(good(parseAsn(input))).toBe(expected));

  it.each([
    [0, /AS 0 is reserved/],
    [23456, /AS_TRANS/],
    [65535, /reserved \(RFC 7300\)/],
    [4294967295, /reserved/],
    [4294967296, /out of range/],
    [-1, /out of range/],
    [1.5, /not an integer/],
    ["065000", /not an AS number/],
    ["1.65536", /asdot half above 65535/],
    ["AS65000", /not an AS number/],
    ["", /not an AS number/],
    [null, /type object/],
  ])("refuses %j: %s", (input, pattern) => expect(message(parseAsn(input))).toMatch(pattern));

  it("remote-as takes keywords and canonical numbers", () => {
    expect(good(parseRemoteAs("external"))).toBe("external");
    expect(good(parseRemoteAs(65001))).toBe("65001");
    expect(good(parseRemoteAs("1.1"))).toBe("65537");
    expect(message(parseRemoteAs("External"))).toMatch(/"external", "internal"/);
  });
});

describe("IP addresses and prefixes", () => {
  it.each([
    ["10.0.0.1", "10.0.0.1"],
    ["fd00:0:0:ffff::1", "fd00:0:0:ffff::1"],
    ["FD00:0000:0000:FFFF:0000:0000:0000:0001", "fd00:0:0:ffff::1"],
    ["2001:db8::0:1", "2001:db8::1"],
    ["::", "::"],
  ])("canonicalises %s to %s", (input, expected) => expect(good(parseIpAddress(input))).toBe(expected));

  it.each([
    ["10.1", /dotted-quad/],
    ["010.0.0.1", /dotted-quad/],
    ["10.0.0.256", /dotted-quad/],
    ["0x0a.0.0.1", /dotted-quad/],
    ["fe80::1%eth0", /zone IDs/],
    ["10.0.0.1 ", /dotted-quad/],
    ["10.0.0.1\nrouter bgp 1", /dotted-quad/],
    ["gggg::1", /not an IPv6 address/],
  ])("refuses %j", (input, pattern) => expect(message(parseIpAddress(input))).toMatch(pattern));

  it("checks the family when asked", () => {
    expect(message(parseIpAddress("fd00::1", "ipv4"))).toMatch(/not an IPv4 address/);
    expect(good(parseIpAddress("10.0.0.1", "ipv4"))).toBe("10.0.0.1");
  });

  it.each([
    ["10.100.0.0/24", "10.100.0.0/24"],
    ["0.0.0.0/0", "0.0.0.0/0"],
    ["fd00:101:0000::/64", "fd00:101::/64"],
    ["::/0", "::/0"],
    ["10.9.9.9/32", "10.9.9.9/32"],
  ])("accepts prefix %s", (input, expected) => expect(good(parsePrefix(input))).toBe(expected));

  it("names the prefix to use when host bits are set", () => {
    expect(message(parsePrefix("10.9.9.9/24"))).toBe(
      'has host bits set. FRR would store it as "10.9.9.0/24" and every plan would show a change. Use "10.9.9.0/24"',
    );
    expect(message(parsePrefix("fd00:0:0:ffff::/48"))).toMatch(/"fd00::\/48"/);
  });

  it.each([
    ["10.0.0.0", /no prefix length.*"10.0.0.0\/32"/],
    ["10.0.0.0/33", /0 to 32/],
    ["fd00::/129", /0 to 128/],
    ["10.0.0.0/024", /invalid prefix length/],
    ["10.0.0/24", /does not start with/],
  ])("refuses prefix %j", (input, pattern) => expect(message(parsePrefix(input))).toMatch(pattern));

  it("knows containment", () => {
    expect(prefixContains("10.101.254.0/24", "10.101.254.7/32")).toBe(true);
    expect(prefixContains("10.101.254.0/24", "10.101.0.0/16")).toBe(false);
    expect(prefixContains("fd00:101:fe::/64", "fd00:101:fe::11/128")).toBe(true);
    expect(prefixContains("fd00:101:fe::/64", "10.0.0.0/8")).toBe(false);
  });
});

describe("names and free text", () => {
  it.each(["VMS", "IMPORT-VM-ROUTES", "vrf_evpnz1", "_x", "TENANT_ONLY_V6", "a.b:c-d"])("accepts name %s", (input) =>
    expect(good(parseName(input, ROUTE_MAP_NAME))).toBe(input),
  );
  it.each([
    ["", /0 characters long/],
    ["x".repeat(300), /300 characters long/],
    ["two words", /characters FRR or frr-iac cannot take safely/],
    ["1abc", /starting with a letter/],
    ["name\nrouter bgp 1", /cannot take safely/],
    ["a;rm -rf /", /cannot take safely/],
  ])("refuses name %j", (input, pattern) => expect(message(parseName(input, ROUTE_MAP_NAME))).toMatch(pattern));
  it("limits VRF names to FRR's 36 characters", () => expect(message(parseName("v".repeat(37), VRF_NAME))).toMatch(/1 to 36/));
  it("knows interface names", () => {
    expect(good(parseInterfaceName("eth0.100"))).toBe("eth0.100");
    expect(message(parseInterfaceName("averyveryverylongname"))).toMatch(/1 to 15/);
  });

  it.each(["ToR-Switch-A", '"iBGP to pve02 loopback"', "a # b ! c"])("accepts description %j", (input) => expect(good(parseFreeText(input, 80))).toBe(input));
  it.each([
    ["line one\nneighbor 10.0.0.1 shutdown", /control character/],
    ["tab\there", /control character/],
    ["two  spaces", /repeated spaces/],
    [" leading", /leading/],
    ["x".repeat(81), /81 characters/],
  ])("refuses description %j", (input, pattern) => expect(message(parseFreeText(input, 80))).toMatch(pattern));

  it("never echoes a password in its message", () => {
    const secret = "super secret";
    const parsed = parsePassword(secret);
    expect(parsed.ok).toBe(false);
    expect(message(parsed)).not.toContain(secret);
    expect(good(parsePassword("secretpass"))).toBe("secretpass");
  });
});

describe("communities", () => {
  it("takes AA:NN, well-known names, large communities and route distinguishers", () => {
    expect(good(parseCommunity("65000:100"))).toBe("65000:100");
    expect(good(parseCommunity("no-export"))).toBe("no-export");
    expect(message(parseCommunity("65536:1"))).toMatch(/0-65535/);
    expect(message(parseCommunity("65000:1:1"))).toMatch(/not a community/);
    expect(good(parseLargeCommunity("4200001000:0:100"))).toBe("4200001000:0:100");
    expect(message(parseLargeCommunity("4294967296:0:0"))).toMatch(/0-4294967295/);
    expect(good(parseRouteDistinguisher("10.255.0.1:2"))).toBe("10.255.0.1:2");
    expect(good(parseRouteDistinguisher("4200001000:101"))).toBe("4200001000:101");
    expect(message(parseRouteDistinguisher("4200001000:70000"))).toMatch(/route distinguisher/);
  });
});
