// A prototype, for the benchmark only, of the read the transport docs name as "the next step":
// `show running-config` and every status show in ONE vtysh (`-E` echo as the delimiter, the
// commands on stdin through xargs like apply's chain), instead of one vtysh per show. The
// "engine-batched-read" row runs the unchanged engine over a HostPort whose read() is this, to
// measure what the change would buy. Not product code: no fallback when a show stops the chain.
import type * as HostSession from "../src/host/host-session";
import type * as ShellQuote from "../src/host/shell-quote";
import type * as VtyshScript from "../src/host/vtysh-script";
import type * as EngineModule from "../src/engine/engine";
import type * as CommitQueueModule from "../src/engine/commit-queue";
import type { HostPort, HostSnapshot } from "../src/engine/host-port";
import { instrument } from "./counters";
import { product } from "./repo";

const PROMPT = /^[^\s#]+# /;

/** Splits `vtysh -E -c A -c B ...` output at the echo of each command. */
export function splitEcho(output: string, commands: readonly string[]): string[] | undefined {
  const outputs: string[][] = [];
  let next = 0;
  for (const line of output.split("\n")) {
    const prompt = PROMPT.exec(line);
    if (prompt !== null && next < commands.length && line.slice(prompt[0].length) === commands[next]) {
      outputs.push([]);
      next++;
      continue;
    }
    outputs[outputs.length - 1]?.push(line);
  }
  return next === commands.length ? outputs.map((lines) => lines.join("\n")) : undefined;
}

export function batchedReadEngine(): EngineModule.Engine<HostSession.HostConnection> {
  const session = product<typeof HostSession>("src/host/host-session");
  const { shellCommand } = product<typeof ShellQuote>("src/host/shell-quote");
  const { vtyshArgv } = product<typeof VtyshScript>("src/host/vtysh-script");
  const { Engine } = product<typeof EngineModule>("src/engine/engine");
  const { DEFAULT_QUEUE_OPTIONS } = product<typeof CommitQueueModule>("src/engine/commit-queue");
  const note = instrument().note;
  return new Engine<HostSession.HostConnection>(
    {
      keyOf: session.sshResolver.keyOf,
      open(connection): HostPort {
        const port = session.openHost(connection);
        const { target } = session.openVtysh(connection);
        const pool = session.sshPool();
        return {
          ...port,
          async read(shows): Promise<HostSnapshot> {
            const started = performance.now();
            const commands = ["show running-config", ...shows];
            const stdin = Buffer.from(commands.flatMap((c) => ["-c", c]).map((part) => `${part}\0`).join(""), "utf8");
            const argv = [...vtyshArgv(target), "-E"];
            const script = `xargs -0 -x -n ${commands.length * 2} -s ${stdin.length + 4096} ${shellCommand(argv)}`;
            const result = await pool.exec(target, script, { stdin, label: "vtysh -E (batched read)", idempotent: true });
            note("read", started, { total: 1, runningConfig: 1, shows: shows.length });
            const outputs = splitEcho(result.stdout, commands);
            if (result.exitCode !== 0 || outputs === undefined) {
              throw new Error(`batched read on ${port.description} failed (exit ${String(result.exitCode)}): ${result.stderr.slice(0, 300)}`);
            }
            const [runningConfig, ...rest] = outputs;
            return { runningConfig: runningConfig ?? "", shows: Object.fromEntries(shows.map((show, i) => [show, rest[i] ?? ""])) };
          },
        };
      },
    },
    DEFAULT_QUEUE_OPTIONS,
  );
}
