"""Summarise a probe JSON (fxr-defaults.py / similar) as a markdown table per case."""
import json, sys
d = json.load(open(sys.argv[1]))
ids = [i for i in ["84t", "84d", "103t", "103d"] if i in d["results"]]
def short(lines):
    out = []
    for l in lines:
        sign, rest = l[0], l[1:]
        rest = rest.replace("router bgp 65000 > ", "").replace("router bgp 65546 > ","").replace("address-family ipv4 unicast > ", "v4> ").replace("address-family ipv6 unicast > ", "v6> ")
        out.append(sign + rest)
    return "<br>".join(out) if out else "(nothing)"
def cell(r):
    s = ""
    if r["set_rc"] != 0 or r["set_out"]:
        s += "ERR[%d] %s<br>" % (r["set_rc"], r["set_out"].replace("\n", " / "))
    s += short(r["set_delta"])
    if r["undo_rc"] != 0 or r["undo_out"]:
        s += "<br>undo ERR[%d] %s" % (r["undo_rc"], r["undo_out"].replace("\n", " / "))
    if r["residue"]:
        s += "<br>**residue** " + short(r["residue"])
    return s.replace("|", "\\|")
print("| case | " + " | ".join({"84t":"8.4 trad","84d":"8.4 dc","103t":"10.3 trad","103d":"10.3 dc"}[i] for i in ids) + " |")
print("|---|" + "---|" * len(ids))
for c in d["cases"]:
    cells = [cell(d["results"][i][c["name"]]) for i in ids]
    if len(set(cells)) == 1 and len(ids) > 1:
        cells = [cells[0]] + ["="] * (len(ids) - 1)
    print("| `%s` | %s |" % (c["name"], " | ".join(cells)))
