// The only hand-written file that names the CDK runtime. scripts/generate.ts copies constructs/lib
// to constructs/cdktn and rewrites this file's imports to `cdktn` and ../generated/cdktn.
export { Annotations, TerraformProvider, TerraformStack, Token } from "cdktf";
export * from "../generated/cdktf/providers/frr/index";
