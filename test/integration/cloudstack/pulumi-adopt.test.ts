// Taking over hand-made configuration with Pulumi, where `pulumi import` cannot work: `frr-iac adopt
// vr --format pulumi` writes a program, which runs as a user's project would (its own directory,
// frr-iac and @pulumi/pulumi in its node_modules). The first up changes nothing on the host, the
// next previews are empty, the BGP password stays a secret, and destroy removes what was adopted.
import { spawnSync } from "node:child_process";
import { mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { OperationResult } from "../../harness/pulumi/operation-report";
import { destroy, preview, up, type OperationOptions } from "../../harness/pulumi/operations";
import { handEdit, labFilePath, runningConfig } from "../../support/lab-env";

const ROOT = resolve(__dirname, "../../..");
const CLI = join(ROOT, "dist/src/cli/main.js");
const PASSWORD = "adopt-s3cret-7d1";
const HAND_MADE = [
  "ipv6 prefix-list HAND-IN seq 5 permit 2001:db8:1046:10::/64 ge 128",
  "route-map HAND-IN permit 10",
  "match ipv6 address prefix-list HAND-IN",
  "exit",
  "router bgp 65101",
  "bgp router-id 10.46.10.1",
  "no bgp default ipv4-unicast",
  "neighbor 2001:db8:1046:10:1::51 remote-as 65202",
  "neighbor 2001:db8:1046:10:1::99 remote-as 65299",
  `neighbor 2001:db8:1046:10:1::99 password ${PASSWORD}`,
  "address-family ipv6 unicast",
  "network 2001:db8:1046:10::/64",
  "neighbor 2001:db8:1046:10:1::51 activate",
  "neighbor 2001:db8:1046:10:1::51 route-map HAND-IN in",
  "neighbor 2001:db8:1046:10:1::51 route-map HAND-IN out",
];

let project: string;
let stateFile: string;
let pristine: string;
let handMade: string;
let secretKey: string;
const results: OperationResult[] = [];

const options = (extra: Partial<OperationOptions> = {}): OperationOptions => ({
  cwd: project,
  stack: "lab",
  stateFile,
  passphrase: "frr-iac test passphrase",
  config: [{ key: secretKey, value: PASSWORD, secret: true }],
  ...extra,
});

async function run(operation: Promise<OperationResult>): Promise<OperationResult> {
  const result = await operation;
  results.push(result);
  expect(result.error ?? "", result.log.slice(-40).join("\n")).toBe("");
  return result;
}

beforeAll(async () => {
  project = mkdtempSync(join(tmpdir(), "frr-pulumi-adopt-"));
  stateFile = join(project, "state.json");
  // A user's project: its own package.json and node_modules (links stand in for `npm install`).
  writeFileSync(join(project, "Pulumi.yaml"), "name: adopted\nruntime: nodejs\nmain: index.ts\n");
  writeFileSync(join(project, "package.json"), JSON.stringify({ name: "adopted", private: true, dependencies: { "frr-iac": "*", "@pulumi/pulumi": "*" } }));
  mkdirSync(join(project, "node_modules"));
  symlinkSync(ROOT, join(project, "node_modules/frr-iac"));
  for (const dependency of ["@pulumi", "typescript"]) symlinkSync(join(ROOT, "node_modules", dependency), join(project, "node_modules", dependency));
  pristine = await runningConfig("cloudstack", "vr");
  await handEdit("cloudstack", "vr", HAND_MADE);
  handMade = await runningConfig("cloudstack", "vr");
});

afterAll(async () => {
  if (results.length > 0 && results[results.length - 1]?.operation !== "destroy") await destroy(options());
  await handEdit("cloudstack", "vr", ["no router bgp 65101", "no route-map HAND-IN", "no ipv6 prefix-list HAND-IN"]).catch(() => undefined);
  rmSync(project, { recursive: true, force: true });
});

describe("adopting hand-made configuration with `frr-iac adopt --format pulumi`", () => {
  it("writes a program with every object and asks for the password as a stack secret", () => {
    const adopt = spawnSync(process.execPath, [CLI, "adopt", "vr", "--format", "pulumi", "--lab", labFilePath("cloudstack"), "--out", join(project, "index.ts")], { encoding: "utf8" });
    expect(adopt.status, adopt.stderr).toBe(0);
    expect(adopt.stderr).toMatch(/wrote 6 object\(s\)/);
    secretKey = /pulumi config set --secret (\S+) <password>/.exec(adopt.stderr)?.[1] ?? "";
    expect(secretKey).not.toBe("");
    const program = readFileSync(join(project, "index.ts"), "utf8");
    expect(program).not.toContain(PASSWORD);
    expect(program.match(/^  adopt: true,$/gm)).toHaveLength(6);
  });

  it("the first up takes the objects over without changing the host", async () => {
    const result = await run(up(options()));
    expect(result.changes).toMatchObject({ create: 7 });
    expect(await runningConfig("cloudstack", "vr")).toBe(handMade);
    expect(readFileSync(stateFile, "utf8")).not.toContain(PASSWORD);
  });

  it("the next previews are empty, with and without --refresh", async () => {
    await run(preview(options({ expectNoChanges: true })));
    await run(preview(options({ refresh: true, expectNoChanges: true })));
  });

  it("destroy removes what was adopted, and only that", async () => {
    await handEdit("cloudstack", "vr", ["ipv6 prefix-list NOT-ADOPTED seq 5 permit ::/0"]);
    const result = await run(destroy(options()));
    expect(result.changes).toMatchObject({ delete: 7 });
    const after = await runningConfig("cloudstack", "vr");
    expect(after).toContain("ipv6 prefix-list NOT-ADOPTED seq 5 permit ::/0");
    await handEdit("cloudstack", "vr", ["no ipv6 prefix-list NOT-ADOPTED"]);
    expect(await runningConfig("cloudstack", "vr")).toBe(pristine);
    expect(readFileSync(stateFile, "utf8")).not.toContain(PASSWORD);
  });
});
