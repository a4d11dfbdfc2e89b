// What every row of the benchmark configures: on each host one BGP speaker, one prefix-list and
// one route-map (the policy), N passive neighbors that send through the route-map, and N
// `network` advertisements. Pure: the engine's resource specs, the floor's command chain and the
// naive approach's per-resource chains all come from here, so every row pushes the same lines.

export const ASN = 65000;
export const POLICY = "BENCH-OUT";
export const PREFIX_LIST = "BENCH-ADV";

export type KindName = "speaker" | "prefixList" | "routeMap" | "peer" | "advertisement";

export interface BenchResource {
  /** A stable name for programs (Pulumi resource name, Terraform key). */
  readonly name: string;
  readonly kind: KindName;
  readonly spec: Record<string, unknown>;
}

/** The i-th neighbor address (i from 0): 10.64.x.y, y in 1..250. Nothing ever answers there. */
export function neighborAddress(i: number): string {
  return `10.64.${Math.floor(i / 250)}.${(i % 250) + 1}`;
}

/** The i-th advertised prefix (i from 0): a /24 in 10.128.0.0/9. */
export function advertisedPrefix(i: number): string {
  return `10.${128 + Math.floor(i / 256)}.${i % 256}.0/24`;
}

export function speakerSpec(): Record<string, unknown> {
  return { asn: ASN, routerId: "10.255.255.1" };
}

export function prefixListSpec(): Record<string, unknown> {
  return { name: PREFIX_LIST, entries: [{ seq: 5, action: "permit", prefix: "10.128.0.0/9", le: 32 }] };
}

export function routeMapSpec(): Record<string, unknown> {
  return { name: POLICY, entries: [{ seq: 10, action: "permit", match: { ipAddressPrefixList: PREFIX_LIST } }] };
}

export function peerSpec(i: number): Record<string, unknown> {
  return {
    speaker: String(ASN),
    neighbor: neighborAddress(i),
    remoteAs: 64512 + (i % 1000),
    passive: true,
    addressFamilies: { ipv4Unicast: { routeMapOut: POLICY } },
  };
}

export function advertisementSpec(i: number): Record<string, unknown> {
  return { speaker: String(ASN), prefix: advertisedPrefix(i) };
}

/** The 2N + 3 resources of one host, in the order a program would declare them. */
export function hostResources(n: number): BenchResource[] {
  const resources: BenchResource[] = [
    { name: "speaker", kind: "speaker", spec: speakerSpec() },
    { name: "adv-list", kind: "prefixList", spec: prefixListSpec() },
    { name: "out-policy", kind: "routeMap", spec: routeMapSpec() },
  ];
  for (let i = 0; i < n; i++) resources.push({ name: `peer-${i}`, kind: "peer", spec: peerSpec(i) });
  for (let i = 0; i < n; i++) resources.push({ name: `adv-${i}`, kind: "advertisement", spec: advertisementSpec(i) });
  return resources;
}

/** How `total` resources are spread over `hosts` hosts: N per host, the first hosts taking the rest. */
export function perHost(total: number, hosts: number): number[] {
  return Array.from({ length: hosts }, (_, i) => Math.floor(total / hosts) + (i < total % hosts ? 1 : 0));
}

export interface FloorSkip {
  /** Peers (by index) to leave out, e.g. the ones the naive row's sample pushes itself. */
  readonly peers?: ReadonlySet<number>;
  readonly advertisements?: ReadonlySet<number>;
}

/**
 * The floor: the final configuration as one `configure terminal` chain, written the way a person
 * would push it with `vtysh -c ... -c ...` (each context entered once).
 */
export function floorChain(n: number, skip: FloorSkip = {}): string[] {
  const peers = [...Array(n).keys()].filter((i) => !skip.peers?.has(i));
  const advertisements = [...Array(n).keys()].filter((i) => !skip.advertisements?.has(i));
  const chain = [
    "configure terminal",
    `ip prefix-list ${PREFIX_LIST} seq 5 permit 10.128.0.0/9 le 32`,
    `route-map ${POLICY} permit 10`,
    `match ip address prefix-list ${PREFIX_LIST}`,
    "exit",
    `router bgp ${ASN}`,
    "bgp router-id 10.255.255.1",
  ];
  for (const i of peers) chain.push(`neighbor ${neighborAddress(i)} remote-as ${String(peerSpec(i)["remoteAs"])}`, `neighbor ${neighborAddress(i)} passive`);
  chain.push("address-family ipv4 unicast");
  for (const i of advertisements) chain.push(`network ${advertisedPrefix(i)}`);
  for (const i of peers) chain.push(`neighbor ${neighborAddress(i)} route-map ${POLICY} out`);
  chain.push("exit-address-family", "exit");
  return chain;
}

/**
 * The naive approach: one `configure terminal` chain per resource, each run in its own SSH
 * connection and vtysh (what a `remote.Command` or `remote-exec` per object does).
 */
export function naiveChain(resource: BenchResource): string[] {
  const bgp = ["configure terminal", `router bgp ${ASN}`];
  switch (resource.kind) {
    case "speaker":
      return [...bgp, "bgp router-id 10.255.255.1"];
    case "prefixList":
      return ["configure terminal", `ip prefix-list ${PREFIX_LIST} seq 5 permit 10.128.0.0/9 le 32`];
    case "routeMap":
      return ["configure terminal", `route-map ${POLICY} permit 10`, `match ip address prefix-list ${PREFIX_LIST}`];
    case "peer": {
      const address = String(resource.spec["neighbor"]);
      return [
        ...bgp,
        `neighbor ${address} remote-as ${String(resource.spec["remoteAs"])}`,
        `neighbor ${address} passive`,
        "address-family ipv4 unicast",
        `neighbor ${address} route-map ${POLICY} out`,
      ];
    }
    case "advertisement":
      return [...bgp, "address-family ipv4 unicast", `network ${String(resource.spec["prefix"])}`];
  }
}
