// The engine's view of a host over SSH: a HostPort built from the connection options, on the
// process-wide SSH pool. The pool is created on first use and closes idle connections by itself.
import { ValidationError } from "../errors";
import { Engine, type HostResolver } from "../engine/engine";
import { DEFAULT_QUEUE_OPTIONS } from "../engine/commit-queue";
import type { HostPort } from "../engine/host-port";
import { redactText } from "../engine/redact";
import { toTransportOptions } from "../schema/connection";
import { describeConnection, resolveConnectionOptions, validateConnectionOptions, type ConnectionOptions } from "./connection-options";
import { withRemoteLock } from "./remote-lock";
import { SshPool } from "./ssh-pool";
import { Vtysh } from "./vtysh";

/** A host as adapters give it: the user's connection spec and whether to `write memory`. */
export interface HostConnection {
  readonly spec: Record<string, unknown>;
  readonly persist: boolean;
}

let sharedPool: SshPool | undefined;

/** The process-wide SSH pool (one connection per host, shared by every resource). */
export function sshPool(): SshPool {
  return (sharedPool ??= new SshPool({ warn: (message) => process.stderr.write(`frr-iac: ${message}\n`) }));
}

/** vtysh on a host, for operations outside the engine (`clear bgp`, status shows). */
export function openVtysh(connection: HostConnection, pool: SshPool = sshPool()): Vtysh {
  const options = toTransportOptions(connection.spec) as unknown as ConnectionOptions;
  const issues = validateConnectionOptions(options);
  if (issues.length > 0) throw new ValidationError(`connection to ${String(options.host)}`, issues);
  return new Vtysh(pool, resolveConnectionOptions(options), { redact: redactText });
}

export function openHost(connection: HostConnection, pool: SshPool = sshPool()): HostPort {
  const vtysh = openVtysh(connection, pool);
  const target = vtysh.target;
  const pathspace = target.pathspace ? ` pathspace ${target.pathspace}` : "";
  return {
    description: `${describeConnection(target)}${pathspace}`,
    async read(shows) {
      const result = await vtysh.read(shows);
      return { runningConfig: result.runningConfig, shows: Object.fromEntries(Object.entries(result.shows).map(([command, output]) => [command, output.output])) };
    },
    async check(candidate) {
      const result = await vtysh.check(candidate);
      if (result.ok) return { ok: true };
      const lines = result.complaints.map((c) => c.line).filter((line): line is number => line !== undefined);
      return { ok: false, message: result.message, lines };
    },
    async apply(chain, topLevel) {
      const result = await vtysh.apply(chain, { splitBefore: topLevel ?? [] });
      return result.ok
        ? { ok: true, warnings: result.warnings.map((w) => `${w.command}: ${w.message}`) }
        : { ok: false, failedIndex: result.failedIndex, message: result.message };
    },
    async persist() {
      if (connection.persist) await vtysh.writeMemory();
    },
    withLock: (work) => withRemoteLock(pool, target, () => work()),
  };
}

export const sshResolver: HostResolver<HostConnection> = {
  keyOf(connection) {
    const s = connection.spec;
    const jump = s["jumpHost"] as Record<string, unknown> | undefined;
    return JSON.stringify([s["host"], s["port"] ?? 22, s["username"] ?? "root", s["pathspace"] ?? "", jump?.["host"] ?? "", jump?.["port"] ?? ""]);
  },
  open: (connection) => openHost(connection),
};

export interface SshEngineOptions {
  readonly log?: (line: string) => void;
  readonly readCacheMs?: number;
}

/** An engine that reaches hosts over SSH. */
export function sshEngine(options: SshEngineOptions = {}): Engine<HostConnection> {
  return new Engine(sshResolver, {
    ...DEFAULT_QUEUE_OPTIONS,
    ...(options.readCacheMs !== undefined ? { readCacheMs: options.readCacheMs } : {}),
    ...(options.log ? { log: options.log } : {}),
  });
}

export async function closeSshPool(): Promise<void> {
  await sharedPool?.closeAll();
  sharedPool = undefined;
}
