import { parsePeerRoutes, parseSessions, routesShows, sessionsShows, type Session } from "../frr/bgp-report";
import { parseRunningConfig } from "../frr/config-tree";
import { inboundPolicyOf } from "../frr/inbound-policy";
import { closeSshPool, openVtysh } from "../host/host-session";
import { findInstance } from "../resources/bgp-instance";
import { parseFlags } from "./flags";
import { resolveTarget, TARGET_FLAGS, TARGET_USAGE } from "./target";

const USAGE = `usage: frr-iac status NODE [--vrf NAME] [--routes] [--json]

BGP sessions of a host and, per established neighbor, the routes it sent: accepted by inbound
policy, and rejected (with the policy that filtered them) when the neighbor has
soft-reconfiguration inbound. --routes lists every route.
${TARGET_USAGE}`;

function formatUptime(seconds: number): string {
  if (seconds === 0) return "-";
  const h = Math.floor(seconds / 3600);
  const m = Math.floor((seconds % 3600) / 60);
  return h > 0 ? `${h}h${String(m).padStart(2, "0")}m` : `${m}m${String(seconds % 60).padStart(2, "0")}s`;
}

function table(rows: string[][]): string {
  const widths = rows[0]!.map((_, i) => Math.max(...rows.map((r) => (r[i] ?? "").length)));
  return rows.map((r) => r.map((cell, i) => cell.padEnd(widths[i]!)).join("  ").trimEnd()).join("\n");
}

export async function run(args: string[]): Promise<number> {
  const flags = parseFlags(args, { ...TARGET_FLAGS, vrf: "string", routes: "boolean", json: "boolean", help: "boolean" });
  if (flags["help"]) {
    process.stdout.write(`${USAGE}\n`);
    return 0;
  }
  const { connection, name } = resolveTarget(flags._[0], flags);
  const vtysh = openVtysh(connection);
  try {
    const vrf = typeof flags["vrf"] === "string" ? flags["vrf"] : undefined;
    const first = await vtysh.read(sessionsShows());
    const shows = Object.fromEntries(Object.entries(first.shows).map(([k, v]) => [k, v.output]));
    const sessions = parseSessions(shows, vrf);
    const running = parseRunningConfig(first.runningConfig);
    const reports = await routeReports(vtysh, running, sessions.filter((s) => s.established));
    if (flags["json"]) {
      process.stdout.write(`${JSON.stringify({ host: name, sessions, routes: reports }, null, 2)}\n`);
      return 0;
    }
    const rows = [["NEIGHBOR", "VRF", "AS", "STATE", "UP", "RCVD", "SENT", "ACCEPTED", "REJECTED", "GROUP"]];
    for (const s of sessions) {
      const mine = reports.filter((r) => r.neighbor === s.neighbor && r.vrf === s.vrf);
      const accepted = mine.reduce((n, r) => n + r.routes.filter((x) => x.status === "accepted").length, 0);
      const rejected = mine.some((r) => r.receivedKnown) ? String(mine.reduce((n, r) => n + r.routes.filter((x) => x.status === "rejected").length, 0)) : "?";
      rows.push([s.neighbor, s.vrf, String(s.remoteAs), s.state, formatUptime(s.uptimeSeconds), String(s.prefixesReceived), String(s.prefixesSent), s.established ? String(accepted) : "-", s.established ? rejected : "-", s.peerGroup + (s.dynamic ? " (dynamic)" : "")]);
    }
    process.stdout.write(`${name}: ${sessions.filter((s) => s.established).length}/${sessions.length} sessions established\n${table(rows)}\n`);
    if (reports.some((r) => !r.receivedKnown)) process.stdout.write("REJECTED ?: the neighbor has no soft-reconfiguration inbound, so FRR did not keep rejected routes\n");
    for (const report of reports) {
      const shown = flags["routes"] ? report.routes : report.routes.filter((r) => r.status === "rejected");
      if (shown.length === 0) continue;
      process.stdout.write(`\n${report.neighbor} (${report.vrf}, ${report.family}):\n`);
      for (const route of shown) process.stdout.write(`  ${route.status.padEnd(8)} ${route.prefix.padEnd(24)} via ${route.nextHop || "-"}  path ${route.asPath || "-"}${route.reason ? `  (${route.reason})` : ""}\n`);
    }
    return 0;
  } finally {
    await closeSshPool();
  }
}

async function routeReports(vtysh: ReturnType<typeof openVtysh>, running: ReturnType<typeof parseRunningConfig>, sessions: readonly Session[]) {
  const wanted = sessions.flatMap((s) => (["ipv4", "ipv6"] as const).map((family) => ({ session: s, family, commands: routesShows(s.vrf, family, s.neighbor) })));
  if (wanted.length === 0) return [];
  const outputs = await vtysh.show(wanted.flatMap((w) => [w.commands.received, w.commands.accepted]));
  return wanted
    .map((w, i) => {
      const instance = findInstance(running, w.session.vrf === "default" ? undefined : w.session.vrf);
      const policy = instance ? inboundPolicyOf(running, instance.node.header, w.family, w.session.neighbor, w.session.peerGroup) : "";
      const report = parsePeerRoutes(outputs[2 * i]?.output, outputs[2 * i + 1]?.output, policy, instance?.asn);
      return { neighbor: w.session.neighbor, vrf: w.session.vrf, family: w.family, ...report };
    })
    .filter((r) => r.routes.length > 0 || r.receivedKnown);
}
