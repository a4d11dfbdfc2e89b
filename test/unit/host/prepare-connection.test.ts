import { describe, expect, it } from "vitest";
import { resolveConnectionOptions, type ConnectionOptions } from "../../../src/host/connection-options";
import { hashKnownHostsName } from "../../../src/host/known-hosts";
import { prepareConnection, type LocalFiles } from "../../../src/host/prepare-connection";
import { TransportError } from "../../../src/host/transport-error";

// A made-up ed25519 public key blob: only its bytes matter here.
const blob = Buffer.concat([Buffer.from([0, 0, 0, 11]), Buffer.from("ssh-ed25519"), Buffer.from([0, 0, 0, 32]), Buffer.alloc(32, 9)]);
const keyLine = `ssh-ed25519 ${blob.toString("base64")}`;

function files(map: Record<string, string>, sockets: string[] = []): LocalFiles {
  return {
    readFile: async (path) => {
      const text = map[path];
      if (text === undefined) throw Object.assign(new Error(`ENOENT: ${path}`), { code: "ENOENT" });
      return Buffer.from(text);
    },
    isSocket: async (path) => sockets.includes(path),
    homedir: () => "/home/op",
  };
}

const prepare = (options: ConnectionOptions, fs: LocalFiles) => prepareConnection(resolveConnectionOptions(options, { env: {} }), fs);

describe("prepareConnection", () => {
  it("falls back to ~/.ssh/known_hosts when it lists the host, and prefers its key types", async () => {
    const prepared = await prepare({ host: "pve01", password: "x" }, files({ "/home/op/.ssh/known_hosts": `pve01 ${keyLine}\n` }));
    expect(prepared.policy.kind).toBe("known-hosts");
    expect(prepared.hostKeyAlgorithms[0]).toBe("ssh-ed25519");
  });

  it("refuses when nothing says how to verify the host key, naming the three options", async () => {
    for (const fs of [files({}), files({ "/home/op/.ssh/known_hosts": `other ${keyLine}\n` })]) {
      const error = (await prepare({ host: "pve01", password: "x" }, fs).catch((e: unknown) => e)) as Error;
      expect(error.message).toMatch(/FRR_VALIDATION_FAILED/);
      expect(error.message).toMatch(/`hostKey`.*`knownHostsFile`.*`insecureIgnoreHostKey: true`/s);
    }
  });

  it("reads an explicit known_hosts file (with ~ expansion), hashed entries for [host]:port included", async () => {
    const hashed = `${hashKnownHostsName("[10.0.0.1]:2222", Buffer.alloc(20, 1))} ${keyLine}\n`;
    const prepared = await prepare({ host: "10.0.0.1", port: 2222, password: "x", knownHostsFile: "~/kh" }, files({ "/home/op/kh": hashed }));
    expect(prepared.policy).toMatchObject({ kind: "known-hosts", files: ["/home/op/kh"] });
  });

  it("names the file it cannot read", async () => {
    const error = await prepare({ host: "h", password: "x", knownHostsFile: "/nope" }, files({})).catch((e: unknown) => e);
    expect(TransportError.is(error, "FRR_SSH_CREDENTIALS_UNREADABLE")).toBe(true);
    expect((error as Error).message).toContain("knownHostsFile /nope");
    const keyError = await prepare({ host: "h", privateKeyPath: "/k", hostKey: "SHA256:kgCg3Us8xGX8BnkI2LsnBzhGrj+IcASBe/Ibu/0E7RA" }, files({})).catch((e: unknown) => e);
    expect((keyError as Error).message).toContain("privateKeyPath /k");
  });

  it("checks that the agent socket exists", async () => {
    const error = await prepare({ host: "h", agent: "/run/agent", insecureIgnoreHostKey: true }, files({})).catch((e: unknown) => e);
    expect((error as Error).message).toMatch(/agent socket \/run\/agent .* does not exist/);
    await expect(prepare({ host: "h", agent: "/run/agent", insecureIgnoreHostKey: true }, files({}, ["/run/agent"]))).resolves.toMatchObject({ policy: { kind: "insecure" } });
  });

  it("prepares the bastion with its own host key check", async () => {
    const prepared = await prepare(
      { host: "10.0.0.2", password: "x", hostKey: "256 SHA256:kgCg3Us8xGX8BnkI2LsnBzhGrj+IcASBe/Ibu/0E7RA x (RSA)", jumpHost: { host: "bastion", password: "y", knownHostsFile: "/kh" } },
      files({ "/kh": `bastion ${keyLine}\n` }),
    );
    expect(prepared.hostKeyAlgorithms[0]).toBe("rsa-sha2-512");
    expect(prepared.jump?.policy.kind).toBe("known-hosts");
    expect(prepared.description).toBe("root@10.0.0.2:22 via root@bastion:22");
  });
});
