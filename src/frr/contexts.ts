// Which commands open a configuration context, per parent context. This is the one declarative
// table the parser needs; anything missing from it is still recognised as a context when the
// lines after it are indented deeper or it is closed by an `exit` of its own.

interface ContextRule {
  /** Matches the header line of the parent context ("" for the top level). */
  readonly parent: RegExp;
  /** Matches header lines that open a sub-context directly inside that parent. */
  readonly opens: readonly RegExp[];
}

const CONTEXT_RULES: readonly ContextRule[] = [
  {
    parent: /^$/,
    opens: [
      /^router bgp\b/,
      /^router (ospf|ospf6|rip|ripng|isis|openfabric|eigrp|babel|pim|pim6|igmp)\b/,
      /^route-map \S+ (permit|deny) \d+$/,
      /^vrf \S+$/,
      /^interface \S+/,
      /^line vty$/,
      /^segment-routing$/,
      /^bfd$/,
      /^key chain \S+$/,
      /^mpls (ldp|label)\b/,
      /^nexthop-group \S+$/,
      /^pbr-map \S+ seq \d+$/,
      /^rpki$/,
      /^evpn mh$/,
      /^pseudowire \S+$/,
    ],
  },
  { parent: /^router bgp\b/, opens: [/^address-family \S+( \S+)?$/, /^segment-routing srv6$/, /^bmp targets \S+$/, /^vnc /] },
  { parent: /^address-family l2vpn evpn$/, opens: [/^vni \d+$/] },
  { parent: /^bfd$/, opens: [/^peer /, /^profile \S+$/] },
  { parent: /^key chain /, opens: [/^key \d+$/] },
];

export function opensContext(parentHeader: string, line: string): boolean {
  return CONTEXT_RULES.some((rule) => rule.parent.test(parentHeader) && rule.opens.some((opener) => opener.test(line)));
}

/** The command FRR prints (and accepts) to leave a context opened by `header`. */
export function closerOf(header: string): string {
  if (header.startsWith("address-family ")) return "exit-address-family";
  if (/^vrf \S+$/.test(header)) return "exit-vrf";
  if (/^vni \d+$/.test(header)) return "exit-vni";
  return "exit";
}

/** Lines that close a context in running-config text. */
export const CLOSERS: ReadonlySet<string> = new Set(["exit", "exit-address-family", "exit-vrf", "exit-vni", "quit"]);
