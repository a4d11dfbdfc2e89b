output "speaker_id" {
  value = frr_bgp_speaker.this.id
}

output "sessions" {
  description = "neighbor => state, from `show bgp vrf all neighbors json`."
  value       = { for s in data.frr_bgp_sessions.this.sessions : s.neighbor => s.state }
}

output "routes_from_tor_a" {
  value = {
    accepted = [for r in data.frr_bgp_routes.from_tor_a.routes : r.prefix if r.status == "accepted"]
    rejected = [for r in data.frr_bgp_routes.from_tor_a.routes : r.prefix if r.status == "rejected"]
  }
}
