output "tenant_speaker" {
  value = frr_bgp_speaker.tenant.id
}

output "vm_sessions" {
  description = "Dynamic neighbors in the tenant VRF (VMs that connected through a listen range), with their AS and state."
  value = {
    for s in data.frr_bgp_sessions.tenant.sessions : s.neighbor => { remote_as = s.remote_as, state = s.state } if s.dynamic
  }
}

output "vm_routes" {
  description = "\"VM FAMILY\" => prefixes accepted and rejected by IMPORT-VM-ROUTES."
  value = {
    for key, r in data.frr_bgp_routes.vm : key => {
      accepted = [for route in r.routes : route.prefix if route.status == "accepted"]
      rejected = [for route in r.routes : route.prefix if route.status == "rejected"]
    }
  }
}
