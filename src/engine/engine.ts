import { FrrIacError, ValidationError } from "../errors";
import { kindOf } from "../resources/registry";
import type { AnyResourceKind } from "../resources/resource-kind";
import { validateSpec } from "../resources/validate-spec";
import { CommitQueue, DEFAULT_QUEUE_OPTIONS, type QueueOptions, type ResourceState, type WriteOutcome } from "./commit-queue";
import { diffSpecs, type SpecDiff } from "./diff";
import type { HostPort } from "./host-port";

/** How the engine reaches hosts: a stable key per host and a port to talk to it. */
export interface HostResolver<C> {
  keyOf(connection: C): string;
  open(connection: C): HostPort;
}

export interface Created extends WriteOutcome {
  readonly id: string;
}

/**
 * The operations both adapters use: create, read, update, delete, import and diff of any
 * resource kind on any host. One commit queue per host serves every resource of the process.
 */
export class Engine<C> {
  private readonly queues = new Map<string, CommitQueue>();

  constructor(
    private readonly hosts: HostResolver<C>,
    private readonly options: QueueOptions = DEFAULT_QUEUE_OPTIONS,
  ) {}

  queueFor(connection: C): CommitQueue {
    const key = this.hosts.keyOf(connection);
    let queue = this.queues.get(key);
    if (!queue) {
      queue = new CommitQueue(this.hosts.open(connection), this.options);
      this.queues.set(key, queue);
    }
    return queue;
  }

  kind(name: string): AnyResourceKind {
    const kind = kindOf(name);
    if (!kind) throw new FrrIacError("FRR_UNSUPPORTED", `unknown resource kind "${name}"`);
    return kind;
  }

  /** Validates input before anything touches a host; throws a ValidationError listing every issue. */
  validate(kindName: string, input: unknown): Record<string, unknown> {
    const kind = this.kind(kindName);
    const result = validateSpec(kind, input);
    if (result.issues.length > 0) throw new ValidationError(kind.className, result.issues);
    return result.spec as Record<string, unknown>;
  }

  async create(connection: C, kindName: string, input: unknown): Promise<Created> {
    const kind = this.kind(kindName);
    const spec = this.validate(kindName, input);
    const outcome = await this.queueFor(connection).write({ kind, type: "create", spec, adopt: spec["adopt"] === true });
    return { ...outcome, id: kind.identity.idOf(spec) };
  }

  async update(connection: C, kindName: string, input: unknown): Promise<WriteOutcome> {
    const kind = this.kind(kindName);
    const spec = this.validate(kindName, input);
    return this.queueFor(connection).write({ kind, type: "update", spec });
  }

  async delete(connection: C, kindName: string, spec: Record<string, unknown>): Promise<void> {
    await this.queueFor(connection).write({ kind: this.kind(kindName), type: "delete", spec });
  }

  /** What the host says about a resource, shaped like `prior` (its last known spec). */
  read(connection: C, kindName: string, prior: Record<string, unknown>, status = true): Promise<ResourceState> {
    return this.queueFor(connection).read({ kind: this.kind(kindName), spec: prior, status });
  }

  /** Reads an existing object by its import ID, filling every field the host has. */
  async importById(connection: C, kindName: string, id: string): Promise<ResourceState & { id: string }> {
    const kind = this.kind(kindName);
    const parsed = kind.identity.parseId(id);
    if (!parsed.ok) {
      throw new ValidationError(kind.className, [{ code: "FRR_INVALID_ID", path: "id", input: id, message: `is not a ${kind.className} import ID: ${parsed.message}. Format: ${kind.identity.format}` }]);
    }
    const state = await this.queueFor(connection).read({ kind, spec: parsed.identity as Record<string, unknown>, status: true });
    if (!state.found) {
      const host = this.queueFor(connection).port.description;
      throw new FrrIacError("FRR_RESOURCE_NOT_FOUND", `${host}: no ${kind.className} with ID "${id}" in the running configuration`);
    }
    return { ...state, id };
  }

  /** Read-only show commands and the running configuration, in one round trip to the host. */
  shows(connection: C, commands: readonly string[]) {
    return this.queueFor(connection).shows(commands);
  }

  /** Closes every host connection (end of a Pulumi operation or a Terraform walk). */
  async close(): Promise<void> {
    await Promise.all([...this.queues.values()].map((queue) => queue.port.close?.()));
    this.queues.clear();
  }

  diff(kindName: string, before: Record<string, unknown> | undefined, after: Record<string, unknown>): SpecDiff {
    return diffSpecs(this.kind(kindName).fields, before, after);
  }
}
