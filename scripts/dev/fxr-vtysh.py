"""Topic 7: vtysh mechanics. Prints exact rc/stdout/stderr per experiment and instance."""
import json, subprocess, sys, time, os
import fxrprobe as f
ROOT = "/var/cache/frr-iac/roots/trixie"
def raw(iid, args, stdin=None, shell=None):
    if shell:
        p = subprocess.run([f.FXR, "sh", iid, shell], capture_output=True, text=True, input=stdin)
    else:
        p = subprocess.run([f.FXR, "vtysh", iid] + args, capture_output=True, text=True, input=stdin)
    return dict(rc=p.returncode, stdout=p.stdout, stderr=p.stderr)
def cc(*cmds):
    a = []
    for c in cmds: a += ["-c", c]
    return a
def put(iid, name, text):
    base = (ROOT if iid.startswith("10") else "") + f"/etc/frr/fxr{iid}/"
    open(base + name, "w").write(text)
    return f"/etc/frr/fxr{iid}/{name}"
def grep(iid, *words):
    t = f.runcfg(iid)
    return [l for l in t.splitlines() if any(w in l for w in words)]

def run(iid):
    R = {}
    f.wipe(iid)
    R["ok chain"] = raw(iid, cc("configure terminal", "router bgp 65000", "bgp router-id 10.0.0.1"))
    R["failing middle line"] = raw(iid, cc("configure terminal", "router bgp 65000", "bgp router-id 10.0.0.2", "neighbor 10.0.0.9 description x", "bgp listen limit 50"))
    R["failing middle line: state after"] = grep(iid, "router-id", "listen limit")
    R["unknown command"] = raw(iid, cc("configure terminal", "router bgp 65000", "bogus words here", "bgp listen limit 51"))
    R["incomplete command"] = raw(iid, cc("configure terminal", "router bgp 65000", "neighbor 10.0.0.9"))
    R["ambiguous command"] = raw(iid, cc("configure terminal", "router bgp 65000", "no bgp d"))
    R["warning printed, rc 0 (route-map missing)"] = raw(iid, cc("configure terminal", "router bgp 65000", "neighbor 10.0.0.2 remote-as 65001", "address-family ipv4 unicast", "neighbor 10.0.0.2 route-map NOPE in", "neighbor 10.0.0.2 soft-reconfiguration inbound"))
    R["without configure terminal"] = raw(iid, cc("router bgp 65000", "bgp router-id 10.0.0.3"))
    R["with end and exit"] = raw(iid, cc("configure terminal", "router bgp 65000", "address-family ipv4 unicast", "exit-address-family", "exit", "end"))
    R["embedded newlines in one -c"] = raw(iid, cc("configure terminal\nrouter bgp 65000\nbgp router-id 10.0.0.4\nbogus\nbgp listen limit 52"))
    R["embedded newlines: state after"] = grep(iid, "router-id", "listen limit")
    R["-c after a show"] = raw(iid, cc("show bgp summary json", "configure terminal", "router bgp 65000", "bgp router-id 10.0.0.5"))
    R["-E echo"] = raw(iid, ["-E"] + cc("configure terminal", "router bgp 65000", "bgp router-id 10.0.0.6"))
    R["do show inside config"] = raw(iid, cc("configure terminal", "router bgp 65000", "do show bgp summary json"))
    # dry-run
    good = "router bgp 65000\n bgp router-id 10.0.0.7\n neighbor 10.0.0.2 remote-as 65001\nexit\n"
    bad = "router bgp 65000\n bgp router-id 10.0.0.7\n neighbor 10.0.0.9 description x\n bogus line\n bgp listen limit 53\nexit\n"
    hdr = "Building configuration...\n\nCurrent configuration:\n!\nfrr version 8.4.4\n" + good
    R["-C -f good"] = raw(iid, ["-C", "-f", put(iid, "good.conf", good)])
    R["-C -f bad"] = raw(iid, ["-C", "-f", put(iid, "bad.conf", bad)])
    R["-C -f with show running-config header"] = raw(iid, ["-C", "-f", put(iid, "hdr.conf", hdr)])
    R["-C -f did not apply"] = grep(iid, "10.0.0.7")
    R["-f bad (applies, continues)"] = raw(iid, ["-f", put(iid, "bad.conf", bad)])
    R["-f bad: state after"] = grep(iid, "router-id", "listen limit")
    # stdin
    stdin_bad = "configure terminal\nrouter bgp 65000\nbgp router-id 10.0.0.8\nneighbor 10.0.0.9 description x\nbgp listen limit 54\nend\n"
    R["stdin: vtysh < file (bad line)"] = raw(iid, [], stdin=stdin_bad)
    R["stdin: state after"] = grep(iid, "router-id", "listen limit")
    stdin_cfg = "router bgp 65000\n bgp router-id 10.0.0.10\n neighbor 10.0.0.9 description x\n bgp listen limit 55\n neighbor 10.0.0.2 password s3cr3t\nexit\n"
    R["stdin: vtysh -f /dev/stdin (bad line)"] = raw(iid, ["-f", "/dev/stdin"], stdin=stdin_cfg)
    R["stdin -f: state after"] = grep(iid, "router-id", "listen limit", "password")
    R["stdin: vtysh -C -f /dev/stdin"] = raw(iid, ["-C", "-f", "/dev/stdin"], stdin=stdin_cfg)
    R["stdin: good chain with password"] = raw(iid, [], stdin="configure terminal\nrouter bgp 65000\nneighbor 10.0.0.2 password n3w\nend\n")
    R["stdin good: state after"] = grep(iid, "password")
    # write memory
    R["write memory"] = raw(iid, cc("write memory"))
    R["write file perms"] = raw(iid, [], shell=f"ls -l /etc/frr/fxr{iid}/ | grep -v '.conf.sav$'; head -3 /etc/frr/fxr{iid}/frr.conf")
    R["vtysh -w"] = raw(iid, ["-w"])
    R["write integrated"] = raw(iid, cc("write integrated"))
    return R

if __name__ == "__main__":
    import concurrent.futures as cf
    ids = sys.argv[1:] or ["84t", "103t"]
    with cf.ThreadPoolExecutor(len(ids)) as ex:
        r = {i: ex.submit(run, i) for i in ids}
        f.emit({i: fu.result() for i, fu in r.items()})
