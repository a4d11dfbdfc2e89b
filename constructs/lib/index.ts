// frr-iac/cdktf (and, through its generated copy, frr-iac/cdktn): the provider bindings generated
// from the provider's schema, and the hand-written constructs built on them.
export * from "../generated/cdktf/index";
export { FrrHosts, type FrrHostsProps, type HostConnection, type LabHostsOptions } from "./frr-hosts";
export { GuestPeering, type AsnRange, type GuestPeeringProps, type PrefixLengthRange } from "./guest-peering";
export type { PrefixPolicy, PrefixRule } from "./prefix-policy";
export { TenantVrf, type TenantVrfProps } from "./tenant-vrf";
export { TorPeering, type BgpTimers, type OverlayPrefix, type TorNeighbor, type TorPeeringProps } from "./tor-peering";
