// What the resource classes hand to the engine, under Pulumi's mocks: the serialised provider is
// the tiny shim (no code, no dependency path, no secret), children take their speaker's id and
// connection, and passwords and connections are secret inputs even when given as plain strings.
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import * as pulumi from "@pulumi/pulumi";
import { beforeAll, describe, expect, it } from "vitest";
import * as frrModule from "../../../src/pulumi";
import { providerShim } from "../../../src/pulumi/shim";

const SECRET_KEY = "4dabf18193072939515e22adb298388d";
const registered: pulumi.runtime.MockResourceArgs[] = [];

beforeAll(() => {
  pulumi.runtime.setMocks(
    {
      newResource: (args) => {
        registered.push(args);
        return { id: `${args.name}-id`, state: args.inputs };
      },
      call: () => ({}),
    },
    "frr-unit",
    "test",
  );
});

const frr = () => frrModule;
const settle = <T>(output: pulumi.Output<T>) => new Promise<T>((resolve) => output.apply(resolve));
const isEnvelope = (value: unknown) => typeof value === "object" && value !== null && (value as Record<string, unknown>)[SECRET_KEY] !== undefined;

describe("the serialised provider", () => {
  it("is the shim: small, no implementation, no dependency path", async () => {
    // As pulumi.dynamic.Resource does it: a closure returning the provider object.
    const shim = providerShim("peer");
    const { text } = await pulumi.runtime.serializeFunction(() => shim, { allowSecrets: true });
    expect(text.length).toBeLessThan(2048);
    expect(text).toContain('"frr-iac/pulumi/provider"');
    expect(text).toContain('kind: "peer"');
    for (const forbidden of ["/work/", "node_modules", "ssh2", "sshEngine", "validateSpec", "vtysh"]) expect(text).not.toContain(forbidden);
  });
});

describe("resource classes", () => {
  it("register a Peer with the speaker's id and connection, secrets kept secret", async () => {
    const { Speaker, Peer } = frr();
    const connection = { host: "172.30.1.11", username: "root", privateKeyPath: "/keys/id_ed25519", hostKey: "SHA256:abc" };
    const speaker = new Speaker("node1", { connection, asn: 65000 });
    const peer = new Peer("tor-a", { speaker, neighbor: "10.0.0.254", remoteAs: 65001, password: "plain-string-pw" });
    await settle(pulumi.all([speaker.id, peer.id]));
    const args = registered.find((r) => r.name === "tor-a")!;
    expect(args.type).toBe("pulumi-nodejs:dynamic/frr:Peer");
    expect(args.inputs["speaker"]).toBe("node1-id");
    expect(isEnvelope(args.inputs["password"])).toBe(true);
    expect(isEnvelope(args.inputs["connection"])).toBe(true);
    const provider = args.inputs["__provider"];
    expect(typeof provider).toBe("string");
    expect((provider as string).length).toBeLessThan(2048);
    expect(provider).not.toContain("plain-string-pw");
    expect(provider).not.toContain("172.30.1.11");
  });

  it("lets policy objects take a Speaker for its connection", async () => {
    const { Speaker, RouteMap } = frr();
    const speaker = new Speaker("node2", { connection: { host: "172.30.1.12", hostKey: "SHA256:def" }, asn: 65000 });
    const routeMap = new RouteMap("rm", { connection: speaker, name: "TOR-IN", entries: [{ seq: 10, action: "permit" }] });
    await settle(routeMap.id);
    const args = registered.find((r) => r.name === "rm")!;
    expect(isEnvelope(args.inputs["connection"])).toBe(true);
    expect((args.inputs["connection"] as { value: { host: string } }).value.host).toBe("172.30.1.12");
  });
});

describe("hostConnection", () => {
  it("reads a lab host from the lab file named by frr:labFile, as a secret", async () => {
    const dir = mkdtempSync(join(tmpdir(), "frr-unit-"));
    const labFile = join(dir, "lab.json");
    const host = {
      pathspace: "fil-x-node1",
      ssh: { address: "172.30.9.11", port: 22, hostKey: { fingerprint: "SHA256:xyz" }, knownHostsFile: join(dir, "known_hosts") },
      users: [{ username: "root", privateKeyPath: join(dir, "id_root"), sudoNeeded: false }],
    };
    writeFileSync(labFile, JSON.stringify({ name: "x", hosts: { node1: host } }));
    pulumi.runtime.setConfig("frr:labFile", labFile);
    const connection = frr().hostConnection("node1");
    expect(await pulumi.isSecret(connection)).toBe(true);
    expect(await settle(connection)).toMatchObject({ host: "172.30.9.11", username: "root", hostKey: "SHA256:xyz", pathspace: "fil-x-node1" });
    expect(() => frr().hostConnection("node9")).toThrow(/has no host "node9"/);
  });

  it("prefers frr:hosts and names the missing entry", async () => {
    pulumi.runtime.setConfig("frr:hosts", JSON.stringify({ vr: { host: "172.30.3.11", privateKey: "KEY" } }));
    const { hostConnection } = frr();
    expect(await settle(hostConnection("vr"))).toEqual({ host: "172.30.3.11", privateKey: "KEY" });
    expect(await pulumi.isSecret(hostConnection("vr"))).toBe(true);
    expect(() => hostConnection("other")).toThrow(/`frr:hosts` has no entry "other" \(entries: vr\)/);
  });
});
