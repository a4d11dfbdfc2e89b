"""Topic 2: which speaker/AF/neighbor lines FRR hides (default) or shows, per version and profile.
For each case: fresh `router bgp 65000` (+setup), apply `set`, record the running-config delta, then
apply `undo`, record the delta again. Output JSON on stdout."""
import sys, concurrent.futures as cf
import fxrprobe as f

R = "router bgp 65000"
N = "192.0.2.1"  # never contacted: no interfaces in the netns; config text only
N = "10.99.0.2"
def sp(line, undo=None):
    return dict(ctx=[R], set=[line], undo=[undo or ("no " + line if not line.startswith("no ") else line[3:])])
CASES = []
flags = ["bgp log-neighbor-changes", "bgp ebgp-requires-policy", "bgp network import-check",
         "bgp default ipv4-unicast", "bgp default ipv6-unicast", "bgp deterministic-med",
         "bgp suppress-duplicates", "bgp hard-administrative-reset", "bgp graceful-shutdown",
         "bgp graceful-restart", "bgp graceful-restart-disable", "bgp always-compare-med",
         "bgp enforce-first-as", "bgp reject-as-sets", "bgp suppress-fib-pending", "bgp shutdown",
         "bgp fast-external-failover", "bgp default show-hostname", "bgp default show-nexthop-hostname",
         "bgp bestpath as-path multipath-relax", "bgp bestpath compare-routerid",
         "bgp bestpath as-path confed", "bgp bestpath as-path ignore", "bgp bestpath med missing-as-worst",
         "bgp bestpath peer-type multipath-relax", "bgp graceful-restart preserve-fw-state",
         "bgp allow-martian-nexthop", "bgp default dynamic-capability",
         "bgp default software-version-capability", "bgp ipv6-auto-ra", "bgp labeled-unicast explicit-null",
         "bgp send-extra-data zebra", "bgp graceful-restart notification", "bgp default link-local-capability"]
for fl in flags:
    CASES.append(dict(name=fl, ctx=[R], set=[fl], undo=["no " + fl]))
    CASES.append(dict(name="no " + fl, ctx=[R], set=["no " + fl], undo=[fl]))
for name, line, undo in [
    ("router-id", "bgp router-id 10.0.0.1", "no bgp router-id"),
    ("timers bgp 60 180", "timers bgp 60 180", "no timers bgp"),
    ("timers bgp 3 9", "timers bgp 3 9", "no timers bgp"),
    ("timers bgp 10 30", "timers bgp 10 30", "no timers bgp"),
    ("listen limit 100", "bgp listen limit 100", "no bgp listen limit"),
    ("listen limit 250", "bgp listen limit 250", "no bgp listen limit"),
    ("gr restart-time 120", "bgp graceful-restart restart-time 120", "no bgp graceful-restart restart-time"),
    ("gr restart-time 300", "bgp graceful-restart restart-time 300", "no bgp graceful-restart restart-time"),
    ("gr stalepath-time 360", "bgp graceful-restart stalepath-time 360", "no bgp graceful-restart stalepath-time"),
    ("gr stalepath-time 400", "bgp graceful-restart stalepath-time 400", "no bgp graceful-restart stalepath-time"),
    ("gr select-defer-time 360", "bgp graceful-restart select-defer-time 360", "no bgp graceful-restart select-defer-time"),
    ("gr rib-stale-time 500", "bgp graceful-restart rib-stale-time 500", "no bgp graceful-restart rib-stale-time"),
    ("default local-preference 100", "bgp default local-preference 100", "no bgp default local-preference"),
    ("default local-preference 200", "bgp default local-preference 200", "no bgp default local-preference"),
    ("coalesce-time 1000", "coalesce-time 1000", "no coalesce-time"),
    ("coalesce-time 1100", "coalesce-time 1100", "no coalesce-time"),
    ("update-delay 0", "update-delay 0", "no update-delay"),
    ("conditional-advertisement timer 60", "bgp conditional-advertisement timer 60", "no bgp conditional-advertisement timer"),
    ("minimum-holdtime 0", "bgp minimum-holdtime 0", "no bgp minimum-holdtime"),
    ("tcp-keepalive", "bgp tcp-keepalive 10 10 3", "no bgp tcp-keepalive"),
    ("input-queue-limit 10000", "bgp input-queue-limit 10000", "no bgp input-queue-limit"),
    ("output-queue-limit 10000", "bgp output-queue-limit 10000", "no bgp output-queue-limit"),
    ("llgr stale-time 0", "bgp long-lived-graceful-restart stale-time 0", "no bgp long-lived-graceful-restart stale-time"),
    ("max-med on-startup", "bgp max-med on-startup 5", "no bgp max-med on-startup"),
    ("cluster-id", "bgp cluster-id 1.2.3.4", "no bgp cluster-id"),
    ("confederation", "bgp confederation identifier 100", "no bgp confederation identifier"),
    ("write-quanta 64", "write-quanta 64", "no write-quanta"),
    ("read-quanta 10", "read-quanta 10", "no read-quanta"),
    ("bgp session-dscp 48", "bgp session-dscp 48", "no bgp session-dscp"),
]:
    CASES.append(dict(name=name, ctx=[R], set=[line], undo=[undo]))

AF4 = [R, "address-family ipv4 unicast"]
AF6 = [R, "address-family ipv6 unicast"]
for afname, af in (("v4", AF4), ("v6", AF6)):
    for line, undo in [("maximum-paths 64", "no maximum-paths"), ("maximum-paths 1", "no maximum-paths"),
                       ("maximum-paths 4", "no maximum-paths"), ("maximum-paths 128", "no maximum-paths"),
                       ("maximum-paths ibgp 64", "no maximum-paths ibgp"), ("maximum-paths ibgp 1", "no maximum-paths ibgp"),
                       ("maximum-paths ibgp 4", "no maximum-paths ibgp"),
                       ("distance bgp 20 200 200", "no distance bgp"), ("distance bgp 20 200 201", "no distance bgp")]:
        CASES.append(dict(name=f"{afname} {line}", ctx=af, set=[line], undo=[undo]))

# neighbor-level
NB = [f"neighbor {N} remote-as 65001"]
IB = [f"neighbor {N} remote-as 65000"]
for kind, setup in (("ebgp", NB), ("ibgp", IB)):
    for line, undo in [
        (f"neighbor {N} timers connect 120", f"no neighbor {N} timers connect"),
        (f"neighbor {N} timers connect 10", f"no neighbor {N} timers connect"),
        (f"neighbor {N} timers 60 180", f"no neighbor {N} timers"),
        (f"neighbor {N} timers 3 9", f"no neighbor {N} timers"),
        (f"neighbor {N} advertisement-interval 0", f"no neighbor {N} advertisement-interval"),
        (f"neighbor {N} advertisement-interval 30", f"no neighbor {N} advertisement-interval"),
        (f"neighbor {N} enforce-first-as", f"no neighbor {N} enforce-first-as"),
        (f"no neighbor {N} enforce-first-as", f"neighbor {N} enforce-first-as"),
        (f"neighbor {N} ebgp-multihop", f"no neighbor {N} ebgp-multihop"),
        (f"neighbor {N} ebgp-multihop 255", f"no neighbor {N} ebgp-multihop"),
        (f"neighbor {N} ebgp-multihop 1", f"no neighbor {N} ebgp-multihop"),
        (f"neighbor {N} capability dynamic", f"no neighbor {N} capability dynamic"),
        (f"neighbor {N} capability extended-nexthop", f"no neighbor {N} capability extended-nexthop"),
        (f"neighbor {N} dont-capability-negotiate", f"no neighbor {N} dont-capability-negotiate"),
        (f"neighbor {N} passive", f"no neighbor {N} passive"),
        (f"neighbor {N} shutdown", f"no neighbor {N} shutdown"),
        (f"neighbor {N} port 179", f"no neighbor {N} port"),
        (f"neighbor {N} port 1179", f"no neighbor {N} port"),
        (f"neighbor {N} ttl-security hops 1", f"no neighbor {N} ttl-security hops 1"),
        (f"neighbor {N} solo", f"no neighbor {N} solo"),
        (f"neighbor {N} strict-capability-match", f"no neighbor {N} strict-capability-match"),
        (f"neighbor {N} local-as 64999", f"no neighbor {N} local-as"),
        (f"neighbor {N} update-source 10.99.0.1", f"no neighbor {N} update-source"),
        (f"neighbor {N} description x", f"no neighbor {N} description"),
        (f"neighbor {N} password x", f"no neighbor {N} password"),
        (f"neighbor {N} disable-connected-check", f"no neighbor {N} disable-connected-check"),
        (f"neighbor {N} override-capability", f"no neighbor {N} override-capability"),
        (f"neighbor {N} extended-optional-parameters", f"no neighbor {N} extended-optional-parameters"),
        (f"neighbor {N} capability software-version", f"no neighbor {N} capability software-version"),
        (f"neighbor {N} capability fqdn", f"no neighbor {N} capability fqdn"),
        (f"no neighbor {N} capability fqdn", f"neighbor {N} capability fqdn"),
    ]:
        CASES.append(dict(name=f"{kind}: {line}", ctx=[R], setup=setup, set=[line], undo=[undo]))
    for afn, af in (("v4", AF4), ("v6", AF6)):
        for line, undo in [
            (f"neighbor {N} activate", f"no neighbor {N} activate"),
            (f"no neighbor {N} activate", f"neighbor {N} activate"),
            (f"neighbor {N} send-community", f"no neighbor {N} send-community"),
            (f"no neighbor {N} send-community", f"neighbor {N} send-community"),
            (f"no neighbor {N} send-community large", f"neighbor {N} send-community large"),
            (f"no neighbor {N} send-community extended", f"neighbor {N} send-community extended"),
            (f"no neighbor {N} send-community standard", f"neighbor {N} send-community standard"),
            (f"neighbor {N} send-community all", f"no neighbor {N} send-community all"),
            (f"neighbor {N} soft-reconfiguration inbound", f"no neighbor {N} soft-reconfiguration inbound"),
            (f"neighbor {N} next-hop-self", f"no neighbor {N} next-hop-self"),
            (f"neighbor {N} next-hop-self force", f"no neighbor {N} next-hop-self force"),
            (f"neighbor {N} allowas-in", f"no neighbor {N} allowas-in"),
            (f"neighbor {N} allowas-in 3", f"no neighbor {N} allowas-in"),
            (f"neighbor {N} allowas-in 5", f"no neighbor {N} allowas-in"),
            (f"neighbor {N} allowas-in origin", f"no neighbor {N} allowas-in"),
            (f"neighbor {N} maximum-prefix 10", f"no neighbor {N} maximum-prefix"),
            (f"neighbor {N} maximum-prefix 10 75", f"no neighbor {N} maximum-prefix"),
            (f"neighbor {N} maximum-prefix 10 80", f"no neighbor {N} maximum-prefix"),
            (f"neighbor {N} maximum-prefix 10 warning-only", f"no neighbor {N} maximum-prefix"),
            (f"neighbor {N} maximum-prefix 10 80 restart 5", f"no neighbor {N} maximum-prefix"),
            (f"neighbor {N} maximum-prefix 10 force", f"no neighbor {N} maximum-prefix"),
            (f"neighbor {N} maximum-prefix-out 10", f"no neighbor {N} maximum-prefix-out"),
            (f"neighbor {N} weight 0", f"no neighbor {N} weight"),
            (f"neighbor {N} weight 10", f"no neighbor {N} weight"),
            (f"neighbor {N} default-originate", f"no neighbor {N} default-originate"),
            (f"neighbor {N} addpath-tx-all-paths", f"no neighbor {N} addpath-tx-all-paths"),
            (f"neighbor {N} addpath-tx-bestpath-per-AS", f"no neighbor {N} addpath-tx-bestpath-per-AS"),
            (f"neighbor {N} addpath-rx-paths-limit 5", f"no neighbor {N} addpath-rx-paths-limit"),
            (f"neighbor {N} addpath-tx-best-selected 2", f"no neighbor {N} addpath-tx-best-selected"),
            (f"neighbor {N} as-override", f"no neighbor {N} as-override"),
            (f"neighbor {N} remove-private-AS", f"no neighbor {N} remove-private-AS"),
            (f"neighbor {N} route-reflector-client", f"no neighbor {N} route-reflector-client"),
            (f"neighbor {N} attribute-unchanged", f"no neighbor {N} attribute-unchanged"),
            (f"neighbor {N} capability orf prefix-list both", f"no neighbor {N} capability orf prefix-list both"),
        ]:
            CASES.append(dict(name=f"{kind} {afn}: {line}", ctx=af, setup=setup, set=[line], undo=[undo]))
    # activate behaviour with no bgp default ipv4-unicast
    CASES.append(dict(name=f"{kind} nodefv4: activate v4", ctx=AF4, pre=["no bgp default ipv4-unicast"], setup=setup,
                      set=[f"neighbor {N} activate"], undo=[f"no neighbor {N} activate"]))
    CASES.append(dict(name=f"{kind} defv6: activate v6", ctx=AF6, pre=["bgp default ipv6-unicast"], setup=setup,
                      set=[f"neighbor {N} activate"], undo=[f"no neighbor {N} activate"]))


def run_case(iid, c):
    f.fresh(iid, "65000", c.get("pre", []) + c.get("setup", []))
    base = f.runcfg(iid)
    rc1, o1 = f.vtysh(iid, *c["ctx"], *c["set"])
    after = f.runcfg(iid)
    rc2, o2 = f.vtysh(iid, *c["ctx"], *c["undo"])
    after2 = f.runcfg(iid)
    return dict(set_rc=rc1, set_out=o1, set_delta=f.delta(base, after),
                undo_rc=rc2, undo_out=o2, undo_delta=f.delta(after, after2),
                residue=f.delta(base, after2))


def run_all(iid, cases):
    return {c["name"]: run_case(iid, c) for c in cases}


if __name__ == "__main__":
    only = sys.argv[1:] or f.IDS
    with cf.ThreadPoolExecutor(len(only)) as ex:
        futs = {iid: ex.submit(run_all, iid, CASES) for iid in only}
        res = {iid: fu.result() for iid, fu in futs.items()}
    f.emit(dict(cases=CASES, results=res))
