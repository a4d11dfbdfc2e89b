import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { BgpSpeaker, FrrHosts } from "../../../constructs/index";
import { SAMPLE_HOSTS, writeSampleLabFile } from "./sample-lab";
import { newStack, synth } from "./synth";

const dir = mkdtempSync(join(tmpdir(), "frr-iac-hosts-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe("FrrHosts", () => {
  it("makes one provider alias per host of a lab file, with the pinned host key and the root key", () => {
    const labFile = writeSampleLabFile("pve", dir);
    const stack = newStack();
    const hosts = FrrHosts.fromLabFile(stack, "hosts", { labFile });
    for (const name of hosts.names) new BgpSpeaker(stack, name, { provider: hosts.provider(name), asn: 4200001000 });
    const s = synth(stack);
    expect(s.json.provider?.frr).toEqual(
      Object.entries(SAMPLE_HOSTS.pve).map(([name, host]) => ({
        alias: name,
        host,
        port: 22,
        username: "root",
        private_key_path: join(dir, "pve", "id_ed25519_root"),
        host_key: `SHA256:sample-${name}`,
        pathspace: `fil-pve-${name}`,
      })),
    );
    expect(s.of("frr_bgp_speaker").map((r) => r["provider"])).toEqual(["frr.pve01", "frr.pve02", "frr.pve03"]);
  });

  it("logs in as the lab's operator through sudo, and verifies against known_hosts on request", () => {
    const labFile = writeSampleLabFile("tor", dir);
    const stack = newStack();
    FrrHosts.fromLabFile(stack, "hosts", { labFile, hosts: ["node2"], user: "operator", knownHosts: true });
    expect(synth(stack).json.provider?.frr).toEqual([
      expect.objectContaining({ alias: "node2", username: "frrops-tor", sudo: true, known_hosts_file: join(dir, "tor", "known_hosts") }),
    ]);
  });

  it("warns about literal secrets in a connection and refuses names that cannot be aliases", () => {
    const stack = newStack();
    new FrrHosts(stack, "hosts", { hosts: { edge1: { host: "198.51.100.1", privateKey: "-----BEGIN OPENSSH PRIVATE KEY-----", jumpHost: { host: "198.51.100.2", password: "pw" } } } });
    expect(synth(stack).warnings.map((w) => w.message)).toEqual([
      expect.stringMatching(/^hosts\.edge1\.privateKey is a literal secret/),
      expect.stringMatching(/^hosts\.edge1\.jumpHost\.password is a literal secret/),
    ]);
    expect(() => new FrrHosts(newStack(), "hosts", { hosts: { "pve.01": { host: "198.51.100.1" } } })).toThrow(/FRR_INVALID_NAME at `hosts\.pve\.01`.*provider alias/);
  });

  it("names the hosts it has when asked for another", () => {
    const hosts = new FrrHosts(newStack(), "hosts", { hosts: { node1: { host: "198.51.100.1" } } });
    expect(() => hosts.provider("node3")).toThrow(/has no host "node3"; hosts: node1/);
  });
});
