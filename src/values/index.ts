export * from "./result";
export * from "./asn";
export * from "./ip";
export * from "./names";
export * from "./text";
export * from "./community";
