"""Topic 6: speaker knobs, AF knobs, VRF instances and EVPN."""
import sys
import fxrprobe as f
R = "router bgp 65000"
AF4 = [R, "address-family ipv4 unicast"]; AF6 = [R, "address-family ipv6 unicast"]; EV = [R, "address-family l2vpn evpn"]
RV = "router bgp 65000 vrf red"
V4 = [RV, "address-family ipv4 unicast"]; V6 = [RV, "address-family ipv6 unicast"]; VEV = [RV, "address-family l2vpn evpn"]
S = []
def sc(name, steps, bgp=(), top=(), note=None, nobgp=False):
    S.append(dict(name=name, bgp=None if nobgp else list(bgp), top=list(top), note=note,
                  steps=[dict(ctx=s[0], cmds=s[1]) if isinstance(s, tuple) else s for s in steps]))
def g(*c): return ([R], list(c))
def t(*c): return ([], list(c))
def a4(*c): return (AF4, list(c))
def a6(*c): return (AF6, list(c))
def ev(*c): return (EV, list(c))
def v(*c): return ([RV], list(c))
def v4(*c): return (V4, list(c))
def v6(*c): return (V6, list(c))
def vev(*c): return (VEV, list(c))
sc("router-id", [g("bgp router-id 10.0.0.1"), g("bgp router-id 10.0.0.2"), g("no bgp router-id 1.2.3.4"), g("bgp router-id 10.0.0.3"), g("no bgp router-id"), g("bgp router-id 0.0.0.0"), g("bgp router-id 255.255.255.255")])
sc("timers bgp", [g("timers bgp 10 30"), g("timers bgp 20 60"), g("timers bgp 10 20"), g("no timers bgp 1 3"), g("timers bgp 5 15"), g("no timers bgp"), g("timers bgp 0 0"), g("timers bgp 10 2")])
sc("graceful-restart variants", [g("bgp graceful-restart"), g("bgp graceful-restart-disable"), g("no bgp graceful-restart"), g("bgp graceful-restart-disable"), g("bgp graceful-restart"), g("no bgp graceful-restart-disable"), g("bgp graceful-restart restart-time 90"), g("bgp graceful-restart stalepath-time 200"), g("bgp graceful-restart restart-time 100"), g("no bgp graceful-restart restart-time 5"), g("no bgp graceful-restart stalepath-time")])
sc("bestpath combos", [g("bgp bestpath as-path multipath-relax"), g("bgp bestpath as-path multipath-relax as-set"), g("bgp bestpath as-path multipath-relax no-as-set"), g("no bgp bestpath as-path multipath-relax"), g("bgp bestpath med confed"), g("bgp bestpath med missing-as-worst"), g("no bgp bestpath med confed"), g("bgp bestpath compare-routerid"), g("bgp bestpath aigp"), g("bgp bestpath bandwidth ignore")])
sc("redistribute forms", [a4("redistribute connected"), a4("redistribute connected route-map A"), a4("redistribute connected route-map B"), a4("redistribute connected metric 10"), a4("redistribute connected metric 10 route-map A"), a4("redistribute connected route-map A metric 20"), a4("redistribute connected"), a4("no redistribute connected metric"), a4("redistribute connected metric 20"), a4("no redistribute connected route-map"), a4("no redistribute connected route-map Z"), a4("redistribute static metric 5"), a4("redistribute kernel"), a4("no redistribute static metric 99"), a4("no redistribute kernel"), a6("redistribute connected route-map A"), a6("redistribute kernel metric 7"), a4("redistribute ospf"), a4("redistribute table 10")])
sc("network forms", [a4("network 10.0.0.0/8"), a4("network 10.0.0.0/8 route-map A"), a4("network 10.0.0.0/8 route-map B"), a4("network 10.0.0.0/8"), a4("network 10.0.0.0/8 route-map A"), a4("no network 10.0.0.0/8 route-map Z"), a4("no network 10.0.0.0/8"), a4("network 10.1.0.0/16 label-index 5"), a4("network 10.2.0.0/16 backdoor"), a6("network 2001:db8::/32 route-map A")])
sc("aggregate-address forms", [a4("aggregate-address 10.0.0.0/8"), a4("aggregate-address 10.0.0.0/8 summary-only"), a4("aggregate-address 10.0.0.0/8 as-set"), a4("aggregate-address 10.0.0.0/8 route-map RA summary-only as-set"), a4("aggregate-address 10.0.0.0/8 as-set summary-only"), a4("aggregate-address 10.0.0.0/8 origin igp matching-MED-only suppress-map SM"), a4("aggregate-address 10.0.0.0 255.0.0.0 summary-only"), a4("no aggregate-address 10.0.0.0/8 as-set"), a6("aggregate-address 2001:db8::/32 summary-only")])
sc("maximum-paths in place", [a4("maximum-paths 4"), a4("maximum-paths 8"), a4("maximum-paths ibgp 4"), a4("maximum-paths ibgp 4 equal-cluster-length"), a4("maximum-paths ibgp 6"), a4("no maximum-paths 99"), a4("no maximum-paths ibgp 2"), a4("maximum-paths 0")])
sc("other AF knobs", [a4("distance bgp 20 200 200"), a4("distance bgp 30 200 200"), a4("bgp dampening"), a4("bgp dampening 15 750 2000 60"), a4("table-map TM"), a4("neighbor 10.99.0.2 activate"), a4("no neighbor 10.99.0.2 activate"), a4("label vpn export auto"), a4("rd vpn export 65000:1")], bgp=["neighbor 10.99.0.2 remote-as 65001"])
sc("import vrf (default instance first)", [a4("import vrf red"), a6("import vrf red"), a4("import vrf route-map RM"), a4("import vrf blue"), a4("no import vrf red"), a4("no import vrf route-map"), t(RV), v4("import vrf default"), a4("no import vrf blue")])
sc("import vrf in VRF instance before the default instance exists", [t(RV, "address-family ipv4 unicast", "import vrf default"), t(R), t("no " + R)], nobgp=True)
sc("VRF instance without default instance", [t(RV), t(RV, "bgp router-id 10.0.0.9", "neighbor 10.98.0.2 remote-as 65009"), t("router bgp 65001 vrf blue"), t(R), t("router bgp 65002"), t("no " + R), t("no router bgp 65000 vrf red", "no router bgp 65001 vrf blue", "no " + R)], nobgp=True)
sc("no router bgp with VRF instances", [t(RV), t("no " + R), t("no router bgp"), t("no " + RV), t("no " + R)], bgp=["bgp router-id 10.0.0.1"])
sc("change ASN of running instance", [t("router bgp 65001"), t("router bgp"), t("router bgp 65000 vrf red"), t("router bgp 65001 vrf red"), t("router bgp 65002 vrf red")], bgp=["bgp router-id 10.0.0.1"])
sc("vrf block and vni", [t("vrf red", "vni 10101"), t("vrf red", "vni 10102"), t("vrf red", "no vni 99"), t("vrf red", "vni 10101 prefix-routes-only"), t("vrf red", "no vni"), t("vrf red", "exit-vrf"), t("no vrf red")], nobgp=True)
sc("vrf with vni while router bgp vrf exists", [t("vrf red", "vni 10101"), t(RV), t("no vrf red"), t("vrf red", "no vni 10101"), t("no vrf red")])
sc("EVPN default instance", [ev("advertise-all-vni"), ev("advertise-svi-ip"), ev("advertise-default-gw"), ev("neighbor 10.99.0.2 activate"), ev("advertise ipv4 unicast"), ev("no advertise-svi-ip"), ev("no advertise-all-vni")], bgp=["neighbor 10.99.0.2 remote-as 65000"])
sc("EVPN VRF knobs", [t("vrf red", "vni 10101"), v(), vev("rd 65000:101"), vev("route-target import 65000:101"), vev("route-target export 65000:101"), vev("route-target import 65000:103"), vev("rd 10.0.0.1:101"), vev("no route-target import 65000:103"), vev("advertise ipv4 unicast"), vev("advertise ipv6 unicast route-map RM"), vev("advertise-svi-ip"), vev("advertise-all-vni"), vev("route-target import *:101"), vev("no rd 1:1"), vev("no rd")])
sc("VRF instance router-id, listen, peer-group", [v("bgp router-id 10.0.0.9", "no bgp default ipv4-unicast", "neighbor VMS peer-group", "neighbor VMS remote-as external", "bgp listen range fd00:101::/64 peer-group VMS", "bgp listen limit 100"), v4("neighbor VMS activate"), v("no bgp listen range fd00:101::/64 peer-group VMS"), v("bgp listen range fd00:101::/64 peer-group VMS"), v("neighbor VMS2 peer-group", "neighbor VMS2 remote-as external", "bgp listen range fd00:101::/64 peer-group VMS2")])
sc("same listen range in two instances", [v("neighbor VMS peer-group", "neighbor VMS remote-as external", "bgp listen range 10.50.0.0/24 peer-group VMS"), g("neighbor PG peer-group", "neighbor PG remote-as external", "bgp listen range 10.50.0.0/24 peer-group PG")])
sc("8.4: route-target both then remove one half (run last)", [t("vrf red", "vni 10101"), vev("route-target import 65000:101"), vev("route-target both 65000:102"), vev("no route-target import 65000:102"), vev("no route-target export 65000:102"), {"show": "show bgp summary"}], note="FRR 8.4: after `route-target both`, removing one half corrupts bgpd memory (garbage `route-target export UNK:...` lines) or kills it.")
sc("8.4 crash: route-target both then no route-target both (run last)", [t("vrf red", "vni 10101"), vev("route-target both 65000:1"), vev("no route-target both 65000:1"), {"show": "show bgp summary"}], note="FRR 8.4 bgpd dies with SIGSEGV (ecommunity_match) on the second command; watchfrr restarts it from the startup config.")
if __name__ == "__main__":
    f.emit(f.run_scenarios(S, sys.argv[1:] or None))
