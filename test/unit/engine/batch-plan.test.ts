import { describe, expect, it } from "vitest";
import { planBatch } from "../../../src/engine/batch-plan";
import { parseRunningConfig } from "../../../src/frr/config-tree";
import { registry } from "../../../src/resources/registry";
import { parseSpec } from "../../../src/resources/validate-spec";

const speaker = registry.speaker;
const defaultSpeaker = parseSpec(speaker, { asn: 65000, addressFamilies: { ipv4Unicast: { importVrfs: ["red"] } } }) as Record<string, unknown>;
const vrfSpeaker = parseSpec(speaker, { asn: 65000, vrf: "red", addressFamilies: { ipv4Unicast: { importVrfs: ["default"] } } }) as Record<string, unknown>;

const host = parseRunningConfig(
  [
    "frr version 10.3",
    "frr defaults traditional",
    "vrf red",
    "exit-vrf",
    "router bgp 65000",
    " address-family ipv4 unicast",
    "  import vrf red",
    " exit-address-family",
    "exit",
    "router bgp 65000 vrf red",
    " address-family ipv4 unicast",
    "  import vrf default",
    " exit-address-family",
    "exit",
  ].join("\n"),
);

const spelled = (steps: ReturnType<typeof planBatch>["steps"]) => steps.map(({ command }) => [...command.context, command.line ?? ""].filter(Boolean).join(" / "));

describe("deleting speakers that import from each other", () => {
  it("drops every `import vrf` before any instance goes, then the VRF instance, then the default one", () => {
    const plan = planBatch(host, [
      { kind: speaker, type: "delete", spec: defaultSpeaker },
      { kind: speaker, type: "delete", spec: vrfSpeaker },
    ]);
    const steps = spelled(plan.steps);
    const lastImport = Math.max(...steps.map((s, i) => (s.includes("no import vrf") ? i : -1)));
    expect(steps.filter((s) => s.includes("no import vrf"))).toHaveLength(2);
    expect(steps.indexOf("no router bgp 65000 vrf red")).toBeGreaterThan(lastImport);
    expect(steps.indexOf("no router bgp 65000")).toBeGreaterThan(steps.indexOf("no router bgp 65000 vrf red"));
    expect(plan.expected.root.children.filter((c) => c.header.startsWith("router bgp"))).toEqual([]);
  });

  it("keeps what the host had before the batch for a rollback", () => {
    const plan = planBatch(host, [{ kind: speaker, type: "delete", spec: vrfSpeaker }]);
    expect(plan.planned[0]?.before?.spec).toMatchObject({ addressFamilies: { ipv4Unicast: { importVrfs: ["default"] } } });
  });
});
