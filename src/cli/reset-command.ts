import { closeSshPool, openVtysh } from "../host/host-session";
import { parseFlags } from "./flags";
import { resolveTarget, TARGET_FLAGS, TARGET_USAGE } from "./target";

const USAGE = `usage: frr-iac reset NODE PEER [--vrf NAME] [--afi ipv4|ipv6] [--soft in|out|both]

Clears a BGP session: a hard reset drops and re-establishes it; --soft in asks the neighbor to
resend its routes (or replays them from soft-reconfiguration), --soft out resends ours.
PEER is a neighbor address, an interface, \`*\`, or \`peer-group NAME\`.
${TARGET_USAGE}`;

export async function run(args: string[]): Promise<number> {
  const flags = parseFlags(args, { ...TARGET_FLAGS, vrf: "string", afi: "string", soft: "string", help: "boolean" });
  const [node, ...peerWords] = flags._;
  if (flags["help"] || peerWords.length === 0) {
    process.stdout.write(`${USAGE}\n`);
    return flags["help"] ? 0 : 2;
  }
  const soft = flags["soft"];
  if (soft !== undefined && soft !== "in" && soft !== "out" && soft !== "both") throw new Error(`--soft "${String(soft)}" is not allowed; use in, out or both`);
  const afi = flags["afi"];
  if (afi !== undefined && afi !== "ipv4" && afi !== "ipv6") throw new Error(`--afi "${String(afi)}" is not allowed; use ipv4 or ipv6`);
  const { connection, name } = resolveTarget(node, flags);
  try {
    const target = peerWords.join(" ");
    await openVtysh(connection).clearBgp({
      target,
      ...(typeof flags["vrf"] === "string" ? { vrf: flags["vrf"] } : {}),
      ...(afi ? { afi } : {}),
      ...(soft ? { soft } : {}),
    });
    process.stdout.write(`${name}: ${soft ? `soft reset (${soft})` : "reset"} of ${target} done\n`);
    return 0;
  } finally {
    await closeSshPool();
  }
}
