"""Topic 5: what a neighbor's reference to a missing/empty policy object does to routes (real sessions
with peer 'pr' from fxr-lab.sh; pr announces 10.200.{1,2,3}.0/24)."""
import json, sys, time
import fxrprobe as f
PR = {"84t": "10.254.1.1", "103t": "10.254.3.1"}

def wait_est(iid, peer, timeout=40):
    for _ in range(timeout * 2):
        rc, out = f.vtysh(iid, "show bgp ipv4 unicast summary json", conf=False)
        try:
            p = json.loads(out)["peers"][peer]
            if p["state"] == "Established":
                return p
        except Exception:
            pass
        time.sleep(0.5)
    return None

def measure(iid, peer, direction):
    time.sleep(3)
    if direction == "in":
        rc, out = f.vtysh(iid, "show bgp ipv4 unicast summary json", conf=False)
        p = json.loads(out)["peers"].get(peer, {})
        rc, t = f.vtysh(iid, "show bgp ipv4 unicast json", conf=False)
        routes = sorted(k for k in json.loads(t).get("routes", {}) if k.startswith("10.200."))
        return dict(state=p.get("state"), pfxRcd=p.get("pfxRcd"), pfxSnt=p.get("pfxSnt"), table=routes)
    else:
        rc, out = f.vtysh("pr", "show bgp ipv4 unicast json", conf=False)
        dut = {"84t": "10.254.1.2", "103t": "10.254.3.2"}[iid]
        routes = sorted(k for k, paths in json.loads(out).get("routes", {}).items()
                        if k.startswith("10.201.") and any(pa.get("peerId") == dut for pa in paths))
        rc, s = f.vtysh(iid, "show bgp ipv4 unicast summary json", conf=False)
        p = json.loads(s)["peers"].get(peer, {})
        return dict(state=p.get("state"), pfxSnt=p.get("pfxSnt"), received_by_peer=routes)

CONDS = [
    ("none", "in", [], []),
    ("route-map MISSING in", "in", [], ["neighbor {p} route-map MISSING in"]),
    ("route-map with one empty permit entry", "in", ["route-map RMP permit 10"], ["neighbor {p} route-map RMP in"]),
    ("route-map with one empty deny entry", "in", ["route-map RMD deny 10"], ["neighbor {p} route-map RMD in"]),
    ("route-map whose only entry was deleted", "in", ["route-map RMX permit 10", "exit", "no route-map RMX permit 10"], ["neighbor {p} route-map RMX in"]),
    ("route-map deleted with `no route-map` after use", "in", ["route-map RMZ permit 10"], ["neighbor {p} route-map RMZ in", "exit-address-family", "exit", "no route-map RMZ"]),
    ("route-map permit 10 match ip address prefix-list MISSING", "in", ["route-map RMM permit 10", "match ip address prefix-list MISSING"], ["neighbor {p} route-map RMM in"]),
    ("route-map permit 10 match community MISSING", "in", ["route-map RMC permit 10", "match community MISSING"], ["neighbor {p} route-map RMC in"]),
    ("route-map permit 10 match as-path MISSING", "in", ["route-map RMA permit 10", "match as-path MISSING"], ["neighbor {p} route-map RMA in"]),
    ("prefix-list MISSING in", "in", [], ["neighbor {p} prefix-list MISSING in"]),
    ("prefix-list with only a description", "in", ["ip prefix-list PLD description empty"], ["neighbor {p} prefix-list PLD in"]),
    ("prefix-list whose entries were deleted", "in", ["ip prefix-list PLE seq 5 permit 10.200.1.0/24", "no ip prefix-list PLE seq 5"], ["neighbor {p} prefix-list PLE in"]),
    ("prefix-list permit 10.200.1.0/24 (implicit deny rest)", "in", ["ip prefix-list PL1 seq 5 permit 10.200.1.0/24"], ["neighbor {p} prefix-list PL1 in"]),
    ("filter-list MISSING in", "in", [], ["neighbor {p} filter-list MISSING in"]),
    ("out: none", "out", [], []),
    ("out: route-map MISSING out", "out", [], ["neighbor {p} route-map MISSING out"]),
    ("out: prefix-list MISSING out", "out", [], ["neighbor {p} prefix-list MISSING out"]),
    ("out: route-map with one empty permit entry", "out", ["route-map RMP permit 10"], ["neighbor {p} route-map RMP out"]),
]

def run(iid):
    p = PR[iid]
    res = {}
    for policy in ("required", "not-required"):
        for name, direction, top, af in CONDS:
            f.wipe(iid)
            for l in top:
                pass
            if top:
                f.vtysh(iid, *top)
            base = ["router bgp 65000", "bgp router-id 10.254.0.1", "no bgp network import-check", f"neighbor {p} remote-as 65100"]
            if policy == "not-required":
                base.append("no bgp ebgp-requires-policy")
            else:
                base.append("bgp ebgp-requires-policy")
            rc, out = f.vtysh(iid, *base, "address-family ipv4 unicast", "network 10.201.1.0/24", *[a.format(p=p) for a in af])
            st = wait_est(iid, p)
            m = measure(iid, p, direction)
            m["apply"] = out
            res[f"{policy}: {name}"] = m
    return res

if __name__ == "__main__":
    if "--out-only" in sys.argv:
        sys.argv.remove("--out-only")
        CONDS[:] = [c for c in CONDS if c[1] == "out"]
    import concurrent.futures as cf
    ids = sys.argv[1:] or ["84t", "103t"]
    with cf.ThreadPoolExecutor(len(ids)) as ex:
        r = {i: ex.submit(run, i) for i in ids}
        f.emit({i: fu.result() for i, fu in r.items()})
