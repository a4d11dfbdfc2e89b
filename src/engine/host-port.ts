/**
 * What the engine needs from a host: read its configuration and status, check a candidate,
 * apply a command chain, persist, and hold the host's cross-process lock. Implemented over SSH
 * by src/host; implemented in memory for engine tests.
 */
export interface HostPort {
  /** For messages, never containing a secret: e.g. `node1 (ssh root@10.254.0.11:22)`. */
  readonly description: string;
  /** `show running-config` and the given JSON show commands, in one round trip. */
  read(shows: readonly string[]): Promise<HostSnapshot>;
  /** Checks a whole candidate configuration without applying it (`vtysh -C`). */
  check(candidate: string): Promise<CheckResult>;
  /**
   * Runs a `configure terminal` chain that stops at the first failing command. `topLevel` lists
   * entries typed at the top of configure mode, where a chain too long for one run may be cut.
   */
  apply(chain: readonly string[], topLevel?: readonly number[]): Promise<ApplyResult>;
  /** Saves the running configuration (`write memory`). */
  persist(): Promise<void>;
  /** Runs `work` while holding the host's lock, so two processes never interleave on one host. */
  withLock<T>(work: () => Promise<T>): Promise<T>;
  /** Releases connections (the process is about to exit). */
  close?(): Promise<void>;
}

export interface HostSnapshot {
  readonly runningConfig: string;
  /** Raw output of each requested show command, keyed by the command. */
  readonly shows: Readonly<Record<string, string>>;
}

export type CheckResult =
  | { readonly ok: true }
  | {
      readonly ok: false;
      readonly message: string;
      /** Line numbers (1-based) of the candidate that vtysh complained about, when it said. */
      readonly lines?: readonly number[];
    };

export type ApplyResult =
  | { readonly ok: true; readonly warnings: readonly string[] }
  | {
      readonly ok: false;
      /** Index in the chain of the command FRR refused (the chain stopped there). */
      readonly failedIndex: number;
      /** FRR's own words, e.g. `% Configure the peer-group first`. */
      readonly message: string;
    };
