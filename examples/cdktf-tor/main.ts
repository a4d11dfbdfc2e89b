// Seed quantix-bgp-tor.md as a CDKTF app on the tor lab: two hypervisors (AS 65000) dual-homed to
// two Top-of-Rack switches (AS 65001), IPv4 and IPv6 sessions with MD5 and timers 30/90, soft
// reconfiguration inbound, advertising the overlay prefixes with a community and a local
// preference. One provider alias per host, read from the lab file.
//
//   FRR_IAC_LAB_FILE=.lab/tor.json npx tsx examples/cdktf-tor/main.ts     # writes cdktf.out/ (FRR_IAC_NODES=node2: one node)
//   npx frr-iac terraform install && export TF_CLI_CONFIG_FILE=~/.terraform.d/frr-iac-mirror/mirror.tfrc
//   cd cdktf.out/stacks/tor && terraform init && TF_VAR_tor_a_password=secretpass TF_VAR_tor_b_password=tor-b-secret terraform apply
import { App, TerraformOutput, TerraformStack, TerraformVariable } from "cdktf";
import type { Construct } from "constructs";
import { DataFrrBgpSessions, FrrHosts, TorPeering, type TorNeighbor } from "frr-iac/cdktf";

const ASN = 65000;
/** The seed's router IDs; the lab gives each node these addresses on fabric-a. */
const ALL_NODES: Record<string, { routerId: string }> = {
  node1: { routerId: "10.0.0.1" },
  node2: { routerId: "10.0.0.2" },
};
/** FRR_IAC_NODES=node2 deploys to some nodes only (the demo gives node1 to Pulumi). */
const NODES = selectNodes(process.env["FRR_IAC_NODES"]);

function selectNodes(list: string | undefined): Record<string, { routerId: string }> {
  if (list === undefined || list.trim() === "") return ALL_NODES;
  const names = list.split(",").map((n) => n.trim());
  const unknown = names.filter((n) => !(n in ALL_NODES));
  if (unknown.length > 0) throw new Error(`FRR_IAC_NODES names ${unknown.join(", ")}; the stack knows ${Object.keys(ALL_NODES).join(", ")}`);
  return Object.fromEntries(names.map((n) => [n, ALL_NODES[n]!]));
}
const OVERLAY = [
  { prefix: "10.100.0.0/24", communities: [`${ASN}:100`], localPreference: 200 },
  { prefix: "10.200.0.0/24", communities: [`${ASN}:200`], localPreference: 150 },
];

export class TorStack extends TerraformStack {
  constructor(scope: Construct, id: string, labFile: string) {
    super(scope, id);
    const hosts = FrrHosts.fromLabFile(this, "hosts", { labFile, hosts: Object.keys(NODES) });
    // Secrets stay out of cdk.tf.json: Terraform asks for them (TF_VAR_tor_a_password, ...).
    const password = (tor: string) =>
      new TerraformVariable(this, `${tor}_password`, { type: "string", sensitive: true, description: `TCP MD5 password of the sessions with ${tor} (TF_VAR_${tor}_password).` }).stringValue;
    const torA = password("tor_a");
    const torB = password("tor_b");
    const neighbors: TorNeighbor[] = [
      { address: "10.0.0.254", asn: 65001, description: "ToR-Switch-A", password: torA },
      { address: "2001:db8:0:a::fe", asn: 65001, description: "ToR-Switch-A", password: torA },
      { address: "10.0.1.254", asn: 65001, description: "ToR-Switch-B", password: torB },
      { address: "2001:db8:0:b::fe", asn: 65001, description: "ToR-Switch-B", password: torB },
    ];

    for (const [node, { routerId }] of Object.entries(NODES)) {
      const provider = hosts.provider(node);
      const peering = new TorPeering(this, node, { provider, asn: ASN, routerId, neighbors, advertisements: OVERLAY });
      const sessions = new DataFrrBgpSessions(this, `${node}-sessions`, { provider, dependsOn: peering.peers });
      // Neighbor → state only: uptime and counters change on every read and would make every plan "changed".
      new TerraformOutput(this, `${node}_sessions`, { value: sessionStates(sessions), description: `State of each BGP session of ${node}, read at plan time.` });
    }
  }
}

/** `{ neighbor => state }` of a sessions data source, as a Terraform expression. */
function sessionStates(sessions: DataFrrBgpSessions): string {
  return `\${{ for s in ${sessions.fqn}.sessions : s.neighbor => s.state }}`;
}

const app = new App();
new TorStack(app, "tor", process.env["FRR_IAC_LAB_FILE"] ?? ".lab/tor.json");
app.synth();
