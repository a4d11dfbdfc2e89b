import type * as pulumi from "@pulumi/pulumi";

/**
 * The object Pulumi serialises into state as the resource's provider. It holds nothing but the
 * kind's name: each method loads frr-iac at call time (so state stays under 2 KB per copy, never
 * changes when frr-iac is upgraded, and refresh/destroy run the installed code). Keep `call` free
 * of references to anything but `require`, `process`, `kind` and its arguments: those would be
 * serialised too.
 *
 * The plugin compiles this text without a file name, so a plain `require("frr-iac/...")` would only
 * search node_modules; resolving from the program directory (the plugin's cwd) also finds frr-iac
 * when the program lives inside the frr-iac package itself (its examples).
 */
export function providerShim(kind: string): pulumi.dynamic.ResourceProvider {
  const call = (method: string, args: unknown[]) =>
    require("module").createRequire(`${process.cwd()}/index.js`)("frr-iac/pulumi/provider").providerFor(kind)[method](...args);
  return {
    check: (...args) => call("check", args),
    diff: (...args) => call("diff", args),
    create: (...args) => call("create", args),
    read: (...args) => call("read", args),
    update: (...args) => call("update", args),
    delete: (...args) => call("delete", args),
  };
}
