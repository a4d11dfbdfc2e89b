import { mkdirSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import * as cdktfRuntime from "cdktf";
import * as cdktnRuntime from "cdktn";
import { describe, expect, it } from "vitest";
import * as forCdktf from "../../../constructs/index";
import * as forCdktn from "../../../constructs/cdktn/index";

type Library = typeof forCdktf;
type Runtime = typeof cdktfRuntime;

/** One program, written once, run on either runtime with the matching flavour of frr-iac. */
function program(runtime: Runtime, frr: Library): { json: Record<string, unknown>; speaker: unknown } {
  const outdir = join(tmpdir(), "frr-iac-cdktf-unit");
  mkdirSync(outdir, { recursive: true });
  const stack = new runtime.TerraformStack(new runtime.App({ outdir }), "test");
  const password = new runtime.TerraformVariable(stack, "tor_password", { type: "string", sensitive: true }).stringValue;
  const hosts = new frr.FrrHosts(stack, "hosts", { hosts: { node1: { host: "172.30.1.11" }, vr: { host: "172.30.3.11" } } });
  const tor = new frr.TorPeering(stack, "tor", {
    provider: hosts.provider("node1"),
    asn: 65000,
    neighbors: [{ address: "10.0.0.254", asn: 65001, password }],
    advertisements: [{ prefix: "10.100.0.0/24", communities: ["65000:100"] }],
  });
  new frr.TenantVrf(stack, "tenant", {
    globalSpeaker: tor.speaker,
    vrf: "vrf_evpnz1",
    asn: 65000,
    listenRanges: ["fd00:101::/64"],
    acceptFromGuests: [{ prefix: "fd00:101:fe::/64", ge: 128, le: 128 }],
    sendToGuests: [{ prefix: "::/0" }],
  });
  const vr = new frr.BgpSpeaker(stack, "vr", { provider: hosts.provider("vr"), asn: 65101 });
  new frr.GuestPeering(stack, "guests", { speaker: vr, guestNetworks: ["2001:db8:1046:10::/64"] });
  const json = JSON.parse(runtime.Testing.synth(stack)) as Record<string, unknown>;
  return { json, speaker: tor.speaker };
}

/** Drops cdktf's `//` metadata (it names the runtime's version). */
function withoutMetadata(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(withoutMetadata);
  if (typeof value !== "object" || value === null) return value;
  return Object.fromEntries(Object.entries(value).filter(([key]) => key !== "//").map(([key, inner]) => [key, withoutMetadata(inner)]));
}

describe("frr-iac/cdktn", () => {
  it("builds on the cdktn runtime: its resources are cdktn resources", () => {
    const { speaker } = program(cdktnRuntime as unknown as Runtime, forCdktn as unknown as Library);
    expect(speaker).toBeInstanceOf(cdktnRuntime.TerraformResource);
    expect(speaker).not.toBeInstanceOf(cdktfRuntime.TerraformResource);
  });

  it("synthesises exactly what frr-iac/cdktf synthesises for the same program", () => {
    const onCdktf = program(cdktfRuntime, forCdktf);
    const onCdktn = program(cdktnRuntime as unknown as Runtime, forCdktn as unknown as Library);
    expect(Object.keys((onCdktf.json["resource"] as object) ?? {}).length).toBeGreaterThan(5);
    expect(withoutMetadata(onCdktn.json)).toEqual(withoutMetadata(onCdktf.json));
  });
});
