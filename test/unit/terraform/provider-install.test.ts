import { describe, expect, it } from "vitest";
import {
  devOverridesCliConfig,
  launcherScript,
  mirrorCliConfig,
  mirrorEntry,
  OPENTOFU_REGISTRY,
  providerSource,
  terraformPlatform,
} from "../../../src/terraform/protocol";

describe("filesystem mirror layout", () => {
  it("uses HOST/NAMESPACE/TYPE/VERSION/OS_ARCH/terraform-provider-TYPE_vVERSION", () => {
    expect(mirrorEntry({ namespace: "frr-iac", type: "frr" }, "0.1.0", "linux_amd64")).toEqual({
      directory: "registry.terraform.io/frr-iac/frr/0.1.0/linux_amd64",
      executable: "registry.terraform.io/frr-iac/frr/0.1.0/linux_amd64/terraform-provider-frr_v0.1.0",
      fileName: "terraform-provider-frr_v0.1.0",
    });
    expect(mirrorEntry({ hostname: OPENTOFU_REGISTRY, namespace: "frr-iac", type: "frr" }, "1.2.3-rc.1", "darwin_arm64").directory).toBe(
      "registry.opentofu.org/frr-iac/frr/1.2.3-rc.1/darwin_arm64",
    );
  });

  it("rejects what core would not find", () => {
    expect(() => mirrorEntry({ namespace: "frr-iac", type: "frr" }, "v1")).toThrow(/semantic/);
    expect(() => mirrorEntry({ namespace: "FRR", type: "frr" }, "1.0.0")).toThrow(/namespace/);
  });

  it("maps Node platforms to Terraform's", () => {
    expect(terraformPlatform("linux", "x64")).toBe("linux_amd64");
    expect(terraformPlatform("darwin", "arm64")).toBe("darwin_arm64");
    expect(terraformPlatform("win32", "x64")).toBe("windows_amd64");
  });

  it("writes a launcher that requires by absolute path", () => {
    expect(launcherScript("/opt/frr-iac/dist/src/terraform/main.js")).toBe(
      '#!/usr/bin/env node\n"use strict";\nrequire("/opt/frr-iac/dist/src/terraform/main.js");\n',
    );
    expect(() => launcherScript("dist/main.js")).toThrow(/absolute/);
  });
});

describe("CLI configuration", () => {
  it("filesystem_mirror, with and without direct", () => {
    const src = providerSource({ namespace: "frr-iac", type: "frr" });
    expect(mirrorCliConfig({ mirrorDir: "/m", include: [src] })).toBe(
      'provider_installation {\n  filesystem_mirror {\n    path    = "/m"\n    include = ["registry.terraform.io/frr-iac/frr"]\n  }\n  direct {\n    exclude = ["registry.terraform.io/frr-iac/frr"]\n  }\n}\n',
    );
    expect(mirrorCliConfig({ mirrorDir: "/m", include: [src], direct: false })).not.toMatch(/direct/);
  });

  it("dev_overrides, escaping HCL templates", () => {
    expect(devOverridesCliConfig({ overrides: { "frr-iac/frr": "/x/${HOME}" }, direct: false })).toBe(
      'provider_installation {\n  dev_overrides {\n    "frr-iac/frr" = "/x/$${HOME}"\n  }\n}\n',
    );
  });
});
