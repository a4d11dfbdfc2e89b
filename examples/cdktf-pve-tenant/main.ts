// Seed pve-evpn-frr-spec.md as a CDKTF app on the pve lab. Every hypervisor (AS 4200001000) runs
// the default-VRF instance of §4.4: iBGP between the loopbacks (IPv6 unicast and EVPN), multihop
// eBGP to the edge router with EXPORT_TO_ROUTEROS (tenant prefixes only, next hop self) and
// IMPORT_FROM_ROUTEROS. pve01 also hosts the tenant VRF vrf_evpnz1 (§4.4–4.7) through TenantVrf:
// VMs peer dynamically from the tenant subnets, their loopbacks and pod networks are accepted,
// they receive default routes and each other's loopbacks, and routes leak both ways between the
// VRF and the default instance (`import vrf`). One provider alias per host, read from the lab file.
//
//   FRR_IAC_LAB_FILE=.lab/pve.json npx tsx examples/cdktf-pve-tenant/main.ts    # writes cdktf.out/
//   npx frr-iac terraform install && export TF_CLI_CONFIG_FILE=~/.terraform.d/frr-iac-mirror/mirror.tfrc
//   cd cdktf.out/stacks/pve && terraform init && terraform apply
import { App, TerraformOutput, TerraformStack } from "cdktf";
import type { Construct } from "constructs";
import { BgpPeer, BgpSpeaker, DataFrrBgpSessions, FrrHosts, PrefixList, RouteMap, TenantVrf, type PrefixListEntries } from "frr-iac/cdktf";

const ASN = 4200001000;
const EDGE = { asn: 4200000000, ipv4: "10.255.0.254", ipv6: "fd00:0:0:ffff::fffe" };
/** PVE_ID of each hypervisor: loopbacks 10.255.0.ID and fd00:0:0:ffff::ID. */
const HOSTS: Record<string, number> = { pve01: 1, pve02: 2, pve03: 3 };
/** The host carrying the tenant VRF (the lab gives only pve01 a VRF). */
const TENANT_HOST = "pve01";

const entries = (rules: [action: "permit" | "deny", prefix: string, ge?: number, le?: number][]): PrefixListEntries[] =>
  rules.map(([action, prefix, ge, le], i) => ({ seq: 5 * (i + 1), action, prefix, ...(ge !== undefined ? { ge } : {}), ...(le !== undefined ? { le } : {}) }));

export class PveStack extends TerraformStack {
  constructor(scope: Construct, id: string, labFile: string) {
    super(scope, id);
    const hosts = FrrHosts.fromLabFile(this, "hosts", { labFile, hosts: Object.keys(HOSTS) });

    for (const [host, pveId] of Object.entries(HOSTS)) {
      const provider = hosts.provider(host);
      const loopback = { ipv4: `10.255.0.${pveId}`, ipv6: `fd00:0:0:ffff::${pveId}` };

      // §4.5: only tenant routes go to the edge, with this host as next hop.
      const tenantOnlyV6 = new PrefixList(this, `${host}-tenant-only-v6`, {
        provider,
        name: "TENANT_ONLY_V6",
        family: "ipv6",
        entries: entries([
          ["permit", "fd00:101::/64", undefined, 128],
          ["permit", "fd00:102::/64", undefined, 128],
          ["permit", "fd00:101:fe::/64", 128, 128],
          ["deny", "fd00::/48", undefined, 128],
          ["deny", "fd00:10::/64", undefined, 128],
          ["deny", "::/0", undefined, 128],
        ]),
      });
      const tenantOnlyV4 = new PrefixList(this, `${host}-tenant-only-v4`, {
        provider,
        name: "TENANT_ONLY_V4",
        entries: entries([
          ["permit", "10.101.0.0/24"],
          ["permit", "10.101.254.0/24", 32, 32],
          ["deny", "10.255.0.0/24", 32],
          ["deny", "0.0.0.0/0", undefined, 32],
        ]),
      });
      const exportToEdge = new RouteMap(this, `${host}-export-to-routeros`, {
        provider,
        name: "EXPORT_TO_ROUTEROS",
        entries: [
          { seq: 10, action: "permit", match: { ipv6AddressPrefixList: tenantOnlyV6.name }, set: { ipv6NextHopGlobal: loopback.ipv6 } },
          { seq: 20, action: "permit", match: { ipAddressPrefixList: tenantOnlyV4.name }, set: { ipNextHop: loopback.ipv4 } },
        ],
      });
      const importFromEdge = new RouteMap(this, `${host}-import-from-routeros`, { provider, name: "IMPORT_FROM_ROUTEROS", entries: [{ seq: 10, action: "permit" }] });

      const global = new BgpSpeaker(this, `${host}-global`, {
        provider,
        asn: ASN,
        routerId: loopback.ipv4,
        defaultIpv4Unicast: false,
        networkImportCheck: false,
        timers: { keepalive: 10, hold: 30 },
        addressFamilies: {
          ipv4Unicast: { maximumPaths: 4, maximumPathsIbgp: 4 },
          ipv6Unicast: { maximumPaths: 4, maximumPathsIbgp: 4 },
          l2VpnEvpn: { advertiseAllVni: true, advertiseSviIp: true },
        },
      });
      const peers: BgpPeer[] = [];
      for (const [other, otherId] of Object.entries(HOSTS)) {
        if (other === host) continue;
        peers.push(
          new BgpPeer(this, `${host}-ibgp-${other}`, {
            provider,
            speaker: global.id,
            neighbor: `fd00:0:0:ffff::${otherId}`,
            remoteAs: String(ASN),
            description: `iBGP to ${other} loopback`,
            updateSource: loopback.ipv6,
            addressFamilies: { ipv6Unicast: { activate: true }, l2VpnEvpn: { activate: true } },
          }),
        );
      }
      const edge = { remoteAs: String(EDGE.asn), ebgpMultihop: 5, routeMapIn: importFromEdge.name, routeMapOut: exportToEdge.name };
      peers.push(
        new BgpPeer(this, `${host}-edge-v6`, {
          provider,
          speaker: global.id,
          neighbor: EDGE.ipv6,
          remoteAs: edge.remoteAs,
          description: "MikroTik edge router",
          updateSource: loopback.ipv6,
          ebgpMultihop: edge.ebgpMultihop,
          addressFamilies: { ipv6Unicast: { activate: true, routeMapIn: edge.routeMapIn, routeMapOut: edge.routeMapOut, nextHopSelfForce: true } },
        }),
        new BgpPeer(this, `${host}-edge-v4`, {
          provider,
          speaker: global.id,
          neighbor: EDGE.ipv4,
          remoteAs: edge.remoteAs,
          description: "MikroTik edge router (IPv4)",
          updateSource: loopback.ipv4,
          ebgpMultihop: edge.ebgpMultihop,
          addressFamilies: { ipv4Unicast: { activate: true, routeMapIn: edge.routeMapIn, routeMapOut: edge.routeMapOut, nextHopSelf: true } },
        }),
      );

      if (host === TENANT_HOST) {
        const tenant = new TenantVrf(this, `${host}-vrf-evpnz1`, {
          globalSpeaker: global,
          vrf: "vrf_evpnz1",
          vni: 10101,
          asn: ASN,
          routerId: loopback.ipv4,
          listenRanges: ["fd00:101::/64", "fd00:101:fe::/64"],
          acceptFromGuests: [
            { prefix: "10.101.254.0/24", ge: 32, le: 32 },
            { prefix: "10.101.244.0/22", le: 24 },
            { prefix: "fd00:101:fe::/64", ge: 128, le: 128 },
            { prefix: "fd00:101:244::/60", le: 64 },
          ],
          sendToGuests: [{ prefix: "0.0.0.0/0" }, { prefix: "::/0" }, { prefix: "10.101.254.0/24", ge: 32 }, { prefix: "fd00:101:fe::/64", ge: 128 }],
          connectedSubnets: ["10.101.0.0/24", "fd00:101::/64"],
        });
        const vrfSessions = new DataFrrBgpSessions(this, `${host}-vrf-sessions`, { provider, vrf: "vrf_evpnz1", dependsOn: [tenant.peerGroup, ...tenant.listenRanges] });
        new TerraformOutput(this, `${host}_tenant_sessions`, { value: sessionStates(vrfSessions), description: "State of the VMs' dynamic sessions in vrf_evpnz1." });
      }

      const sessions = new DataFrrBgpSessions(this, `${host}-sessions`, { provider, dependsOn: peers });
      // Neighbor → state only: uptime and counters change on every read and would make every plan "changed".
      new TerraformOutput(this, `${host}_sessions`, { value: sessionStates(sessions), description: `State of each BGP session of ${host}, read at plan time.` });
    }
  }
}

/** `{ neighbor => state }` of a sessions data source, as a Terraform expression. */
function sessionStates(sessions: DataFrrBgpSessions): string {
  return `\${{ for s in ${sessions.fqn}.sessions : s.neighbor => s.state }}`;
}

const app = new App();
new PveStack(app, "pve", process.env["FRR_IAC_LAB_FILE"] ?? ".lab/pve.json");
app.synth();
