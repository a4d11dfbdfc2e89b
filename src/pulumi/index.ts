export * from "./resources";
export { asnRangeRegex } from "../resources/as-path-list";
export { hostConnection, type HostConnectionOptions } from "./hosts";
