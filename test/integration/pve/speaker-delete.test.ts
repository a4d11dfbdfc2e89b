// Deleting speakers on a host with VRF instances, as `pulumi destroy` or `terraform destroy` sends it:
// the default and the VRF instance in one batch. FRR refuses to delete the default instance while
// VRF instances exist, and FRR 10.3 keeps a deleted default instance hidden with its settings.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { closeSshPool, sshEngine } from "../../../src/host/host-session";
import { connectionTo, restartLingeringBgpInstances, runningConfig } from "../../support/lab-env";

const engine = sshEngine({ readCacheMs: 0 });
const ASN = 4200001000;
const VRF = "vrf_evpnz1";
const connection = connectionTo("pve", "pve01");

const defaultSpeaker = { asn: ASN, routerId: "10.255.0.1", timers: { keepalive: 10, hold: 30 }, addressFamilies: { l2vpnEvpn: { advertiseAllVni: true } } };
const vrfSpeaker = { asn: ASN, vrf: VRF, routerId: "10.255.0.1", addressFamilies: { ipv4Unicast: { importVrfs: ["default"] } } };

beforeAll(() => restartLingeringBgpInstances("pve"));

afterAll(async () => {
  await Promise.allSettled([engine.delete(connection, "speaker", vrfSpeaker), engine.delete(connection, "speaker", { asn: ASN })]);
  await closeSshPool();
});

const routerBlocks = async () => (await runningConfig("pve", "pve01")).split("\n").filter((line) => line.startsWith("router bgp"));

describe("speakers on a host with VRF instances (pve01, FRR 10.3)", () => {
  it("deletes the default and a VRF instance in one batch: the VRF instance goes first", async () => {
    await Promise.all([engine.create(connection, "speaker", defaultSpeaker), engine.create(connection, "speaker", vrfSpeaker)]);
    expect(await routerBlocks()).toEqual([`router bgp ${ASN}`, `router bgp ${ASN} vrf ${VRF}`]);

    await Promise.all([engine.delete(connection, "speaker", { asn: ASN }), engine.delete(connection, "speaker", vrfSpeaker)]);
    expect(await routerBlocks()).toEqual([]);
  });

  it("a default instance created again does not bring back the settings of the deleted one", async () => {
    await engine.create(connection, "speaker", vrfSpeaker);
    await engine.create(connection, "speaker", defaultSpeaker);
    await engine.delete(connection, "speaker", { asn: ASN });

    await engine.create(connection, "speaker", { asn: ASN });
    const lines = (await runningConfig("pve", "pve01")).split("\n");
    const start = lines.indexOf(`router bgp ${ASN}`);
    const block = lines.slice(start, lines.indexOf("exit", start));
    expect(block.filter((line) => /router-id|timers bgp|advertise-all-vni/.test(line)), "settings of the deleted instance").toEqual([]);
    const read = await engine.read(connection, "speaker", { asn: ASN });
    expect(read.spec).not.toHaveProperty("routerId");
  });
});
