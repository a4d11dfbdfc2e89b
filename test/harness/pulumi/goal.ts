import type { PropertyMap } from "./property-value";

/** A resource registration as the resource monitor hands it to the step generator (pkg/resource Goal). */
export interface Goal {
  type: string;
  name: string;
  custom: boolean;
  parent?: string;
  properties: PropertyMap;
  protect?: boolean;
  dependencies: string[];
  /** Provider reference requested by the program ("" / undefined: the default provider). */
  provider?: string;
  propertyDependencies: Record<string, string[]>;
  /** undefined: let Diff decide; true/false: the resource option overrides Diff. */
  deleteBeforeReplace?: boolean;
  ignoreChanges: string[];
  additionalSecretOutputs: string[];
  /** Alias URNs, already computed from alias specs. */
  aliases: string[];
  importId?: string;
  replaceOnChanges: string[];
  retainOnDelete?: boolean;
  deletedWith?: string;
  /** Seconds; 0 = provider default. */
  customTimeouts: { create: number; update: number; delete: number; read: number };
}
