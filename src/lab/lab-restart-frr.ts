// `frr-iac lab restart-frr NODE`: FRR on one node stopped and started again as `lab up` starts it.
// For what only a restart clears (FRR 10.3 keeps BGP instances the configuration no longer shows).

import { LabError } from "./lab-error";
import { loadTopology } from "./lab-up";
import { readLabState } from "./lab-state";
import { requireRoot } from "./machine-namespace";
import { DEFAULT_TRIXIE_ROOT, planLab } from "./plan-lab";
import { restartFrr } from "./start-node";

export async function labRestartFrr(labName: string, nodeName: string): Promise<void> {
  requireRoot("frr-iac lab restart-frr");
  const state = readLabState(labName);
  if (state === undefined) throw new LabError("FRR_LAB_NOT_FOUND", `lab ${labName} is not up on this machine`);
  const plan = planLab(loadTopology(state.topology), labName, { trixieRoot: process.env["FRR_IAC_TRIXIE_ROOT"] ?? DEFAULT_TRIXIE_ROOT });
  const node = plan.nodes.find((n) => n.spec.name === nodeName);
  if (node?.pathspace === undefined) {
    const withFrr = plan.nodes.filter((n) => n.pathspace !== undefined).map((n) => n.spec.name);
    throw new LabError("FRR_LAB_NOT_FOUND", `lab ${labName} has no FRR node "${nodeName}"; FRR runs on: ${withFrr.join(", ")}`);
  }
  await restartFrr(node);
}
