// What the demo prints: one line per step with the elapsed time, what the step proves, and tables.
import type { BgpSession, ReceivedRoute } from "../../src/lab";

const started = Number(process.env["FRR_IAC_DEMO_STARTED"] ?? Math.floor(Date.now() / 1000)) * 1000;
const stamp = () => `[${String(Math.floor((Date.now() - started) / 1000)).padStart(4)}s]`;

export function say(text: string): void {
  process.stdout.write(`${stamp()} ${text}\n`);
}

/** Runs one step: its title before, how long it took and what it proves after. */
export async function step<T>(title: string, proves: string, work: () => Promise<T>): Promise<T> {
  say(`▶ ${title}`);
  const t0 = Date.now();
  const result = await work();
  say(`  ✓ ${((Date.now() - t0) / 1000).toFixed(1)} s — proves: ${proves}`);
  return result;
}

export function detail(lines: readonly string[]): void {
  for (const line of lines) process.stdout.write(`         ${line}\n`);
}

export function table(header: readonly string[], rows: readonly (readonly string[])[]): string[] {
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? "").length)));
  const line = (cells: readonly string[]) => cells.map((c, i) => c.padEnd(widths[i] ?? 0)).join("  ").trimEnd();
  return [line(header), line(widths.map((w) => "─".repeat(w))), ...rows.map(line)];
}

export function sessionRows(host: string, tool: string, sessions: readonly BgpSession[]): string[][] {
  return sessions.map((s) => [host, tool, s.neighbor, String(s.remoteAs ?? ""), s.state, String(s.prefixesReceived ?? 0)]);
}

export function routeRows(tor: string, routes: readonly ReceivedRoute[]): string[][] {
  return [...routes]
    .sort((a, b) => a.prefix.localeCompare(b.prefix) || a.from.localeCompare(b.from))
    .map((r) => [tor, r.prefix, r.from, r.asPath.join(" "), r.communities.join(" ")]);
}
