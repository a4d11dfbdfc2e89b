import type * as pulumi from "@pulumi/pulumi";

/**
 * The object Pulumi serialises into state as the resource's provider. It holds nothing but the
 * kind's name: each method loads frr-iac at call time (so state stays a few hundred bytes, never
 * changes when frr-iac is upgraded, and refresh/destroy run the installed code). Keep every method
 * free of references to anything but `require`, `process`, `kind` and its arguments: those
 * would be serialised too.
 *
 * The plugin compiles this text without a file name, so a plain `require("frr-iac/...")` would only
 * search node_modules; resolving from the program directory (the plugin's cwd) also finds frr-iac
 * when the program lives inside the frr-iac package itself (its examples).
 */
export function providerShim(kind: string): pulumi.dynamic.ResourceProvider {
  return {
    check: (olds, news) => require("module").createRequire(`${process.cwd()}/index.js`)("frr-iac/pulumi/provider").providerFor(kind).check(olds, news),
    diff: (id, olds, news) => require("module").createRequire(`${process.cwd()}/index.js`)("frr-iac/pulumi/provider").providerFor(kind).diff(id, olds, news),
    create: (inputs) => require("module").createRequire(`${process.cwd()}/index.js`)("frr-iac/pulumi/provider").providerFor(kind).create(inputs),
    read: (id, props) => require("module").createRequire(`${process.cwd()}/index.js`)("frr-iac/pulumi/provider").providerFor(kind).read(id, props),
    update: (id, olds, news) => require("module").createRequire(`${process.cwd()}/index.js`)("frr-iac/pulumi/provider").providerFor(kind).update(id, olds, news),
    delete: (id, props) => require("module").createRequire(`${process.cwd()}/index.js`)("frr-iac/pulumi/provider").providerFor(kind).delete(id, props),
  };
}
