import type { DefaultsProfile, RunningConfig } from "./config-tree";

/**
 * What FRR hides or prints differently depends on its version and on the `frr defaults` profile.
 * Every read and render is done against the dialect of the host it talks to.
 */
export interface Dialect {
  readonly profile: DefaultsProfile;
  /** Major version, e.g. 8 or 10. */
  readonly major: number;
  readonly version: string;
}

export const DEFAULT_DIALECT: Dialect = { profile: "traditional", major: 8, version: "8.4" };

export function dialectOf(config: RunningConfig): Dialect {
  const version = config.version ?? DEFAULT_DIALECT.version;
  const major = Number.parseInt(version, 10);
  return { profile: config.defaults ?? "traditional", major: Number.isFinite(major) ? major : 8, version };
}
