// The pure parts of the dynamic provider: check (validation, unknowns) and diff (what changes,
// what forces a replacement and in which order). No host is contacted.
import { describe, expect, it } from "vitest";
import { movedToAnotherHost, providerFor } from "../../../src/pulumi/provider";

const UNKNOWN = "04da6b54-80e4-46f7-96ec-b56ff0331ba9";
const connection = { host: "172.30.1.11", username: "root", privateKeyPath: "/keys/id", hostKey: "SHA256:abc", pathspace: "fil-pul-node1" };
const peer = {
  speaker: "65000",
  neighbor: "10.0.0.254",
  remoteAs: 65001,
  description: "ToR-Switch-A",
  password: "secretpass",
  timers: { keepalive: 30, hold: 90 },
  addressFamilies: { ipv4Unicast: { activate: true, softReconfigurationInbound: true } },
};
/** What create returns as outputs: the inputs plus status and unmanaged lines. */
const stored = (spec: Record<string, unknown>) => ({ ...spec, connection, status: { state: "Established" }, unmanagedLines: [] });

describe("check", () => {
  it("returns the normalised inputs, connection included", async () => {
    const result = await providerFor("peer").check!({}, { ...peer, neighbor: "2001:DB8:0:A::FE", connection, __provider: "x" });
    expect(result.failures ?? []).toEqual([]);
    expect(result.inputs).toMatchObject({ neighbor: "2001:db8:0:a::fe", connection });
    expect(result.inputs).not.toHaveProperty("__provider");
  });

  it("reports every problem with the property it belongs to, never echoing a password", async () => {
    const result = await providerFor("peer").check!({}, { ...peer, neighbor: "10.0.0.256", password: "has space", connection: { ...connection, port: 0 } });
    const properties = (result.failures ?? []).map((f) => f.property).sort();
    expect(properties).toEqual(["connection.port", "neighbor", "password"]);
    expect(JSON.stringify(result.failures)).not.toContain("has space");
  });

  it("requires a connection", async () => {
    const result = await providerFor("prefixList").check!({}, { name: "X", entries: [{ seq: 5, action: "permit", prefix: "10.0.0.0/8" }] });
    expect(result.failures?.[0]?.reason).toMatch(/connection.*required/);
  });

  it("accepts unknown values during a preview and keeps them unknown", async () => {
    const result = await providerFor("peer").check!({}, { ...peer, speaker: UNKNOWN, connection: UNKNOWN });
    expect(result.failures ?? []).toEqual([]);
    expect(result.inputs).toMatchObject({ speaker: UNKNOWN, connection: UNKNOWN });
  });
});

describe("diff", () => {
  const diff = (kind: string, olds: Record<string, unknown>, news: Record<string, unknown>) => providerFor(kind).diff!("id", stored(olds), { ...news, connection });

  it("finds no change when only status or unmanaged lines moved", async () => {
    const result = await providerFor("peer").diff!("id", { ...stored(peer), status: { state: "Idle" }, unmanagedLines: ["x"] }, { ...peer, connection });
    expect(result.changes).toBe(false);
    expect(result.replaces).toEqual([]);
  });

  it("treats a field set to its default like an unset one", async () => {
    expect((await diff("peer", peer, { ...peer, port: 179 })).changes).toBe(false);
  });

  it("updates in place for ordinary fields", async () => {
    const result = await diff("peer", peer, { ...peer, description: "changed" });
    expect(result).toMatchObject({ changes: true, replaces: [], deleteBeforeReplace: false });
  });

  it("replaces a speaker whose AS number changes, deleting first (FRR has one default instance)", async () => {
    const result = await diff("speaker", { asn: 65000 }, { asn: 65100 });
    expect(result).toMatchObject({ changes: true, replaces: ["asn"], deleteBeforeReplace: true });
  });

  it("replaces a peer whose address changes, creating the new one first", async () => {
    const result = await diff("peer", peer, { ...peer, neighbor: "10.0.0.253" });
    expect(result).toMatchObject({ changes: true, replaces: ["neighbor"], deleteBeforeReplace: false });
  });

  it("deletes first when the replacement is the same object on the router", async () => {
    const member = { speaker: "65000", neighbor: "10.0.0.9", peerGroup: "A" };
    const result = await diff("peer", member, { ...member, peerGroup: "B" });
    expect(result).toMatchObject({ replaces: ["peerGroup"], deleteBeforeReplace: true });
  });

  it("replaces a resource that moves to another host", async () => {
    const result = await providerFor("routeMap").diff!("id", stored({ name: "RM", entries: [{ seq: 10, action: "permit" }] }), {
      name: "RM",
      entries: [{ seq: 10, action: "permit" }],
      connection: { ...connection, host: "172.30.1.12" },
    });
    expect(result).toMatchObject({ changes: true, replaces: ["connection"], deleteBeforeReplace: false });
  });

  it("does not replace for a connection that is only unknown", async () => {
    const result = await providerFor("routeMap").diff!("id", stored({ name: "RM", entries: [{ seq: 10, action: "permit" }] }), {
      name: "RM",
      entries: [{ seq: 10, action: "permit" }],
      connection: UNKNOWN,
    });
    expect(result.changes).toBe(true);
    expect(result.replaces).toEqual([]);
  });

  it("replaces when an identity field is unknown (its speaker is being replaced)", async () => {
    const result = await providerFor("peer").diff!("id", stored(peer), { ...peer, speaker: UNKNOWN, connection });
    expect(result).toMatchObject({ changes: true, replaces: ["speaker"] });
  });

  it("does not replace for an unknown ordinary field, nor for an identity field spelled differently", async () => {
    const result = await providerFor("peer").diff!("id", stored(peer), { ...peer, neighbor: "10.0.0.254", description: UNKNOWN, connection });
    expect(result).toMatchObject({ changes: true, replaces: [] });
    const v6 = { ...peer, neighbor: "2001:db8:0:a::fe" };
    const spelled = await providerFor("peer").diff!("id", stored(v6), { ...v6, neighbor: "2001:DB8:0:A::FE", description: UNKNOWN, connection });
    expect(spelled.replaces).toEqual([]);
  });
});

describe("read", () => {
  it("explains why `pulumi import` cannot work and what to do instead", async () => {
    await expect(providerFor("peer").read!("65000/neighbor/10.0.0.254", undefined)).rejects.toThrow(/adopt: true.*frr-iac adopt/);
  });
});

describe("movedToAnotherHost", () => {
  it.each([
    [{ host: "a" }, { host: "a", port: 22 }, false],
    [{ host: "a" }, { host: "b" }, true],
    [{ host: "a", pathspace: "x" }, { host: "a", pathspace: "y" }, true],
    [{ host: "a", username: "root" }, { host: "a", username: "frrops" }, false],
    [{ host: "a" }, UNKNOWN, false],
    [{ host: "a" }, { host: UNKNOWN }, false],
  ])("%j → %j: %s", (before, after, moved) => {
    expect(movedToAnotherHost(before, after)).toBe(moved);
  });
});
