"""Topic 4: neighbor knobs - exact lines, in-place change, negation, peer-group inheritance, errors."""
import sys
import fxrprobe as f
R = "router bgp 65000"
N = "10.99.0.2"
AF4 = [R, "address-family ipv4 unicast"]
AF6 = [R, "address-family ipv6 unicast"]
S = []
def sc(name, steps, bgp=(f"neighbor {N} remote-as 65001",), top=(), note=None):
    S.append(dict(name=name, bgp=list(bgp) if bgp is not None else None, top=list(top), note=note,
                  steps=[dict(ctx=s[0], cmds=s[1]) if isinstance(s, tuple) else s for s in steps]))
def g(*cmds): return ([R], list(cmds))
def a4(*cmds): return (AF4, list(cmds))
def a6(*cmds): return (AF6, list(cmds))

# --- in-place change and negation, global knobs
sc("remote-as change number", [g(f"neighbor {N} remote-as 65002"), g(f"neighbor {N} remote-as external"), g(f"neighbor {N} remote-as internal"), g(f"neighbor {N} remote-as 65000"), g(f"no neighbor {N} remote-as 65001"), g(f"no neighbor {N} remote-as 65000")])
sc("remote-as delete forms", [g(f"no neighbor {N} remote-as"), g(f"neighbor {N} remote-as 65001"), g(f"no neighbor {N}")])
sc("description", [g(f"neighbor {N} description first"), g(f"neighbor {N} description second one"), g(f"no neighbor {N} description other"), g(f"no neighbor {N} description")])
sc("password", [g(f"neighbor {N} password one"), g(f"neighbor {N} password two"), g(f"no neighbor {N} password wrong"), g(f"no neighbor {N} password")])
sc("timers", [g(f"neighbor {N} timers 10 30"), g(f"neighbor {N} timers 20 60"), g(f"neighbor {N} timers 10 29"), g(f"neighbor {N} timers 0 0"), g(f"no neighbor {N} timers 1 3"), g(f"neighbor {N} timers 10 30"), g(f"no neighbor {N} timers")])
sc("timers connect", [g(f"neighbor {N} timers connect 10"), g(f"neighbor {N} timers connect 20"), g(f"no neighbor {N} timers connect 99"), g(f"neighbor {N} timers connect 5"), g(f"no neighbor {N} timers connect")])
sc("update-source", [g(f"neighbor {N} update-source 10.99.0.1"), g(f"neighbor {N} update-source eth0"), g(f"neighbor {N} update-source lo"), g(f"no neighbor {N} update-source 10.1.1.1"), g(f"neighbor {N} update-source 2001:db8::1"), g(f"no neighbor {N} update-source")])
sc("ebgp-multihop", [g(f"neighbor {N} ebgp-multihop 5"), g(f"neighbor {N} ebgp-multihop 10"), g(f"neighbor {N} ebgp-multihop"), g(f"no neighbor {N} ebgp-multihop 3"), g(f"neighbor {N} ebgp-multihop 2"), g(f"no neighbor {N} ebgp-multihop")])
sc("ttl-security", [g(f"neighbor {N} ttl-security hops 1"), g(f"neighbor {N} ttl-security hops 5"), g(f"neighbor {N} ebgp-multihop 3"), g(f"no neighbor {N} ttl-security hops 2"), g(f"no neighbor {N} ttl-security hops 5"), g(f"neighbor {N} ebgp-multihop 3"), g(f"neighbor {N} ttl-security hops 1")])
sc("bfd (no bfdd running)", [g(f"neighbor {N} bfd"), g(f"neighbor {N} bfd profile fast"), g(f"neighbor {N} bfd check-control-plane-failure"), g(f"no neighbor {N} bfd"), g(f"neighbor {N} bfd 3 300 300")])
sc("passive / shutdown", [g(f"neighbor {N} passive"), g(f"neighbor {N} shutdown"), g(f"neighbor {N} shutdown message going down"), g(f"neighbor {N} shutdown rtt 10"), g(f"no neighbor {N} shutdown"), g(f"no neighbor {N} passive")])
sc("local-as", [g(f"neighbor {N} local-as 64999"), g(f"neighbor {N} local-as 64999 no-prepend"), g(f"neighbor {N} local-as 64999 no-prepend replace-as"), g(f"neighbor {N} local-as 64998"), g(f"neighbor {N} local-as 64998 no-prepend replace-as dual-as"), g(f"neighbor {N} local-as 65000"), g(f"no neighbor {N} local-as 1"), g(f"no neighbor {N} local-as")])
sc("capability extended-nexthop / port", [g(f"neighbor {N} capability extended-nexthop"), g(f"no neighbor {N} capability extended-nexthop"), g(f"neighbor {N} port 1179"), g(f"neighbor {N} port 2179"), g(f"no neighbor {N} port 99"), g(f"no neighbor {N} port")])
sc("interface neighbor + extended-nexthop", [g("neighbor eth0 interface remote-as external"), g("no neighbor eth0 capability extended-nexthop"), g("neighbor eth0 capability extended-nexthop"), g("no neighbor eth0 interface"), g("neighbor eth1 interface"), g("no neighbor eth1")], bgp=[])
# --- per-AF knobs
sc("activate", [a4(f"no neighbor {N} activate"), a4(f"neighbor {N} activate"), a6(f"neighbor {N} activate"), a6(f"no neighbor {N} activate")])
sc("activate with no bgp default ipv4-unicast", [a4(f"neighbor {N} activate"), a4(f"no neighbor {N} activate"), a6(f"neighbor {N} activate")], bgp=["no bgp default ipv4-unicast", f"neighbor {N} remote-as 65001"])
sc("activate: no bgp default ipv4-unicast AFTER neighbor", [g("no bgp default ipv4-unicast"), g("bgp default ipv4-unicast")])
sc("route-map in/out", [a4(f"neighbor {N} route-map A in"), a4(f"neighbor {N} route-map B in"), a4(f"neighbor {N} route-map C out"), a4(f"no neighbor {N} route-map X in"), a4(f"no neighbor {N} route-map B in"), a4(f"no neighbor {N} route-map out")])
sc("prefix-list in/out", [a4(f"neighbor {N} prefix-list A in"), a4(f"neighbor {N} prefix-list B in"), a4(f"neighbor {N} prefix-list C out"), a4(f"neighbor {N} distribute-list 10 in"), a4(f"no neighbor {N} prefix-list X in"), a4(f"no neighbor {N} prefix-list B in"), a4(f"no neighbor {N} prefix-list C out")])
sc("filter-list / unsuppress-map", [a4(f"neighbor {N} filter-list AP in"), a4(f"neighbor {N} filter-list AP2 in"), a4(f"no neighbor {N} filter-list X in"), a4(f"no neighbor {N} filter-list AP2 in")])
sc("soft-reconfiguration inbound", [a4(f"neighbor {N} soft-reconfiguration inbound"), a4(f"neighbor {N} soft-reconfiguration inbound"), a4(f"no neighbor {N} soft-reconfiguration inbound")])
sc("maximum-prefix", [a4(f"neighbor {N} maximum-prefix 10"), a4(f"neighbor {N} maximum-prefix 20"), a4(f"neighbor {N} maximum-prefix 20 90"), a4(f"neighbor {N} maximum-prefix 20 warning-only"), a4(f"neighbor {N} maximum-prefix 20 restart 5"), a4(f"neighbor {N} maximum-prefix 20 90 restart 5"), a4(f"neighbor {N} maximum-prefix 20 90 warning-only"), a4(f"neighbor {N} maximum-prefix 20 force"), a4(f"no neighbor {N} maximum-prefix 99"), a4(f"neighbor {N} maximum-prefix 20"), a4(f"no neighbor {N} maximum-prefix")])
sc("next-hop-self", [a4(f"neighbor {N} next-hop-self"), a4(f"neighbor {N} next-hop-self force"), a4(f"no neighbor {N} next-hop-self"), a4(f"no neighbor {N} next-hop-self force"), a4(f"neighbor {N} next-hop-self"), a4(f"no neighbor {N} next-hop-self force")])
sc("allowas-in", [a4(f"neighbor {N} allowas-in"), a4(f"neighbor {N} allowas-in 5"), a4(f"neighbor {N} allowas-in origin"), a4(f"no neighbor {N} allowas-in 7"), a4(f"neighbor {N} allowas-in 2"), a4(f"no neighbor {N} allowas-in")])
sc("default-originate", [a4(f"neighbor {N} default-originate"), a4(f"neighbor {N} default-originate route-map DEF"), a4(f"neighbor {N} default-originate route-map DEF2"), a4(f"neighbor {N} default-originate"), a4(f"no neighbor {N} default-originate route-map X"), a4(f"neighbor {N} default-originate route-map DEF"), a4(f"no neighbor {N} default-originate")])
sc("addpath", [a4(f"neighbor {N} addpath-tx-all-paths"), a4(f"neighbor {N} addpath-tx-bestpath-per-AS"), a4(f"no neighbor {N} addpath-tx-all-paths"), a4(f"no neighbor {N} addpath-tx-bestpath-per-AS"), a4(f"neighbor {N} addpath-rx-paths-limit 3"), a4(f"neighbor {N} disable-addpath-rx")])
sc("AF knob on neighbor not activated in AF (no default v4)", [a4(f"neighbor {N} route-map A in"), a4(f"neighbor {N} soft-reconfiguration inbound"), a6(f"neighbor {N} maximum-prefix 5")], bgp=["no bgp default ipv4-unicast", f"neighbor {N} remote-as 65001"])
sc("AF knob on unknown neighbor", [a4("neighbor 10.99.0.9 route-map A in"), g("neighbor 10.99.0.9 description x"), g("neighbor 10.99.0.9 timers 3 9")])
# --- peer-groups
PG = ["neighbor PG peer-group", "neighbor PG remote-as external"]
sc("peer-group definition and membership", [g("neighbor PG peer-group"), g("neighbor PG remote-as 65001"), g(f"neighbor {N} peer-group PG"), g("neighbor 10.99.0.3 peer-group PG"), g("neighbor PG2 peer-group"), g(f"neighbor {N} peer-group PG2"), g(f"no neighbor {N} peer-group PG2"), g(f"no neighbor {N} peer-group PG"), g("no neighbor 10.99.0.3 peer-group"), g("no neighbor PG peer-group")], bgp=[])
sc("peer-group: member with own remote-as", [g(f"neighbor {N} remote-as 65001"), g(f"neighbor {N} peer-group PG"), g("neighbor 10.99.0.3 peer-group PG"), g("neighbor 10.99.0.3 remote-as 65003"), g("neighbor 10.99.0.3 remote-as external"), g("no neighbor PG remote-as"), g("neighbor 10.99.0.3 remote-as 65003")], bgp=PG)
sc("peer-group: pg without remote-as, members with own", [g(f"neighbor {N} remote-as 65001"), g(f"neighbor {N} peer-group PG"), g("neighbor 10.99.0.3 remote-as 65003"), g("neighbor 10.99.0.3 peer-group PG"), g("neighbor PG remote-as external"), g("neighbor PG remote-as 65009")], bgp=["neighbor PG peer-group"])
sc("peer-group: member without remote-as, pg without remote-as", [g(f"neighbor {N} peer-group PG")], bgp=["neighbor PG peer-group"])
sc("peer-group: iBGP and eBGP members mixed", [g("neighbor 10.99.0.3 remote-as 65000"), g("neighbor 10.99.0.3 peer-group PG"), g(f"neighbor {N} remote-as 65001"), g(f"neighbor {N} peer-group PG")], bgp=["neighbor PG peer-group"])
sc("peer-group: inherited knobs shown on members?", [
    g("neighbor PG description pgdesc", "neighbor PG timers 10 30", "neighbor PG password pw", "neighbor PG ebgp-multihop 3", "neighbor PG update-source 10.99.0.1", "neighbor PG capability extended-nexthop", "neighbor PG timers connect 10", "neighbor PG local-as 64999"),
    a4("neighbor PG route-map A in", "neighbor PG soft-reconfiguration inbound", "neighbor PG maximum-prefix 10", "neighbor PG next-hop-self", "neighbor PG allowas-in 2", "neighbor PG default-originate"),
    g(f"neighbor {N} peer-group PG"),
    g(f"neighbor {N} description own", f"neighbor {N} timers 10 30", f"neighbor {N} ebgp-multihop 4"),
    a4(f"neighbor {N} route-map B in", f"neighbor {N} maximum-prefix 10", f"neighbor {N} soft-reconfiguration inbound"),
    a4(f"no neighbor {N} route-map B in"),
    a4(f"no neighbor {N} soft-reconfiguration inbound"),
    g(f"no neighbor {N} description"),
    g(f"no neighbor {N} password"),
    {"show": f"show bgp neighbors {N} json"},
], bgp=PG)
sc("peer-group: member joins pg with AF config already on member", [a4(f"neighbor {N} route-map A in"), g(f"neighbor {N} peer-group PG")], bgp=PG + [f"neighbor {N} remote-as 65001"])
sc("peer-group: activate inheritance (no default v4)", [a4("neighbor PG activate"), g(f"neighbor {N} peer-group PG"), a4(f"no neighbor {N} activate"), a4(f"neighbor {N} activate"), a6(f"neighbor {N} activate"), a4("no neighbor PG activate")], bgp=["no bgp default ipv4-unicast"] + PG)
sc("peer-group delete with members", [g(f"neighbor {N} peer-group PG"), g("no neighbor PG peer-group")], bgp=PG)
sc("peer-group delete with members having own remote-as", [g(f"neighbor {N} remote-as 65001", f"neighbor {N} peer-group PG"), g("no neighbor PG peer-group")], bgp=PG)
sc("no neighbor PG (without peer-group keyword)", [g("no neighbor PG")], bgp=PG)
sc("listen range before peer-group", [g("bgp listen range 10.99.0.0/24 peer-group PG"), g("neighbor PG peer-group"), g("bgp listen range 10.99.0.0/24 peer-group PG"), g("bgp listen range 10.99.0.0/24 peer-group PG"), g("neighbor PG2 peer-group", "bgp listen range 10.99.0.0/24 peer-group PG2"), g("bgp listen range 10.99.0.0/25 peer-group PG2"), g("no bgp listen range 10.99.0.0/24 peer-group PG2"), g("no bgp listen range 10.99.0.0/24 peer-group PG"), g("no neighbor PG peer-group")], bgp=[])
sc("listen range: pg without remote-as, then delete pg with range", [g("neighbor PG peer-group", "bgp listen range 10.99.0.0/24 peer-group PG"), g("neighbor PG remote-as external"), g("no neighbor PG peer-group")], bgp=[])
sc("listen limit", [g("bgp listen limit 10"), g("bgp listen limit 20"), g("no bgp listen limit 5"), g("bgp listen limit 5000"), g("bgp listen limit 0"), g("no bgp listen limit")], bgp=[])
sc("peer-group name that looks like an address / keyword", [g("neighbor 10.1.1.1 peer-group"), g("neighbor internal peer-group"), g("neighbor eth0 peer-group"), g("neighbor PG-with-dash_und.dot peer-group")], bgp=[])

if __name__ == "__main__":
    only = sys.argv[1:] or None
    f.emit(f.run_scenarios(S, only))
