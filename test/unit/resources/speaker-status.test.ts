import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { NEIGHBORS_SHOW } from "../../../src/frr/show-json";
import { speaker } from "../../../src/resources/speaker";

const neighbors = readFileSync(join(__dirname, "../../fixtures/frr/10.3/json/neighbors-vrf-all.json"), "utf8");
const shows = { [NEIGHBORS_SHOW]: neighbors };

describe("Speaker status from `show bgp vrf all neighbors json` (FRR 10.3)", () => {
  it("gives the router ID in use and counts the instance's own neighbors", () => {
    const status = speaker.liveStatus.read({ asn: 65000 }, shows);
    expect(status.routerIdInUse).toBe("10.254.0.3");
    expect(status.peersTotal).toBe(5);
  });

  it("reads a VRF instance from its own VRF", () => {
    const status = speaker.liveStatus.read({ asn: 65000, vrf: "red" }, shows);
    expect(status.peersTotal).toBe(1);
    expect(status.routerIdInUse).toBe("10.254.0.99");
  });

  it("leaves the router ID empty while the instance has no neighbor", () => {
    expect(speaker.liveStatus.read({ asn: 65000, vrf: "blue" }, shows)).toMatchObject({ routerIdInUse: "", peersTotal: 0 });
  });
});
