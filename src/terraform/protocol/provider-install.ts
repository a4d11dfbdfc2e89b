import { posix } from "node:path";

/**
 * Pure helpers for installing a provider executable where Terraform/OpenTofu find it: the
 * unpacked filesystem-mirror layout and the CLI configuration text (filesystem_mirror or
 * dev_overrides). The I/O (writing the launcher, chmod) belongs to the caller.
 */
export interface ProviderAddress {
  /** @default "registry.terraform.io" (OpenTofu: "registry.opentofu.org") */
  readonly hostname?: string;
  readonly namespace: string;
  readonly type: string;
}

export const TERRAFORM_REGISTRY = "registry.terraform.io";
export const OPENTOFU_REGISTRY = "registry.opentofu.org";

export function providerSource(address: ProviderAddress): string {
  return `${address.hostname ?? TERRAFORM_REGISTRY}/${address.namespace}/${address.type}`;
}

/** Node's platform/arch → Terraform's OS_ARCH ("linux_amd64", "darwin_arm64", ...). */
export function terraformPlatform(platform: string = process.platform, arch: string = process.arch): string {
  const os = platform === "win32" ? "windows" : platform;
  const cpu = ({ x64: "amd64", ia32: "386", arm64: "arm64", arm: "arm" } as Record<string, string>)[arch] ?? arch;
  return `${os}_${cpu}`;
}

const VERSION = /^\d+\.\d+\.\d+(-[0-9A-Za-z.-]+)?$/;
const NAME = /^[a-z0-9][a-z0-9-]*$/;

export interface MirrorEntry {
  /** Directory (relative to the mirror root) that holds the executable. */
  readonly directory: string;
  /** Path of the executable relative to the mirror root. */
  readonly executable: string;
  readonly fileName: string;
}

/**
 * Unpacked layout: `HOST/NAMESPACE/TYPE/VERSION/OS_ARCH/terraform-provider-TYPE_vVERSION`.
 * Core takes the first file in that directory whose name starts with `terraform-provider-TYPE`.
 */
export function mirrorEntry(address: ProviderAddress, version: string, platform: string = terraformPlatform()): MirrorEntry {
  if (!NAME.test(address.namespace)) throw new Error(`provider namespace ${JSON.stringify(address.namespace)} must match ${NAME}`);
  if (!NAME.test(address.type)) throw new Error(`provider type ${JSON.stringify(address.type)} must match ${NAME}`);
  if (!VERSION.test(version)) throw new Error(`provider version ${JSON.stringify(version)} must be semantic (1.2.3)`);
  if (!/^[a-z0-9]+_[a-z0-9]+$/.test(platform)) throw new Error(`platform ${JSON.stringify(platform)} must look like linux_amd64`);
  const directory = posix.join(address.hostname ?? TERRAFORM_REGISTRY, address.namespace, address.type, version, platform);
  const fileName = `terraform-provider-${address.type}_v${version}${platform.startsWith("windows_") ? ".exe" : ""}`;
  return { directory, executable: posix.join(directory, fileName), fileName };
}

/**
 * A launcher script: a shebang line and one absolute require, so the mirror holds no copy of the
 * package. `exec` semantics come for free: it is node itself that Terraform starts and kills.
 */
export function launcherScript(entryModule: string): string {
  if (!posix.isAbsolute(entryModule)) throw new Error(`the launcher needs an absolute path, got ${JSON.stringify(entryModule)}`);
  return `#!/usr/bin/env node\n"use strict";\nrequire(${JSON.stringify(entryModule)});\n`;
}

export interface MirrorCliConfigOptions {
  readonly mirrorDir: string;
  /** Providers installed from the mirror (full sources). Everything else goes `direct`. */
  readonly include: readonly string[];
  /** @default true: keep `direct {}` for the other providers; false on offline machines */
  readonly direct?: boolean;
}

export function mirrorCliConfig(options: MirrorCliConfigOptions): string {
  const include = `[${options.include.map((s) => hclString(s)).join(", ")}]`;
  const lines = [
    "provider_installation {",
    "  filesystem_mirror {",
    `    path    = ${hclString(options.mirrorDir)}`,
    `    include = ${include}`,
    "  }",
  ];
  if (options.direct ?? true) lines.push("  direct {", `    exclude = ${include}`, "  }");
  lines.push("}", "");
  return lines.join("\n");
}

export interface DevOverridesCliConfigOptions {
  /** Map from source ("frr-iac/frr" or a full "registry.terraform.io/frr-iac/frr") to the directory holding the executable. */
  readonly overrides: Readonly<Record<string, string>>;
  /** @default true: keep `direct {}` for other providers */
  readonly direct?: boolean;
}

export function devOverridesCliConfig(options: DevOverridesCliConfigOptions): string {
  const lines = ["provider_installation {", "  dev_overrides {"];
  for (const [source, dir] of Object.entries(options.overrides)) lines.push(`    ${hclString(source)} = ${hclString(dir)}`);
  lines.push("  }");
  if (options.direct ?? true) lines.push("  direct {}");
  lines.push("}", "");
  return lines.join("\n");
}

/** HCL string literal: JSON escapes plus `${`/`%{` template escapes. */
function hclString(s: string): string {
  return JSON.stringify(s)
    .replace(/\$\{/g, () => "$${")
    .replace(/%\{/g, () => "%%{");
}
