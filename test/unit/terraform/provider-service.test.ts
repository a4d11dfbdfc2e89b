import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { createLogger, DiagnosticsError, impliedType, Unknown, type ObjectValue, type ProviderImpl } from "../../../src/terraform/protocol";
import { decodeDynamicValue, encodeDynamicValue } from "../../../src/terraform/protocol/dynamic-value";
import { decodeMessage, encodeMessage, type Message } from "../../../src/terraform/protocol/proto-codec";
import { providerMethods, type ProviderMethodName } from "../../../src/terraform/protocol/plugin-services";
import { createProviderService } from "../../../src/terraform/protocol/provider-service";
import { createToyProvider, toySchema } from "../../harness/terraform/fixtures/toy-provider";

const root = mkdtempSync(join(tmpdir(), "frr-iac-service-"));
afterAll(() => rmSync(root, { recursive: true, force: true }));

const lines: string[] = [];
const log = createLogger("debug", (l) => lines.push(l));
const fileType = impliedType(toySchema.resources.toy_file?.block ?? {});

/** Calls a handler the way gRPC would: request and response through the wire codec. */
async function call(impl: ProviderImpl, method: ProviderMethodName, req: Message): Promise<Message> {
  const service = createProviderService(impl, log);
  const spec = providerMethods[method];
  const res = await service[method](decodeMessage(spec.request, encodeMessage(spec.request, req)));
  return decodeMessage(spec.response, encodeMessage(spec.response, res));
}

const fileObject = (over: Partial<ObjectValue> = {}): ObjectValue => ({
  id: null, name: "f", content: "c", secret: null, checksum: null, mode: null, labels: null, owner: null, rules: null, backup: [], ...over,
});

describe("provider service", () => {
  it("advertises plan_destroy and serves the schema", async () => {
    const res = await call(createToyProvider({ TOY_ROOT: root }), "GetProviderSchema", {});
    expect(res.serverCapabilities.planDestroy).toBe(true);
    expect(Object.keys(res.resourceSchemas)).toEqual(["toy_file"]);
    expect(res.resourceSchemas.toy_file.version).toBe(1);
    expect(res.diagnostics).toEqual([]);
  });

  it("decodes requests into plain values and encodes the plan", async () => {
    const impl = createToyProvider({ TOY_ROOT: root });
    const config = fileObject({ rules: [{ port: 179, proto: null }] });
    const res = await call(impl, "PlanResourceChange", {
      typeName: "toy_file",
      priorState: encodeDynamicValue(null, fileType),
      proposedNewState: encodeDynamicValue(config, fileType),
      config: encodeDynamicValue(config, fileType),
    });
    expect(res.diagnostics).toEqual([]);
    const planned = decodeDynamicValue(res.plannedState, fileType) as ObjectValue;
    expect(planned.id).toBe(Unknown);
    expect(planned.mode).toBe("0644");
    expect(planned.rules).toEqual([{ port: 179, proto: "tcp" }]);
  });

  it("turns thrown errors into error diagnostics instead of crashing", async () => {
    const impl: ProviderImpl = {
      schema: () => toySchema,
      readResource: () => {
        throw Object.assign(new Error("vtysh said no"), { code: "FRR_COMMAND_REJECTED" });
      },
      planResourceChange: () => {
        throw new DiagnosticsError([{ severity: "error", summary: "Bad prefix", detail: "host bits set", attribute: ["rules", 0, "port"] }]);
      },
      applyResourceChange: () => ({ newState: null }),
    };
    const read = await call(impl, "ReadResource", { typeName: "toy_file", currentState: encodeDynamicValue(fileObject(), fileType) });
    expect(read.diagnostics).toEqual([{ severity: 1, summary: "Reading toy_file failed", detail: "FRR_COMMAND_REJECTED: vtysh said no", attribute: undefined }]);
    const plan = await call(impl, "PlanResourceChange", { typeName: "toy_file", config: encodeDynamicValue(fileObject(), fileType) });
    expect(plan.diagnostics[0].summary).toBe("Bad prefix");
    expect(plan.diagnostics[0].attribute.steps.map((s: Message) => s.attributeName ?? s.elementKeyInt)).toEqual(["rules", 0, "port"]);
  });

  it("reports provider bugs clearly: missing attributes, unknowns after read, unknown types", async () => {
    const impl: ProviderImpl = {
      schema: () => toySchema,
      readResource: () => ({ newState: fileObject({ id: Unknown }) }),
      planResourceChange: () => ({ plannedState: { name: "x" } }),
      applyResourceChange: () => ({ newState: null }),
    };
    const plan = await call(impl, "PlanResourceChange", { typeName: "toy_file", config: encodeDynamicValue(fileObject(), fileType) });
    expect(plan.diagnostics[0].detail).toMatch(/attributes backup, checksum, content, id, labels, mode, owner, rules, secret are missing: every attribute must be present/);
    const read = await call(impl, "ReadResource", { typeName: "toy_file", currentState: encodeDynamicValue(fileObject(), fileType) });
    expect(read.diagnostics[0].detail).toMatch(/returned unknown values at id/);
    const other = await call(impl, "ReadResource", { typeName: "toy_nope" });
    expect(other.diagnostics[0].detail).toMatch(/no resource type "toy_nope"; it has toy_file/);
    expect(lines.some((l) => l.startsWith("[ERROR] provider: ReadResource toy_file failed"))).toBe(true);
  });

  it("default upgrade: same version reads JSON leniently and drops removed attributes", async () => {
    const impl = createToyProvider({ TOY_ROOT: root });
    const json = new TextEncoder().encode(JSON.stringify({ name: "f", content: "c", removed_long_ago: 1, backup: [] }));
    const res = await call(impl, "UpgradeResourceState", { typeName: "toy_file", version: 1, rawState: { json } });
    expect(res.diagnostics).toEqual([]);
    expect(decodeDynamicValue(res.upgradedState, fileType)).toEqual(fileObject());
    const newer = await call(impl, "UpgradeResourceState", { typeName: "toy_file", version: 2, rawState: { json } });
    expect(newer.diagnostics[0].detail).toMatch(/schema version 2, newer than this provider's 1/);
    const older = await call(impl, "UpgradeResourceState", { typeName: "toy_file", version: 0, rawState: { json } });
    expect(older.diagnostics[0].detail).toMatch(/no upgrade from it to version 1/);
  });

  it("reports an invalid schema as diagnostics on GetProviderSchema", async () => {
    const impl: ProviderImpl = {
      schema: () => ({ provider: { block: {} }, resources: { bad: { block: { attributes: { a: { type: "string" } } } } } }),
      readResource: () => ({ newState: null }),
      planResourceChange: () => ({ plannedState: null }),
      applyResourceChange: () => ({ newState: null }),
    };
    const res = await call(impl, "GetProviderSchema", {});
    expect(res.diagnostics[0].summary).toBe("Invalid provider schema");
    expect(res.diagnostics[0].detail).toMatch(/resources\.bad\.a: must be one of required, optional or computed/);
  });

  it("StopProvider reports the impl's message", async () => {
    const impl = { ...createToyProvider({}), stop: () => "could not stop" };
    expect((await call(impl, "StopProvider", {})).error).toBe("could not stop");
  });
});
