variable "lab_file" {
  description = "The lab file written by `frr-iac lab up lab/topologies/pve.yaml` (hosts, SSH keys, host keys)."
  type        = string
  default     = "../../.lab/pve.json"
}

variable "host" {
  description = "The hypervisor carrying the tenant VRF."
  type        = string
  default     = "pve01"
}

variable "asn" {
  description = "AS of the PVE cluster (seed: 4200001000)."
  type        = number
  default     = 4200001000
}

variable "vrf" {
  description = "The tenant VRF (with FRR's netns backend: the network namespace's name)."
  type        = string
  default     = "vrf_evpnz1"
}

variable "vm_ranges" {
  description = "Where tenant VMs connect from: the tenant subnet and the VM loopback range (bgp listen range ... peer-group VMS)."
  type        = list(string)
  default     = ["fd00:101::/64", "fd00:101:fe::/64"]
}

variable "vms" {
  description = "VM addresses whose routes the `vm_routes` output lists (the pve lab's vm1006 and vm1011)."
  type        = list(string)
  default     = ["fd00:101::6", "fd00:101::11"]
}
