#!/usr/bin/env node
// terraform-provider-frr: started by Terraform/OpenTofu once per walk. Startup must stay light:
// the SSH transport is only loaded when a resource is first read or written.
import { serveProvider } from "./protocol/serve-provider";
import { createFrrProvider } from "./frr-provider";

void serveProvider(
  createFrrProvider(() => {
    const { sshEngine } = require("../host/host-session") as typeof import("../host/host-session");
    return sshEngine({ log: (line) => process.stderr.write(`[INFO] frr: ${line}\n`) });
  }),
  { name: "frr", usageHint: "This is the frr-iac Terraform provider; install it with `frr-iac terraform install`." },
);
