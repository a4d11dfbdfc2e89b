import { dynamicNeighborsIn, NEIGHBORS_SHOW, neighborsIn, vrfOfSpeaker } from "./live-status";
import type { Command } from "../frr/commands";
import { findNode, linesFor, type RunningConfig } from "../frr/config-tree";
import type { SpecOf } from "../schema/field";
import { name, prefix } from "../schema/kinds";
import { parsePrefix } from "../values/ip";
import { PEER_GROUP_NAME } from "../values/names";
import { int } from "../schema/kinds";
import { defineResource, PHASE, type Observed, type Ownership } from "./resource-kind";
import { adoptField, speakerField } from "./shared-fields";
import { parseSpeakerRef, routerHeader, speakerId, splitChildId } from "./speaker-ref";
import { allInstances } from "./bgp-instance";

const fields = {
  speaker: speakerField(),
  prefix: prefix("Neighbors connecting from addresses in this prefix are accepted as dynamic neighbors.").required().replaces(),
  peerGroup: name("Peer-group (a Peer with `type: \"peer-group\"`) whose settings dynamic neighbors take.", PEER_GROUP_NAME).required().replaces(),
  adopt: adoptField(),
};

const status = {
  dynamicNeighbors: int("Neighbors currently connected from this range.", 0, Number.MAX_SAFE_INTEGER),
};

export type ListenRangeSpec = SpecOf<typeof fields>;

const LINE = /^bgp listen range (\S+) peer-group (\S+)$/;

function routerPath(speaker: string): string[] {
  const ref = parseSpeakerRef(speaker);
  if (!ref.ok) throw new Error(`invalid speaker reference ${speaker}`);
  return [routerHeader(ref.value)];
}

function find(config: RunningConfig, identity: ListenRangeSpec): { line: string; peerGroup: string } | undefined {
  const router = findNode(config.root, routerPath(identity.speaker));
  for (const line of linesFor(router, `bgp listen range ${identity.prefix}`)) {
    const match = LINE.exec(line);
    if (match && match[1] === identity.prefix) return { line, peerGroup: match[2]! };
  }
  return undefined;
}

function read(config: RunningConfig, identity: ListenRangeSpec): Observed<ListenRangeSpec> | undefined {
  const found = find(config, identity);
  return found ? { spec: { speaker: identity.speaker, prefix: identity.prefix, peerGroup: found.peerGroup }, unmanaged: [] } : undefined;
}

const lineOf = (spec: ListenRangeSpec) => `bgp listen range ${spec.prefix} peer-group ${spec.peerGroup}`;

function plan(observed: Observed<ListenRangeSpec> | undefined, desired: ListenRangeSpec | undefined, config: RunningConfig): Command[] {
  const identity = desired ?? observed?.spec;
  if (!identity) return [];
  const context = routerPath(identity.speaker);
  const found = find(config, identity);
  const commands: Command[] = [];
  if (found && (desired === undefined || found.peerGroup !== desired.peerGroup)) commands.push({ context, line: `no ${found.line}` });
  if (desired && found?.peerGroup !== desired.peerGroup) commands.push({ context, line: lineOf(desired) });
  return commands;
}

function ownership(config: RunningConfig, identity: ListenRangeSpec): Ownership {
  const found = find(config, identity);
  return { lines: found ? [{ context: routerPath(identity.speaker), line: found.line }] : [], contexts: [] };
}

export const listenRange = defineResource({
  name: "listenRange",
  className: "ListenRange",
  terraformName: "bgp_listen_range",
  summary: "A range of addresses from which BGP accepts dynamic neighbors into a peer-group.",
  description:
    "Owns one `bgp listen range PREFIX peer-group NAME` line. The peer-group must exist first (a Peer with `type: \"peer-group\"`); the number of dynamic neighbors is capped by the speaker's `listenLimit`.",
  fields,
  status,
  liveStatus: {
    shows: () => [NEIGHBORS_SHOW],
    read: (spec, shows) => ({ dynamicNeighbors: dynamicNeighborsIn(spec.prefix, neighborsIn(shows, vrfOfSpeaker(spec.speaker))) }),
  },
  identity: {
    format: "<speaker>/listen-range/<prefix>",
    examples: ["4200001000/vrf/vrf_evpnz1/listen-range/fd00:101::/64"],
    fields: ["speaker", "prefix"],
    idOf: (spec) => `${spec.speaker}/listen-range/${spec.prefix}`,
    parseId(id) {
      const split = splitChildId(id, "listen-range");
      const parsed = split ? parsePrefix(split.rest) : undefined;
      if (!split || !parsed?.ok) return { ok: false, message: "expected <speaker>/listen-range/<prefix>, e.g. 65000/listen-range/10.0.0.0/24" };
      return { ok: true, identity: { speaker: split.speaker, prefix: parsed.value } };
    },
  },
  phase: () => PHASE.listenRange,
  model: {
    read,
    render: (spec) => [{ context: routerPath(spec.speaker), line: lineOf(spec) }],
    plan,
    ownership,
    withDefaults: (observed) => observed,
    discover: (config) =>
      allInstances(config).flatMap((instance) =>
        instance.node.lines.flatMap((line) => {
          const match = LINE.exec(line);
          return match ? [{ speaker: speakerId(instance), prefix: match[1]!, peerGroup: match[2]! } as ListenRangeSpec] : [];
        }),
      ),
  },
});

