# Seed quantix-bgp-tor.md on the tor lab: two hypervisors (AS 65000) dual-homed to two ToR
# switches (AS 65001), IPv4 and IPv6 sessions with MD5, advertising the overlay prefixes.
# One provider configuration per host: a provider block reaches exactly one FRR over SSH.
locals {
  lab = jsondecode(file(var.lab_file))
}

provider "frr" {
  alias            = "node1"
  host             = local.lab.hosts.node1.ssh.address
  username         = "root"
  private_key_path = local.lab.hosts.node1.users[0].privateKeyPath
  host_key         = local.lab.hosts.node1.ssh.hostKey.fingerprint
  pathspace        = local.lab.hosts.node1.pathspace
}

provider "frr" {
  alias            = "node2"
  host             = local.lab.hosts.node2.ssh.address
  username         = "root"
  private_key_path = local.lab.hosts.node2.users[0].privateKeyPath
  host_key         = local.lab.hosts.node2.ssh.hostKey.fingerprint
  pathspace        = local.lab.hosts.node2.pathspace
}

module "node1" {
  source    = "./node"
  providers = { frr = frr.node1 }

  router_id      = "10.0.0.1"
  tor_a          = { ipv4 = "10.0.0.254", ipv6 = "2001:db8:0:a::fe" }
  tor_b          = { ipv4 = "10.0.1.254", ipv6 = "2001:db8:0:b::fe" }
  tor_a_password = var.tor_a_password
  tor_b_password = var.tor_b_password
}

module "node2" {
  source    = "./node"
  providers = { frr = frr.node2 }

  router_id      = "10.0.0.2"
  tor_a          = { ipv4 = "10.0.0.254", ipv6 = "2001:db8:0:a::fe" }
  tor_b          = { ipv4 = "10.0.1.254", ipv6 = "2001:db8:0:b::fe" }
  tor_a_password = var.tor_a_password
  tor_b_password = var.tor_b_password
}

output "sessions" {
  description = "Every BGP session of both nodes, with its live state."
  value = {
    node1 = module.node1.sessions
    node2 = module.node2.sessions
  }
}

output "routes_from_tor_a" {
  description = "What ToR A sent each node over IPv4: accepted by TOR-IN or rejected (soft-reconfiguration keeps them)."
  value = {
    node1 = module.node1.routes_from_tor_a
    node2 = module.node2.routes_from_tor_a
  }
}
