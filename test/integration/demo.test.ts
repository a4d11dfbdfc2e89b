// `npm run demo` end to end (scripts/demo.sh under its own lab name): both tools deploy, sessions
// come up, both tools report the hand edit, repair it, come back clean, destroy, and the machine
// is left as it was.
import { spawnSync } from "node:child_process";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { labLeftovers } from "../../src/lab";

const LAB = "demotest";

describe("npm run demo", () => {
  it("deploys through Pulumi and Terraform, shows drift in both, repairs it and leaves the machine clean", { timeout: 600_000 }, () => {
    const run = spawnSync("bash", [join(__dirname, "../../scripts/demo.sh")], { encoding: "utf8", env: { ...process.env, FRR_IAC_DEMO_LAB: LAB }, timeout: 590_000 });
    const out = `${run.stdout}\n${run.stderr}`;
    expect(run.status, out).toBe(0);
    expect(out).toMatch(/node1\s+Pulumi\s+10\.0\.0\.254\s+65001\s+Established/);
    expect(out).toMatch(/node2\s+Terraform\s+10\.0\.0\.254\s+65001\s+Established/);
    expect(out).toMatch(/tor-a\s+10\.100\.0\.0\/24\s+10\.0\.0\.2\s+65000\s+65000:100/);
    expect(out).toMatch(/DRIFT pulumi update node1-tor-a-v4 \[description\]/);
    expect(out).toMatch(/terraform plan -detailed-exitcode: exit 2/);
    expect(out).toMatch(/DRIFT terraform ~ description\s+= "edited by hand" -> "ToR-Switch-B"/);
    expect(out).toMatch(/terraform plan -detailed-exitcode: exit 0/);
    expect(out).toContain("CLEAN both tools report no changes");
    expect(out).toContain("RESTORED node1 and node2 have exactly the configuration they had before the demo");
    expect(out).toContain(`machine clean: no namespace, process, mount, file or user of lab ${LAB} is left`);
    expect(Object.values(labLeftovers(LAB)).flat()).toEqual([]);
  });
});
