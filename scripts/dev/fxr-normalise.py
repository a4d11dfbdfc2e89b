"""Topic 3: how FRR normalises what it is given. Cases are applied on a fresh instance; the table
shows what running-config then holds."""
import fxrprobe as f
R = "router bgp 65000"
AF4 = [R, "address-family ipv4 unicast"]
AF6 = [R, "address-family ipv6 unicast"]
C = []
def case(name, set_, ctx=(R,), undo=None, **kw):
    C.append(dict(name=name, ctx=list(ctx), set=list(set_), undo=undo, **kw))
# addresses
case("ipv6 neighbor long form", ["neighbor 2001:0db8:0000:0000:0000:0000:0000:0001 remote-as 65001"])
case("ipv6 neighbor upper case", ["neighbor 2001:DB8::A remote-as 65001"])
case("ipv4-mapped neighbor", ["neighbor ::ffff:10.0.0.1 remote-as 65001"])
case("ipv4 leading zeros neighbor", ["neighbor 010.000.000.001 remote-as 65001"])
case("network host bits v4", ["network 10.9.9.9/24"], ctx=AF4)
case("network host bits v6", ["network 2001:db8::1/64"], ctx=AF6)
case("network v6 long form", ["network 2001:0DB8:0:0::/64"], ctx=AF6)
case("network mask form", ["network 10.0.0.0 mask 255.0.0.0"], ctx=AF4)
case("network classful no mask", ["network 10.0.0.0"], ctx=AF4)
case("network in global ctx (no AF)", ["network 10.1.0.0/16"])
case("aggregate host bits", ["aggregate-address 10.9.9.9/16"], ctx=AF4)
case("listen range host bits v4", ["neighbor PG peer-group", "neighbor PG remote-as external", "bgp listen range 10.9.9.9/24 peer-group PG"])
case("listen range host bits v6", ["neighbor PG peer-group", "neighbor PG remote-as external", "bgp listen range 2001:db8:1046:10:1::/64 peer-group PG"])
case("prefix-list host bits v4", ["ip prefix-list PL seq 5 permit 10.9.9.9/24"], nobgp=True)
case("prefix-list host bits v6", ["ipv6 prefix-list PL6 seq 5 permit 2001:db8::1/64"], nobgp=True)
case("prefix-list v6 long/upper", ["ipv6 prefix-list PL6 seq 5 permit 2001:0DB8:0000::/48"], nobgp=True)
# ASNs
case("router bgp asdot", ["router bgp 1.10"], ctx=(), nobgp=True)
case("router bgp asplain > 65535", ["router bgp 65546"], ctx=(), nobgp=True)
case("router bgp as-notation dot", ["router bgp 65546 as-notation dot"], ctx=(), nobgp=True)
case("router bgp as-notation asdot+", ["router bgp 65000 as-notation dot+"], ctx=(), nobgp=True)
case("router bgp 1.10 as-notation plain", ["router bgp 1.10 as-notation plain"], ctx=(), nobgp=True)
case("remote-as asdot", ["neighbor 10.0.0.2 remote-as 1.10"])
case("remote-as 4-byte plain", ["neighbor 10.0.0.2 remote-as 4200000000"])
case("local-as asdot", ["neighbor 10.0.0.2 remote-as 65001", "neighbor 10.0.0.2 local-as 1.10"])
case("bgp asnotation (global)", ["bgp as-notation dot"])
case("remote-as same as local number", ["neighbor 10.0.0.2 remote-as 65000"])
case("remote-as internal", ["neighbor 10.0.0.2 remote-as internal"])
case("remote-as external", ["neighbor 10.0.0.2 remote-as external"])
case("remote-as auto", ["neighbor 10.0.0.2 remote-as auto"])
case("remote-as 0", ["neighbor 10.0.0.2 remote-as 0"])
case("interface neighbor external", ["neighbor eth0 interface remote-as external"])
case("interface neighbor v6only", ["neighbor eth0 interface v6only remote-as external"])
case("interface neighbor then remote-as", ["neighbor eth0 interface", "neighbor eth0 remote-as internal"])
case("interface neighbor peer-group", ["neighbor PG peer-group", "neighbor PG remote-as external", "neighbor eth0 interface peer-group PG"])
case("interface neighbor description", ["neighbor eth0 interface remote-as external", "neighbor eth0 description uplink"])
# description / password
case("description quoted", ['neighbor 10.0.0.2 remote-as 65001', 'neighbor 10.0.0.2 description "quoted text"'])
case("description multi-space", ['neighbor 10.0.0.2 remote-as 65001', 'neighbor 10.0.0.2 description a   b    c'])
case("description trailing space", ['neighbor 10.0.0.2 remote-as 65001', 'neighbor 10.0.0.2 description ab  '])
case("description with ! and #", ['neighbor 10.0.0.2 remote-as 65001', 'neighbor 10.0.0.2 description a ! b # c'])
case("description tab", ['neighbor 10.0.0.2 remote-as 65001', 'neighbor 10.0.0.2 description a\tb'])
case("description 80+ chars", ['neighbor 10.0.0.2 remote-as 65001', 'neighbor 10.0.0.2 description ' + 'x' * 90])
case("description utf8", ['neighbor 10.0.0.2 remote-as 65001', 'neighbor 10.0.0.2 description caf\u00e9 \u2713'])
case("password plain", ['neighbor 10.0.0.2 remote-as 65001', 'neighbor 10.0.0.2 password s3cr3t'])
case("password with space", ['neighbor 10.0.0.2 remote-as 65001', 'neighbor 10.0.0.2 password two words'])
case("password special chars", ['neighbor 10.0.0.2 remote-as 65001', 'neighbor 10.0.0.2 password a!b#c$d"e'])
case("password 80 chars", ['neighbor 10.0.0.2 remote-as 65001', 'neighbor 10.0.0.2 password ' + 'p' * 80])
case("password quoted", ['neighbor 10.0.0.2 remote-as 65001', 'neighbor 10.0.0.2 password "abc"'])
# route-map set/match
RM = "route-map RM permit 10"
for name, lines in [
    ("set community order", ["set community 65000:200 65000:100 65000:300"]),
    ("set community well-known", ["set community no-export 65000:1 no-advertise local-AS internet"]),
    ("set community graceful-shutdown blackhole no-peer", ["set community graceful-shutdown blackhole no-peer"]),
    ("set community additive", ["set community 65000:100 additive"]),
    ("set community additive first", ["set community additive 65000:100"]),
    ("set community none", ["set community none"]),
    ("set community numeric", ["set community 4259840001"]),
    ("set community 0:0 and 65535:65535", ["set community 0:0 65535:65535"]),
    ("set community duplicates", ["set community 65000:1 65000:1"]),
    ("set large-community order", ["set large-community 4200001000:0:200 4200001000:0:100"]),
    ("set large-community additive", ["set large-community 4200001000:0:100 additive"]),
    ("set large-community none", ["set large-community none"]),
    ("set extcommunity rt", ["set extcommunity rt 65000:1 65000:2"]),
    ("set local-preference", ["set local-preference 200"]),
    ("set local-preference +10", ["set local-preference +10"]),
    ("set local-preference -10", ["set local-preference -10"]),
    ("set metric", ["set metric 100"]),
    ("set metric +10", ["set metric +10"]),
    ("set metric rtt", ["set metric rtt"]),
    ("set metric +rtt", ["set metric +rtt"]),
    ("set weight", ["set weight 100"]),
    ("set as-path prepend", ["set as-path prepend 65000 65000 65000"]),
    ("set as-path prepend asdot", ["set as-path prepend 1.10"]),
    ("set as-path prepend last-as", ["set as-path prepend last-as 3"]),
    ("set as-path exclude", ["set as-path exclude 65001"]),
    ("set origin", ["set origin incomplete"]),
    ("set tag", ["set tag 10"]),
    ("set ip next-hop peer-address", ["set ip next-hop peer-address"]),
    ("set ip next-hop unchanged", ["set ip next-hop unchanged"]),
    ("set ipv6 next-hop global", ["set ipv6 next-hop global 2001:DB8::0001"]),
    ("set ipv6 next-hop prefer-global", ["set ipv6 next-hop prefer-global"]),
    ("set ipv6 next-hop peer-address", ["set ipv6 next-hop peer-address"]),
    ("set ipv6 next-hop local", ["set ipv6 next-hop local fe80::1"]),
    ("set comm-list delete", ["set comm-list CL delete"]),
    ("set large-comm-list delete", ["set large-comm-list LCL delete"]),
    ("on-match next", ["on-match next"]),
    ("on-match goto", ["on-match goto 20"]),
    ("continue", ["continue 20"]),
    ("call", ["call OTHER"]),
    ("description", ["description  export   to edge "]),
    ("match community", ["match community CL"]),
    ("match community exact-match", ["match community CL exact-match"]),
    ("match large-community", ["match large-community LCL"]),
    ("match large-community exact-match", ["match large-community LCL exact-match"]),
    ("match as-path", ["match as-path AP"]),
    ("match ip address prefix-list", ["match ip address prefix-list PL"]),
    ("match ip address acl", ["match ip address 10"]),
    ("match ipv6 address prefix-list", ["match ipv6 address prefix-list PL6"]),
    ("match ip next-hop prefix-list", ["match ip next-hop prefix-list PL"]),
    ("match source-protocol", ["match source-protocol connected"]),
    ("match peer", ["match peer 10.0.0.2"]),
    ("match interface", ["match interface eth0"]),
    ("match tag", ["match tag 10"]),
    ("match metric", ["match metric 10"]),
    ("match local-preference", ["match local-preference 200"]),
    ("match origin", ["match origin igp"]),
    ("match evpn vni", ["match evpn vni 10101"]),
    ("match/set order", ["set metric 5", "set local-preference 300", "match ipv6 address prefix-list PL6", "match as-path AP", "set community 65000:1", "set as-path prepend 65000", "match community CL", "on-match next", "description d", "set large-community 1:2:3", "call OTHER"]),
]:
    case("rm " + name, lines, ctx=(RM,), nobgp=True)
case("route-map no seq", ["route-map RMX permit"], ctx=(), nobgp=True)
case("route-map no action", ["route-map RMX"], ctx=(), nobgp=True)
case("route-map seq 0", ["route-map RMX permit 0"], ctx=(), nobgp=True)
case("route-map seq 65535", ["route-map RMX permit 65535"], ctx=(), nobgp=True)
case("route-map seq 65536", ["route-map RMX permit 65536"], ctx=(), nobgp=True)
case("route-map name ordering (10.3 sorting)", ["route-map b10 permit 10", "exit", "route-map B9 permit 10", "exit", "route-map a-1 permit 10", "exit", "route-map a_1 permit 10", "exit", "route-map A2 permit 10", "exit", "route-map b9 permit 10", "exit", "route-map b9 permit 5"], ctx=(), nobgp=True)
# prefix-lists
T = ()
for name, lines in [
    ("pl auto seq", ["ip prefix-list A permit 10.0.0.0/8", "ip prefix-list A permit 10.1.0.0/16", "ip prefix-list A deny any"]),
    ("pl auto seq after 7", ["ip prefix-list A seq 7 permit 10.0.0.0/8", "ip prefix-list A permit 10.1.0.0/16"]),
    ("pl auto seq after 12", ["ip prefix-list A seq 12 permit 10.0.0.0/8", "ip prefix-list A permit 10.1.0.0/16"]),
    ("pl auto seq mixed order", ["ip prefix-list A seq 20 permit 10.0.0.0/8", "ip prefix-list A seq 10 permit 10.1.0.0/16", "ip prefix-list A permit 10.2.0.0/16"]),
    ("pl any v4", ["ip prefix-list A seq 5 permit any"]),
    ("pl any v6", ["ipv6 prefix-list A6 seq 5 deny any"]),
    ("pl 0.0.0.0/0 le 32", ["ip prefix-list A seq 5 permit 0.0.0.0/0 le 32"]),
    ("pl ::/0 le 128", ["ipv6 prefix-list A6 seq 5 permit ::/0 le 128"]),
    ("pl ge = len", ["ip prefix-list A seq 5 permit 10.0.0.0/24 ge 24"]),
    ("pl le = len", ["ip prefix-list A seq 5 permit 10.0.0.0/24 le 24"]),
    ("pl ge le same", ["ip prefix-list A seq 5 permit 10.0.0.0/24 ge 32 le 32"]),
    ("pl ge 32", ["ip prefix-list A seq 5 permit 10.0.0.0/24 ge 32"]),
    ("pl le 32", ["ip prefix-list A seq 5 permit 10.0.0.0/24 le 32"]),
    ("pl ge 25 le 30", ["ip prefix-list A seq 5 permit 10.0.0.0/24 ge 25 le 30"]),
    ("pl le before ge", ["ip prefix-list A seq 5 permit 10.0.0.0/24 le 30 ge 25"]),
    ("pl ge > le", ["ip prefix-list A seq 5 permit 10.0.0.0/24 ge 30 le 25"]),
    ("pl le < len", ["ip prefix-list A seq 5 permit 10.0.0.0/24 le 16"]),
    ("pl le 33", ["ip prefix-list A seq 5 permit 10.0.0.0/24 le 33"]),
    ("pl v6 ge 128", ["ipv6 prefix-list A6 seq 5 permit 2001:db8::/64 ge 128"]),
    ("pl v6 le 128", ["ipv6 prefix-list A6 seq 5 permit 2001:db8::/64 le 128"]),
    ("pl description", ["ip prefix-list A description  some   text "]),
    ("pl seq 0", ["ip prefix-list A seq 0 permit 10.0.0.0/8"]),
    ("pl seq 4294967295", ["ip prefix-list A seq 4294967295 permit 10.0.0.0/8"]),
    ("pl v4 addr in ipv6 list", ["ipv6 prefix-list A6 seq 5 permit 10.0.0.0/8"]),
    ("pl name ordering", ["ip prefix-list b10 seq 5 permit 10.0.0.0/8", "ip prefix-list B9 seq 5 permit 10.0.0.0/8", "ip prefix-list a_1 seq 5 permit 10.0.0.0/8", "ip prefix-list a-1 seq 5 permit 10.0.0.0/8", "ip prefix-list A2 seq 5 permit 10.0.0.0/8"]),
    ("pl duplicate entry other seq", ["ip prefix-list A seq 5 permit 10.0.0.0/8", "ip prefix-list A seq 10 permit 10.0.0.0/8"]),
    # community lists
    ("cl standard no seq", ["bgp community-list standard CL permit 65000:1 65000:2"]),
    ("cl standard seq", ["bgp community-list standard CL seq 7 permit 65000:1"]),
    ("cl standard auto seq x2", ["bgp community-list standard CL permit 65000:1", "bgp community-list standard CL deny 65000:2"]),
    ("cl standard well-known", ["bgp community-list standard CL permit no-export internet"]),
    ("cl standard order", ["bgp community-list standard CL permit 65000:2 65000:1"]),
    ("cl expanded", ["bgp community-list expanded CLX permit ^65000:.*$"]),
    ("cl expanded spaces", ["bgp community-list expanded CLX permit 65000:1 65000:2"]),
    ("cl numbered 1", ["bgp community-list 1 permit 65000:1"]),
    ("cl numbered 100", ["bgp community-list 100 permit 65000:.*"]),
    ("cl no type", ["bgp community-list CL permit 65000:1"]),
    ("cl ip community-list (old)", ["ip community-list standard CL permit 65000:1"]),
    ("lcl standard", ["bgp large-community-list standard LCL permit 4200001000:0:100"]),
    ("lcl standard two", ["bgp large-community-list standard LCL permit 4200001000:0:200 4200001000:0:100"]),
    ("lcl expanded", ["bgp large-community-list expanded LCLX permit ^4200001000:0:.*$"]),
    ("lcl seq", ["bgp large-community-list standard LCL seq 20 permit 1:2:3"]),
    ("ecl standard rt", ["bgp extcommunity-list standard ECL permit rt 65000:1"]),
    ("aspath no seq", ["bgp as-path access-list AP permit ^65001$"]),
    ("aspath seq", ["bgp as-path access-list AP seq 20 permit ^65001_"]),
    ("aspath auto seq x2", ["bgp as-path access-list AP permit ^65001$", "bgp as-path access-list AP deny .*"]),
    ("aspath regex spaces", ["bgp as-path access-list AP permit ^65001 65002$"]),
    ("aspath underscore", ["bgp as-path access-list AP permit _65001_"]),
    ("ordering of list kinds", ["bgp as-path access-list ZAP permit .*", "bgp large-community-list standard ZLCL permit 1:2:3", "bgp community-list standard ZCL permit 1:2", "bgp extcommunity-list standard ZECL permit rt 1:2", "ipv6 prefix-list Z6 permit ::/0", "ip prefix-list Z4 permit any", "route-map ZRM permit 10", "exit", "bgp as-path access-list AAP permit .*", "bgp community-list standard ACL permit 1:2", "ip prefix-list A4 permit any", "route-map ARM permit 10", "exit"]),
]:
    case(name, lines, ctx=T, nobgp=True)

if __name__ == "__main__":
    f.emit(f.run_cases(C))
