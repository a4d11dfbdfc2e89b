// The benchmark's workload as a Pulumi program (npm run bench): on each host in config `hosts`
// (comma-separated lab host names), one speaker, one prefix-list, one route-map and `count`
// passive neighbors sending through it, and `count` `network` advertisements. The same lines as
// bench/workload.ts; peers and advertisements depend on the speaker and the policy through
// outputs, as a user would write it.
import * as pulumi from "@pulumi/pulumi";
import * as frr from "frr-iac/pulumi";

const config = new pulumi.Config();
const count = config.requireNumber("count");
const hosts = config.require("hosts").split(",");

const neighbor = (i: number) => `10.64.${Math.floor(i / 250)}.${(i % 250) + 1}`;
const prefix = (i: number) => `10.${128 + Math.floor(i / 256)}.${i % 256}.0/24`;

for (const host of hosts) {
  const connection = frr.hostConnection(host);
  const speaker = new frr.Speaker(`${host}-speaker`, { connection, asn: 65000, routerId: "10.255.255.1" });
  const list = new frr.PrefixList(`${host}-adv-list`, {
    connection,
    name: "BENCH-ADV",
    entries: [{ seq: 5, action: "permit", prefix: "10.128.0.0/9", le: 32 }],
  });
  const policy = new frr.RouteMap(`${host}-out-policy`, {
    connection,
    name: "BENCH-OUT",
    entries: [{ seq: 10, action: "permit", match: { ipAddressPrefixList: list.name } }],
  });
  for (let i = 0; i < count; i++) {
    new frr.Peer(`${host}-peer-${i}`, {
      connection,
      speaker: speaker.id,
      neighbor: neighbor(i),
      remoteAs: 64512 + (i % 1000),
      passive: true,
      addressFamilies: { ipv4Unicast: { routeMapOut: policy.name } },
    });
  }
  for (let i = 0; i < count; i++) {
    new frr.Advertisement(`${host}-adv-${i}`, { connection, speaker: speaker.id, prefix: prefix(i) });
  }
}
