export * from "./resources";
export { asnRangeRegex } from "../resources/as-path-list";
