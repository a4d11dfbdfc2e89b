// The dynamic provider's implementation, loaded by the serialised shim inside Pulumi's
// dynamic-provider plugin (one process per operation). Module state — one engine, one SSH
// connection and one commit queue per host — is shared by every resource of the operation.
import { appendFileSync } from "node:fs";
import type * as pulumi from "@pulumi/pulumi";
import { FrrIacError, formatIssue, type Issue } from "../errors";
import type { Engine } from "../engine/engine";
import { connectionShape } from "../schema/connection";
import { isUnknown, UNKNOWN, validateShape } from "../schema/validate";
import { kindOf } from "../resources/registry";
import type { AnyResourceKind } from "../resources/resource-kind";
import { validateSpec } from "../resources/validate-spec";
import { diffSpecs } from "../engine/diff";
import { deepEqual } from "../frr/path";
import { sshEngine, sshPool, type HostConnection } from "../host/host-session";

/** The engine's unknown-value sentinel as the Pulumi engine sends it during previews. */
const PULUMI_UNKNOWN = "04da6b54-80e4-46f7-96ec-b56ff0331ba9";
const RESERVED = new Set(["__provider", "connection", "status", "unmanagedLines"]);

let engine: Engine<HostConnection> | undefined;
const engineOf = () => (engine ??= sshEngine({ log: (line) => console.error(line) }));

/**
 * With $FRR_IAC_METRICS_FILE set, appends one JSON line per operation with this process's counters
 * for the host (reads of the running configuration, checks, applies, SSH commands), so tests and
 * benchmarks can see what the plugin process — which they do not control — did.
 */
function recordMetrics(connection: HostConnection, operation: string): void {
  const file = process.env["FRR_IAC_METRICS_FILE"];
  if (file === undefined || file === "") return;
  const queue = engineOf().queueFor(connection);
  appendFileSync(file, `${JSON.stringify({ pid: process.pid, host: queue.port.description, operation, ...queue.stats, ssh: sshPool().metrics() })}\n`);
}

async function measured<T>(connection: HostConnection, operation: string, work: () => Promise<T>): Promise<T> {
  try {
    return await work();
  } finally {
    recordMetrics(connection, operation);
  }
}

function kind(name: string): AnyResourceKind {
  const found = kindOf(name);
  if (!found) throw new FrrIacError("FRR_UNSUPPORTED", `unknown frr-iac resource kind "${name}"`);
  return found;
}

/** Pulumi's unknown sentinel → the schema's UNKNOWN marker, recursively. */
function fromPulumi(value: unknown): unknown {
  if (value === PULUMI_UNKNOWN) return UNKNOWN;
  if (Array.isArray(value)) return value.map(fromPulumi);
  if (typeof value === "object" && value !== null) return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, fromPulumi(v)]));
  return value;
}

function specInput(props: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(Object.entries(props).filter(([key]) => !RESERVED.has(key)));
}

function connectionOf(props: Record<string, unknown>): HostConnection {
  const connection = props["connection"];
  if (typeof connection !== "object" || connection === null) {
    throw new FrrIacError("FRR_UNSUPPORTED", "the resource has no `connection` (give `connection`, or a `speaker` resource that has one)");
  }
  return { spec: connection as Record<string, unknown>, persist: (connection as Record<string, unknown>)["persist"] !== false };
}

function outputs(props: Record<string, unknown>, spec: Record<string, unknown>, status: Record<string, unknown>, unmanaged: readonly string[]): Record<string, unknown> {
  // Outputs are plain JSON: no undefined anywhere (google-protobuf's Struct refuses it).
  return JSON.parse(JSON.stringify({ ...spec, connection: props["connection"], status, unmanagedLines: unmanaged })) as Record<string, unknown>;
}

function failures(issues: readonly Issue[], prefix = ""): pulumi.dynamic.CheckFailure[] {
  return issues.map((issue) => ({ property: `${prefix}${issue.path.split(/[.[]/)[0] ?? ""}`, reason: formatIssue({ ...issue, path: `${prefix}${issue.path}` }).trim() }));
}

export function providerFor(kindName: string): pulumi.dynamic.ResourceProvider {
  const resourceKind = kind(kindName);
  return {
    async check(_olds, news) {
      const input = fromPulumi(specInput(news)) as Record<string, unknown>;
      const result = validateSpec(resourceKind, input);
      const connection = fromPulumi(news["connection"]);
      const connectionIssues = connection === undefined ? [{ code: "FRR_REQUIRED" as const, path: "", message: "is required: how to reach the host over SSH" }] : isUnknown(connection) ? [] : validateShape(connectionShape, connection).issues;
      const all = [...failures(result.issues), ...failures(connectionIssues, "connection.")];
      if (all.length > 0) return { failures: all };
      const inputs: Record<string, unknown> = { ...(result.partial ? news : result.spec), connection: news["connection"] };
      return { inputs: JSON.parse(JSON.stringify(inputs)) as Record<string, unknown> };
    },

    async diff(_id, olds, news) {
      const before = validateSpec(resourceKind, specInput(olds)).spec as Record<string, unknown>;
      const afterInput = fromPulumi(specInput(news)) as Record<string, unknown>;
      const after = validateSpec(resourceKind, afterInput);
      if (after.partial) {
        // Not every value is known yet (a preview): an identity field that is unknown or differs
        // forces a replacement; everything else is "some change".
        const partialSpec = after.spec as Record<string, unknown>;
        const replaces = Object.entries(resourceKind.fields as Record<string, { forcesReplacement: boolean }>)
          .filter(([name, field]) => field.forcesReplacement && (isUnknown(partialSpec[name]) || !deepEqual(before[name], partialSpec[name])))
          .map(([name]) => name);
        return { changes: true, replaces, deleteBeforeReplace: replaces.length > 0 };
      }
      const diff = diffSpecs(resourceKind.fields, before, after.spec as Record<string, unknown>);
      const oldConnection = JSON.stringify(olds["connection"] ?? {});
      const newConnection = JSON.stringify(news["connection"] ?? {});
      const movedHost = movedToAnotherHost(olds["connection"], news["connection"]);
      const replaces = [...new Set([...diff.replaces, ...(movedHost ? ["connection"] : [])])];
      const changes = diff.changed.length > 0 || oldConnection !== newConnection;
      const sameObject = !movedHost && resourceKind.identity.idOf(before) === resourceKind.identity.idOf(after.spec as Record<string, unknown>);
      return {
        changes,
        replaces,
        // FRR cannot hold the old and the new object at once when they are the same object
        // on the same host (e.g. a speaker whose AS number changes): delete first.
        deleteBeforeReplace: replaces.length > 0 && (sameObject || kindName === "speaker"),
        stables: [...resourceKind.identity.fields],
      };
    },

    async create(inputs) {
      const connection = connectionOf(inputs);
      const outcome = await measured(connection, "create", () => engineOf().create(connection, kindName, specInput(inputs)));
      return { id: outcome.id, outs: outputs(inputs, specInput(inputs), outcome.status, outcome.unmanaged) };
    },

    async read(id, props) {
      if (!props) throw new FrrIacError("FRR_UNSUPPORTED", "`pulumi import` cannot work for dynamic resources (pulumi/pulumi#16175); create the resource with `adopt: true` instead, or generate a program with `frr-iac adopt`");
      const prior = validateSpec(resourceKind, specInput(props)).spec as Record<string, unknown>;
      const connection = connectionOf(props);
      const state = await measured(connection, "read", () => engineOf().read(connection, kindName, prior));
      if (!state.found || !state.spec) return { id: "", props: {} };
      // Live values as inputs too: after a refresh, Pulumi compares these with the program's inputs
      // when it shows an update, so drift is reported by field name (`~description`), not only as
      // "changed".
      const inputs = JSON.parse(JSON.stringify({ ...state.spec, connection: props["connection"] })) as Record<string, unknown>;
      return { id, props: outputs(props, state.spec, state.status, state.unmanaged), inputs };
    },

    async update(_id, _olds, news) {
      const connection = connectionOf(news);
      const outcome = await measured(connection, "update", () => engineOf().update(connection, kindName, specInput(news)));
      return { outs: outputs(news, specInput(news), outcome.status, outcome.unmanaged) };
    },

    async delete(_id, props) {
      const spec = validateSpec(resourceKind, specInput(props)).spec as Record<string, unknown>;
      const connection = connectionOf(props);
      await measured(connection, "delete", () => engineOf().delete(connection, kindName, spec));
    },
  };
}

/**
 * Whether the resource now lives on another FRR instance. An unknown connection (a preview, or
 * the engine asking which dependents a replacement drags along) is not a move: if it turns out
 * to be one, the diff with known values replaces the resource then.
 */
export function movedToAnotherHost(before: unknown, after: unknown): boolean {
  const key = (connection: unknown): string[] | undefined => {
    if (typeof connection !== "object" || connection === null) return undefined;
    const c = connection as Record<string, unknown>;
    const parts = [c["host"], c["port"] ?? 22, c["pathspace"] ?? ""];
    return parts.some((part) => part === PULUMI_UNKNOWN) ? undefined : parts.map(String);
  };
  const a = key(before);
  const b = key(after);
  return a !== undefined && b !== undefined && a.join("\u0000") !== b.join("\u0000");
}

