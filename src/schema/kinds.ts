// The value kinds resources are declared with. Each pairs a wire type with a parser from
// src/values, so validation, normalisation and the adapters' types come from one place.
import { parseAsn, parseRemoteAs } from "../values/asn";
import { parseCommunity, parseLargeCommunity, parseRouteDistinguisher } from "../values/community";
import { parseIpAddress, parsePrefix, type Family } from "../values/ip";
import { parseInterfaceName, parseName, type NameRules } from "../values/names";
import { fail, ok, type Parsed } from "../values/result";
import { parseFreeText, parsePassword } from "../values/text";
import { scalar } from "./field";

export const str = (description: string, parse: (input: unknown) => Parsed<string>) => scalar<string, string>("string", description, parse);

export const bool = (description: string) =>
  scalar<boolean, boolean>("bool", description, (input) =>
    typeof input === "boolean" ? ok(input) : fail("FRR_INVALID_TYPE", `has type ${typeof input}; expected true or false`),
  );

export const int = (description: string, min: number, max: number) =>
  scalar<number, number>("number", description, (input) => {
    if (typeof input !== "number" || !Number.isInteger(input)) {
      return fail("FRR_INVALID_NUMBER", `is not an integer; expected an integer from ${min} to ${max}`);
    }
    if (input < min || input > max) return fail("FRR_INVALID_NUMBER", `is out of range; expected an integer from ${min} to ${max}`);
    return ok(input);
  });

export const oneOf = <const T extends string>(description: string, choices: readonly T[]) =>
  scalar<T, T>(
    "string",
    description,
    (input) =>
      typeof input === "string" && (choices as readonly string[]).includes(input)
        ? ok(input as T)
        : fail("FRR_INVALID_CHOICE", `is not allowed; expected one of ${choices.map((c) => `"${c}"`).join(", ")}`),
    choices,
  );

export const asn = (description: string) => scalar<number | string, number>("number", description, parseAsn);
export const remoteAs = (description: string) => scalar<number | string, string>("string", description, parseRemoteAs);
export const ipAddress = (description: string, family?: Family) => str(description, (input) => parseIpAddress(input, family));
export const prefix = (description: string, family?: Family) => str(description, (input) => parsePrefix(input, family));
export const name = (description: string, rules: NameRules) => str(description, (input) => parseName(input, rules));
export const interfaceName = (description: string) => str(description, parseInterfaceName);
export const text = (description: string, maxLength: number) => str(description, (input) => parseFreeText(input, maxLength));
export const password = (description: string) => str(description, parsePassword).secret();
export const community = (description: string) => str(description, parseCommunity);
export const largeCommunity = (description: string) => str(description, parseLargeCommunity);
export const routeDistinguisher = (description: string) => str(description, parseRouteDistinguisher);
