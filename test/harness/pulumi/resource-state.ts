import type { PropertyMap } from "./property-value";

/**
 * One resource of a stack's state, named after apitype.ResourceV3 (the checkpoint format). Values
 * are kept in wire form in memory: secrets as {SIG_KEY: SECRET_SIG, value} envelopes.
 */
export interface ResourceState {
  urn: string;
  custom: boolean;
  /** Set on the old copy of a resource replaced create-before-delete until that copy is deleted. */
  delete?: boolean;
  id?: string;
  type: string;
  inputs: PropertyMap;
  outputs: PropertyMap;
  parent?: string;
  protect?: boolean;
  external?: boolean;
  dependencies?: string[];
  initErrors?: string[];
  /** Provider reference "<provider urn>::<provider id>". */
  provider?: string;
  propertyDependencies?: Record<string, string[]>;
  pendingReplacement?: boolean;
  additionalSecretOutputs?: string[];
  aliases?: string[];
  importID?: string;
  retainOnDelete?: boolean;
  deletedWith?: string;
  created?: string;
  modified?: string;
  ignoreChanges?: string[];
  replaceOnChanges?: string[];
}

export const ROOT_STACK_TYPE = "pulumi:pulumi:Stack";
export const DYNAMIC_PACKAGE = "pulumi-nodejs";
export const DEFAULT_PROVIDER_TYPE = `pulumi:providers:${DYNAMIC_PACKAGE}`;

export function makeUrn(stack: string, project: string, parentType: string, type: string, name: string): string {
  const qualified = parentType === "" ? type : `${parentType}$${type}`;
  return `urn:pulumi:${stack}::${project}::${qualified}::${name}`;
}

/** The "parentType$type" part of a URN. */
export function qualifiedTypeOf(urn: string): string {
  const parts = urn.split("::");
  return parts[2] ?? "";
}

export function nameOf(urn: string): string {
  const parts = urn.split("::");
  return parts.slice(3).join("::");
}

export function providerReference(urn: string, id: string): string {
  return `${urn}::${id}`;
}

export function parseProviderReference(ref: string): { urn: string; id: string } {
  const at = ref.lastIndexOf("::");
  return { urn: ref.slice(0, at), id: ref.slice(at + 2) };
}

export function isProviderType(type: string): boolean {
  return type.startsWith("pulumi:providers:");
}

/** The package of a type token "pkg:module:Type". */
export function packageOf(type: string): string {
  return type.split(":")[0] ?? "";
}

/** Every URN `res` depends on: parent, dependencies, property dependencies, deletedWith, provider. */
export function dependenciesOf(res: ResourceState): Set<string> {
  const deps = new Set<string>(res.dependencies ?? []);
  for (const urns of Object.values(res.propertyDependencies ?? {})) {
    for (const urn of urns) {
      deps.add(urn);
    }
  }
  if (res.parent !== undefined) {
    deps.add(res.parent);
  }
  if (res.deletedWith !== undefined) {
    deps.add(res.deletedWith);
  }
  if (res.provider !== undefined) {
    deps.add(parseProviderReference(res.provider).urn);
  }
  return deps;
}
