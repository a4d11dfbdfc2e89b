import { describe, expect, it } from "vitest";
import { DependencyGraph, scheduleDeletes } from "../../harness/pulumi/dependency-graph";
import type { ResourceState } from "../../harness/pulumi/resource-state";

const P = "urn:pulumi:s::p::pulumi:providers:pulumi-nodejs::default";
function res(name: string, extra: Partial<ResourceState> = {}): ResourceState {
  return { urn: `urn:pulumi:s::p::t::${name}`, custom: true, type: "t", inputs: {}, outputs: {}, provider: `${P}::id`, ...extra };
}

describe("dependency graph over a snapshot", () => {
  const provider: ResourceState = { urn: P, custom: true, type: "pulumi:providers:pulumi-nodejs", inputs: {}, outputs: {}, id: "id" };
  const a = res("a");
  const b = res("b", { propertyDependencies: { content: [a.urn] } });
  const c = res("c", { dependencies: [b.urn] });
  const lone = res("lone");
  const graph = new DependencyGraph([provider, a, b, c, lone]);

  it("finds transitive dependents in topological order", () => {
    expect(graph.dependingOn(a, new Set()).map((r) => r.urn)).toEqual([b.urn, c.urn]);
    expect(graph.dependingOn(a, new Set([b.urn])).map((r) => r.urn)).toEqual([]);
  });

  it("schedules deletes dependents-first in antichains, computed from the roots like ScheduleDeletes", () => {
    const chains = scheduleDeletes(graph, [provider, a, b, c, lone]).map((chain) => chain.map((r) => r.urn.split("::").pop()).sort());
    // Rounds from the roots: [provider], [a, lone], [b], [c]; then reversed.
    expect(chains).toEqual([["c"], ["b"], ["a", "lone"], ["default"]]);
  });
});
