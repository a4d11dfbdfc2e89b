#!/usr/bin/env bash
# Session lab for dialect research: peers "pr" (AS 65100, static) and "pd" (AS 65200, dials a listen
# range) on FRR 8.4, linked by veth pairs to the DUTs 84t and 103t (started by fxr.sh).
#   fxr-lab.sh up | down
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd); S="$here/fxr.sh"
link() { # NS_A IF_A ADDR4_A ADDR6_A NS_B IF_B ADDR4_B ADDR6_B
  ip link add "$2" netns "fxr-$1" type veth peer name "$6" netns "fxr-$5"
  ip -n "fxr-$1" addr add "$3" dev "$2"; ip -n "fxr-$1" addr add "$4" dev "$2" nodad; ip -n "fxr-$1" link set "$2" up
  ip -n "fxr-$5" addr add "$7" dev "$6"; ip -n "fxr-$5" addr add "$8" dev "$6" nodad; ip -n "fxr-$5" link set "$6" up
}
case ${1:-} in
  up)
    "$S" up pr 8 traditional; "$S" up pd 8 traditional
    link pr to84 10.254.1.1/30 2001:db8:fe:1::1/64 84t topr 10.254.1.2/30 2001:db8:fe:1::2/64
    link pr to103 10.254.3.1/30 2001:db8:fe:3::1/64 103t topr 10.254.3.2/30 2001:db8:fe:3::2/64
    link pd to84 10.254.2.1/30 2001:db8:fe:2::1/64 84t topd 10.254.2.2/30 2001:db8:fe:2::2/64
    link pd to103 10.254.4.1/30 2001:db8:fe:4::1/64 103t topd 10.254.4.2/30 2001:db8:fe:4::2/64
    sleep 2
    "$S" vtysh pr -c 'conf t' -c 'router bgp 65100' -c 'bgp router-id 10.254.0.100' -c 'no bgp ebgp-requires-policy' -c 'no bgp network import-check' \
      -c 'neighbor 10.254.1.2 remote-as 65000' -c 'neighbor 10.254.3.2 remote-as 65000' \
      -c 'neighbor 2001:db8:fe:1::2 remote-as 65000' -c 'neighbor 2001:db8:fe:3::2 remote-as 65000' \
      -c 'address-family ipv4 unicast' -c 'network 10.200.1.0/24' -c 'network 10.200.2.0/24' -c 'network 10.200.3.0/24' \
      -c 'exit-address-family' -c 'address-family ipv6 unicast' -c 'network 2001:db8:200:1::/64' -c 'network 2001:db8:200:2::/64' \
      -c 'neighbor 2001:db8:fe:1::2 activate' -c 'neighbor 2001:db8:fe:3::2 activate'
    "$S" vtysh pd -c 'conf t' -c 'router bgp 65200' -c 'bgp router-id 10.254.0.200' -c 'no bgp ebgp-requires-policy' -c 'no bgp network import-check' \
      -c 'neighbor 10.254.2.2 remote-as 65000' -c 'neighbor 10.254.4.2 remote-as 65000' \
      -c 'address-family ipv4 unicast' -c 'network 10.210.1.0/24'
    ;;
  down)
    "$S" down pr; "$S" down pd
    ;;
  *) echo "usage: $0 up|down"; exit 2 ;;
esac
