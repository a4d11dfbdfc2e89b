// frr-iac/cdktf. The code lives in constructs/lib so that constructs/cdktn (frr-iac/cdktn) can be
// a copy of it at the same depth; see constructs/README.md.
export * from "./lib/index";
