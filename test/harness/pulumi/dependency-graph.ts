import { dependenciesOf as directDependencies, parseProviderReference, type ResourceState } from "./resource-state";

// pkg/resource/graph/dependency_graph.go over a snapshot, which is stored in topological order
// (dependencies before dependents). Edges: dependencies, property dependencies, deletedWith,
// provider and parent.

export class DependencyGraph {
  private readonly index = new Map<ResourceState, number>();
  private readonly childrenOf = new Map<string, number[]>();

  constructor(private readonly resources: readonly ResourceState[]) {
    resources.forEach((res, i) => {
      this.index.set(res, i);
      if (res.parent !== undefined) {
        const list = this.childrenOf.get(res.parent) ?? [];
        list.push(i);
        this.childrenOf.set(res.parent, list);
      }
    });
  }

  contains(res: ResourceState): boolean {
    return this.index.has(res);
  }

  /** Resources that directly or indirectly depend on `res` (children only through explicit edges), in topological order. */
  dependingOn(res: ResourceState, ignore: ReadonlySet<string>): ResourceState[] {
    const start = this.index.get(res);
    if (start === undefined) {
      return [];
    }
    const dependentSet = new Set<string>([res.urn]);
    const dependents: ResourceState[] = [];
    for (let i = start + 1; i < this.resources.length; i++) {
      const candidate = this.resources[i] as ResourceState;
      if (ignore.has(candidate.urn)) {
        continue;
      }
      const edges = new Set<string>(candidate.dependencies ?? []);
      for (const urns of Object.values(candidate.propertyDependencies ?? {})) {
        urns.forEach((u) => edges.add(u));
      }
      if (candidate.deletedWith !== undefined) {
        edges.add(candidate.deletedWith);
      }
      if (candidate.provider !== undefined) {
        edges.add(parseProviderReference(candidate.provider).urn);
      }
      if ([...edges].some((u) => dependentSet.has(u))) {
        dependents.push(candidate);
        dependentSet.add(candidate.urn);
      }
    }
    return dependents;
  }

  /** Resources `res` depends on, including its parent and the earlier children of component dependencies. */
  dependenciesOf(res: ResourceState): Set<ResourceState> {
    const set = new Set<ResourceState>();
    const cursor = this.index.get(res);
    if (cursor === undefined) {
      return set;
    }
    const urns = directDependencies(res);
    if (res.parent !== undefined) {
      urns.delete(res.parent);
    }
    for (let i = cursor - 1; i >= 0; i--) {
      const candidate = this.resources[i] as ResourceState;
      if (urns.has(candidate.urn)) {
        set.add(candidate);
        if (!candidate.custom) {
          for (const child of this.childrenOf.get(candidate.urn) ?? []) {
            if (child < cursor) {
              set.add(this.resources[child] as ResourceState);
            }
          }
        }
      }
      if (candidate.urn === res.parent) {
        set.add(candidate);
      }
    }
    return set;
  }
}

/**
 * ScheduleDeletes: splits the condemned resources into antichains (sets with no dependencies among
 * them) and orders them so that dependents are deleted before what they depend on.
 */
export function scheduleDeletes(graph: DependencyGraph, condemned: readonly ResourceState[]): ResourceState[][] {
  const remaining = new Set(condemned);
  const antichains: ResourceState[][] = [];
  while (remaining.size > 0) {
    const chain = [...remaining].filter((res) => ![...graph.dependenciesOf(res)].some((d) => remaining.has(d)));
    if (chain.length === 0) {
      // A cycle cannot come from a valid snapshot; delete what is left one by one rather than spin.
      antichains.push(...[...remaining].map((r) => [r]));
      break;
    }
    chain.forEach((r) => remaining.delete(r));
    antichains.push(chain);
  }
  return antichains.reverse();
}
