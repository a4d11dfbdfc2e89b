#!/usr/bin/env bash
# npm run demo: seed quantix-bgp-tor on the local lab, through Pulumi (node1) and Terraform/CDKTF
# (node2); sessions, routes, drift found by both tools and repaired, everything torn down again.
# Installs what it needs first; leaves the machine as it found it, also on failure or Ctrl-C.
set -euo pipefail
cd "$(dirname "$0")/.."
[ "$(id -u)" -eq 0 ] || { echo "npm run demo must run as root: the lab creates network namespaces" >&2; exit 1; }

LAB=${FRR_IAC_DEMO_LAB:-demo}
cli=(node dist/src/cli/main.js)
started=$(date +%s)
say() { printf '[%4ss] %s\n' "$(( $(date +%s) - started ))" "$*"; }

say "installing what is missing (Debian packages, npm packages, the FRR 10.3 root) and building"
bash scripts/ensure-deps.sh >/dev/null
npm run --silent build >/dev/null

teardown() {
  local status=$?
  say "taking lab $LAB down"
  "${cli[@]}" lab down --name "$LAB" >/dev/null 2>&1 || { echo "demo: tearing down failed; run: ${cli[*]} lab down --name $LAB" >&2; status=1; }
  node scripts/demo/check-clean.js "$LAB" || status=1
  [ "$status" -eq 0 ] && say "demo passed" || say "demo FAILED"
  exit "$status"
}
trap teardown EXIT
trap 'exit 130' INT TERM

say "starting lab $LAB: the ToR topology (node1 FRR 8.4, node2 FRR 10.3, ToR A on FRR, ToR B on BIRD)"
"${cli[@]}" lab up lab/topologies/tor.yaml --name "$LAB" >/dev/null
# The demo talks to the hosts from the lab's management namespace, which has no route out.
FRR_IAC_LAB_FILE="$PWD/.lab/$LAB.json" FRR_IAC_DEMO_STARTED="$started" \
  "${cli[@]}" lab exec --name "$LAB" mgmt -- node node_modules/tsx/dist/cli.mjs scripts/demo/main.ts
