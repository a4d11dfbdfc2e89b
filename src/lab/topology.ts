// The lab topology as parsed from YAML: what to build, before any name on this machine is chosen.
// See docs/lab.md for the YAML format.

import type { InterfaceAddress } from "./interface-address";

/** The FRR builds the lab can run: Debian 12's package, or Debian 13's inside the trixie root. */
export type FrrTrack = "8.4" | "10.3";
export const FRR_TRACKS: readonly FrrTrack[] = ["8.4", "10.3"];

export type DefaultsProfile = "traditional" | "datacenter";
export const DEFAULTS_PROFILES: readonly DefaultsProfile[] = ["traditional", "datacenter"];

export type PeerDaemon = "frr" | "bird" | "gobgp";
export const PEER_DAEMONS: readonly PeerDaemon[] = ["frr", "bird", "gobgp"];

export interface StaticRoute {
  /** Destination prefix without host bits. */
  readonly to: string;
  /** Gateway address; absent for a blackhole route. */
  readonly via?: string;
  readonly blackhole: boolean;
  /** Install in this VRF of the host instead of the default one. */
  readonly vrf?: string;
}

interface NodeSpecBase {
  readonly name: string;
  /** Addresses on the node's `lo`. */
  readonly loopback: readonly InterfaceAddress[];
  readonly routes: readonly StaticRoute[];
  /** net.ipv4.ip_forward and net.ipv6.conf.all.forwarding (FRR prints "no ip forwarding" when off). */
  readonly forwarding: boolean;
}

/** An FRR instance frr-iac manages over SSH. */
export interface HostSpec extends NodeSpecBase {
  readonly role: "host";
  readonly frr: FrrTrack;
  readonly defaults: DefaultsProfile;
  /** Management address (IPv4, inside the management prefix); assigned in order when absent. */
  readonly management?: string;
  /** VRFs backed by network namespaces (FRR's netns VRF backend). */
  readonly vrfs: readonly string[];
  /** Hand-made FRR config lines present from the start; "" for a minimal config. */
  readonly config: string;
}

/** A BGP speaker the hosts peer with; configured once from the topology, never by frr-iac. */
export interface PeerSpec extends NodeSpecBase {
  readonly role: "peer";
  readonly daemon: PeerDaemon;
  readonly asn: number;
  /** For daemon "frr": which FRR build runs it. */
  readonly frr: FrrTrack;
  /** For daemon "frr": the `frr defaults` profile the daemons start with. */
  readonly defaults: DefaultsProfile;
  /** For daemon "gobgp": the syntax of `config`. */
  readonly configFormat: "toml" | "yaml";
  /** The daemon's own configuration, verbatim (frr.conf, bird.conf, gobgpd.toml). */
  readonly config: string;
  /** MD5 password this peer expects from the hosts (informational; must appear in `config`). */
  readonly password?: string;
  /** Prefixes this peer originates (informational, for tests and docs). */
  readonly announces: readonly string[];
  /** Shell commands run in the peer's namespace once its daemon is up (e.g. `gobgp global rib add`). */
  readonly run: readonly string[];
  readonly description?: string;
}

export type NodeSpec = HostSpec | PeerSpec;

export interface LinkEnd {
  readonly node: string;
  /** Interface name on this end; defaults to the other node's name (veth) or the link's name (segment). */
  readonly ifname?: string;
  /** Put this end in one of the host's VRFs. */
  readonly vrf?: string;
  readonly addresses: readonly InterfaceAddress[];
}

/** Two ends: a veth pair. Three or more: a bridge segment in a namespace of its own. */
export interface LinkSpec {
  readonly name: string;
  readonly ends: readonly LinkEnd[];
}

export interface Topology {
  readonly name: string;
  readonly description?: string;
  /** IPv4 prefix of the management segment; the management namespace takes the first address. */
  readonly management: string;
  readonly hosts: readonly HostSpec[];
  readonly peers: readonly PeerSpec[];
  readonly links: readonly LinkSpec[];
}
