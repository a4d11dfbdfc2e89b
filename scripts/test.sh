#!/usr/bin/env bash
# The whole test suite: unit tests, then everything that runs against real FRR (8.4 and 10.3),
# sshd, BIRD and GoBGP in the lab, and real Terraform. Installs what it needs first; starts each
# lab, runs its tests inside the lab's management namespace (no route out), and always tears the
# labs down. Ends with one summary line over every run.
set -euo pipefail
cd "$(dirname "$0")/.."
[ "$(id -u)" -eq 0 ] || { echo "npm test must run as root: the lab creates network namespaces" >&2; exit 1; }

bash scripts/ensure-deps.sh
npm run --silent build
results=.test-results
rm -rf "$results" && mkdir -p "$results"
cli=(node dist/src/cli/main.js)
labs=()
cleanup() {
  for lab in "${labs[@]}"; do
    "${cli[@]}" lab down --name "$lab" >/dev/null 2>&1 || echo "test.sh: tearing down lab $lab failed; run: ${cli[*]} lab down --name $lab" >&2
  done
}
trap cleanup EXIT

status=0
run_vitest() { # NAME [PREFIX...] :: VITEST-ARGS...
  local name=$1; shift
  local prefix=()
  while [ "$1" != "::" ]; do prefix+=("$1"); shift; done
  shift
  echo "── $name"
  ${prefix[@]+"${prefix[@]}"} npx vitest run "$@" --reporter=default --reporter=json --outputFile="$PWD/$results/$name.json" || status=1
}

run_vitest unit :: --project unit
# Tests that build their own fixtures (the lab's self-test, SSH transport, Terraform protocol,
# CDKTF synthesis) start in the machine's namespace and confine themselves.
run_vitest integration :: --project lab

for topology in ${FRR_IAC_TOPOLOGIES:-tor pve cloudstack}; do
  compgen -G "test/integration/$topology/*.test.ts" >/dev/null || continue
  echo "── lab $topology"
  labs+=("$topology")
  # A lab that cannot start fails the suite here, loudly (set -e).
  "${cli[@]}" lab up "lab/topologies/$topology.yaml" --name "$topology" >/dev/null
  export FRR_IAC_LAB_FILE="$PWD/.lab/$topology.json"
  run_vitest "lab-$topology" "${cli[@]}" lab exec --name "$topology" mgmt -- :: --project "lab-$topology"
  unset FRR_IAC_LAB_FILE
  "${cli[@]}" lab down --name "$topology" >/dev/null
  labs=("${labs[@]/$topology}")
done

node scripts/test-summary.js "$results" || status=1
exit $status
