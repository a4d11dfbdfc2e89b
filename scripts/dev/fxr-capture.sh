#!/usr/bin/env bash
# Capture an input/running-config fixture pair on every scratch instance.
#   fxr-capture.sh NAME INPUT [ID...]
# For each ID (default: 84t 84d 103t 103d, started by fxr.sh): restart the instance with its initial
# config, apply INPUT with `vtysh -f` (errors are recorded, not fatal), then save
#   test/fixtures/frr/<8.4|10.3>/<traditional|datacenter>/NAME.input.conf    (INPUT, verbatim)
#   test/fixtures/frr/<8.4|10.3>/<traditional|datacenter>/NAME.running.conf  (show running-config, raw)
#   test/fixtures/frr/<8.4|10.3>/<traditional|datacenter>/NAME.apply.log     (vtysh output, only if any)
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
repo=$(cd "$here/../.." && pwd)
ROOT=${FRR_IAC_TRIXIE_ROOT:-/var/cache/frr-iac/roots/trixie}
name=$1 input=$2; shift 2
ids=("$@"); [ ${#ids[@]} -gt 0 ] || ids=(84t 84d 103t 103d)
for id in "${ids[@]}"; do
  ver=$(cat /tmp/fxr-state/$id.ver); profile=$(cat /tmp/fxr-state/$id.profile)
  case $ver in 8) v=8.4; p="";; 10) v=10.3; p=$ROOT;; esac
  out="$repo/test/fixtures/frr/$v/$profile"; mkdir -p "$out"
  [ "${NORESET:-}" ] || "$here/fxr.sh" reset "$id"
  cp "$input" "$p/etc/frr/fxr$id/input.conf"
  set +e
  # FRR 10 vtysh -f prints per-daemon progress lines ("[PID|daemon] sending configuration", "... done",
  # "Waiting for children to finish applying config..."); they carry PIDs, so they are dropped here.
  log=$("$here/fxr.sh" vtysh "$id" -f "/etc/frr/fxr$id/input.conf" 2>&1 | grep -v -E '^\[[0-9]+\|[a-z]+\] (sending configuration|done)$|^Waiting for children to finish applying config\.\.\.$'; exit "${PIPESTATUS[0]}"); rc=$?
  set -e
  rm -f "$p/etc/frr/fxr$id/input.conf"
  cp "$input" "$out/$name.input.conf"
  if [ -n "$log" ] || [ $rc -ne 0 ]; then printf '%s\n[exit %s]\n' "$log" "$rc" > "$out/$name.apply.log"; else rm -f "$out/$name.apply.log"; fi
  "$here/fxr.sh" vtysh "$id" -c 'show running-config' > "$out/$name.running.conf"
  echo "$id ($v $profile): rc=$rc $( [ -n "$log" ] && echo "with output, see $name.apply.log")"
done
