"""Topic 7: JSON shapes from real sessions (peers pr/pd from fxr-lab.sh). Writes
test/fixtures/frr/<v>/json/*.json."""
import json, os, sys, time
import fxrprobe as f
HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "..", "..", "test", "fixtures", "frr")
NET = {"84t": dict(v="8.4", pr4="10.254.1.1", pr6="2001:db8:fe:1::1", dyn="10.254.2.0/24", rid="10.254.0.1"),
       "103t": dict(v="10.3", pr4="10.254.3.1", pr6="2001:db8:fe:3::1", dyn="10.254.4.0/24", rid="10.254.0.3")}

def config(iid):
    n = NET[iid]
    f.wipe(iid)
    f.vtysh(iid, "route-map ALLOW permit 10", "exit",
            "router bgp 65000", f"bgp router-id {n['rid']}", "no bgp network import-check",
            f"neighbor {n['pr4']} remote-as 65100", f"neighbor {n['pr4']} description pr-v4",
            f"neighbor {n['pr6']} remote-as 65100", f"neighbor {n['pr6']} description pr-v6",
            "neighbor DYN peer-group", "neighbor DYN remote-as external", f"bgp listen range {n['dyn']} peer-group DYN",
            "neighbor 10.254.9.9 remote-as 65999", "neighbor 10.254.9.9 description never-up",
            "neighbor 10.254.9.10 remote-as 65998", "neighbor 10.254.9.10 shutdown",
            "address-family ipv4 unicast", "network 10.201.1.0/24",
            f"neighbor {n['pr4']} route-map ALLOW in", f"neighbor {n['pr4']} route-map ALLOW out",
            "neighbor DYN route-map ALLOW in", "neighbor DYN route-map ALLOW out",
            f"no neighbor {n['pr6']} activate", "exit-address-family",
            "address-family ipv6 unicast", "network 2001:db8:201::/48",
            f"neighbor {n['pr6']} activate", f"neighbor {n['pr6']} route-map ALLOW in", f"neighbor {n['pr6']} route-map ALLOW out",
            "exit-address-family", "exit",
            "router bgp 65000 vrf red", "bgp router-id 10.254.0.99", "neighbor 10.77.0.2 remote-as 65077")

def wait(iid, n=4, timeout=150):
    for _ in range(timeout):
        rc, out = f.vtysh(iid, "show bgp vrf all summary json", conf=False)
        try:
            d = json.loads(out)
            est = sum(1 for af in d["default"].values() if isinstance(af, dict)
                      for p in af.get("peers", {}).values() if p.get("state") == "Established")
            if est >= n:
                return True
        except Exception:
            pass
        time.sleep(1)
    return False

def save(iid, name, cmd):
    rc, out = f.vtysh_split(iid, cmd, conf=False)[0:2]
    d = os.path.join(OUT, NET[iid]["v"], "json"); os.makedirs(d, exist_ok=True)
    try:
        obj = json.loads(out)
        text = json.dumps(obj, indent=2) + "\n"
    except Exception:
        text = out + "\n"
        name = name.replace(".json", ".txt")
    open(os.path.join(d, name), "w").write(text)
    return name

def run(iid):
    n = NET[iid]
    config(iid)
    ok = wait(iid, 3)
    time.sleep(5)
    # a user reset so lastResetDueTo is populated, then wait again
    f.vtysh(iid, f"clear bgp {n['pr4']}", conf=False)
    wait(iid, 3); time.sleep(4)
    saved = []
    for name, cmd in [
        ("summary-vrf-all.json", "show bgp vrf all summary json"),
        ("summary.json", "show bgp summary json"),
        ("summary-ipv4-unicast.json", "show bgp ipv4 unicast summary json"),
        ("summary-ipv6-unicast.json", "show bgp ipv6 unicast summary json"),
        ("summary-vrf-red.json", "show bgp vrf red summary json"),
        ("neighbors-vrf-all.json", "show bgp vrf all neighbors json"),
        ("neighbor-established.json", f"show bgp neighbors {n['pr4']} json"),
        ("neighbor-unknown.json", "show bgp neighbors 10.254.99.99 json"),
        ("route-received.json", "show bgp ipv4 unicast 10.200.1.0/24 json"),
        ("route-local-network.json", "show bgp ipv4 unicast 10.201.1.0/24 json"),
        ("route-absent.json", "show bgp ipv4 unicast 10.250.0.0/24 json"),
        ("route-ipv6-local-network.json", "show bgp ipv6 unicast 2001:db8:201::/48 json"),
        ("route-vrf-red-absent.json", "show bgp vrf red ipv4 unicast 10.0.0.0/8 json"),
        ("route-vrf-missing.json", "show bgp vrf nosuch ipv4 unicast 10.0.0.0/8 json"),
        ("ipv4-unicast-table.json", "show bgp ipv4 unicast json"),
        ("advertised-routes.json", f"show bgp ipv4 unicast neighbors {n['pr4']} advertised-routes json"),
    ]:
        saved.append(save(iid, name, cmd))
    return dict(established=ok, saved=saved)

if __name__ == "__main__":
    ids = sys.argv[1:] or ["84t", "103t"]
    f.emit({i: run(i) for i in ids})
