import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { ConfigOverride } from "../../harness/pulumi/load-stack-config";
import type { OperationResult } from "../../harness/pulumi/operation-report";
import { destroy, importResource, preview, refresh, up, type OperationOptions } from "../../harness/pulumi/operations";
import { isSecret } from "../../harness/pulumi/property-value";

// End to end through the real SDK, the real language-host entry point and the real dynamic-provider
// plugin: one stack of the files fixture, taken through its lifecycle in order.

const FIXTURE = join(__dirname, "../../harness/pulumi/fixtures/files-program");
const TOKEN = "tok-3f9c1e77-never-in-state";
const SLOW = 120_000;
/** Stack config once the replacement tests have run, and after the alias/ignoreChanges test. */
const REPLACED = { aName: "a2.txt", cName: "c2.txt", dName: "d2.txt", noteText: "changed note", aContent: "alpha 2" };
const RENAMED = { ...REPLACED, dContent: "ignored", keptName: "kept-renamed" };

let dir: string;
let stateFile: string;

function opts(config: Record<string, string> = {}, extra: Partial<OperationOptions> = {}): OperationOptions {
  const overrides: ConfigOverride[] = [
    { key: "dir", value: dir },
    { key: "token", value: TOKEN, secret: true },
    ...Object.entries(config).map(([key, value]) => ({ key, value })),
  ];
  return { cwd: FIXTURE, stack: "test", stateFile, passphrase: "correct horse", config: overrides, ...extra };
}

function journal(): string[] {
  const file = join(dir, "journal.log");
  return existsSync(file) ? readFileSync(file, "utf8").trim().split("\n").filter((l) => l !== "") : [];
}

function clearJournal(): void {
  writeFileSync(join(dir, "journal.log"), "");
}

function before(lines: string[], first: string, second: string): boolean {
  const i = lines.indexOf(first);
  const j = lines.indexOf(second);
  return i >= 0 && j >= 0 && i < j;
}

function expectOk(r: OperationResult): void {
  if (!r.ok) {
    throw new Error(`${r.operation} failed (exit ${r.exitCode}): ${r.error}\n${r.log.slice(-40).join("\n")}`);
  }
}

function stateText(): string {
  return readFileSync(stateFile, "utf8");
}

function stateResources(): { urn: string; delete?: boolean; outputs: Record<string, unknown> }[] {
  return (JSON.parse(stateText()) as { checkpoint: { latest: { resources: { urn: string; outputs: Record<string, unknown> }[] } } }).checkpoint.latest.resources;
}

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), "pulumi-stand-in-"));
  stateFile = join(dir, "state.json");
});

afterAll(() => {
  rmSync(dir, { recursive: true, force: true });
});

describe("stand-in engine on the files fixture", () => {
  it("up previews, then creates every resource in dependency order", { timeout: SLOW }, async () => {
    const r = await up(opts());
    expectOk(r);
    expect(r.phases.map((p) => [p.kind, p.dryRun])).toEqual([
      ["preview", true],
      ["update", false],
    ]);
    const [pre, upd] = r.phases;
    // The preview never calls Create (supportsPreview=false); the update creates the 8 dynamic resources.
    expect(pre?.providerRpcs["Create"]).toBeUndefined();
    expect(upd?.providerRpcs).toMatchObject({ Handshake: 1, GetPluginInfo: 1, CheckConfig: 1, Configure: 1, Check: 8, Create: 8 });
    expect(upd?.monitorRpcs["RegisterResource"]).toBe(10);
    expect(r.changes).toEqual({ create: 10 });
    // One plugin per phase, started in the program directory with the project in its environment.
    expect(upd?.plugin?.cwd).toBe(FIXTURE);
    expect(upd?.plugin?.env["PULUMI_NODEJS_PROJECT"]).toBe("files");
    expect(upd?.program?.args).toContain("--parallel");
    expect(upd?.program?.env["PULUMI_CONFIG"]).toContain('"files:config:token":"[secret]"');
    // Only `outputs` carries secrets (still wrapped, for tests); the rest of the report is clean.
    expect(JSON.stringify({ ...r, outputs: undefined })).not.toContain(TOKEN);
    expect(upd?.parallelPeak).toBeGreaterThanOrEqual(1);

    const lines = journal();
    expect(lines).toHaveLength(8);
    expect(before(lines, "create a.txt", "create b.txt")).toBe(true); // b's content uses a.digest
    expect(before(lines, "create a.txt", "create d.txt")).toBe(true); // d dependsOn a
    expect(before(lines, "create c.txt", "create c.txt.child")).toBe(true); // e's name uses c.name
    expect(readFileSync(join(dir, "b.txt"), "utf8")).toMatch(/^b sees [0-9a-f]{16}$/);

    expect(r.outputs["aPath"]).toBe(join(dir, "a.txt"));
    expect(isSecret(r.outputs["secretRendered"])).toBe(true);
    const stateUrns = stateResources().map((res) => res.urn);
    expect(stateUrns[0]).toBe("urn:pulumi:test::files::pulumi:pulumi:Stack::files-test");
    expect(stateUrns).toContain("urn:pulumi:test::files::files:index:FileGroup$pulumi-nodejs:dynamic/files:File::b");
    expect(stateUrns).toContain("urn:pulumi:test::files::pulumi:providers:pulumi-nodejs::default");

    // Thin shim: the serialized provider only requires the implementation, it does not contain it.
    const shim = stateResources().find((res) => res.urn.endsWith("::a"))?.outputs["__provider"];
    expect(typeof shim).toBe("string");
    expect(shim as string).toContain('require("./lib/files-provider")');
    expect(shim as string).not.toContain("writeFileSync");
    expect((shim as string).length).toBeLessThan(3000);
  });

  it("a second preview with --expect-no-changes passes and only Checks and Diffs", { timeout: SLOW }, async () => {
    const r = await preview(opts({}, { expectNoChanges: true }));
    expectOk(r);
    expect(r.exitCode).toBe(0);
    expect(r.changes).toEqual({ same: 10 });
    expect(r.providerRpcs).toMatchObject({ Check: 8, Diff: 8 });
    expect(r.providerRpcs["Create"] ?? 0).toBe(0);
    expect(r.providerRpcs["Update"] ?? 0).toBe(0);
    expect(r.providerRpcs["Read"] ?? 0).toBe(0);
  });

  it("an out-of-band edit makes preview --refresh --expect-no-changes fail, naming the field", { timeout: SLOW }, async () => {
    writeFileSync(join(dir, "a.txt"), "edited by hand");
    const r = await preview(opts({}, { refresh: true, expectNoChanges: true }));
    expect(r.exitCode).toBe(7);
    expect(r.providerRpcs["Read"]).toBe(8);
    const a = r.changed.find((c) => c.urn.endsWith("::a"));
    expect(a).toEqual({ urn: "urn:pulumi:test::files::pulumi-nodejs:dynamic/files:File::a", op: "update", diffs: ["content"] });
    expect(r.error).toContain("urn:pulumi:test::files::pulumi-nodejs:dynamic/files:File::a [content]");
    const refreshOfA = r.steps.find((s) => s.op === "refresh" && s.name === "a");
    expect(refreshOfA).toMatchObject({ resultOp: "update", diffs: ["content", "digest", "rendered"] });
    // Without --refresh the engine only sees the stored state: no drift.
    const plain = await preview(opts({}, { expectNoChanges: true }));
    expect(plain.exitCode).toBe(0);
  });

  it("up --refresh repairs the drift, after which refresh --expect-no-changes passes", { timeout: SLOW }, async () => {
    clearJournal();
    const r = await up(opts({}, { refresh: true, skipPreview: true }));
    expectOk(r);
    expect(readFileSync(join(dir, "a.txt"), "utf8")).toBe("alpha");
    expect(journal()).toEqual(["update a.txt"]);
    expect(r.changes).toMatchObject({ update: 1 });

    const check = await refresh(opts({}, { expectNoChanges: true }));
    expectOk(check);
    expect(check.phases.map((p) => p.kind)).toEqual(["refresh", "refresh"]);
    expect(check.providerRpcs["Read"]).toBe(16); // preview + apply, 8 resources each
    expect(check.changes["update"] ?? 0).toBe(0);
  });

  it("replaces create-before-delete by default and delete-before-replace when Diff or the option asks", { timeout: SLOW }, async () => {
    clearJournal();
    const r = await up(opts({ aName: "a2.txt", cName: "c2.txt", dName: "d2.txt" }));
    expectOk(r);
    const lines = journal();
    // a: create the replacement first, delete the original after everything else.
    expect(lines[0]).toBe("create a2.txt");
    expect(lines[lines.length - 1]).toBe("delete a.txt");
    // c (Diff answers deleteBeforeReplace): its dependent e, whose name comes from c, goes first.
    expect(before(lines, "delete c.txt.child", "delete c.txt")).toBe(true);
    expect(before(lines, "delete c.txt", "create c2.txt")).toBe(true);
    expect(before(lines, "create c2.txt", "create c2.txt.child")).toBe(true);
    // d (deleteBeforeReplace resource option, Diff did not ask).
    expect(before(lines, "delete d.txt", "create d2.txt")).toBe(true);
    expect(r.changes).toMatchObject({ replace: 4 });
    const update = r.phases[1];
    expect(update?.steps.filter((s) => s.name === "c").map((s) => s.op)).toEqual(["delete-replacement", "replace", "create-replacement"]);
    expect(update?.steps.filter((s) => s.name === "a").map((s) => s.op)).toEqual(["create-replacement", "replace", "delete-replacement"]);
    expect(existsSync(join(dir, "a.txt"))).toBe(false);
    expect(stateResources().some((res) => res.delete === true)).toBe(false);
  });

  it("replaceOnChanges acts only on keys the engine knows changed (DIFF_UNKNOWN), as upstream", { timeout: SLOW }, async () => {
    clearJournal();
    const base = { aName: "a2.txt", cName: "c2.txt", dName: "d2.txt" };
    const r = await up(opts({ ...base, noteText: "changed note", aContent: "alpha 2" }, { skipPreview: true }));
    expectOk(r);
    const opsOf = (name: string): string[] => r.steps.filter((s) => s.name === name).map((s) => s.op);
    // note: Diff gives no answer, the engine compares inputs, sees `text` changed, replaceOnChanges → replace.
    expect(opsOf("note")).toEqual(["create-replacement", "replace", "delete-replacement"]);
    expect(r.steps.find((s) => s.name === "note" && s.op === "replace")?.replaceKeys).toEqual(["text"]);
    // a: Diff answers changes=true without naming keys, so replaceOnChanges(["content"]) cannot match: update.
    expect(opsOf("a")).toEqual(["update"]);
    expect(journal()).toContain("update a2.txt");
  });

  it("deletes resources removed from the program after the creates, in reverse dependency order", { timeout: SLOW }, async () => {
    const base = REPLACED;
    expectOk(await up(opts({ ...base, extra: "true" }, { skipPreview: true })));
    clearJournal();
    const r = await up(opts(base, { skipPreview: true }));
    expectOk(r);
    expect(journal()).toEqual(["delete extra.txt"]);
    expect(r.changes).toMatchObject({ delete: 1 });
  });

  it("honours ignoreChanges and finds a renamed resource through its alias", { timeout: SLOW }, async () => {
    clearJournal();
    const r = await up(opts(RENAMED, { skipPreview: true }));
    expectOk(r);
    expect(journal()).toEqual([]);
    expect(r.changes).toEqual({ same: 10 });
    const urns = stateResources().map((res) => res.urn);
    expect(urns).toContain("urn:pulumi:test::files::pulumi-nodejs:dynamic/files:File::kept-renamed");
    expect(urns).not.toContain("urn:pulumi:test::files::pulumi-nodejs:dynamic/files:File::kept");
    expect(readFileSync(join(dir, "d2.txt"), "utf8")).toBe("delta");
  });

  it("never writes a secret to the state file in plaintext", () => {
    // (Reports redact it too: see the PULUMI_CONFIG assertion in the first test.)
    const text = stateText();
    expect(text).not.toContain(TOKEN);
    expect(readFileSync(join(dir, "secret.txt"), "utf8")).toBe(`token=${TOKEN}`);
    const secret = stateResources().find((res) => res.urn.endsWith("::secret"));
    // `content` is secret because its input was; `rendered` because of additionalSecretOutputs.
    for (const key of ["content", "rendered"]) {
      expect(secret?.outputs[key]).toMatchObject({ "4dabf18193072939515e22adb298388d": "1b47061264138c4ac30d75fd1eb44270" });
      expect(JSON.stringify(secret?.outputs[key])).toContain('"ciphertext":"v1:');
    }
    expect(text).toContain('"type": "passphrase"');
  });

  it("fails an import of a dynamic resource the way upstream does", { timeout: SLOW }, async () => {
    const base = RENAMED;
    const before = stateText();
    const viaOption = await up(opts({ ...base, importId: join(dir, "b.txt") }));
    expect(viaOption.exitCode).toBe(1);
    expect(viaOption.phases.map((p) => p.kind)).toEqual(["preview"]);
    expect(viaOption.error).toContain("code must be a string, not undefined");
    const importStep = viaOption.steps.find((s) => s.op === "import");
    expect(importStep).toMatchObject({ name: "imported", status: "failed" });

    const viaCommand = await importResource({ ...opts(base), type: "pulumi-nodejs:dynamic/files:File", name: "adopted", id: join(dir, "b.txt") });
    expect(viaCommand.exitCode).toBe(1);
    expect(viaCommand.error).toContain("code must be a string, not undefined");
    expect(viaCommand.providerRpcs["Read"]).toBe(1);
    expect(JSON.parse(stateText())).toEqual(JSON.parse(before));
  });

  it("refuses to destroy a protected resource and leaves the state as it was", { timeout: SLOW }, async () => {
    const base = RENAMED;
    expectOk(await up(opts({ ...base, protectA: "true" }, { skipPreview: true })));
    const r = await destroy(opts(base));
    expect(r.exitCode).toBe(1);
    expect(r.error).toContain("cannot be deleted\nbecause it is protected");
    expect(r.phases).toHaveLength(1);
    expect(stateResources()).toHaveLength(11);
    expectOk(await up(opts(base, { skipPreview: true })));
  });

  it("destroys in reverse dependency order, keeps retainOnDelete resources, empties the state", { timeout: SLOW }, async () => {
    clearJournal();
    const r = await destroy(opts(RENAMED, { parallel: 1 }));
    expectOk(r);
    const lines = journal();
    expect(before(lines, "delete c2.txt.child", "delete c2.txt")).toBe(true);
    expect(before(lines, "delete b.txt", "delete a2.txt")).toBe(true);
    expect(before(lines, "delete d2.txt", "delete a2.txt")).toBe(true);
    expect(lines).not.toContain("delete kept.txt");
    expect(existsSync(join(dir, "kept.txt"))).toBe(true);
    expect(r.providerRpcs["Delete"]).toBe(7);
    expect(r.phases[1]?.parallelPeak).toBe(1);
    expect(stateResources()).toEqual([]);
  });
});
