// frr-iac core: resource schemas, the FRR configuration language, the engine and the transport.
export * from "./errors";
export { registry, kindNames, kindOf, type KindName } from "./resources/registry";
export type { ResourceKind, AnyResourceKind } from "./resources/resource-kind";
export { validateSpec, parseSpec } from "./resources/validate-spec";
export { asnRangeRegex } from "./resources/as-path-list";
export { parseRunningConfig, printConfig } from "./frr/config-tree";
export { planBatch } from "./engine/batch-plan";
export { Engine } from "./engine/engine";
export { connectionShape } from "./schema/connection";
export { labConnection, type LabConnectionOptions } from "./lab-connection";
