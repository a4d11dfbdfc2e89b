import { fail, ok, type Parsed } from "./result";

const WELL_KNOWN = ["no-export", "no-advertise", "local-AS", "no-peer", "blackhole", "graceful-shutdown", "accept-own", "no-llgr", "llgr-stale", "route-filter-v4", "route-filter-v6", "route-filter-translated-v4", "route-filter-translated-v6"] as const;

const u16 = (text: string): number | undefined => (/^(0|[1-9]\d{0,4})$/.test(text) && Number(text) <= 65535 ? Number(text) : undefined);
const u32 = (text: string): number | undefined => (/^(0|[1-9]\d{0,9})$/.test(text) && Number(text) <= 4294967295 ? Number(text) : undefined);

/** A standard community "AA:NN" (each 0-65535) or one of FRR's well-known names. */
export function parseCommunity(input: unknown): Parsed<string> {
  const allowed = `"AA:NN" with both halves 0-65535, or one of ${WELL_KNOWN.join(", ")}`;
  if (typeof input !== "string") return fail("FRR_INVALID_COMMUNITY", `has type ${typeof input}; expected ${allowed}`);
  if ((WELL_KNOWN as readonly string[]).includes(input)) return ok(input);
  const parts = input.split(":");
  if (parts.length === 2 && parts.every((p) => u16(p) !== undefined)) return ok(input);
  return fail("FRR_INVALID_COMMUNITY", `is not a community; expected ${allowed}`);
}

/** A large community "GA:LD1:LD2", each part 0-4294967295 (RFC 8092). */
export function parseLargeCommunity(input: unknown): Parsed<string> {
  const allowed = "\"GA:LD1:LD2\" with each part 0-4294967295, e.g. \"4200001000:0:100\"";
  if (typeof input !== "string") return fail("FRR_INVALID_COMMUNITY", `has type ${typeof input}; expected ${allowed}`);
  const parts = input.split(":");
  if (parts.length === 3 && parts.every((p) => u32(p) !== undefined)) return ok(input);
  return fail("FRR_INVALID_COMMUNITY", `is not a large community; expected ${allowed}`);
}

/**
 * A route distinguisher or route target: "ASN:NN" (2-byte ASN with 32-bit number, or 4-byte ASN
 * with 16-bit number) or "A.B.C.D:NN".
 */
export function parseRouteDistinguisher(input: unknown): Parsed<string> {
  const allowed = "\"ASN:NN\" or \"A.B.C.D:NN\", e.g. \"4200001000:10101\" or \"10.255.0.1:2\"";
  if (typeof input !== "string") return fail("FRR_INVALID_COMMUNITY", `has type ${typeof input}; expected ${allowed}`);
  const colon = input.lastIndexOf(":");
  const admin = input.slice(0, colon);
  const assigned = input.slice(colon + 1);
  if (colon > 0) {
    if (/^(25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)(\.(25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)){3}$/.test(admin) && u16(assigned) !== undefined) return ok(input);
    const asn = u32(admin);
    if (asn !== undefined && asn <= 65535 && u32(assigned) !== undefined) return ok(input);
    if (asn !== undefined && u16(assigned) !== undefined) return ok(input);
  }
  return fail("FRR_INVALID_COMMUNITY", `is not a route distinguisher or target; expected ${allowed}`);
}
