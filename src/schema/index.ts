export * from "./field";
export * from "./kinds";
export * from "./validate";
export * from "./naming";
