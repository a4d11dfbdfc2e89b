// Validation of the hand-written constructs' props where they enter: every problem is collected
// and thrown at once as a ValidationError, before anything is synthesised. Values the constructs
// compute from (prefix families, ASN ranges, prefix lengths) must be literals; everything else may
// be a token and is then left to the provider's own validation at plan time.
import type { Construct } from "constructs";
import { ValidationError, type Issue } from "../../src/errors";
import { parseAsn } from "../../src/values/asn";
import { parsePrefix, type Family } from "../../src/values/ip";
import { parseName, type NameRules } from "../../src/values/names";
import { Annotations, Token } from "./runtime";

export class PropsCheck {
  private readonly issues: Issue[] = [];

  /** `subject` names the construct in the error, e.g. `TorPeering "app/node1/tor"`. */
  constructor(private readonly subject: string) {}

  static of(className: string, scope: Construct): PropsCheck {
    return new PropsCheck(`${className} "${scope.node.path}"`);
  }

  add(issue: Issue): void {
    this.issues.push(issue);
  }

  /** A literal prefix in canonical form (the family decides which list it goes to, so no tokens). */
  prefix(path: string, value: string, family?: Family): string | undefined {
    if (Token.isUnresolved(value)) {
      this.add({ code: "FRR_INVALID_PREFIX", path, message: "is a token; this construct needs literal prefixes, because their address family decides which prefix-list and address family they go to" });
      return undefined;
    }
    const parsed = parsePrefix(value, family);
    if (!parsed.ok) {
      this.add({ code: parsed.code, path, input: value, message: parsed.message });
      return undefined;
    }
    return parsed.value;
  }

  /** Checks a literal AS number; tokens pass (the provider checks them at plan time). */
  asn(path: string, value: number): void {
    if (Token.isUnresolved(value)) return;
    const parsed = parseAsn(value);
    if (!parsed.ok) this.add({ code: parsed.code, path, input: value, message: parsed.message });
  }

  /** An integer from `min` to `max`; a token passes unless the construct computes with the value (`literal`). */
  int(path: string, value: number, min: number, max: number, literal = false): void {
    if (Token.isUnresolved(value)) {
      if (!literal) return;
      this.add({ code: "FRR_INVALID_NUMBER", path, message: `is a token; this construct computes with it, so it must be a literal integer from ${min} to ${max}` });
    } else if (!Number.isInteger(value) || value < min || value > max) {
      this.add({ code: "FRR_INVALID_NUMBER", path, input: value, message: `is not an integer from ${min} to ${max}` });
    }
  }

  /** Checks a literal name (list, route-map, peer-group, VRF); tokens pass. */
  name(path: string, value: string, rules: NameRules): void {
    if (Token.isUnresolved(value)) return;
    const parsed = parseName(value, rules);
    if (!parsed.ok) this.add({ code: parsed.code, path, input: value, message: parsed.message });
  }

  nonEmpty(path: string, values: readonly unknown[] | undefined, what: string): void {
    if (values === undefined || values.length === 0) this.add({ code: "FRR_REQUIRED", path, message: `is empty; give at least one ${what}` });
  }

  throwIfAny(): void {
    if (this.issues.length > 0) throw new ValidationError(this.subject, this.issues);
  }
}

/**
 * Secrets given as literals are written to cdk.tf.json in plain text (Terraform hides them in
 * plans and the state marks them sensitive, but the synthesised file does not).
 */
export function warnIfLiteralSecret(scope: Construct, path: string, value: string | undefined): void {
  if (value === undefined || Token.isUnresolved(value)) return;
  Annotations.of(scope).addWarning(
    `${path} is a literal secret: it is written to cdk.tf.json in plain text. Pass the value of a sensitive variable instead, e.g. \`new TerraformVariable(this, "tor_password", { type: "string", sensitive: true }).stringValue\`, and set it with TF_VAR_tor_password.`,
  );
}

/** A construct ID from an address or prefix: `10.0.0.254` → `10-0-0-254`, `fd00:101::/64` → `fd00-101--64`. */
export function idFrom(text: string): string {
  return text.replace(/[^A-Za-z0-9_-]/g, "-");
}
