variable "asn" {
  description = "AS of the hypervisors."
  type        = number
  default     = 65000
}

variable "tor_asn" {
  description = "AS of the ToR switches."
  type        = number
  default     = 65001
}

variable "router_id" {
  description = "BGP router ID of this node."
  type        = string
}

variable "tor_a" {
  description = "ToR A's addresses on this node's fabric-a segment."
  type        = object({ ipv4 = string, ipv6 = string })
}

variable "tor_b" {
  description = "ToR B's addresses on this node's fabric-b segment."
  type        = object({ ipv4 = string, ipv6 = string })
}

variable "tor_a_password" {
  type      = string
  sensitive = true
}

variable "tor_b_password" {
  type      = string
  sensitive = true
}

variable "overlay_prefixes" {
  description = "Overlay prefixes this node advertises (they must be in its routing table), with the attributes they carry."
  type = map(object({
    communities       = list(string)
    large_communities = optional(list(string))
    local_preference  = number
  }))
  default = {
    "10.100.0.0/24" = { communities = ["65000:100"], local_preference = 200 }
    "10.200.0.0/24" = { communities = ["65000:200"], large_communities = ["65000:0:200"], local_preference = 100 }
  }
}
