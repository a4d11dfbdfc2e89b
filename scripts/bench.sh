#!/usr/bin/env bash
# npm run bench [-- options]: builds, starts the benchmark labs (bench: one FRR 8.4 and one FRR
# 10.3 host; bench10: ten hosts of both versions, unless --quick or --no-multi), runs
# bench/run-bench.js, and always tears the labs down. Writes bench/results/<date>.{json,md}.
# Options: npm run bench -- --help. What the rows mean: docs/benchmarks.md.
set -euo pipefail
cd "$(dirname "$0")/.."
[ "$(id -u)" -eq 0 ] || { echo "npm run bench must run as root: the lab creates network namespaces" >&2; exit 1; }
for arg in "$@"; do
  case "$arg" in -h|--help) npx --no-install tsc -p bench/tsconfig.json && exec node bench/.build/bench/run-bench.js --help ;; esac
done

bash scripts/ensure-deps.sh
npm run --silent build
npx --no-install tsc -p bench/tsconfig.json

multi=1
for arg in "$@"; do
  case "$arg" in --quick|--no-multi) multi=0 ;; esac
done
cli=(node dist/src/cli/main.js)
labs=()
cleanup() {
  for lab in "${labs[@]}"; do
    "${cli[@]}" lab down --name "$lab" >/dev/null 2>&1 || echo "bench.sh: tearing down lab $lab failed; run: ${cli[*]} lab down --name $lab" >&2
  done
}
trap cleanup EXIT

labs+=(bench)
"${cli[@]}" lab up lab/topologies/bench.yaml --name bench >/dev/null
if [ "$multi" -eq 1 ]; then
  labs+=(bench10)
  "${cli[@]}" lab up lab/topologies/bench10.yaml --name bench10 >/dev/null
fi
node bench/.build/bench/run-bench.js "$@"
