// The frr provider driven by the protocol test client (a fake Terraform core with 1.11.4's call
// order and consistency checks) against real FRR over SSH. The test brings up its own ToR lab
// ("tfprov") and runs the provider inside the lab's management namespace, the way terraform runs
// there: one fresh process per walk, every plan checked against the config, every final plan
// against the saved one, every apply result against the plan. A deliberately broken build of the
// provider shows the client catches each of those violations; the real provider never commits one.
import { build } from "esbuild";
import { chmodSync, existsSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { bgpSessions, labDown, labExec, labUp, receivedRoutes, waitForSession, type LabFile } from "../../src/lab";
import { labConnection } from "../../src/lab-connection";
import { ref, type ResourceConfig, type RootConfig } from "../harness/terraform/config";
import { FakeTerraform, TerraformError, type Plan, type TerraformState } from "../harness/terraform/fake-terraform";
import { Unknown } from "../../src/terraform/protocol";
import type { Misbehaviour } from "../support/misbehaving-frr-provider";
import { configLines, lineDiff, REPO } from "../support/terraform-env";

const NAME = "tfprov";
const HOST = "node1";
const MAIN = join(REPO, "dist/src/terraform/main.js");

let lab: LabFile;
let tmp: string;
let provider: string;
let misbehaving: string;
let before: Set<string>;

/** An executable that runs `script` with node inside the lab's management namespace (exec keeps the pid). */
function inManagementNamespace(file: string, script: string): string {
  writeFileSync(file, `#!/bin/sh\nexec ip netns exec ${lab.management.namespace} ${process.execPath} ${script}\n`);
  chmodSync(file, 0o755);
  return file;
}

async function vtysh(commands: readonly string[]): Promise<string> {
  return (await labExec(HOST, ["vtysh", ...commands.flatMap((c) => ["-c", c])], { lab })).stdout;
}

const handEdit = (commands: readonly string[]) => vtysh(["configure terminal", ...commands]);
const running = async () => configLines(await vtysh(["show running-config"]));

function providerBlock(): Record<string, unknown> {
  const c = labConnection(lab.labFile, HOST);
  return { host: c.host, port: c.port, username: c.username, private_key_path: c.privateKeyPath, host_key: c.hostKey, pathspace: c.pathspace };
}

interface Knobs {
  readonly description?: unknown;
  readonly listName?: string;
  readonly extra?: readonly ResourceConfig[];
}

/** The seed's node1 in small: a speaker, policy, an MD5 session to tor-a, a peer-group with a listen range, an advertisement, both data sources. */
function config(knobs: Knobs = {}): RootConfig {
  const listName = knobs.listName ?? "TFP-ACCEPT";
  return {
    provider: providerBlock(),
    resources: [
      { address: "frr_bgp_speaker.s", config: { asn: 65000, router_id: "10.0.0.1", default_ipv4_unicast: false } },
      { address: "frr_prefix_list.accept", config: { name: listName, entries: [{ seq: 10, action: "permit", prefix: "198.51.100.0/24" }] } },
      {
        address: "frr_route_map.tor",
        config: {
          name: "TFP-TOR",
          entries: [
            { seq: 10, action: "permit", match: { ip_address_prefix_list: ref("frr_prefix_list.accept", "name") } },
            { seq: 20, action: "permit", match: { ip_address_prefix_list: "TFP-OVERLAY" } },
            { seq: 100, action: "deny", description: "everything else" },
          ],
        },
      },
      { address: "frr_prefix_list.overlay", config: { name: "TFP-OVERLAY", entries: [{ seq: 10, action: "permit", prefix: "10.100.0.0/24" }] } },
      { address: "frr_community_list.c", config: { name: "TFP-CL", entries: [{ seq: 5, action: "permit", communities: ["65000:100"] }] } },
      { address: "frr_as_path_list.a", config: { name: "TFP-AS", entries: [{ seq: 5, action: "permit", regex: "^65001$" }] } },
      {
        address: "frr_bgp_peer.tor_a",
        config: {
          speaker: ref("frr_bgp_speaker.s", "id"),
          neighbor: "10.0.0.254",
          remote_as: "65001",
          description: knobs.description ?? "ToR-Switch-A",
          password: lab.peers["tor-a"]!.password,
          timers: { keepalive: 30, hold: 90 },
          connect_retry: 5,
          address_families: {
            ipv4_unicast: { activate: true, soft_reconfiguration_inbound: true, route_map_in: ref("frr_route_map.tor", "name"), route_map_out: ref("frr_route_map.tor", "name") },
          },
        },
      },
      { address: "frr_bgp_peer.group", config: { speaker: ref("frr_bgp_speaker.s", "id"), neighbor: "TFP-GROUP", type: "peer-group", remote_as: "external" } },
      { address: "frr_bgp_listen_range.r", config: { speaker: ref("frr_bgp_speaker.s", "id"), prefix: "10.88.0.0/24", peer_group: ref("frr_bgp_peer.group", "neighbor") } },
      { address: "frr_bgp_advertisement.overlay", config: { speaker: ref("frr_bgp_speaker.s", "id"), prefix: "10.100.0.0/24", communities: ["65000:100"], local_preference: 200 } },
      ...(knobs.extra ?? []),
      { address: "data.frr_bgp_sessions.all", config: {} },
      { address: "data.frr_bgp_routes.tor_a", config: { neighbor: "10.0.0.254" } },
    ],
  };
}

const actions = (plan: Plan): Record<string, string> => Object.fromEntries(plan.changes.map((c) => [c.address, c.action]));
const pending = (plan: Plan) => plan.changes.filter((c) => c.action !== "no-op" && c.action !== "read");

beforeAll(async () => {
  if (!existsSync(MAIN)) throw new Error(`${MAIN} is missing: run \`npm run build\` first (npm test does)`);
  lab = await labUp(resolve(REPO, "lab/topologies/tor.yaml"), { name: NAME, labFile: join(REPO, ".lab", `${NAME}.json`) });
  tmp = mkdtempSync(join(tmpdir(), "frr-iac-tfprov-"));
  provider = inManagementNamespace(join(tmp, "terraform-provider-frr"), MAIN);
  const bundle = join(tmp, "misbehaving.js");
  await build({ entryPoints: [join(REPO, "test/support/misbehaving-frr-provider.ts")], outfile: bundle, bundle: true, platform: "node", target: "node20", format: "cjs", packages: "external", logLevel: "error" });
  misbehaving = inManagementNamespace(join(tmp, "terraform-provider-frr-misbehaving"), bundle);
  before = await running();
}, 120_000);

afterAll(async () => {
  if (lab) await labDown(NAME);
  if (tmp) rmSync(tmp, { recursive: true, force: true });
}, 120_000);

describe("the frr provider under the protocol test client", () => {
  const tf = () => new FakeTerraform({ executable: provider });
  let state: TerraformState;

  it("create: every resource kind and both data sources, then a second plan is empty", async () => {
    const client = tf();
    ({ state } = await client.converge(config()));
    expect(Object.keys(state.resources).sort()).toEqual([
      "frr_as_path_list.a",
      "frr_bgp_advertisement.overlay",
      "frr_bgp_listen_range.r",
      "frr_bgp_peer.group",
      "frr_bgp_peer.tor_a",
      "frr_bgp_speaker.s",
      "frr_community_list.c",
      "frr_prefix_list.accept",
      "frr_prefix_list.overlay",
      "frr_route_map.tor",
    ]);
    expect(state.resources["frr_bgp_peer.tor_a"]?.attributes).toMatchObject({ id: "65000/neighbor/10.0.0.254", remote_as: "65001", status: { state: expect.any(String) } });
    // Core's process per walk (schema, validate, plan, apply, and the converge plan), each closed by Shutdown.
    expect(client.walks.map((w) => w.walk)).toEqual(["schema", "validate", "plan", "apply", "schema", "validate", "plan"]);
    const apply = client.walks[3]!.calls;
    expect(apply.slice(0, 3)).toEqual(["GetProviderSchema", "ValidateProviderConfig", "ConfigureProvider"]);
    expect(apply.filter((c) => c.startsWith("ApplyResourceChange"))).toHaveLength(10);
    const exits = client.walks.map((w) => w.shutdownMs).sort((a, b) => a - b);
    console.log(`provider process exit after Shutdown: median ${exits[Math.floor(exits.length / 2)]!.toFixed(0)} ms, max ${exits.at(-1)!.toFixed(0)} ms; handshake median ${client.walks.map((w) => w.handshakeMs).sort((a, b) => a - b)[3]!.toFixed(0)} ms`);
    for (const w of client.walks) expect(w.shutdownMs, `${w.walk}: exit after Shutdown`).toBeLessThan(2000);
  });

  it("data sources return what the lab shows: sessions, routes accepted and rejected", async () => {
    await waitForSession(HOST, "10.0.0.254", { lab, timeoutMs: 150_000 });
    await new Promise((r) => setTimeout(r, 2000)); // updates after the session came up
    const plan = await tf().plan(config(), state);
    expect(pending(plan)).toEqual([]);
    const sessions = plan.dataValues["data.frr_bgp_sessions.all"]!["sessions"] as Array<Record<string, unknown>>;
    const seen = await bgpSessions(HOST, { lab });
    for (const s of seen) {
      expect(sessions.find((x) => x["neighbor"] === s.neighbor), s.neighbor).toMatchObject({ vrf: "default", established: s.established, remote_as: s.remoteAs });
    }
    expect(sessions.find((x) => x["neighbor"] === "10.0.0.254")).toMatchObject({ state: "Established", prefixes_received: 1, dynamic: false });
    const routes = plan.dataValues["data.frr_bgp_routes.tor_a"]!;
    expect(routes).toMatchObject({ received_known: true, accepted: 1 });
    const list = routes["routes"] as Array<Record<string, unknown>>;
    const inTable = (await receivedRoutes(HOST, { lab, family: "ipv4" })).filter((r) => r.from === "10.0.0.254").map((r) => r.prefix);
    expect(list.filter((r) => r["status"] === "accepted").map((r) => r["prefix"])).toEqual(inTable);
    expect(list.find((r) => r["prefix"] === "203.0.113.0/24")).toMatchObject({ status: "rejected", reason: expect.stringMatching(/TFP-TOR/) });
  });

  it("drift: a hand edit is an update of exactly that attribute, and apply repairs it", async () => {
    await handEdit(["router bgp 65000", "neighbor 10.0.0.254 description by hand", "no neighbor 10.0.0.254 timers connect 5"]);
    const plan = await tf().plan(config(), state);
    expect(actions(plan)).toMatchObject({ "frr_bgp_peer.tor_a": "update" });
    expect(pending(plan).map((c) => c.address)).toEqual(["frr_bgp_peer.tor_a"]);
    const change = plan.changes.find((c) => c.address === "frr_bgp_peer.tor_a")!;
    expect(change.before).toMatchObject({ description: "by hand", connect_retry: null });
    expect(change.after).toMatchObject({ description: "ToR-Switch-A", connect_retry: 5 });
    ({ state } = await tf().converge(config(), state));
    expect(await vtysh(["show running-config"])).toMatch(/neighbor 10\.0\.0\.254 timers connect 5/);
  });

  it("update in place and replace (a forces-replacement attribute), with dependent resources following", async () => {
    let plan: Plan;
    ({ plan, state } = await tf().converge(config({ description: "ToR A, rack 12" }), state));
    expect(actions(plan)["frr_bgp_peer.tor_a"]).toBe("update");
    ({ plan, state } = await tf().converge(config({ description: "ToR A, rack 12", listName: "TFP-ACCEPT2" }), state));
    expect(actions(plan)).toMatchObject({ "frr_prefix_list.accept": "replace", "frr_route_map.tor": "update", "frr_bgp_peer.tor_a": "no-op" });
    expect(plan.changes.find((c) => c.address === "frr_prefix_list.accept")?.requiresReplace).toEqual([["name"]]);
    const text = await vtysh(["show running-config"]);
    expect(text).toMatch(/ip prefix-list TFP-ACCEPT2 seq 10 permit 198\.51\.100\.0\/24/);
    expect(text).not.toMatch(/ip prefix-list TFP-ACCEPT seq/);
    expect(text).toMatch(/match ip address prefix-list TFP-ACCEPT2/);
  });

  it("plans values unknown until apply, and validation errors point at the attribute", async () => {
    const plan = await tf().plan(config({ description: Unknown, listName: "TFP-ACCEPT2" }), state);
    expect(String(plan.changes.find((c) => c.address === "frr_bgp_peer.tor_a")?.after?.["description"])).toBe("(known after apply)");
    const bad: RootConfig = { provider: providerBlock(), resources: [{ address: "frr_prefix_list.bad", config: { name: "TFP-BAD", entries: [{ seq: 5, action: "permit", prefix: "10.9.9.9/24" }] } }] };
    await expect(tf().validate(bad)).rejects.toThrow(/FRR_INVALID_PREFIX[\s\S]*10\.9\.9\.9\/24[\s\S]*10\.9\.9\.0\/24[\s\S]*\(at entries\[0\]\.prefix\)/);
  });

  it("imports a neighbor made by hand: the matching config plans nothing", async () => {
    await handEdit(["router bgp 65000", "neighbor 10.0.0.66 remote-as 65066", "neighbor 10.0.0.66 description hand", "neighbor 10.0.0.66 password hand-pw", "neighbor 10.0.0.66 ebgp-multihop 2", "address-family ipv4 unicast", "neighbor 10.0.0.66 activate", "neighbor 10.0.0.66 allowas-in 2"]);
    const hand: ResourceConfig = {
      address: "frr_bgp_peer.hand",
      config: { speaker: "65000", neighbor: "10.0.0.66", remote_as: "65066", description: "hand", password: "hand-pw", ebgp_multihop: 2, address_families: { ipv4_unicast: { activate: true, allowas_in: 2 } } },
    };
    const withHand = config({ description: "ToR A, rack 12", listName: "TFP-ACCEPT2", extra: [hand] });
    state = await tf().import(withHand, state, "frr_bgp_peer.hand", "65000/neighbor/10.0.0.66");
    expect(state.resources["frr_bgp_peer.hand"]?.attributes).toMatchObject({ remote_as: "65066", password: "hand-pw", ebgp_multihop: 2, address_families: { ipv4_unicast: { activate: true, allowas_in: 2 } } });
    expect(pending(await tf().plan(withHand, state))).toEqual([]);
    await expect(tf().import(withHand, { resources: {} }, "frr_bgp_peer.hand", "65000/neighbor/10.0.0.67")).rejects.toThrow(/no Peer with ID "65000\/neighbor\/10\.0\.0\.67"/);
    await expect(tf().import(withHand, { resources: {} }, "frr_bgp_peer.hand", "neighbor 10.0.0.66")).rejects.toThrow(/FRR_INVALID_ID[\s\S]*<speaker>\/neighbor\/<neighbor>/);
  });

  it("refresh keeps everything; a resource deleted by hand is planned for creation", async () => {
    const refreshed = await tf().refresh(config({ description: "ToR A, rack 12", listName: "TFP-ACCEPT2" }), state);
    expect(Object.keys(refreshed.resources)).toHaveLength(11);
    await handEdit(["no bgp as-path access-list TFP-AS"]);
    const plan = await tf().plan(config({ description: "ToR A, rack 12", listName: "TFP-ACCEPT2" }), state);
    expect(actions(plan)["frr_as_path_list.a"]).toBe("create");
  });

  it("destroy leaves the host as it was", async () => {
    state = await tf().destroy(config({ description: "ToR A, rack 12", listName: "TFP-ACCEPT2" }), state);
    expect(state.resources).toEqual({});
    expect(lineDiff(before, await running())).toEqual({ added: [], removed: [] });
  });
});

describe("the client catches each consistency check a provider can break (and the frr provider passes them)", () => {
  const small = (): RootConfig => ({
    provider: providerBlock(),
    resources: [
      { address: "frr_bgp_speaker.s", config: { asn: 65000 } },
      { address: "frr_bgp_peer.p", config: { speaker: ref("frr_bgp_speaker.s", "id"), neighbor: "10.0.0.55", remote_as: "65055", description: "checked" } },
    ],
  });

  async function broken(mode: Misbehaviour, run: (tf: FakeTerraform) => Promise<unknown>): Promise<TerraformError> {
    const bad = new FakeTerraform({ executable: misbehaving, env: { FRR_MISBEHAVE: mode, NODE_PATH: join(REPO, "node_modules") } });
    const err = await run(bad).then(
      () => undefined,
      (e: unknown) => e,
    );
    // Whatever the broken provider managed to create is removed by the real one.
    const left = err instanceof TerraformError && err.state ? err.state : undefined;
    if (left && Object.keys(left.resources).length > 0) await new FakeTerraform({ executable: provider }).destroy(small(), left);
    expect(err).toBeInstanceOf(TerraformError);
    return err as TerraformError;
  }

  it("the real provider: apply, converge and destroy pass every check", async () => {
    const tf = new FakeTerraform({ executable: provider });
    const { state } = await tf.converge(small());
    expect(await tf.destroy(small(), state)).toEqual({ resources: {} });
  });

  it('"Provider produced invalid plan": a configured value planned differently', async () => {
    const err = await broken("invalid-plan", (tf) => tf.apply(small()));
    expect(err.message).toMatch(/Provider produced invalid plan/);
    expect(err.message).toMatch(/\.description: planned value "checked \(planned\)" does not match config value "checked"/);
  });

  it('"Provider produced inconsistent final plan": the apply process plans another value', async () => {
    const err = await broken("inconsistent-final-plan", (tf) => tf.apply(small()));
    expect(err.message).toMatch(/Provider produced inconsistent final plan/);
    expect(err.message).toMatch(/invalid new value for \.id: was "65000\/neighbor\/10\.0\.0\.55#\d+", but now "65000\/neighbor\/10\.0\.0\.55#\d+"/);
  });

  it('"Provider produced inconsistent result after apply": apply returns something else than planned', async () => {
    const err = await broken("inconsistent-apply", (tf) => tf.apply(small()));
    expect(err.message).toMatch(/Provider produced inconsistent result after apply/);
    expect(err.message).toMatch(/\.description: was "checked", but now "CHECKED"/);
    expect(err.state?.resources["frr_bgp_peer.p"], "like core, the created object is kept in state").toBeDefined();
  });

  it("a read that does not return what apply wrote never converges", async () => {
    const err = await broken("non-converging", (tf) => tf.converge(small()));
    expect(err.message).toMatch(/did not converge[\s\S]*update frr_bgp_peer\.p: description: null → "checked"/);
  });

  it("leaves the host as it was", async () => {
    expect(lineDiff(before, await running())).toEqual({ added: [], removed: [] });
  });
});
