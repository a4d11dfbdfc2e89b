terraform {
  required_providers {
    frr = {
      source = "frr-iac/frr"
    }
  }
}
