import { spawnSync } from "node:child_process";
import { chmodSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  devOverridesCliConfig,
  launcherScript,
  mirrorCliConfig,
  mirrorEntry,
  toProvidersSchemaJson,
} from "../../src/terraform/protocol";
import { buildProviderExecutable, TOY_PROVIDER_ENTRY } from "../harness/terraform/build-provider";
import { ref, type RootConfig } from "../harness/terraform/config";
import { FakeTerraform, TerraformError } from "../harness/terraform/fake-terraform";
import { toySchema } from "../harness/terraform/fixtures/toy-provider";
import { ProviderProcess } from "../harness/terraform/plugin-process";
import { terraformVersion, TerraformWorkspace, type TerraformResult } from "../harness/terraform/real-terraform";

/**
 * The protocol layer end to end: a toy provider built on it, driven by our fake core and by the
 * real Terraform 1.11.4 (offline, via dev_overrides and via a filesystem mirror).
 */
let tmp: string;
let executable: string;

beforeAll(async () => {
  tmp = mkdtempSync(join(tmpdir(), "frr-iac-tfproto-"));
  executable = await buildProviderExecutable(TOY_PROVIDER_ENTRY, join(tmp, "bin", "terraform-provider-toy"));
}, 60_000);

afterAll(() => {
  rmSync(tmp, { recursive: true, force: true });
});

function toyConfig(root: string, name = "a.txt", content = "hello"): RootConfig {
  return {
    provider: { root, token: "s3cret" },
    resources: [
      {
        address: "toy_file.a",
        config: {
          name,
          content,
          secret: "pw",
          labels: { site: "lab" },
          owner: { name: "ops" },
          rules: [{ port: 179 }, { port: 22, proto: "udp" }],
          backup: [{ suffix: ".bak" }],
        },
      },
      { address: "data.toy_file_info.a", config: { name: ref("toy_file.a", "name") } },
      { address: "toy_file.b", config: { name: "b.txt", content: ref("toy_file.a", "checksum") } },
    ],
  };
}

const actions = (plan: { changes: Array<{ address: string; action: string }> }): Record<string, string> =>
  Object.fromEntries(plan.changes.map((c) => [c.address, c.action]));

describe("provider process", () => {
  it("starts fast, prints one handshake line, ignores SIGINT and exits promptly on Shutdown", async () => {
    const samples: number[] = [];
    for (let i = 0; i < 5; i++) {
      const proc = await ProviderProcess.launch(executable, { env: { TOY_ROOT: join(tmp, "hs") } });
      samples.push(proc.handshakeMs);
      expect(proc.handshake.network).toBe("unix");
      expect(proc.handshake.serverCert).toBeDefined();
      await proc.call("GetProviderSchema", {});
      const { exitMs } = await proc.shutdown();
      expect(exitMs).toBeLessThan(2000);
    }
    samples.sort((a, b) => a - b);
    console.log(`spawn → handshake (bundled toy provider, mTLS): median ${samples[2]?.toFixed(0)} ms, all ${samples.map((s) => s.toFixed(0)).join(", ")}`);
    expect(samples[2]).toBeLessThan(250);
  });

  it("logs RPCs to stderr at the TF_LOG_PROVIDER level, never values", async () => {
    const proc = await ProviderProcess.launch(executable, { env: { TF_LOG_PROVIDER: "DEBUG", TOY_ROOT: join(tmp, "log") } });
    await proc.call("GetProviderSchema", {});
    await proc.call("ConfigureProvider", { terraformVersion: "1.11.4", config: { msgpack: new Uint8Array([0x82, 0xa4, 0x72, 0x6f, 0x6f, 0x74, 0xc0, 0xa5, 0x74, 0x6f, 0x6b, 0x65, 0x6e, 0xa6, 0x73, 0x65, 0x63, 0x72, 0x65, 0x74]) } });
    await proc.shutdown();
    expect(proc.stderr).toMatch(/^\[DEBUG\] toy: GetProviderSchema done in [\d.]+ ms$/m);
    expect(proc.stderr).toMatch(/^\[DEBUG\] toy: ConfigureProvider done/m);
    expect(proc.stderr).toMatch(/toy: configured with root/); // the stray console.log, moved to stderr
    expect(proc.stderr).not.toMatch(/secret/);
    const quiet = await ProviderProcess.launch(executable, { env: { TF_LOG: "", TF_LOG_PROVIDER: "" } });
    await quiet.call("GetProviderSchema", {});
    await quiet.shutdown();
    expect(quiet.stderr).toBe("");
  });

  it("serves plaintext over TCP when PLUGIN_CLIENT_CERT is absent", async () => {
    const proc = await ProviderProcess.launch(executable, { tls: false, env: { TOY_NETWORK: "tcp" } });
    expect(proc.handshake.network).toBe("tcp");
    expect(proc.handshake.address).toMatch(/^127\.0\.0\.1:\d+$/);
    expect(proc.handshake.serverCert).toBeUndefined();
    const res = await proc.call("GetProviderSchema", {});
    expect(res.serverCapabilities.planDestroy).toBe(true);
    await proc.shutdown();
  });

  it("exits by itself when its parent (Terraform) dies", async () => {
    const env = { ...process.env, TF_PLUGIN_MAGIC_COOKIE: "d602bf8f470bc67ca7faa0386276bbdd4330efaf76d1a219cb4d6991ca9872b2", PLUGIN_PROTOCOL_VERSIONS: "6" };
    // The shell starts the provider in the background, prints its pid and exits: the provider is orphaned.
    const res = spawnSync("bash", ["-c", `"${executable}" >/dev/null 2>&1 & echo $!; sleep 0.5`], { env, encoding: "utf8", timeout: 10_000 });
    const pid = Number(res.stdout.trim());
    expect(pid).toBeGreaterThan(1);
    const alive = (): boolean => {
      try {
        process.kill(pid, 0);
        return true;
      } catch {
        return false;
      }
    };
    for (let i = 0; i < 40 && alive(); i++) await new Promise((r) => setTimeout(r, 100));
    expect(alive()).toBe(false);
  });

  it("refuses to run without the magic cookie, with a message for people", async () => {
    const env = { ...process.env };
    delete env.TF_PLUGIN_MAGIC_COOKIE;
    const res = spawnSync(executable, [], { env, encoding: "utf8", timeout: 10_000 });
    expect(res.status).toBe(1);
    expect(res.stdout).toBe("");
    expect(res.stderr).toMatch(/provider plugin\. It is not meant to be run directly/);
  });
});

describe("fake core against the toy provider", () => {
  it("create → no-op plan → drift → update → replace → import → destroy", async () => {
    const root = join(tmp, "fake-root");
    const tf = new FakeTerraform({ executable, providerAddress: "registry.terraform.io/frr-iac/toy" });
    const t0 = performance.now();
    let { plan, state } = await tf.apply(toyConfig(root));
    const applyMs = performance.now() - t0;
    expect(actions(plan)).toEqual({ "toy_file.a": "create", "data.toy_file_info.a": "read", "toy_file.b": "create" });
    expect(readFileSync(join(root, "a.txt"), "utf8")).toBe("hello");
    expect(state.resources["toy_file.a"]?.attributes).toMatchObject({ id: "a.txt", mode: "0644", rules: [{ port: 179, proto: "tcp" }, { port: 22, proto: "udp" }] });
    expect(JSON.parse(Buffer.from(state.resources["toy_file.a"]?.private ?? "", "base64").toString())).toEqual({ written: "a.txt" });
    expect(state.resources["toy_file.a"]?.schemaVersion).toBe(1);

    // Core's process-per-walk: schema, validate, plan, apply.
    expect(tf.walks.slice(-4).map((w) => w.walk)).toEqual(["schema", "validate", "plan", "apply"]);
    const applyWalk = tf.walks.at(-1)?.calls ?? [];
    expect(applyWalk.slice(0, 6)).toEqual([
      "GetProviderSchema",
      "ValidateProviderConfig",
      "ConfigureProvider",
      "ValidateResourceConfig(toy_file)",
      "PlanResourceChange(toy_file)",
      "ApplyResourceChange(toy_file)",
    ]);

    const t1 = performance.now();
    const again = await tf.plan(toyConfig(root), state);
    const planMs = performance.now() - t1;
    expect(actions(again)).toEqual({ "toy_file.a": "no-op", "toy_file.b": "no-op" });
    console.log(`fake core with the toy provider: apply (4 processes) ${applyMs.toFixed(0)} ms, no-op plan (3 processes) ${planMs.toFixed(0)} ms`);

    writeFileSync(join(root, "a.txt"), "changed behind terraform's back");
    const drift = await tf.plan(toyConfig(root), state);
    expect(actions(drift)["toy_file.a"]).toBe("update");
    expect(drift.changes.find((c) => c.address === "toy_file.a")?.before?.content).toBe("changed behind terraform's back");
    ({ state } = await tf.apply(toyConfig(root), state));
    expect(readFileSync(join(root, "a.txt"), "utf8")).toBe("hello");
    expect(actions(await tf.plan(toyConfig(root), state))["toy_file.a"]).toBe("no-op");

    ({ plan, state } = await tf.apply(toyConfig(root, "renamed.txt"), state));
    expect(actions(plan)["toy_file.a"]).toBe("replace");
    expect(plan.changes.find((c) => c.address === "toy_file.a")?.requiresReplace).toEqual([["name"]]);
    expect(existsSync(join(root, "a.txt"))).toBe(false);
    expect(readFileSync(join(root, "renamed.txt"), "utf8")).toBe("hello");

    const { ["toy_file.b"]: _dropped, ...withoutB } = state.resources;
    state = await tf.import(toyConfig(root, "renamed.txt"), { resources: withoutB }, "toy_file.b", "b.txt");
    expect(tf.walks.at(-1)?.calls).toEqual(["GetProviderSchema", "ValidateProviderConfig", "ConfigureProvider", "ImportResourceState(toy_file)", "ReadResource(toy_file)"]);
    expect(actions(await tf.plan(toyConfig(root, "renamed.txt"), state))).toEqual({ "toy_file.a": "no-op", "toy_file.b": "no-op" });

    state = await tf.refresh(toyConfig(root, "renamed.txt"), state);
    expect(Object.keys(state.resources).sort()).toEqual(["toy_file.a", "toy_file.b"]);

    state = await tf.destroy(toyConfig(root, "renamed.txt"), state);
    expect(state.resources).toEqual({});
    expect(readdirSync(root)).toEqual([]);
    expect(tf.walks.slice(-2).map((w) => w.walk)).toEqual(["plan-destroy", "apply-destroy"]);
    expect(tf.walks.at(-2)?.calls).toContain("PlanResourceChange(toy_file)");
    for (const w of tf.walks) expect(w.shutdownMs).toBeLessThan(2000);
  });

  it("a resource deleted outside Terraform is planned for creation again", async () => {
    const root = join(tmp, "fake-gone");
    const tf = new FakeTerraform({ executable });
    const { state } = await tf.apply(toyConfig(root));
    rmSync(join(root, "b.txt"));
    const refreshed = await tf.refresh(toyConfig(root), state);
    expect(Object.keys(refreshed.resources)).toEqual(["toy_file.a"]);
    expect(actions(await tf.plan(toyConfig(root), state))["toy_file.b"]).toBe("create");
  });

  it("reports validation errors with the attribute path", async () => {
    const tf = new FakeTerraform({ executable });
    const bad: RootConfig = { provider: { root: join(tmp, "v") }, resources: [{ address: "toy_file.x", config: { name: "Bad Name", content: "x" } }] };
    await expect(tf.validate(bad)).rejects.toThrow(/Invalid file name[\s\S]*at name/);
    const missing: RootConfig = { resources: [{ address: "toy_file.x", config: { content: "x" } }] };
    await expect(tf.validate(missing)).rejects.toThrow(/Missing required argument/);
  });

  it("handles unknown values in config during plan and known ones during apply", async () => {
    const root = join(tmp, "fake-unknown");
    const tf = new FakeTerraform({ executable });
    const plan = await tf.plan(toyConfig(root));
    const b = plan.changes.find((c) => c.address === "toy_file.b");
    // a.checksum is known at plan time (content is known), b.id is not.
    expect(b?.after?.content).toMatch(/^[0-9a-f]{64}$/);
    expect(String(b?.after?.id)).toBe("(known after apply)");
  });
});

describe("fake core catches misbehaving providers", () => {
  const run = async (misbehave: string): Promise<TerraformError> => {
    const tf = new FakeTerraform({ executable, env: { TOY_MISBEHAVE: misbehave }, providerAddress: "registry.terraform.io/frr-iac/toy" });
    const err = await tf.apply(toyConfig(join(tmp, `bad-${misbehave}`))).then(
      () => undefined,
      (e: unknown) => e,
    );
    expect(err).toBeInstanceOf(TerraformError);
    return err as TerraformError;
  };

  it("Provider produced invalid plan", async () => {
    const err = await run("invalid-plan");
    expect(err.message).toMatch(/Provider produced invalid plan/);
    expect(err.message).toMatch(/\.content: planned value "HELLO!" does not match config value "hello"/);
  });

  it("Provider produced inconsistent final plan", async () => {
    const err = await run("inconsistent-final-plan");
    expect(err.message).toMatch(/Provider produced inconsistent final plan/);
    expect(err.message).toMatch(/produced an invalid new value for \.checksum: was "[0-9a-f]+", but now "[0-9a-f]+"/);
  });

  it("plans that never converge (read does not return what apply wrote)", async () => {
    const tf = new FakeTerraform({ executable, env: { TOY_MISBEHAVE: "non-converging" } });
    await expect(tf.converge(toyConfig(join(tmp, "bad-converge")))).rejects.toThrow(/did not converge[\s\S]*update toy_file\.a: labels: null → \{site: "lab"\}/);
    const good = new FakeTerraform({ executable });
    await good.converge(toyConfig(join(tmp, "good-converge")));
  });

  it("diagnostics pointing at attributes that do not exist", async () => {
    const tf = new FakeTerraform({ executable, env: { TOY_MISBEHAVE: "bad-diagnostic-path" } });
    await expect(tf.validate(toyConfig(join(tmp, "bad-path")))).rejects.toThrow(/invalid attribute path[\s\S]*no_such_attribute/);
  });

  it("Provider produced inconsistent result after apply", async () => {
    const err = await run("inconsistent-apply");
    expect(err.message).toMatch(/Provider produced inconsistent result after apply/);
    expect(err.message).toMatch(/\.content: was "hello", but now "hello \(changed in apply\)"/);
    // Like core, the object that was created is still saved.
    expect(err.state?.resources["toy_file.a"]).toBeDefined();
  });
});

describe("real Terraform", () => {
  const source = "registry.terraform.io/frr-iac/toy";
  const mainTf = (root: string, name = "a.txt"): string => `
terraform {
  required_providers {
    toy = { source = "${source}" }
  }
}
provider "toy" {
  root  = "${root}"
  token = "s3cret"
}
resource "toy_file" "a" {
  name    = "${name}"
  content = "hello"
  secret  = "pw"
  labels  = { site = "lab" }
  owner   = { name = "ops" }
  rules   = [{ port = 179 }, { port = 22, proto = "udp" }]
  backup {
    suffix = ".bak"
  }
}
data "toy_file_info" "a" {
  name = toy_file.a.name
}
resource "toy_file" "b" {
  name    = "b.txt"
  content = data.toy_file_info.a.checksum
}
output "checksum" { value = toy_file.a.checksum }
`;

  const ok = (r: TerraformResult, code = 0): TerraformResult => {
    const all = r.stdout + r.stderr;
    if (r.code !== code) throw new Error(`terraform exited ${r.code}, expected ${code}:\n${all}`);
    expect(all).not.toMatch(/inconsistent|invalid plan|Provider produced|plugin exited|failed to exit/i);
    return r;
  };

  async function scenario(ws: TerraformWorkspace, root: string): Promise<void> {
    ws.write("main.tf", mainTf(root));
    ok(await ws.run(["apply", "-auto-approve"]));
    expect(readFileSync(join(root, "a.txt"), "utf8")).toBe("hello");
    ok(await ws.run(["plan", "-detailed-exitcode"]), 0);

    writeFileSync(join(root, "a.txt"), "drifted");
    const drift = ok(await ws.run(["plan", "-detailed-exitcode"]), 2);
    expect(drift.stdout).toMatch(/toy_file\.a will be updated in-place/);
    ok(await ws.run(["apply", "-auto-approve"]));
    ok(await ws.run(["plan", "-detailed-exitcode"]), 0);

    ws.write("main.tf", mainTf(root, "renamed.txt"));
    const replaced = ok(await ws.run(["apply", "-auto-approve"]));
    expect(replaced.stdout).toMatch(/forces replacement/);
    expect(existsSync(join(root, "a.txt"))).toBe(false);
    ok(await ws.run(["plan", "-detailed-exitcode"]), 0);

    // terraform import (CLI)
    ok(await ws.run(["state", "rm", "toy_file.b"]));
    ok(await ws.run(["import", "toy_file.b", "b.txt"]));
    ok(await ws.run(["plan", "-detailed-exitcode"]), 0);

    // import block + generated configuration
    writeFileSync(join(root, "c.txt"), "made by hand\n");
    ws.write("import.tf", `import {\n  to = toy_file.c\n  id = "c.txt"\n}\n`);
    ok(await ws.run(["plan", "-generate-config-out=generated.tf"]));
    const generated = readFileSync(join(ws.dir, "generated.tf"), "utf8");
    expect(generated).toMatch(/resource "toy_file" "c" \{/);
    expect(generated).toMatch(/name\s+= "c\.txt"/);
    expect(generated).toMatch(/secret\s+= null # sensitive/);
    expect(generated).not.toMatch(/checksum|\bid\s+=/);
    const imported = ok(await ws.run(["apply", "-auto-approve"]));
    expect(imported.stdout).toMatch(/1 imported/);
    ok(await ws.run(["plan", "-detailed-exitcode"]), 0);

    ok(await ws.run(["destroy", "-auto-approve"]));
    expect(readdirSync(root)).toEqual([]);
  }

  it("is installed (fails loudly when it is not)", () => {
    expect(terraformVersion()).toMatch(/^1\.\d+\.\d+/);
  });

  it("dev_overrides: the whole lifecycle without inconsistency errors", async () => {
    const base = join(tmp, "tf-dev");
    const ws = new TerraformWorkspace(base, devOverridesCliConfig({ overrides: { [source]: dirname(executable) }, direct: false }));
    await scenario(ws, join(base, "root"));
    console.log(`real terraform (dev_overrides): ${ws.timings.map((t) => `${t.args.split(" ")[0]} ${t.ms.toFixed(0)}ms`).join(", ")}`);
  });

  it("filesystem mirror with a launcher: init offline, then the whole lifecycle", async () => {
    const base = join(tmp, "tf-mirror");
    const mirror = join(base, "mirror");
    const entry = mirrorEntry({ namespace: "frr-iac", type: "toy" }, "0.1.0");
    mkdirSync(join(mirror, entry.directory), { recursive: true });
    const launcher = join(mirror, entry.executable);
    writeFileSync(launcher, launcherScript(executable));
    chmodSync(launcher, 0o755);
    const ws = new TerraformWorkspace(base, mirrorCliConfig({ mirrorDir: mirror, include: [source], direct: false }));
    ws.write("versions.tf", "");
    ws.write("main.tf", mainTf(join(base, "root")));
    const init = ok(await ws.run(["init", "-input=false"]));
    expect(init.stdout).toMatch(/Installed frr-iac\/toy v0\.1\.0/);
    expect(readFileSync(join(ws.dir, ".terraform.lock.hcl"), "utf8")).toMatch(/frr-iac\/toy/);
    await scenario(ws, join(base, "root"));
    console.log(`real terraform (filesystem mirror): ${ws.timings.map((t) => `${t.args.split(" ")[0]} ${t.ms.toFixed(0)}ms`).join(", ")}`);
  });

  it.each([
    ["unix socket, mTLS", {}],
    ["TCP, mTLS", { TOY_NETWORK: "tcp" }],
    ["TCP, plaintext (TF_DISABLE_PLUGIN_TLS)", { TOY_NETWORK: "tcp", TF_DISABLE_PLUGIN_TLS: "1" }],
  ])("`terraform providers schema -json` over %s equals toProvidersSchemaJson", async (label, env) => {
    const base = join(tmp, `tf-schema-${label.replace(/\W+/g, "-")}`);
    const ws = new TerraformWorkspace(base, devOverridesCliConfig({ overrides: { [source]: dirname(executable) }, direct: false }), env);
    ws.write("main.tf", `terraform {\n  required_providers {\n    toy = { source = "${source}" }\n  }\n}\n`);
    const res = ok(await ws.run(["providers", "schema", "-json"]));
    const real = JSON.parse(res.stdout) as unknown;
    expect(real).toEqual(toProvidersSchemaJson(toySchema, source));
  });
});
