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
