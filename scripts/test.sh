#!/usr/bin/env bash
# The whole test suite: unit tests, then the lab (real FRR 8.4 and 10.3, sshd, BIRD, GoBGP in
# network namespaces) and everything that runs against it. Installs what it needs first.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/ensure-deps.sh
npm run --silent build
npx vitest run --project unit
