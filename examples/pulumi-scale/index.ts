// Many resources on one host: `count` prefix-lists (default 200) on host `node` (default node1).
// Creates are committed in groups and reads share one `show running-config`, so `pulumi refresh`
// of the whole stack reads the host a handful of times, not once per resource. Set
// FRR_IAC_METRICS_FILE to see the counts (one JSON line per operation of the provider process).
import * as pulumi from "@pulumi/pulumi";
import * as frr from "frr-iac/pulumi";

const config = new pulumi.Config();
const count = config.getNumber("count") ?? 200;
const node = config.get("node") ?? "node1";
const connection = frr.hostConnection(node);

const lists: frr.PrefixList[] = [];
for (let i = 1; i <= count; i++) {
  const octet = i % 256;
  const third = Math.floor(i / 256);
  lists.push(
    new frr.PrefixList(`scale-${i}`, {
      connection,
      name: `SCALE-${String(i).padStart(4, "0")}`,
      entries: [{ seq: 5, action: "permit", prefix: `10.${100 + third}.${octet}.0/24`, le: 32 }],
    }),
  );
}

export const prefixLists = lists.length;
