// One route-map over prefixes of both families: a prefix-list per family (`NAME-V4`, `NAME-V6`)
// and a route-map `NAME` with one permit entry per family. The shape the seeds repeat for every
// "accept only these routes" and "send only these routes" policy.
import { Construct } from "constructs";
import { registry } from "../../src/resources/registry";
import { validateSpec } from "../../src/resources/validate-spec";
import { prefixFamily, type Family } from "../../src/values/ip";
import { PropsCheck } from "./props-check";
import { PrefixList, RouteMap, Token, type PrefixListEntries, type RouteMapEntries, type RouteMapEntriesMatch, type TerraformProvider } from "./runtime";

export interface PrefixRule {
  /** A prefix without host bits, IPv4 or IPv6: its family picks the prefix-list. */
  readonly prefix: string;
  /**
   * Match more specific prefixes of at least this length (greater than the prefix's own length).
   * @default the prefix's own length, or up to `le`
   */
  readonly ge?: number;
  /**
   * Match prefixes of at most this length (greater than the prefix's own length).
   * @default `ge` when it is set, else the prefix's own length only
   */
  readonly le?: number;
}

export const FAMILIES = ["ipv4", "ipv6"] as const;
export const AF_OF = { ipv4: "ipv4Unicast", ipv6: "ipv6Unicast" } as const;
const SUFFIX = { ipv4: "V4", ipv6: "V6" } as const;
const EVERYTHING = { ipv4: { prefix: "0.0.0.0/0", le: 32 }, ipv6: { prefix: "::/0", le: 128 } } as const;

export interface SortedRule extends PrefixRule {
  /** Where the rule came from in the construct's props, for error paths. */
  readonly path: string;
  /** Its position in the props' list. */
  readonly index: number;
}

/** The rules of both families in the order they were given. */
export function inGivenOrder(rules: RulesByFamily): SortedRule[] {
  return [...rules.ipv4, ...rules.ipv6].sort((a, b) => a.index - b.index);
}

/** Rules split by family, prefixes canonical; problems go to `check`. */
export type RulesByFamily = Readonly<Record<Family, readonly SortedRule[]>>;

export function rulesByFamily(check: PropsCheck, path: string, rules: readonly PrefixRule[]): RulesByFamily {
  const out: Record<Family, SortedRule[]> = { ipv4: [], ipv6: [] };
  rules.forEach((rule, index) => {
    const prefix = check.prefix(`${path}[${index}].prefix`, rule.prefix);
    if (prefix !== undefined) out[prefixFamily(prefix)].push({ ...rule, prefix, path: `${path}[${index}]`, index });
  });
  return out;
}

/** Like rulesByFamily for a list of bare prefixes (each matched exactly). */
export function prefixesByFamily(check: PropsCheck, path: string, prefixes: readonly string[]): RulesByFamily {
  const out: Record<Family, SortedRule[]> = { ipv4: [], ipv6: [] };
  prefixes.forEach((text, index) => {
    const prefix = check.prefix(`${path}[${index}]`, text);
    if (prefix !== undefined) out[prefixFamily(prefix)].push({ prefix, path: `${path}[${index}]`, index });
  });
  return out;
}

export interface PrefixPolicyProps {
  /** @default the stack's default frr provider */
  readonly provider?: TerraformProvider;
  /** Route-map name; the prefix-lists are named `NAME-V4` and `NAME-V6`. */
  readonly name: string;
  /** Prefixes permitted, by family. @default every route (one permit entry without conditions) */
  readonly rules?: RulesByFamily;
  /** Further conditions of every permit entry (e.g. an AS-path list). @default prefixes only */
  readonly match?: RouteMapEntriesMatch;
  /** End each prefix-list and the route-map with an explicit deny-all entry, as the seeds do. @default false */
  readonly explicitDeny?: boolean;
  /** Where the rules came from, for error messages. */
  readonly check: PropsCheck;
}

export class PrefixPolicy extends Construct {
  readonly routeMap: RouteMap;
  readonly prefixLists: Partial<Record<Family, PrefixList>> = {};

  constructor(scope: Construct, id: string, props: PrefixPolicyProps) {
    super(scope, id);
    if (props.rules === undefined) {
      this.routeMap = new RouteMap(this, "route-map", { provider: props.provider, name: props.name, entries: [{ seq: 10, action: "permit", ...(props.match ? { match: props.match } : {}) }] });
      return;
    }
    const entries: RouteMapEntries[] = [];
    FAMILIES.forEach((family, index) => {
      const rules = props.rules?.[family] ?? [];
      if (rules.length === 0) return;
      const listName = `${props.name}-${SUFFIX[family]}`;
      const listEntries: PrefixListEntries[] = rules.map((rule, i) => ({
        seq: 5 * (i + 1),
        action: "permit",
        prefix: rule.prefix,
        ...(rule.ge !== undefined ? { ge: rule.ge } : {}),
        ...(rule.le !== undefined ? { le: rule.le } : {}),
      }));
      if (props.explicitDeny) listEntries.push({ seq: 5 * (rules.length + 1), action: "deny", ...EVERYTHING[family] });
      checkWithResource(props.check, listName, family, listEntries, rules);
      const list = new PrefixList(this, `prefix-list-${family}`, { provider: props.provider, name: listName, family, entries: listEntries });
      this.prefixLists[family] = list;
      const byPrefix: RouteMapEntriesMatch = family === "ipv4" ? { ipAddressPrefixList: list.name } : { ipv6AddressPrefixList: list.name };
      entries.push({ seq: 10 * (index + 1), action: "permit", match: { ...props.match, ...byPrefix } });
    });
    if (props.explicitDeny) entries.push({ seq: 100, action: "deny" });
    // A route-map without entries would be deleted by FRR; a single deny keeps "nothing passes" explicit.
    if (entries.length === 0) entries.push({ seq: 100, action: "deny" });
    this.routeMap = new RouteMap(this, "route-map", { provider: props.provider, name: props.name, entries });
  }
}

/** The prefix-list resource's own checks (ge/le against the prefix length), reported at the rule's path. */
function checkWithResource(check: PropsCheck, name: string, family: Family, entries: readonly PrefixListEntries[], rules: readonly SortedRule[]): void {
  const { issues } = validateSpec(registry.prefixList, { name: Token.isUnresolved(name) ? "POLICY" : name, family, entries });
  for (const issue of issues) {
    const match = /^entries\[(\d+)\](.*)$/.exec(issue.path);
    const rule = match ? rules[Number(match[1])] : undefined;
    check.add({ ...issue, path: rule && match ? `${rule.path}${match[2]}` : `${name}: ${issue.path}` });
  }
}
