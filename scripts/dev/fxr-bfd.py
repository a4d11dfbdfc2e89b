"""Topic 4: bfd without/with bfdd, MD5 password with a real peer; `frr defaults` at runtime."""
import json, sys, time, importlib.util
import fxrprobe as f
spec = importlib.util.spec_from_file_location("j", f.HERE + "/fxr-json.py"); j = importlib.util.module_from_spec(spec); spec.loader.exec_module(j)
PRADDR = {"84t": "10.254.1.2", "103t": "10.254.3.2"}
def state(iid, p):
    rc, o = f.vtysh(iid, f"show bgp neighbors {p} json", conf=False)
    return json.loads(o).get(p, {})
def wait_state(iid, p, want="Established", t=90):
    for _ in range(t):
        s = state(iid, p).get("bgpState")
        if s == want: return s
        time.sleep(1)
    return state(iid, p).get("bgpState")
out = {}
for iid in sys.argv[1:] or ["84t", "103t"]:
    n = j.NET[iid]; p = n["pr4"]; R = {}
    j.config(iid)
    f.vtysh(iid, "router bgp 65000", f"neighbor {p} timers connect 5")
    f.vtysh("pr", "router bgp 65100", f"neighbor {PRADDR[iid]} timers connect 5")
    R["baseline"] = wait_state(iid, p)
    rc, o = f.vtysh(iid, "router bgp 65000", f"neighbor {p} bfd")
    R["bfd set (no bfdd): vtysh"] = [rc, o]
    f.vtysh(iid, f"clear bgp {p}", conf=False); time.sleep(2)
    R["bfd, no bfdd: state after clear"] = wait_state(iid, p)
    st = state(iid, p); R["bfd json keys"] = {k: v for k, v in st.items() if "bfd" in k.lower()}
    R["show bfd peers"] = f.show(iid, "show bfd peers")
    f.vtysh(iid, "router bgp 65000", f"no neighbor {p} bfd")
    # MD5 mismatch then match
    rc, o = f.vtysh(iid, "router bgp 65000", f"neighbor {p} password pw1")
    R["password set: vtysh"] = [rc, o]
    time.sleep(3)
    R["password only on DUT: state after 20s"] = (time.sleep(20), state(iid, p).get("bgpState"), state(iid, p).get("lastResetDueTo"))[1:]
    f.vtysh("pr", "router bgp 65100", f"neighbor {PRADDR[iid]} password pw1")
    R["password both sides"] = wait_state(iid, p)
    txt = json.dumps(state(iid, p)); R["password visible in neighbors json"] = "pw1" in txt
    R["password visible in show bgp neighbors text"] = "pw1" in f.show(iid, f"show bgp neighbors {p}")
    R["password line in running-config"] = [l for l in f.runcfg(iid).splitlines() if "password" in l]
    f.vtysh("pr", "router bgp 65100", f"no neighbor {PRADDR[iid]} password")
    f.vtysh(iid, "router bgp 65000", f"no neighbor {p} password")
    # runtime frr defaults
    before = f.runcfg(iid)
    rc, o = f.vtysh(iid, "frr defaults datacenter")
    R["frr defaults datacenter at runtime"] = [rc, o, f.delta(before, f.runcfg(iid))]
    out[iid] = R
f.emit(out)
