import sys
import fxrprobe as f
from importlib import import_module
R = "router bgp 65000"; N = "10.99.0.2"
AF4 = [R, "address-family ipv4 unicast"]
S = []
def sc(name, steps, bgp=(), top=(), note=None):
    S.append(dict(name=name, bgp=list(bgp), top=list(top), note=note,
                  steps=[dict(ctx=s[0], cmds=s[1]) if isinstance(s, tuple) else s for s in steps]))
def g(*c): return ([R], list(c))
def a4(*c): return (AF4, list(c))
PG = ["neighbor PG peer-group", "neighbor PG remote-as external"]
sc("no neighbor PG remote-as X with members", [g(f"neighbor {N} peer-group PG", "neighbor 10.99.0.3 remote-as 65003"), g("no neighbor PG remote-as external")], bgp=PG)
sc("pg without remote-as: delete pg, member with own remote-as survives?", [g(f"neighbor {N} remote-as 65001", f"neighbor {N} peer-group PG"), a4(f"neighbor {N} route-map A in", "neighbor PG route-map B out"), g("no neighbor PG peer-group")], bgp=["neighbor PG peer-group"])
sc("pg without remote-as: leave pg, member with own remote-as survives?", [g(f"neighbor {N} remote-as 65001", f"neighbor {N} peer-group PG"), g(f"no neighbor {N} peer-group PG")], bgp=["neighbor PG peer-group"])
sc("member iBGP joining external pg", [g("neighbor 10.99.0.3 remote-as 65000"), g("neighbor 10.99.0.3 peer-group PG")], bgp=PG)
sc("member internal keyword joining pg with number", [g("neighbor 10.99.0.3 remote-as internal"), g("neighbor 10.99.0.3 peer-group PG")], bgp=["neighbor PG peer-group", "neighbor PG remote-as 65000"])
sc("pg remote-as change external->internal with members", [g(f"neighbor {N} peer-group PG"), g("neighbor PG remote-as internal"), g("neighbor PG remote-as 65001")], bgp=PG)
sc("member leaves pg and is re-added with own remote-as", [g(f"neighbor {N} peer-group PG"), g(f"no neighbor {N} peer-group PG"), g(f"neighbor {N} remote-as 65001", f"neighbor {N} peer-group PG")], bgp=PG)
sc("interface neighbor joins pg / leaves pg", [g("neighbor eth0 interface peer-group PG"), g("no neighbor eth0 interface peer-group PG"), g("neighbor eth0 interface remote-as external"), g("neighbor eth0 peer-group PG")], bgp=PG)
sc("AF knob on pg member: member override differs from pg", [a4("neighbor PG route-map A in", "neighbor PG maximum-prefix 10"), g(f"neighbor {N} peer-group PG"), a4(f"neighbor {N} route-map A in"), a4(f"neighbor {N} maximum-prefix 20"), a4(f"no neighbor {N} maximum-prefix"), a4(f"no neighbor {N} route-map A in"), a4("neighbor PG route-map C in")], bgp=PG)
sc("description on pg vs member", [g("neighbor PG description pg"), g(f"neighbor {N} peer-group PG"), g(f"neighbor {N} description pg"), g(f"no neighbor {N} description")], bgp=PG)
sc("no neighbor PG remote-as (global, without members)", [g("no neighbor PG remote-as external")], bgp=PG)
sc("shutdown rtt then no shutdown", [g(f"neighbor {N} shutdown rtt 10"), g(f"no neighbor {N} shutdown"), g(f"no neighbor {N} shutdown rtt")], bgp=[f"neighbor {N} remote-as 65001"])
if __name__ == "__main__":
    f.emit(f.run_scenarios(S, sys.argv[1:] or None))
