// The frr provider's decisions that do not need a host: what a plan keeps, what forces a
// replacement, how reads map the host's values onto the user's spelling, and when it refuses to
// conclude anything. The host is a ScriptedPort (a running configuration in memory).
import { describe, expect, it } from "vitest";
import { Engine } from "../../../src/engine/engine";
import { DEFAULT_QUEUE_OPTIONS } from "../../../src/engine/commit-queue";
import { createFrrProvider, issuePath, type ProviderConnection } from "../../../src/terraform/frr-provider";
import { emptyObjectValue, isUnknown, Unknown, type ObjectValue, type ProviderImpl } from "../../../src/terraform/protocol";
import { NEIGHBORS_SHOW } from "../../../src/frr/show-json";
import { ScriptedPort } from "../../support/scripted-port";

const RUNNING = `frr version 10.3
frr defaults datacenter
hostname h1
!
router bgp 65000
 neighbor 2001:db8::1 remote-as 65001
 neighbor 2001:db8::1 description tor
exit
!
end
`;

function setup(config = RUNNING): { provider: ProviderImpl; port: ScriptedPort } {
  const port = new ScriptedPort(config);
  port.shows[NEIGHBORS_SHOW] = "{}";
  const provider = createFrrProvider(() => new Engine<ProviderConnection>({ keyOf: () => "h1", open: () => port }, { ...DEFAULT_QUEUE_OPTIONS, gatherMs: 0, readCacheMs: 0 }));
  return { provider, port };
}

const capabilities = { deferralAllowed: false, writeOnlyAttributesAllowed: false };

function peerValue(provider: ProviderImpl, values: Record<string, unknown>): ObjectValue {
  const block = provider.schema().resources["frr_bgp_peer"]!.block;
  return { ...emptyObjectValue(block), ...values } as ObjectValue;
}

async function configure(provider: ProviderImpl, config: Record<string, unknown> = { host: "192.0.2.10", insecure_ignore_host_key: true }): Promise<void> {
  const block = provider.schema().provider.block;
  await provider.configureProvider?.({ terraformVersion: "1.11.4", config: { ...emptyObjectValue(block), ...config } as ObjectValue, clientCapabilities: capabilities });
}

async function plan(provider: ProviderImpl, prior: ObjectValue | null, config: ObjectValue) {
  return provider.planResourceChange({ typeName: "frr_bgp_peer", priorState: prior, proposedNewState: config, config, priorPrivate: new Uint8Array(), clientCapabilities: capabilities });
}

describe("planResourceChange", () => {
  const { provider } = setup();
  const base = { speaker: "65000", neighbor: "2001:db8::1", remote_as: "65001", description: "tor" };

  it("plans a create with its import ID known and the status unknown", async () => {
    const res = await plan(provider, null, peerValue(provider, base));
    expect(res.plannedState?.["id"]).toBe("65000/neighbor/2001:db8::1");
    expect(isUnknown(res.plannedState?.["status"])).toBe(true);
  });

  it("writing a default into the config of an imported object is an update, never a replacement", async () => {
    const prior = peerValue(provider, { ...base, id: "65000/neighbor/2001:db8::1" });
    const res = await plan(provider, prior, peerValue(provider, { ...base, type: "address" }));
    expect(res.requiresReplace).toEqual([]);
    expect(res.plannedState?.["type"]).toBe("address");
  });

  it("a different neighbor replaces the object; an unknown one may", async () => {
    const prior = peerValue(provider, { ...base, id: "65000/neighbor/2001:db8::1" });
    expect((await plan(provider, prior, peerValue(provider, { ...base, neighbor: "2001:db8::2" }))).requiresReplace).toEqual([["neighbor"]]);
    expect((await plan(provider, prior, peerValue(provider, { ...base, neighbor: Unknown }))).requiresReplace).toEqual([["neighbor"]]);
  });

  it("keeps the prior spelling where the meaning is the same, so nothing changes", async () => {
    const prior = peerValue(provider, { ...base, neighbor: "2001:DB8::1", id: "65000/neighbor/2001:db8::1" });
    const res = await plan(provider, prior, peerValue(provider, { ...base, neighbor: "2001:db8::1" }));
    expect(res.plannedState?.["neighbor"]).toBe("2001:DB8::1");
    expect(res.requiresReplace).toEqual([]);
  });

  it("warns when a change resets the session", async () => {
    const prior = peerValue(provider, { ...base, id: "65000/neighbor/2001:db8::1" });
    const res = await plan(provider, prior, peerValue(provider, { ...base, ebgp_multihop: 2 }));
    expect(res.diagnostics?.map((d) => d.summary)).toEqual(["Changing ebgp_multihop resets a BGP session"]);
    expect(res.diagnostics?.[0]?.attribute).toEqual(["ebgp_multihop"]);
  });
});

describe("readResource", () => {
  it("returns what the host says, in the user's spelling", async () => {
    const { provider } = setup();
    await configure(provider);
    const state = peerValue(provider, { speaker: "65000", neighbor: "2001:DB8::1", remote_as: "65001", description: "old", id: "65000/neighbor/2001:db8::1" });
    const res = await provider.readResource({ typeName: "frr_bgp_peer", currentState: state, private: new Uint8Array(), clientCapabilities: capabilities });
    expect(res.newState).toMatchObject({ neighbor: "2001:DB8::1", description: "tor", id: "65000/neighbor/2001:db8::1" });
  });

  it("says gone when bgpd answers and the object is not there", async () => {
    const { provider } = setup();
    await configure(provider);
    const state = peerValue(provider, { speaker: "65000", neighbor: "2001:db8::9", remote_as: "65001", id: "65000/neighbor/2001:db8::9" });
    expect((await provider.readResource({ typeName: "frr_bgp_peer", currentState: state, private: new Uint8Array(), clientCapabilities: capabilities })).newState).toBeNull();
  });

  it("refuses to call anything deleted while bgpd does not answer", async () => {
    const { provider, port } = setup("frr version 10.3\nhostname h1\n!\nend\n");
    port.shows[NEIGHBORS_SHOW] = "";
    await configure(provider);
    const state = peerValue(provider, { speaker: "65000", neighbor: "2001:db8::1", remote_as: "65001", id: "65000/neighbor/2001:db8::1" });
    await expect(provider.readResource({ typeName: "frr_bgp_peer", currentState: state, private: new Uint8Array(), clientCapabilities: capabilities })).rejects.toThrow(/FRR_HOST_FAILED[\s\S]*bgpd does not answer[\s\S]*Peer 65000\/neighbor\/2001:db8::1/);
  });

  it("explains a provider block that is not known yet instead of connecting", async () => {
    const { provider } = setup();
    await configure(provider, { host: Unknown });
    const state = peerValue(provider, { speaker: "65000", neighbor: "2001:db8::1", id: "65000/neighbor/2001:db8::1" });
    await expect(provider.readResource({ typeName: "frr_bgp_peer", currentState: state, private: new Uint8Array(), clientCapabilities: capabilities })).rejects.toThrow(/known only after apply/);
  });
});

describe("issuePath", () => {
  it("turns issue paths into attribute paths", () => {
    expect(issuePath("addressFamilies.ipv4Unicast.routeMapIn")).toEqual(["address_families", "ipv4_unicast", "route_map_in"]);
    expect(issuePath("entries[2].prefix")).toEqual(["entries", 2, "prefix"]);
  });
});
