"""Topic 5: policy objects changed in place."""
import sys
import fxrprobe as f
S = []
def sc(name, steps, top=(), note=None):
    S.append(dict(name=name, bgp=None, top=list(top), note=note,
                  steps=[dict(ctx=s[0], cmds=s[1]) if isinstance(s, tuple) else s for s in steps]))
def t(*c): return ([], list(c))
def rm(entry, *c): return ([entry], list(c))
sc("prefix-list entry replaced at same seq", [
    t("ip prefix-list A seq 5 permit 10.0.0.0/8"),
    t("ip prefix-list A seq 5 deny 10.0.0.0/8"),
    t("ip prefix-list A seq 5 deny 11.0.0.0/8"),
    t("ip prefix-list A seq 5 deny 11.0.0.0/8 le 24"),
    t("ip prefix-list A seq 5 deny 11.0.0.0/8 le 24"),
    t("ip prefix-list A seq 10 permit any"),
    t("ip prefix-list A seq 15 deny 11.0.0.0/8 le 24"),
])
sc("prefix-list delete forms", [
    t("ip prefix-list A seq 5 permit 10.0.0.0/8", "ip prefix-list A seq 10 permit 11.0.0.0/8", "ip prefix-list A seq 15 permit 12.0.0.0/8", "ip prefix-list A seq 20 permit 13.0.0.0/8"),
    t("no ip prefix-list A seq 5"),
    t("no ip prefix-list A seq 10 deny 99.0.0.0/8"),
    t("no ip prefix-list A seq 10 permit 11.0.0.0/8"),
    t("no ip prefix-list A permit 12.0.0.0/8"),
    t("no ip prefix-list A seq 99"),
    t("ip prefix-list A description keep me"),
    t("no ip prefix-list A seq 20"),
    t("no ip prefix-list A description"),
    t("ip prefix-list A seq 5 permit 10.0.0.0/8"),
    t("no ip prefix-list A"),
    t("no ip prefix-list A"),
])
sc("ipv6 prefix-list replace + delete", [
    t("ipv6 prefix-list B seq 5 permit 2001:db8::/32 le 64"),
    t("ipv6 prefix-list B seq 5 deny 2001:db8::/32"),
    t("no ipv6 prefix-list B seq 5"),
])
sc("route-map entry action change at same seq", [
    t("route-map RM permit 10", "match ip address prefix-list A", "set community 65000:1"),
    t("route-map RM deny 10"),
    t("route-map RM permit 10"),
])
sc("route-map set/match replaced by re-entry", [
    rm("route-map RM permit 10", "set community 65000:1"),
    rm("route-map RM permit 10", "set community 65000:2"),
    rm("route-map RM permit 10", "set community 65000:3 additive"),
    rm("route-map RM permit 10", "set large-community 1:2:3"),
    rm("route-map RM permit 10", "set large-community 1:2:4"),
    rm("route-map RM permit 10", "set local-preference 100"),
    rm("route-map RM permit 10", "set local-preference 200"),
    rm("route-map RM permit 10", "set metric 1"),
    rm("route-map RM permit 10", "set metric +5"),
    rm("route-map RM permit 10", "set as-path prepend 65000"),
    rm("route-map RM permit 10", "set as-path prepend 65001 65001"),
    rm("route-map RM permit 10", "set as-path prepend last-as 2"),
    rm("route-map RM permit 10", "match ip address prefix-list A"),
    rm("route-map RM permit 10", "match ip address prefix-list B"),
    rm("route-map RM permit 10", "match ipv6 address prefix-list C"),
    rm("route-map RM permit 10", "match community CL"),
    rm("route-map RM permit 10", "match community CL2 exact-match"),
    rm("route-map RM permit 10", "set ip next-hop 10.0.0.1"),
    rm("route-map RM permit 10", "set ip next-hop peer-address"),
    rm("route-map RM permit 10", "set ipv6 next-hop global 2001:db8::1"),
    rm("route-map RM permit 10", "set ipv6 next-hop global 2001:db8::2"),
    rm("route-map RM permit 10", "on-match next"),
    rm("route-map RM permit 10", "on-match goto 20"),
])
sc("route-map negations", [
    rm("route-map RM permit 10", "set community 65000:1", "set local-preference 200", "match ip address prefix-list A", "set as-path prepend 65000 65000", "match community CL", "set large-community 1:2:3", "on-match next", "description hi", "set metric 5"),
    rm("route-map RM permit 10", "no set community 65000:9"),
    rm("route-map RM permit 10", "no set local-preference 999"),
    rm("route-map RM permit 10", "no match ip address prefix-list Z"),
    rm("route-map RM permit 10", "no match ip address prefix-list"),
    rm("route-map RM permit 10", "no set as-path prepend 65001"),
    rm("route-map RM permit 10", "no set as-path prepend"),
    rm("route-map RM permit 10", "no match community"),
    rm("route-map RM permit 10", "no set large-community"),
    rm("route-map RM permit 10", "no on-match next"),
    rm("route-map RM permit 10", "no description"),
    rm("route-map RM permit 10", "no set metric"),
])
sc("route-map delete forms", [
    t("route-map RM permit 10", "set metric 1", "exit", "route-map RM deny 20", "exit", "route-map RM permit 30", "exit"),
    t("no route-map RM deny 10"),
    t("no route-map RM permit 10"),
    t("no route-map RM permit 99"),
    t("no route-map RM permit 20"),
    t("no route-map RM permit 30"),
    t("no route-map RM"),
    t("route-map RM permit 10", "exit", "route-map RM permit 20", "exit"),
    t("no route-map RM"),
])
sc("community-list entry at same seq", [
    t("bgp community-list standard CL seq 5 permit 65000:1"),
    t("bgp community-list standard CL seq 5 permit 65000:2"),
    t("bgp community-list standard CL seq 5 deny 65000:2"),
    t("bgp community-list standard CL permit 65000:1"),
    t("bgp community-list standard CL permit 65000:1"),
    t("bgp community-list expanded CL permit .*"),
    t("no bgp community-list standard CL seq 5 permit 65000:9"),
    t("no bgp community-list standard CL seq 10"),
    t("no bgp community-list standard CL permit 65000:1"),
    t("no bgp community-list standard CL deny 65000:2"),
    t("bgp community-list standard CL seq 5 permit 65000:1"),
    t("no bgp community-list standard CL"),
])
sc("large-community-list entry at same seq", [
    t("bgp large-community-list standard LCL seq 5 permit 1:2:3"),
    t("bgp large-community-list standard LCL seq 5 permit 1:2:4"),
    t("bgp large-community-list standard LCL seq 5 deny 1:2:4"),
    t("bgp large-community-list standard LCL seq 10 permit 1:2:5"),
    t("no bgp large-community-list standard LCL seq 5"),
    t("no bgp large-community-list standard LCL seq 10 permit 1:2:5"),
    t("bgp large-community-list standard LCL seq 5 permit 1:2:3", "bgp large-community-list standard LCL seq 10 permit 1:2:4"),
    t("no bgp large-community-list standard LCL permit 1:2:3"),
    t("no bgp large-community-list standard LCL"),
])
sc("as-path access-list entry at same seq", [
    t("bgp as-path access-list AP seq 5 permit ^65001$"),
    t("bgp as-path access-list AP seq 5 permit ^65002$"),
    t("bgp as-path access-list AP seq 5 deny ^65002$"),
    t("bgp as-path access-list AP permit ^65003$"),
    t("bgp as-path access-list AP permit ^65003$"),
    t("no bgp as-path access-list AP seq 5"),
    t("no bgp as-path access-list AP seq 10 permit ^65003$"),
    t("bgp as-path access-list AP seq 5 permit ^1$", "bgp as-path access-list AP seq 10 permit ^2$"),
    t("no bgp as-path access-list AP permit ^1$"),
    t("no bgp as-path access-list AP seq 10 permit ^99$"),
    t("no bgp as-path access-list AP"),
])
sc("objects in use by a neighbor: delete / replace", [
    t("ip prefix-list A seq 5 permit 10.0.0.0/8", "route-map RM permit 10", "match ip address prefix-list A", "exit", "bgp as-path access-list AP seq 5 permit .*",
      "router bgp 65000", "neighbor 10.99.0.2 remote-as 65001", "address-family ipv4 unicast", "neighbor 10.99.0.2 route-map RM in", "neighbor 10.99.0.2 prefix-list A out", "neighbor 10.99.0.2 filter-list AP in"),
    t("no route-map RM"),
    t("no ip prefix-list A"),
    t("no bgp as-path access-list AP"),
    t("route-map RM permit 10"),
])
if __name__ == "__main__":
    f.emit(f.run_scenarios(S, sys.argv[1:] or None))
