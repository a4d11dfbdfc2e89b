import { NO_STATUS } from "./live-status";
import type { Command } from "../frr/commands";
import { findNode, type RunningConfig } from "../frr/config-tree";
import type { Dialect } from "../frr/dialect";
import { KnobSet, valueKnob } from "../frr/knob";
import type { SpecOf } from "../schema/field";
import { int, name } from "../schema/kinds";
import { parseName, VRF_NAME } from "../values/names";
import { defineResource, PHASE, type Observed, type Ownership } from "./resource-kind";
import { adoptField } from "./shared-fields";

const fields = {
  name: name("Name of the VRF (with FRR's netns backend, the network namespace's name).", VRF_NAME).required().replaces(),
  vni: int("EVPN layer-3 VNI of the VRF (symmetric routing). FRR prints no `vrf` block without one, so it is what the resource is made of.", 1, 16777215).required(),
  adopt: adoptField(),
};

export type VrfSpec = SpecOf<typeof fields>;

// FRR 8.4 refuses to change a VRF's VNI in place ("vni N cannot be configured as vni M is already configured").
const knobs = new KnobSet("", [valueKnob("vni", "vni {vni:int}", { removeBeforeChange: true })]);
const header = (vrfName: string) => `vrf ${vrfName}`;
const env = (dialect: Dialect) => ({ ...dialect, facts: {} });

// FRR prints an empty `vrf NAME` block for every VRF the kernel has (FRR 10 with the netns
// backend): only a block with a VNI is configuration of ours.
function read(config: RunningConfig, identity: VrfSpec): Observed<VrfSpec> | undefined {
  const node = findNode(config.root, [header(identity.name)]);
  if (!node || !node.lines.some((line) => knobs.understands(line))) return undefined;
  const spec: Record<string, unknown> = { name: identity.name };
  const unmanaged = knobs.read(node.lines, spec).map((line) => ({ context: [node.header], line }));
  for (const child of node.children) unmanaged.push({ context: [node.header], line: child.header });
  return { spec: spec as VrfSpec, unmanaged };
}

function plan(observed: Observed<VrfSpec> | undefined, desired: VrfSpec | undefined, config: RunningConfig, dialect: Dialect): Command[] {
  const identity = desired ?? observed?.spec;
  if (!identity) return [];
  const node = findNode(config.root, [header(identity.name)]);
  if (desired === undefined) {
    // Only the VNI goes: the block itself is FRR's view of a kernel VRF (or holds hand-made lines).
    if (!node) return [];
    return knobs.plan(node.lines, { name: identity.name }, env(dialect)).map((line) => ({ context: [node.header], line }));
  }
  const lines = knobs.plan(node?.lines ?? [], desired, env(dialect));
  if (node && lines.length === 0) return [];
  return [{ context: [header(desired.name)] }, ...lines.map((line) => ({ context: [header(desired.name)], line }))];
}

function ownership(config: RunningConfig, identity: VrfSpec): Ownership {
  const node = findNode(config.root, [header(identity.name)]);
  if (!node) return { lines: [], contexts: [] };
  return { lines: node.lines.filter((line) => knobs.understands(line)).map((line) => ({ context: [node.header], line })), contexts: [] };
}

export const vrf = defineResource({
  name: "vrf",
  className: "Vrf",
  terraformName: "vrf",
  summary: "A VRF's FRR configuration (`vrf NAME` with its EVPN layer-3 VNI).",
  description: [
    "Owns the `vrf NAME` block. The VRF's BGP instance is a Speaker with `vrf` set; its EVPN identity",
    "(route distinguisher, route targets, type-5 advertisement) lives in that speaker's `addressFamilies.l2vpnEvpn`,",
    "which is where FRR keeps it. The kernel side of the VRF (a VRF device or, with FRR's netns backend, a",
    "network namespace) is the host's business, not this resource's.",
  ].join(" "),
  fields,
  status: {},
  liveStatus: NO_STATUS,
  identity: {
    format: "<name>",
    examples: ["vrf_evpnz1"],
    fields: ["name"],
    idOf: (spec) => spec.name,
    parseId(id) {
      const parsed = parseName(id, VRF_NAME);
      return parsed.ok ? { ok: true, identity: { name: parsed.value } } : { ok: false, message: `expected the VRF name (${parsed.message})` };
    },
  },
  phase: () => PHASE.vrf,
  model: {
    read,
    render: (spec, _config, dialect) => [
      { context: [header(spec.name)] },
      ...knobs.render(spec, env(dialect)).map((line) => ({ context: [header(spec.name)], line })),
    ],
    plan,
    ownership,
    withDefaults: (observed) => observed,
    discover: (config) => config.root.children.flatMap((node) => (/^vrf (\S+)$/.exec(node.header) ? [{ name: node.header.slice(4) } as VrfSpec] : [])),
  },
});
