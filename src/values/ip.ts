import ipaddr from "ipaddr.js";
import { fail, ok, type Parsed } from "./result";

export type Family = "ipv4" | "ipv6";

// ipaddr.js is lenient (it accepts "10.1", octal "010.0.0.1", hex and zone IDs), so IPv4 is
// checked against strict dotted-quad decimal first and IPv6 zone IDs are refused outright.
const DOTTED_QUAD = /^(25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)(\.(25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)){3}$/;
const IPV6_CHARS = /^[0-9a-fA-F:.]+$/;

function parseIpv4(input: string): Parsed<string> {
  if (!DOTTED_QUAD.test(input)) {
    return fail("FRR_INVALID_ADDRESS", "is not an IPv4 address in dotted-quad decimal (e.g. \"10.0.0.1\"; no leading zeros, no shorthand)");
  }
  return ok(input);
}

function parseIpv6(input: string): Parsed<string> {
  if (!IPV6_CHARS.test(input) || !input.includes(":") || !ipaddr.IPv6.isValid(input)) {
    return fail("FRR_INVALID_ADDRESS", "is not an IPv6 address (e.g. \"fd00:0:0:ffff::1\"; zone IDs such as \"%eth0\" are not allowed)");
  }
  return ok(ipaddr.IPv6.parse(input).toRFC5952String());
}

export function familyOf(address: string): Family {
  return address.includes(":") ? "ipv6" : "ipv4";
}

/** An IPv4 or IPv6 address in the canonical text FRR prints (IPv6 compressed, lower case). */
export function parseIpAddress(input: unknown, family?: Family): Parsed<string> {
  if (typeof input !== "string") return fail("FRR_INVALID_ADDRESS", `has type ${typeof input}; expected an IP address string`);
  const wanted = family ?? familyOf(input);
  if (family !== undefined && familyOf(input) !== family) {
    return fail("FRR_INVALID_ADDRESS", `is not an ${family === "ipv4" ? "IPv4" : "IPv6"} address`);
  }
  return wanted === "ipv4" ? parseIpv4(input) : parseIpv6(input);
}

/**
 * A unicast address usable as a BGP next hop: FRR refuses (with "% Configuration failed") the
 * unspecified, loopback, multicast and reserved ranges, and IPv6 link-local as a global next hop.
 */
export function parseNextHop(input: unknown, family?: Family): Parsed<string> {
  const parsed = parseIpAddress(input, family);
  if (!parsed.ok) return parsed;
  const address = ipaddr.parse(parsed.value);
  const range = address.range();
  const refused = address.kind() === "ipv4" ? ["unspecified", "loopback", "multicast", "reserved", "broadcast"] : ["unspecified", "loopback", "multicast", "linkLocal", "reserved"];
  if (refused.includes(range) || (address.kind() === "ipv4" && parsed.value.startsWith("0."))) {
    return fail("FRR_INVALID_ADDRESS", `is a ${range} address; a next hop must be a unicast address FRR can route to`);
  }
  return parsed;
}

export function isIpAddress(input: string): boolean {
  return parseIpAddress(input).ok;
}

/**
 * A prefix "address/length" without host bits. FRR silently rewrites "10.9.9.9/24" to
 * "10.9.9.0/24", which would show up as a change on every plan, so host bits are an error that
 * names the prefix to use instead.
 */
export function parsePrefix(input: unknown, family?: Family): Parsed<string> {
  if (typeof input !== "string") return fail("FRR_INVALID_PREFIX", `has type ${typeof input}; expected a prefix such as "10.100.0.0/24"`);
  const slash = input.indexOf("/");
  if (slash < 0) {
    return fail("FRR_INVALID_PREFIX", `has no prefix length; expected "address/length", e.g. "${input}/${familyOf(input) === "ipv6" ? 128 : 32}" for a single address`);
  }
  const address = parseIpAddress(input.slice(0, slash), family);
  if (!address.ok) return fail("FRR_INVALID_PREFIX", address.message.replace(/^is not/, "does not start with"));
  const lengthText = input.slice(slash + 1);
  const max = familyOf(address.value) === "ipv4" ? 32 : 128;
  if (!/^(0|[1-9]\d{0,2})$/.test(lengthText) || Number(lengthText) > max) {
    return fail("FRR_INVALID_PREFIX", `has an invalid prefix length; expected 0 to ${max}`);
  }
  const length = Number(lengthText);
  const network = networkAddress(address.value, length);
  if (network !== address.value) {
    return fail(
      "FRR_INVALID_PREFIX",
      `has host bits set. FRR would store it as "${network}/${length}" and every plan would show a change. Use "${network}/${length}"`,
    );
  }
  return ok(`${network}/${length}`);
}

export function prefixLength(prefix: string): number {
  return Number(prefix.slice(prefix.indexOf("/") + 1));
}

export function prefixFamily(prefix: string): Family {
  return familyOf(prefix.slice(0, prefix.indexOf("/")));
}

function networkAddress(address: string, length: number): string {
  const parsed = ipaddr.parse(address);
  const bytes = parsed.toByteArray();
  for (let bit = length; bit < bytes.length * 8; bit++) {
    const index = bit >> 3;
    bytes[index] = (bytes[index] ?? 0) & ~(0x80 >> (bit & 7));
  }
  const network = ipaddr.fromByteArray(bytes);
  return network.kind() === "ipv6" ? (network as ipaddr.IPv6).toRFC5952String() : network.toString();
}

/** Whether `inner` lies inside `outer` (both canonical prefixes of the same family). */
export function prefixContains(outer: string, inner: string): boolean {
  if (prefixFamily(outer) !== prefixFamily(inner)) return false;
  const outerLength = prefixLength(outer);
  if (prefixLength(inner) < outerLength) return false;
  const innerAddress = inner.slice(0, inner.indexOf("/"));
  return networkAddress(innerAddress, outerLength) === outer.slice(0, outer.indexOf("/"));
}
