#!/usr/bin/env bash
# Builds (once) a Debian 13 "trixie" root holding FRR 10.x, sshd and sudo, for lab hosts that run
# FRR 10. The root is reused between runs; it is complete only when its marker file exists, so an
# interrupted build is started over rather than trusted.
set -euo pipefail
ROOT=${FRR_IAC_TRIXIE_ROOT:-/var/cache/frr-iac/roots/trixie}
MIRROR=${FRR_IAC_DEBIAN_MIRROR:-http://deb.debian.org/debian}
MARKER="$ROOT/.frr-iac-complete"

if [ -f "$MARKER" ]; then
  echo "frr10-root: reusing $ROOT ($(cat "$MARKER"))"
  exit 0
fi
command -v debootstrap >/dev/null || { echo "frr10-root: debootstrap is missing (apt-get install debootstrap)" >&2; exit 1; }

rm -rf "$ROOT.partial"
mkdir -p "$(dirname "$ROOT")"
echo "frr10-root: debootstrap trixie into $ROOT (about a minute)"
debootstrap --variant=minbase trixie "$ROOT.partial" "$MIRROR" >/tmp/frr-iac-debootstrap.log 2>&1 \
  || { echo "frr10-root: debootstrap failed, see /tmp/frr-iac-debootstrap.log" >&2; tail -20 /tmp/frr-iac-debootstrap.log >&2; exit 1; }

mounted=()
cleanup() { for m in "${mounted[@]}"; do umount -l "$m" 2>/dev/null || true; done; }
trap cleanup EXIT
for m in proc dev; do mount --bind "/$m" "$ROOT.partial/$m"; mounted+=("$ROOT.partial/$m"); done
# Services must not start inside the root while packages install.
printf '#!/bin/sh\nexit 101\n' > "$ROOT.partial/usr/sbin/policy-rc.d"; chmod 755 "$ROOT.partial/usr/sbin/policy-rc.d"
chroot "$ROOT.partial" env DEBIAN_FRONTEND=noninteractive apt-get install -y -q \
  frr frr-pythontools openssh-server sudo iproute2 util-linux >/tmp/frr-iac-trixie-apt.log 2>&1 \
  || { echo "frr10-root: installing FRR inside the root failed, see /tmp/frr-iac-trixie-apt.log" >&2; tail -20 /tmp/frr-iac-trixie-apt.log >&2; exit 1; }
cleanup; mounted=()
version=$(chroot "$ROOT.partial" dpkg-query -W -f='${Version}' frr)
rm -rf "$ROOT"
mv "$ROOT.partial" "$ROOT"
echo "frr $version built $(date -u +%FT%TZ)" > "$MARKER"
echo "frr10-root: ready at $ROOT (frr $version)"
