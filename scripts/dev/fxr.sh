#!/usr/bin/env bash
# Scratch FRR instances for dialect research (docs/dev/frr-dialect.md). Not part of the product.
#
#   fxr.sh up   ID VER PROFILE [DAEMON...]   start instance ID (VER 8 = host FRR 8.4, 10 = trixie root
#                                           FRR 10.3; PROFILE traditional|datacenter) in netns fxr-ID,
#                                           pathspace fxrID; extra daemons e.g. bfdd
#   fxr.sh vtysh ID ARGS...                 run vtysh -N fxrID ARGS... (inside the netns, chrooted for 10)
#   fxr.sh sh ID CMD...                     run a shell command inside the netns (and chroot for 10)
#   fxr.sh reset ID                         stop + start with the initial frr.conf (clean state)
#   (env ZEBRA_NETNS=1 at `up`: zebra -n, netns VRF backend; WITH bfdd in DAEMON list: bfdd=yes)
#   fxr.sh down ID                          stop daemons, remove pathspace and netns
#   fxr.sh downall                          down every instance this script knows about
#
# FRR 10 runs chrooted in ROOT. /proc and /dev are bind-mounted inside the private mount namespace
# that `ip netns exec` creates, so the host never sees those mounts and nothing is left behind
# when the last process of the namespace exits.
set -euo pipefail
ROOT=${FRR_IAC_TRIXIE_ROOT:-/var/cache/frr-iac/roots/trixie}
STATE=/tmp/fxr-state
mkdir -p "$STATE"

ver_of() { cat "$STATE/$1.ver"; }
prefix_of() { if [ "$(ver_of "$1")" = 10 ]; then echo "$ROOT"; else echo ""; fi; }
# ROOT/var/run is an absolute symlink to /run: never follow it from the host.
rundir_of() { if [ "$(ver_of "$1")" = 10 ]; then echo "$ROOT/run/frr/fxr$1"; else echo "/var/run/frr/fxr$1"; fi; }

in_ns() { # ID CMD... : run CMD inside netns (and inside the chroot for FRR 10)
  local id=$1; shift
  if [ "$(ver_of "$id")" = 10 ]; then
    ip netns exec "fxr-$id" /bin/sh -c 'r=$1; shift; mount --bind /proc "$r/proc" && mount --bind /dev "$r/dev" && exec chroot "$r" "$@"' fxr "$ROOT" "$@"
  else
    ip netns exec "fxr-$id" "$@"
  fi
}

write_conf() { # ID PROFILE
  local id=$1 profile=$2 p; p=$(prefix_of "$id")
  local dir="$p/etc/frr/fxr$id"
  mkdir -p "$dir" "$(rundir_of "$id")"
  cat > "$dir/daemons" <<EOF
zebra=yes
bgpd=yes
staticd=no
bfdd=$( [ -n "${WITH_BFDD:-}" ] && echo yes || echo no)
vtysh_enable=yes
zebra_options="  -A 127.0.0.1 -s 90000000$( [ -n "${ZEBRA_NETNS:-}" ] && echo " -n")"
mgmtd_options="  -A 127.0.0.1"
bgpd_options="   -A 127.0.0.1"
bfdd_options="   -A 127.0.0.1"
staticd_options="-A 127.0.0.1"
frr_profile="$profile"
EOF
  printf 'frr defaults %s\nhostname fxr%s\nlog file /etc/frr/fxr%s/frr.log\nservice integrated-vtysh-config\n' \
    "$profile" "$id" "$id" > "$dir/frr.conf"
  printf 'service integrated-vtysh-config\n' > "$dir/vtysh.conf"
  if [ -n "$p" ]; then
    chroot "$ROOT" chown -R frr:frr "/etc/frr/fxr$id" "/run/frr/fxr$id"
  else
    chown -R frr:frr "$dir" "/var/run/frr/fxr$id"
  fi
}

cmd=${1:-}; shift || true
case "$cmd" in
  up)
    id=$1 ver=$2 profile=$3; shift 3
    echo "$ver" > "$STATE/$id.ver"; echo "$profile" > "$STATE/$id.profile"
    WITH_BFDD=""; for d in "$@"; do [ "$d" = bfdd ] && WITH_BFDD=1; done
    echo "${WITH_BFDD}" > "$STATE/$id.bfdd"; echo "${ZEBRA_NETNS:-}" > "$STATE/$id.netns"
    ip netns add "fxr-$id"
    ip -n "fxr-$id" link set lo up
    write_conf "$id" "$profile"
    in_ns "$id" /usr/lib/frr/frrinit.sh start "fxr$id" >"$STATE/$id.start.log" 2>&1 || { cat "$STATE/$id.start.log"; exit 1; }
    ;;
  reset)
    id=$1
    in_ns "$id" /usr/lib/frr/frrinit.sh stop "fxr$id" >/dev/null 2>&1 || true
    WITH_BFDD=$(cat "$STATE/$id.bfdd") ZEBRA_NETNS=$(cat "$STATE/$id.netns") write_conf "$id" "$(cat "$STATE/$id.profile")"
    in_ns "$id" /usr/lib/frr/frrinit.sh start "fxr$id" >"$STATE/$id.start.log" 2>&1 || { cat "$STATE/$id.start.log"; exit 1; }
    ;;
  vtysh)
    id=$1; shift
    in_ns "$id" vtysh -N "fxr$id" "$@"
    ;;
  sh)
    id=$1; shift
    in_ns "$id" /bin/sh -c "$*"
    ;;
  down)
    id=$1
    if [ -f "$STATE/$id.ver" ]; then
      in_ns "$id" /usr/lib/frr/frrinit.sh stop "fxr$id" >/dev/null 2>&1 || true
      p=$(prefix_of "$id")
      rm -rf "$p/etc/frr/fxr$id" "$(rundir_of "$id")"
    fi
    ip netns del "fxr-$id" 2>/dev/null || true
    rm -f "$STATE/$id".*
    ;;
  downall)
    for f in "$STATE"/*.ver; do [ -e "$f" ] || continue; "$0" down "$(basename "$f" .ver)"; done
    ;;
  *) sed -n 2,14p "$0"; exit 2 ;;
esac
