#!/usr/bin/env bash
# Installs what frr-iac's demo, tests and lab need on a Debian 12 machine, and nothing that is
# already there. Safe to run any number of times.
set -euo pipefail
cd "$(dirname "$0")/.."

need_root() { [ "$(id -u)" -eq 0 ] || { echo "ensure-deps: run as root (the lab creates network namespaces and installs Debian packages)" >&2; exit 1; }; }
need_root

packages=(frr frr-pythontools openssh-server openssh-client bird2 gobgpd iproute2 debootstrap util-linux sudo zip)
missing=()
for p in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q 'install ok installed' || missing+=("$p")
done
if [ "${#missing[@]}" -gt 0 ]; then
  echo "ensure-deps: installing Debian packages: ${missing[*]}"
  apt-get update -q >/dev/null
  DEBIAN_FRONTEND=noninteractive apt-get install -y -q "${missing[@]}" >/dev/null
  # Stop what the packages just started. Only then: `service bird stop` stops every process
  # named bird on the machine, the BIRD peers of running labs included.
  for svc in frr bird gobgpd ssh; do
    if command -v service >/dev/null && [ -x "/etc/init.d/$svc" ]; then service "$svc" stop >/dev/null 2>&1 || true; fi
  done
fi

command -v terraform >/dev/null || { echo "ensure-deps: terraform is not on the PATH; the Terraform tests need Terraform >= 1.11 (install it from HashiCorp's releases)" >&2; exit 1; }

if [ ! -d node_modules ] || [ package-lock.json -nt node_modules/.package-lock.json ]; then
  echo "ensure-deps: npm ci"
  npm ci --no-audit --no-fund --loglevel=error
fi

bash scripts/frr10-root.sh
