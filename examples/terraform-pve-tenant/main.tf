# Seed pve-evpn-frr-spec.md, the tenant VRF on one hypervisor: VMs peer with the anycast gateway
# through listen ranges into the peer-group VMS (`remote-as external`, each VM has its own AS),
# IMPORT-VM-ROUTES accepts only VM loopbacks and pod networks, EXPORT_TO_TALOS sends them only
# default routes and peer loopbacks, and `import vrf` leaks routes between the VRF and the
# default instance both ways (the default instance peers with the edge router, which sends the
# default routes).
locals {
  lab  = jsondecode(file(var.lab_file))
  node = local.lab.hosts[var.host]
  root = [for u in local.node.users : u if u.username == "root"][0]
  # pve01 → 1: the seed numbers loopbacks and router IDs after the hypervisor.
  index = tonumber(regex("[0-9]+$", var.host))
}

provider "frr" {
  alias            = "pve"
  host             = local.node.ssh.address
  username         = local.root.username
  private_key_path = local.root.privateKeyPath
  host_key         = local.node.ssh.hostKey.fingerprint
  pathspace        = local.node.pathspace
}

# ---------------------------------------------------------------- default instance (seed 4.3)

resource "frr_bgp_speaker" "default" {
  provider             = frr.pve
  asn                  = var.asn
  router_id            = "10.255.0.${local.index}"
  default_ipv4_unicast = false
  address_families = {
    ipv4_unicast = { import_vrfs = [var.vrf] }
    ipv6_unicast = { import_vrfs = [var.vrf] }
  }
}

resource "frr_bgp_peer" "edge" {
  for_each = {
    ipv4 = { neighbor = "10.255.0.254", source = "10.255.0.${local.index}" }
    ipv6 = { neighbor = "fd00:0:0:ffff::fffe", source = "fd00:0:0:ffff::${local.index}" }
  }
  provider      = frr.pve
  speaker       = frr_bgp_speaker.default.id
  neighbor      = each.value.neighbor
  remote_as     = 4200000000
  description   = "MikroTik edge router"
  update_source = each.value.source
  ebgp_multihop = 5
  address_families = {
    ipv4_unicast = each.key == "ipv4" ? { activate = true } : null
    ipv6_unicast = each.key == "ipv6" ? { activate = true } : null
  }
}

# ---------------------------------------------------------------- tenant VRF instance (seed 4.4)

resource "frr_bgp_speaker" "tenant" {
  # FRR refuses to delete the default instance while VRF instances exist: create the VRF instance
  # after it, destroy it before.
  depends_on           = [frr_bgp_speaker.default]
  provider             = frr.pve
  asn                  = var.asn
  vrf                  = var.vrf
  router_id            = "10.255.0.${local.index}"
  default_ipv4_unicast = false
  listen_limit         = 100
  address_families = {
    ipv4_unicast = {
      import_vrfs  = ["default"]
      redistribute = [{ protocol = "connected", route_map = frr_route_map.vrf_connected["ipv4"].name }]
    }
    ipv6_unicast = {
      import_vrfs  = ["default"]
      redistribute = [{ protocol = "connected", route_map = frr_route_map.vrf_connected["ipv6"].name }]
    }
  }
}

resource "frr_bgp_peer" "vms" {
  provider                    = frr.pve
  speaker                     = frr_bgp_speaker.tenant.id
  neighbor                    = "VMS"
  type                        = "peer-group"
  remote_as                   = "external"
  capability_extended_nexthop = true
  address_families = {
    ipv4_unicast = {
      activate                     = true
      route_map_in                 = frr_route_map.import_vm_routes.name
      route_map_out                = frr_route_map.export_to_talos.name
      soft_reconfiguration_inbound = true
    }
    ipv6_unicast = {
      activate                     = true
      route_map_in                 = frr_route_map.import_vm_routes.name
      route_map_out                = frr_route_map.export_to_talos.name
      soft_reconfiguration_inbound = true
    }
  }
}

resource "frr_bgp_listen_range" "vms" {
  for_each   = toset(var.vm_ranges)
  provider   = frr.pve
  speaker    = frr_bgp_speaker.tenant.id
  prefix     = each.value
  peer_group = frr_bgp_peer.vms.neighbor
}

# ---------------------------------------------------------------- import from VMs (seed 4.6)

resource "frr_prefix_list" "vm" {
  for_each = {
    "VM-LOOPBACKS-V4" = { family = "ipv4", prefix = "10.101.254.0/24", ge = 32, le = 32 }
    "VM-K8S-PODS-V4"  = { family = "ipv4", prefix = "10.101.244.0/22", ge = null, le = 24 }
    "VM-LOOPBACKS-V6" = { family = "ipv6", prefix = "fd00:101:fe::/64", ge = 128, le = 128 }
    "VM-K8S-PODS-V6"  = { family = "ipv6", prefix = "fd00:101:244::/60", ge = null, le = 64 }
  }
  provider = frr.pve
  name     = each.key
  family   = each.value.family
  entries  = [{ seq = 5, action = "permit", prefix = each.value.prefix, ge = each.value.ge, le = each.value.le }]
}

resource "frr_route_map" "import_vm_routes" {
  provider = frr.pve
  name     = "IMPORT-VM-ROUTES"
  entries = [
    { seq = 10, action = "permit", match = { ip_address_prefix_list = frr_prefix_list.vm["VM-LOOPBACKS-V4"].name } },
    { seq = 20, action = "permit", match = { ip_address_prefix_list = frr_prefix_list.vm["VM-K8S-PODS-V4"].name } },
    { seq = 30, action = "permit", match = { ipv6_address_prefix_list = frr_prefix_list.vm["VM-LOOPBACKS-V6"].name } },
    { seq = 40, action = "permit", match = { ipv6_address_prefix_list = frr_prefix_list.vm["VM-K8S-PODS-V6"].name } },
    { seq = 99, action = "deny", description = "VMs never announce infrastructure space" },
  ]
}

# ---------------------------------------------------------------- export to VMs (seed 4.7)

resource "frr_prefix_list" "talos" {
  for_each = {
    "DEFAULT_V4"         = { family = "ipv4", prefix = "0.0.0.0/0", ge = null }
    "DEFAULT_V6"         = { family = "ipv6", prefix = "::/0", ge = null }
    "TALOS_LOOPBACKS"    = { family = "ipv4", prefix = "10.101.254.0/24", ge = 32 }
    "TALOS_LOOPBACKS_V6" = { family = "ipv6", prefix = "fd00:101:fe::/64", ge = 128 }
  }
  provider = frr.pve
  name     = each.key
  family   = each.value.family
  entries  = [{ seq = 5, action = "permit", prefix = each.value.prefix, ge = each.value.ge }]
}

resource "frr_route_map" "export_to_talos" {
  provider = frr.pve
  name     = "EXPORT_TO_TALOS"
  entries = [
    { seq = 10, action = "permit", match = { ip_address_prefix_list = frr_prefix_list.talos["DEFAULT_V4"].name } },
    { seq = 20, action = "permit", match = { ipv6_address_prefix_list = frr_prefix_list.talos["DEFAULT_V6"].name } },
    { seq = 30, action = "permit", match = { ip_address_prefix_list = frr_prefix_list.talos["TALOS_LOOPBACKS"].name } },
    { seq = 40, action = "permit", match = { ipv6_address_prefix_list = frr_prefix_list.talos["TALOS_LOOPBACKS_V6"].name } },
  ]
}

# ---------------------------------------------------------------- the VRF's own subnets

resource "frr_prefix_list" "tenant_subnet" {
  for_each = { ipv4 = "10.101.0.0/24", ipv6 = "fd00:101::/64" }
  provider = frr.pve
  name     = "TENANT-SUBNET-${upper(each.key)}"
  family   = each.key
  entries  = [{ seq = 5, action = "permit", prefix = each.value }]
}

resource "frr_route_map" "vrf_connected" {
  for_each = frr_prefix_list.tenant_subnet
  provider = frr.pve
  name     = "VRF_CONNECTED_${each.key == "ipv4" ? "V4" : "V6"}"
  entries = [
    {
      seq    = 10
      action = "permit"
      match  = each.key == "ipv4" ? { ip_address_prefix_list = each.value.name, ipv6_address_prefix_list = null } : { ip_address_prefix_list = null, ipv6_address_prefix_list = each.value.name }
    },
  ]
}

# ---------------------------------------------------------------- status

data "frr_bgp_sessions" "tenant" {
  provider   = frr.pve
  vrf        = var.vrf
  depends_on = [frr_bgp_listen_range.vms]
}

# What each VM sent, per address family: accepted by IMPORT-VM-ROUTES or rejected (the peer-group
# keeps received routes with soft-reconfiguration inbound, so rejected ones can be listed).
data "frr_bgp_routes" "vm" {
  for_each       = { for pair in setproduct(var.vms, ["ipv4", "ipv6"]) : "${pair[0]} ${pair[1]}" => { neighbor = pair[0], family = pair[1] } }
  provider       = frr.pve
  vrf            = var.vrf
  neighbor       = each.value.neighbor
  address_family = each.value.family
  depends_on     = [frr_bgp_listen_range.vms]
}
