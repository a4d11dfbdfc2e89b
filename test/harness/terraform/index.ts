export * from "./build-provider";
export * from "./config";
export * from "./fake-terraform";
export * from "./objchange";
export * from "./plugin-process";
export * from "./real-terraform";
