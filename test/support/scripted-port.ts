// A host for engine tests: keeps a running configuration in memory and lets each test decide
// what applying a chain does to it. Not an FRR emulator; the lab is the judge of FRR behaviour.
import type { ApplyResult, CheckResult, HostPort, HostSnapshot } from "../../src/engine/host-port";

export class ScriptedPort implements HostPort {
  readonly description = "testhost (ssh root@192.0.2.10:22)";
  config: string;
  readonly chains: string[][] = [];
  readonly candidates: string[] = [];
  readonly calls = { read: 0, check: 0, apply: 0, persist: 0, lock: 0 };
  checkResult: CheckResult = { ok: true };
  /** Decides what an apply does: returns the new configuration text and the result. */
  onApply: (chain: readonly string[], config: string) => { config: string; result: ApplyResult } = (_chain, config) => ({ config, result: { ok: true, warnings: [] } });
  shows: Record<string, string> = {};

  constructor(config: string) {
    this.config = config;
  }

  async read(shows: readonly string[]): Promise<HostSnapshot> {
    this.calls.read++;
    return { runningConfig: this.config, shows: Object.fromEntries(shows.map((s) => [s, this.shows[s] ?? "{}"])) };
  }

  async check(candidate: string): Promise<CheckResult> {
    this.calls.check++;
    this.candidates.push(candidate);
    return this.checkResult;
  }

  async apply(chain: readonly string[]): Promise<ApplyResult> {
    this.calls.apply++;
    this.chains.push([...chain]);
    const { config, result } = this.onApply(chain, this.config);
    this.config = config;
    return result;
  }

  async persist(): Promise<void> {
    this.calls.persist++;
  }

  async withLock<T>(work: () => Promise<T>): Promise<T> {
    this.calls.lock++;
    return work();
  }
}
