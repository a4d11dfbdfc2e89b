// The value kinds resources are declared with. Each pairs a wire type with a parser from
// src/values, so validation, normalisation and the adapters' types come from one place.
import { parseAsn, parseRemoteAs } from "../values/asn";
import { parseCommunity, parseLargeCommunity, parseRouteDistinguisher } from "../values/community";
import { parseIpAddress, parseNextHop, parsePrefix, type Family } from "../values/ip";
import { parseInterfaceName, parseName, type NameRules } from "../values/names";
import { fail, ok, type Parsed } from "../values/result";
import { parseFreeText, parsePassword } from "../values/text";
import { scalar, type ValueKind } from "./field";

export const str = (description: string, parse: (input: unknown) => Parsed<string>, valueKind: ValueKind = { type: "other", description: "string" }) =>
  scalar<string, string>("string", valueKind, description, parse);

export const bool = (description: string) =>
  scalar<boolean, boolean>("bool", { type: "bool" }, description, (input) =>
    typeof input === "boolean" ? ok(input) : fail("FRR_INVALID_TYPE", `has type ${typeof input}; expected true or false`),
  );

export const int = (description: string, min: number, max: number) =>
  scalar<number, number>("number", { type: "int", min, max }, description, (input) => {
    if (typeof input !== "number" || !Number.isInteger(input)) {
      return fail("FRR_INVALID_NUMBER", `is not an integer; expected an integer from ${min} to ${max}`);
    }
    if (input < min || input > max) return fail("FRR_INVALID_NUMBER", `is out of range; expected an integer from ${min} to ${max}`);
    return ok(input);
  });

export const oneOf = <const T extends string>(description: string, choices: readonly T[]) =>
  scalar<T, T>(
    "string",
    { type: "enum" },
    description,
    (input) =>
      typeof input === "string" && (choices as readonly string[]).includes(input)
        ? ok(input as T)
        : fail("FRR_INVALID_CHOICE", `is not allowed; expected one of ${choices.map((c) => `"${c}"`).join(", ")}`),
    choices,
  );

export const asn = (description: string) => scalar<number | string, number>("number", { type: "asn" }, description, parseAsn);
export const remoteAs = (description: string) => scalar<number | string, string>("string", { type: "remoteAs" }, description, parseRemoteAs);
export const ipAddress = (description: string, family?: Family) =>
  str(description, (input) => parseIpAddress(input, family), { type: "address", ...(family ? { family } : {}) });
export const nextHop = (description: string, family?: Family) =>
  str(description, (input) => parseNextHop(input, family), { type: "address", ...(family ? { family } : {}) });
export const prefix = (description: string, family?: Family) =>
  str(description, (input) => parsePrefix(input, family), { type: "prefix", ...(family ? { family } : {}) });
export const name = (description: string, rules: NameRules) => str(description, (input) => parseName(input, rules), { type: "name", maxLength: rules.maxLength });
export const interfaceName = (description: string) => str(description, parseInterfaceName, { type: "interface" });
export const text = (description: string, maxLength: number) => str(description, (input) => parseFreeText(input, maxLength), { type: "text", maxLength });
export const password = (description: string) => str(description, parsePassword, { type: "password" }).secret();
export const community = (description: string) => str(description, parseCommunity, { type: "community" });
export const largeCommunity = (description: string) => str(description, parseLargeCommunity, { type: "largeCommunity" });
export const routeDistinguisher = (description: string) => str(description, parseRouteDistinguisher, { type: "routeDistinguisher" });
