import { fail, ok, type Parsed } from "./result";

const MAX_ASN = 4294967295;
/** RFC 6793 AS_TRANS, RFC 7300 last ASNs: never valid as a speaker's or peer's own AS. */
const RESERVED = new Map<number, string>([
  [0, "AS 0 is reserved (RFC 7607)"],
  [23456, "AS 23456 is AS_TRANS, reserved for 4-byte AS transition (RFC 6793)"],
  [65535, "AS 65535 is reserved (RFC 7300)"],
  [MAX_ASN, "AS 4294967295 is reserved (RFC 7300)"],
]);

const ALLOWED = "an AS number from 1 to 4294967294 as an integer, a decimal string (\"65000\") or asdot (\"1.10\")";

/**
 * Parses an AS number in asplain (65000, "65000") or asdot ("1.10" = 65546) notation and returns
 * asplain, which is what FRR prints by default. Leading zeros are refused: "065000" is more likely a
 * typo than an intent.
 */
export function parseAsn(input: unknown): Parsed<number> {
  let value: number;
  if (typeof input === "number") {
    if (!Number.isInteger(input)) return fail("FRR_INVALID_ASN", `is not an integer; expected ${ALLOWED}`);
    value = input;
  } else if (typeof input === "string") {
    const asdot = /^(0|[1-9]\d{0,4})\.(0|[1-9]\d{0,4})$/.exec(input);
    if (asdot) {
      const high = Number(asdot[1]);
      const low = Number(asdot[2]);
      if (high > 65535 || low > 65535) return fail("FRR_INVALID_ASN", `has an asdot half above 65535; expected ${ALLOWED}`);
      value = high * 65536 + low;
    } else if (/^(0|[1-9]\d{0,9})$/.test(input)) {
      value = Number(input);
    } else {
      return fail("FRR_INVALID_ASN", `is not an AS number; expected ${ALLOWED}`);
    }
  } else {
    return fail("FRR_INVALID_ASN", `has type ${typeof input}; expected ${ALLOWED}`);
  }
  if (value < 0 || value > MAX_ASN) return fail("FRR_INVALID_ASN", `is out of range; expected ${ALLOWED}`);
  const reserved = RESERVED.get(value);
  if (reserved !== undefined) return fail("FRR_INVALID_ASN", `${reserved}; expected ${ALLOWED}`);
  return ok(value);
}

export type RemoteAs = string; // "65001" | "external" | "internal"

/** A neighbor's remote-as: an AS number, or FRR's `external` / `internal` keywords. */
export function parseRemoteAs(input: unknown): Parsed<RemoteAs> {
  if (input === "external" || input === "internal") return ok(input);
  const asn = parseAsn(input);
  if (!asn.ok) {
    return fail("FRR_INVALID_ASN", `is not a remote-as; expected "external", "internal" or ${ALLOWED}`);
  }
  return ok(String(asn.value));
}
