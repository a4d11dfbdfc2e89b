import { describe, expect, it } from "vitest";
import { parseRunningConfig } from "../../../src/frr/config-tree";
import { dialectOf } from "../../../src/frr/dialect";
import { registry } from "../../../src/resources/registry";
import type { AnyResourceKind } from "../../../src/resources/resource-kind";

function planLines(kindName: "communityList" | "prefixList", hostLines: string[], spec: Record<string, unknown>): string[] {
  const kind: AnyResourceKind = registry[kindName];
  const config = parseRunningConfig(`frr version 8.4.4\nfrr defaults traditional\n${hostLines.join("\n")}\n`);
  const observed = kind.model.read(config, spec, dialectOf(config));
  return kind.model.plan(observed, spec, config, dialectOf(config)).flatMap((c) => (c.line === undefined ? [] : [c.line]));
}

describe("numbered lists: an entry that moves to another sequence number", () => {
  it("community-list: the old entry goes first (FRR silently drops an identical new entry)", () => {
    const lines = planLines("communityList", ["bgp community-list standard C seq 5 deny no-export", "bgp community-list standard C seq 10 permit 65000:1"], {
      type: "standard",
      name: "C",
      entries: [
        { seq: 10, action: "permit", communities: ["65000:1"] },
        { seq: 20, action: "deny", communities: ["no-export"] },
      ],
    });
    expect(lines).toEqual(["no bgp community-list standard C seq 5 deny no-export", "bgp community-list standard C seq 20 deny no-export"]);
  });

  it("prefix-list: the old entry goes first (FRR refuses a duplicate)", () => {
    const lines = planLines("prefixList", ["ip prefix-list P seq 5 permit 10.0.0.0/8"], {
      family: "ipv4",
      name: "P",
      entries: [{ seq: 7, action: "permit", prefix: "10.0.0.0/8" }],
    });
    expect(lines).toEqual(["no ip prefix-list P seq 5 permit 10.0.0.0/8", "ip prefix-list P seq 7 permit 10.0.0.0/8"]);
  });

  it("still tightens before it loosens when nothing moves: permits go first", () => {
    const lines = planLines("prefixList", ["ip prefix-list P seq 5 permit 10.0.0.0/8"], {
      family: "ipv4",
      name: "P",
      entries: [{ seq: 3, action: "deny", prefix: "10.1.0.0/16" }],
    });
    expect(lines).toEqual(["no ip prefix-list P seq 5 permit 10.0.0.0/8", "ip prefix-list P seq 3 deny 10.1.0.0/16"]);
  });
});
