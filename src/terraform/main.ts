#!/usr/bin/env node
// terraform-provider-frr: started by Terraform/OpenTofu once per walk. Startup must stay light:
// the SSH transport is only loaded when a resource is first read or written.
import { serveProvider } from "./protocol/serve-provider";
import { createFrrProvider } from "./frr-provider";

/**
 * Terraform starts the operations of independent resources a few milliseconds apart (each apply
 * is preceded by its final plan), so the default 5 ms window splits what could be one commit into
 * several. 25 ms gathers a parallel wave into one validate/apply/verify cycle per host.
 */
const GATHER_MS = 25;

type HostSession = typeof import("../host/host-session");
let hostSession: HostSession | undefined;

const provider = createFrrProvider(() => {
  hostSession ??= require("../host/host-session") as HostSession;
  const { Engine } = require("../engine/engine") as typeof import("../engine/engine");
  const { DEFAULT_QUEUE_OPTIONS } = require("../engine/commit-queue") as typeof import("../engine/commit-queue");
  return new Engine(hostSession.sshResolver, {
    ...DEFAULT_QUEUE_OPTIONS,
    gatherMs: GATHER_MS,
    log: (line) => process.stderr.write(`[INFO] frr: ${line}\n`),
  });
});

void serveProvider(
  {
    ...provider,
    // Close the SSH sessions cleanly (the hosts see a logout, not a reset) before the process exits.
    async close() {
      await provider.close?.();
      await hostSession?.closeSshPool();
    },
  },
  { name: "frr", usageHint: "This is the frr-iac Terraform provider; install it with `frr-iac terraform install`." },
);
