// The benchmark's workload as Terraform configuration: one provider alias per host, and on each
// host the resources of bench/workload.ts (speaker, prefix-list, route-map, N peers through
// `count`, N advertisements). Peers and advertisements reference the speaker and the policy, as
// a user would write it. Pure.

import { ASN, POLICY, PREFIX_LIST } from "./workload";

export interface TerraformHost {
  readonly name: string;
  readonly count: number;
  /** Index of the lab user to log in as (`users[i]` in the lab file). */
  readonly userIndex: number;
}

export function terraformConfig(hosts: readonly TerraformHost[]): string {
  const blocks = [
    `terraform {
  required_providers {
    frr = { source = "frr-iac/frr" }
  }
}

variable "lab_file" { type = string }

locals {
  lab = jsondecode(file(var.lab_file))
}
`,
  ];
  for (const host of hosts) blocks.push(hostBlock(host));
  return blocks.join("\n");
}

function hostBlock({ name, count, userIndex }: TerraformHost): string {
  const h = `local.lab.hosts.${name}`;
  return `provider "frr" {
  alias            = "${name}"
  host             = ${h}.ssh.address
  username         = ${h}.users[${userIndex}].username
  private_key_path = ${h}.users[${userIndex}].privateKeyPath
  host_key         = ${h}.ssh.hostKey.fingerprint
  pathspace        = ${h}.pathspace
}

resource "frr_bgp_speaker" "${name}" {
  provider  = frr.${name}
  asn       = ${ASN}
  router_id = "10.255.255.1"
}

resource "frr_prefix_list" "${name}" {
  provider = frr.${name}
  name     = "${PREFIX_LIST}"
  entries  = [{ seq = 5, action = "permit", prefix = "10.128.0.0/9", le = 32 }]
}

resource "frr_route_map" "${name}" {
  provider = frr.${name}
  name     = "${POLICY}"
  entries  = [{ seq = 10, action = "permit", match = { ip_address_prefix_list = frr_prefix_list.${name}.name } }]
}

resource "frr_bgp_peer" "${name}" {
  count     = ${count}
  provider  = frr.${name}
  speaker   = frr_bgp_speaker.${name}.id
  neighbor  = format("10.64.%d.%d", floor(count.index / 250), count.index % 250 + 1)
  remote_as = 64512 + count.index % 1000
  passive   = true
  address_families = {
    ipv4_unicast = { route_map_out = frr_route_map.${name}.name }
  }
}

resource "frr_bgp_advertisement" "${name}" {
  count    = ${count}
  provider = frr.${name}
  speaker  = frr_bgp_speaker.${name}.id
  prefix   = format("10.%d.%d.0/24", 128 + floor(count.index / 256), count.index % 256)
}
`;
}
