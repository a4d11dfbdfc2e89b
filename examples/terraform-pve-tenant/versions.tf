terraform {
  required_version = ">= 1.5"
  required_providers {
    frr = {
      source  = "frr-iac/frr"
      version = "~> 0.1"
    }
  }
}
