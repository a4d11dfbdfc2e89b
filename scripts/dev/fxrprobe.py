"""Probe helpers for FRR dialect research (docs/dev/frr-dialect.md). Not part of the product.

Runs vtysh on the scratch instances started by scripts/dev/fxr.sh and reports, per instance, what a
command sequence did to `show running-config` as a set of context-qualified lines.
"""
import json
import os
import subprocess
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
FXR = os.path.join(HERE, "fxr.sh")
IDS = ["84t", "84d", "103t", "103d"]
LABEL = {"84t": "8.4 trad", "84d": "8.4 dc", "103t": "10.3 trad", "103d": "10.3 dc"}


def vtysh(iid, *cmds, conf=True, stdin=None):
    """Run vtysh -c 'conf t' -c cmd... ; return (rc, stdout+stderr)."""
    args = [FXR, "vtysh", iid]
    if conf:
        args += ["-c", "configure terminal"]
    for c in cmds:
        args += ["-c", c]
    p = subprocess.run(args, capture_output=True, text=True, input=stdin)
    return p.returncode, (p.stdout + p.stderr).rstrip("\n")


def vtysh_split(iid, *cmds, conf=True):
    args = [FXR, "vtysh", iid]
    if conf:
        args += ["-c", "configure terminal"]
    for c in cmds:
        args += ["-c", c]
    p = subprocess.run(args, capture_output=True, text=True)
    return p.returncode, p.stdout.rstrip("\n"), p.stderr.rstrip("\n")


def show(iid, cmd):
    return vtysh(iid, cmd, conf=False)[1]


def runcfg(iid):
    return show(iid, "show running-config")


def qualified(text):
    """running-config text -> list of 'ctx > ctx > line' strings (order kept, '!' and exits dropped).

    The context of a line indented by k spaces is the last line seen at each indent 0..k-1."""
    out, stack = [], []
    body = False
    for raw in text.splitlines():
        if raw.startswith("Current configuration:"):
            body = True
            continue
        if not body or raw.strip() in ("", "!", "end"):
            continue
        indent = len(raw) - len(raw.lstrip(" "))
        line = raw.strip()
        if line in ("exit", "exit-vrf", "exit-address-family", "exit-vnc", "quit"):
            continue
        stack = stack[:indent] + [""] * (indent - len(stack))
        out.append(" > ".join([x for x in stack] + [line]))
        stack = stack[:indent] + [line]
    return out


def delta(before, after):
    b, a = qualified(before), qualified(after)
    sb, sa = set(b), set(a)
    return [("-" + l) for l in b if l not in sa] + [("+" + l) for l in a if l not in sb]


def fresh(iid, asn="65000", extra=()):
    """Remove every router bgp and policy object, then create a clean router bgp."""
    wipe(iid)
    rc, out = vtysh(iid, f"router bgp {asn}", *extra)
    return rc, out


def wipe(iid):
    text = runcfg(iid)
    cmds = []
    vrf_bgp, glob_bgp = [], []
    for raw in text.splitlines():
        if raw.startswith("router bgp "):
            (vrf_bgp if " vrf " in raw else glob_bgp).append("no " + raw)
        elif raw.startswith(("ip prefix-list ", "ipv6 prefix-list ", "bgp community-list ",
                             "bgp large-community-list ", "bgp extcommunity-list ", "bgp as-path access-list ")):
            name = raw.split()[2] if raw.startswith(("ip ", "ipv6 ")) else raw.split()[3 if "access-list" in raw else 2]
            if raw.startswith(("bgp community-list ", "bgp large-community-list ", "bgp extcommunity-list ")):
                parts = raw.split()
                # bgp community-list [standard|expanded] NAME ...
                name = parts[3] if parts[2] in ("standard", "expanded") else parts[2]
                cmds.append(f"no {parts[0]} {parts[1]} {name}" if parts[2] not in ("standard", "expanded")
                            else f"no {parts[0]} {parts[1]} {parts[2]} {name}")
            elif raw.startswith("bgp as-path"):
                cmds.append(f"no bgp as-path access-list {raw.split()[3]}")
            else:
                cmds.append(f"no {raw.split()[0]} prefix-list {raw.split()[2]}")
        elif raw.startswith("route-map "):
            cmds.append("no route-map " + raw.split()[1])
        elif raw.startswith("vrf "):
            cmds.append("no " + raw)
    # VRF instances before the default instance
    seen, order = set(), []
    for c in vrf_bgp + glob_bgp + cmds:
        if c not in seen:
            seen.add(c)
            order.append(c)
    for c in order:
        vtysh(iid, c)


def emit(obj):
    json.dump(obj, sys.stdout, indent=1)
    sys.stdout.write("\n")


def run_case(iid, c, asn="65000"):
    """fresh router bgp (+pre/setup in bgp ctx, +policy setup at top level), apply set, then undo."""
    f_pre = list(c.get("pre", [])) + list(c.get("setup", []))
    wipe(iid)
    for line in c.get("top", []):
        vtysh(iid, line)
    if not c.get("nobgp"):
        vtysh(iid, f"router bgp {c.get('asn', asn)}", *f_pre)
    base = runcfg(iid)
    rc1, o1 = vtysh(iid, *c.get("ctx", []), *c["set"])
    after = runcfg(iid)
    res = dict(set_rc=rc1, set_out=o1, set_delta=delta(base, after))
    if c.get("undo") is not None:
        rc2, o2 = vtysh(iid, *c.get("ctx", []), *c["undo"])
        after2 = runcfg(iid)
        res.update(undo_rc=rc2, undo_out=o2, undo_delta=delta(after, after2), residue=delta(base, after2))
    else:
        res.update(undo_rc=0, undo_out="", undo_delta=[], residue=[])
    return res


def run_cases(cases, ids=None):
    import concurrent.futures as cf
    ids = ids or IDS
    def one(iid):
        return {c["name"]: run_case(iid, c) for c in cases}
    with cf.ThreadPoolExecutor(len(ids)) as ex:
        futs = {iid: ex.submit(one, iid) for iid in ids}
        return dict(cases=cases, results={iid: fu.result() for iid, fu in futs.items()})


def run_scenario(iid, sc):
    """sc = dict(name, top=[...], bgp=[...] (setup inside router bgp 65000, None to skip),
    steps=[dict(ctx=[...], cmds=[...]), ...]). Records per step rc, output and delta."""
    wipe(iid)
    for line in sc.get("top", []):
        vtysh(iid, line)
    if sc.get("bgp") is not None:
        vtysh(iid, f"router bgp {sc.get('asn', '65000')}", *sc["bgp"])
    prev = runcfg(iid)
    out = []
    for st in sc["steps"]:
        if "show" in st:
            out.append(dict(show=st["show"], out=show(iid, st["show"])))
            continue
        rc, o = vtysh(iid, *st.get("ctx", []), *st["cmds"])
        cur = runcfg(iid)
        out.append(dict(cmds=st["cmds"], ctx=st.get("ctx", []), rc=rc, out=o, delta=delta(prev, cur)))
        prev = cur
    if sc.get("final"):
        out.append(dict(final=[l for l in qualified(prev) if l.startswith(sc["final"])]))
    return out


def run_scenarios(scs, ids=None):
    import concurrent.futures as cf
    ids = ids or IDS
    def one(iid):
        return {s["name"]: run_scenario(iid, s) for s in scs}
    with cf.ThreadPoolExecutor(len(ids)) as ex:
        futs = {iid: ex.submit(one, iid) for iid in ids}
        return dict(scenarios=scs, results={iid: fu.result() for iid, fu in futs.items()})


def scenario_md(d, strip=("router bgp 65000 > ",)):
    ids = [i for i in IDS if i in d["results"]]
    lines = []
    def sh(l):
        for s in strip:
            l = l.replace(s, "")
        return l.replace("address-family ipv4 unicast > ", "v4> ").replace("address-family ipv6 unicast > ", "v6> ")
    for sc in d["scenarios"]:
        lines.append(f"### {sc['name']}\n")
        if sc.get("note"):
            lines.append(sc["note"] + "\n")
        setup = sc.get("top", []) + ([f"router bgp 65000: " + "; ".join(sc["bgp"])] if sc.get("bgp") else [])
        if setup:
            lines.append("setup: `" + " / ".join(setup) + "`\n")
        lines.append("| step | " + " | ".join(LABEL[i] for i in ids) + " |")
        lines.append("|---|" + "---|" * len(ids))
        for k, st in enumerate(d["results"][ids[0]][sc["name"]]):
            cells = []
            for i in ids:
                r = d["results"][i][sc["name"]][k]
                if "final" in r:
                    c = "<br>".join(sh(x) for x in r["final"]) or "(none)"
                elif "show" in r:
                    c = "<pre>" + r["out"].replace("|", "\\|").replace("\n", "<br>") + "</pre>"
                else:
                    c = ""
                    if r["rc"] != 0 or r["out"]:
                        c += "**rc=%d** `%s`<br>" % (r["rc"], r["out"].replace("\n", " / "))
                    c += "<br>".join(("`" + x[0] + sh(x[1:]) + "`") for x in r["delta"]) or "(no change)"
                cells.append(c.replace("|", "\\|") if "<pre>" not in c else c)
            if len(set(cells)) == 1 and len(ids) > 1:
                cells = [cells[0]] + ["="] * (len(ids) - 1)
            r0 = d["results"][ids[0]][sc["name"]][k]
            if "final" in r0:
                label = "final state"
            elif "show" in r0:
                label = "`" + r0["show"] + "`"
            else:
                label = ("`" + " / ".join(r0["ctx"][1:] + r0["cmds"]) + "`").replace("|", "\\|")
            lines.append(f"| {label} | " + " | ".join(cells) + " |")
        lines.append("")
    return "\n".join(lines)
