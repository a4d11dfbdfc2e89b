# One hypervisor of the seed: the BGP instance, the ToR sessions and the routing policy.
locals {
  # Both ToRs, both families: key => session.
  sessions = {
    tor_a_v4 = { neighbor = var.tor_a.ipv4, family = "ipv4", password = var.tor_a_password, description = "ToR-Switch-A" }
    tor_a_v6 = { neighbor = var.tor_a.ipv6, family = "ipv6", password = var.tor_a_password, description = "ToR-Switch-A" }
    tor_b_v4 = { neighbor = var.tor_b.ipv4, family = "ipv4", password = var.tor_b_password, description = "ToR-Switch-B" }
    tor_b_v6 = { neighbor = var.tor_b.ipv6, family = "ipv6", password = var.tor_b_password, description = "ToR-Switch-B" }
  }
}

resource "frr_bgp_speaker" "this" {
  asn                  = var.asn
  router_id            = var.router_id
  default_ipv4_unicast = false
  log_neighbor_changes = true
}

# eBGP needs a policy in both directions on the traditional profile (RFC 8212), so the policy is
# explicit everywhere: accept only the ToRs' service prefixes, send only the overlay prefixes.
resource "frr_prefix_list" "from_tor_v4" {
  name = "TOR-ACCEPT-V4"
  entries = [
    { seq = 10, action = "permit", prefix = "198.51.100.0/24" },
  ]
}

resource "frr_prefix_list" "from_tor_v6" {
  name   = "TOR-ACCEPT-V6"
  family = "ipv6"
  entries = [
    { seq = 10, action = "permit", prefix = "2001:db8:ffff::/48" },
  ]
}

resource "frr_prefix_list" "overlay" {
  name        = "OVERLAY-V4"
  description = "Quantix overlay prefixes"
  entries = [
    for i, prefix in keys(var.overlay_prefixes) : { seq = (i + 1) * 10, action = "permit", prefix = prefix }
  ]
}

resource "frr_route_map" "tor_in" {
  name = "TOR-IN"
  entries = [
    { seq = 10, action = "permit", match = { ip_address_prefix_list = frr_prefix_list.from_tor_v4.name } },
    { seq = 20, action = "permit", match = { ipv6_address_prefix_list = frr_prefix_list.from_tor_v6.name } },
    { seq = 100, action = "deny", description = "everything else" },
  ]
}

resource "frr_route_map" "tor_out" {
  name = "TOR-OUT"
  entries = [
    { seq = 10, action = "permit", match = { ip_address_prefix_list = frr_prefix_list.overlay.name } },
    { seq = 100, action = "deny" },
  ]
}

resource "frr_bgp_peer" "tor" {
  for_each = local.sessions

  speaker       = frr_bgp_speaker.this.id
  neighbor      = each.value.neighbor
  remote_as     = var.tor_asn
  description   = each.value.description
  password      = each.value.password
  timers        = { keepalive = 30, hold = 90 }
  connect_retry = 5

  address_families = {
    ipv4_unicast = each.value.family == "ipv4" ? {
      activate                     = true
      soft_reconfiguration_inbound = true
      route_map_in                 = frr_route_map.tor_in.name
      route_map_out                = frr_route_map.tor_out.name
    } : null
    ipv6_unicast = each.value.family == "ipv6" ? {
      activate                     = true
      soft_reconfiguration_inbound = true
      route_map_in                 = frr_route_map.tor_in.name
      route_map_out                = frr_route_map.tor_out.name
    } : null
  }
}

resource "frr_bgp_advertisement" "overlay" {
  for_each = var.overlay_prefixes

  speaker           = frr_bgp_speaker.this.id
  prefix            = each.key
  communities       = each.value.communities
  large_communities = each.value.large_communities
  local_preference  = each.value.local_preference
}

data "frr_bgp_sessions" "this" {
  depends_on = [frr_bgp_peer.tor]
}

data "frr_bgp_routes" "from_tor_a" {
  neighbor   = var.tor_a.ipv4
  depends_on = [frr_bgp_peer.tor]
}
