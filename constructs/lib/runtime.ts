// What the hand-written constructs use from the CDK runtime and the generated bindings. Import
// them from here; scripts/generate.ts copies constructs/lib to constructs/cdktn with `cdktf`
// replaced by `cdktn`.
export { Annotations, Token, type TerraformProvider } from "cdktf";
export * from "../generated/cdktf/index";
