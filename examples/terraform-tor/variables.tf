variable "lab_file" {
  description = "The lab file written by `frr-iac lab up lab/topologies/tor.yaml` (hosts, SSH keys, host keys)."
  type        = string
  default     = "../../.lab/tor.json"
}

variable "tor_a_password" {
  description = "TCP MD5 password of the sessions with ToR A (the tor lab uses \"secretpass\")."
  type        = string
  sensitive   = true
}

variable "tor_b_password" {
  description = "TCP MD5 password of the sessions with ToR B (the tor lab uses \"tor-b-secret\")."
  type        = string
  sensitive   = true
}
