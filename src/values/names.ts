import { isIpAddress } from "./ip";
import { fail, ok, type Parsed } from "./result";

// FRR's CLI has no quoting: a name is one word and ends at the first space. Names are limited to
// a conservative character set so they cannot be mistaken for keywords, comments or sequence
// numbers, and so they are safe in a shell command and a Terraform ID.
const NAME = /^[A-Za-z_][A-Za-z0-9_.:-]*$/;

export interface NameRules {
  /** What the name is for, used in messages ("route-map name"). */
  readonly what: string;
  readonly maxLength: number;
}

export const ROUTE_MAP_NAME: NameRules = { what: "route-map name", maxLength: 63 };
export const LIST_NAME: NameRules = { what: "list name", maxLength: 63 };
export const PEER_GROUP_NAME: NameRules = { what: "peer-group name", maxLength: 63 };
/** FRR's VRF_NAMSIZ is 36; the netns backend uses the name as a namespace name too. */
export const VRF_NAME: NameRules = { what: "VRF name", maxLength: 36 };

export function parseName(input: unknown, rules: NameRules): Parsed<string> {
  const allowed = `a ${rules.what}: 1 to ${rules.maxLength} characters, starting with a letter or "_", then letters, digits, "_", ".", ":" or "-"`;
  if (typeof input !== "string") return fail("FRR_INVALID_NAME", `has type ${typeof input}; expected ${allowed}`);
  if (input.length === 0 || input.length > rules.maxLength) {
    return fail("FRR_INVALID_NAME", `is ${input.length} characters long; expected ${allowed}`);
  }
  if (!NAME.test(input)) return fail("FRR_INVALID_NAME", `contains characters FRR or frr-iac cannot take safely; expected ${allowed}`);
  if (isIpAddress(input)) return fail("FRR_INVALID_NAME", `looks like an IP address; expected ${allowed}`);
  return ok(input);
}

/** Linux interface names: at most 15 characters (IFNAMSIZ), no "/" or whitespace. */
export function parseInterfaceName(input: unknown): Parsed<string> {
  const allowed = "an interface name: 1 to 15 characters, letters, digits, \"_\", \".\" or \"-\"";
  if (typeof input !== "string") return fail("FRR_INVALID_NAME", `has type ${typeof input}; expected ${allowed}`);
  if (!/^[A-Za-z0-9_.-]{1,15}$/.test(input) || input === "." || input === "..") {
    return fail("FRR_INVALID_NAME", `is not ${allowed}`);
  }
  if (isIpAddress(input)) return fail("FRR_INVALID_NAME", `looks like an IP address; expected ${allowed}`);
  return ok(input);
}
