import ipaddr from "ipaddr.js";
import { parseIpAddress, parsePrefix, prefixContains, type Family } from "../values/ip";
import { fail, ok, type Parsed } from "../values/result";

/** An address configured on an interface: "10.0.0.1/24" (host bits are the point here). */
export interface InterfaceAddress {
  /** Canonical address, IPv6 compressed: "2001:db8::1". */
  readonly address: string;
  readonly length: number;
  readonly family: Family;
  /** The connected prefix the kernel derives from it: "10.0.0.0/24". */
  readonly network: string;
}

export function parseInterfaceAddress(input: unknown): Parsed<InterfaceAddress> {
  const example = 'an address with its prefix length, e.g. "10.0.0.1/24" or "2001:db8::1/64"';
  if (typeof input !== "string") return fail("FRR_INVALID_ADDRESS", `has type ${typeof input}; expected ${example}`);
  const slash = input.indexOf("/");
  if (slash < 0) return fail("FRR_INVALID_ADDRESS", `has no prefix length; expected ${example}`);
  const address = parseIpAddress(input.slice(0, slash));
  if (!address.ok) return address;
  const family: Family = address.value.includes(":") ? "ipv6" : "ipv4";
  const max = family === "ipv4" ? 32 : 128;
  const lengthText = input.slice(slash + 1);
  if (!/^(0|[1-9]\d{0,2})$/.test(lengthText) || Number(lengthText) > max || Number(lengthText) === 0) {
    return fail("FRR_INVALID_ADDRESS", `has an invalid prefix length; expected 1 to ${max}`);
  }
  const length = Number(lengthText);
  return ok({ address: address.value, length, family, network: networkOf(address.value, length) });
}

export function formatInterfaceAddress(value: InterfaceAddress): string {
  return `${value.address}/${value.length}`;
}

/** The network prefix ("10.0.0.0/24") containing `address` at `length`. */
export function networkOf(address: string, length: number): string {
  const bytes = ipaddr.parse(address).toByteArray();
  for (let bit = length; bit < bytes.length * 8; bit++) {
    const index = bit >> 3;
    bytes[index] = (bytes[index] ?? 0) & ~(0x80 >> (bit & 7));
  }
  const network = ipaddr.fromByteArray(bytes);
  const text = network.kind() === "ipv6" ? (network as ipaddr.IPv6).toRFC5952String() : network.toString();
  return `${text}/${length}`;
}

/** The host route of an address: "10.0.0.1/32", "2001:db8::1/128". */
export function hostPrefix(address: string): string {
  return `${address}/${address.includes(":") ? 128 : 32}`;
}

/** Whether two canonical prefixes share any address. */
export function prefixesOverlap(a: string, b: string): boolean {
  return prefixContains(a, b) || prefixContains(b, a);
}

/** The address `offset` places after the network address of an IPv4 prefix ("172.30.1.0/24", 11 → "172.30.1.11"). */
export function ipv4AtOffset(prefix: string, offset: number): string {
  const base = ipaddr.IPv4.parse(prefix.slice(0, prefix.indexOf("/"))).toByteArray();
  let value = ((base[0] ?? 0) * 2 ** 24 + (base[1] ?? 0) * 2 ** 16 + (base[2] ?? 0) * 2 ** 8 + (base[3] ?? 0)) + offset;
  const out: number[] = [];
  for (let i = 0; i < 4; i++) {
    out.unshift(value % 256);
    value = Math.floor(value / 256);
  }
  return out.join(".");
}

export { parsePrefix };
