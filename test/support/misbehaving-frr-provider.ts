// The frr provider with one of Terraform core's rules broken on purpose (FRR_MISBEHAVE), so the
// protocol tests can show the test client catches what real Terraform rejects. Only frr_bgp_peer
// is affected; everything else is the real provider talking to a real host. Never shipped.
import { createFrrProvider } from "../../src/terraform/frr-provider";
import { closeSshPool, sshEngine } from "../../src/host/host-session";
import type { ProviderImpl } from "../../src/terraform/protocol/provider-impl";
import { serveProvider } from "../../src/terraform/protocol/serve-provider";

export type Misbehaviour = "invalid-plan" | "inconsistent-final-plan" | "inconsistent-apply" | "non-converging";

const mode = process.env["FRR_MISBEHAVE"] as Misbehaviour | undefined;
const base = createFrrProvider(() => sshEngine());

const impl: ProviderImpl = {
  ...base,
  async planResourceChange(req) {
    const res = await base.planResourceChange(req);
    if (req.typeName !== "frr_bgp_peer" || res.plannedState === null) return res;
    if (mode === "invalid-plan") {
      // A configured attribute planned as something else.
      return { ...res, plannedState: { ...res.plannedState, description: `${String(req.config?.["description"])} (planned)` } };
    }
    if (mode === "inconsistent-final-plan" && req.priorState === null) {
      // A computed value known at plan time that the apply process plans differently.
      return { ...res, plannedState: { ...res.plannedState, id: `${String(res.plannedState["id"])}#${process.pid}` } };
    }
    return res;
  },
  async applyResourceChange(req) {
    const res = await base.applyResourceChange(req);
    if (mode === "inconsistent-apply" && req.typeName === "frr_bgp_peer" && res.newState !== null) {
      return { ...res, newState: { ...res.newState, description: String(res.newState["description"]).toUpperCase() } };
    }
    return res;
  },
  async readResource(req) {
    const res = await base.readResource(req);
    if (mode === "non-converging" && req.typeName === "frr_bgp_peer" && res.newState !== null) {
      return { ...res, newState: { ...res.newState, description: null } };
    }
    return res;
  },
  async close() {
    await base.close?.();
    await closeSshPool();
  },
};

void serveProvider(impl, { name: "frr-misbehaving" });
