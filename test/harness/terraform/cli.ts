/**
 * Debugging CLI for the fake Terraform core. Examples:
 *
 *   npx tsx test/harness/terraform/cli.ts handshake --provider ./terraform-provider-frr --runs 10
 *   npx tsx test/harness/terraform/cli.ts schema    --provider ./terraform-provider-frr
 *   npx tsx test/harness/terraform/cli.ts apply     --provider ./p --config cfg.json --state st.json --trace
 *   npx tsx test/harness/terraform/cli.ts import toy_file.a a.txt --provider ./p --config cfg.json --state st.json
 *
 * cfg.json: {"provider": {...}, "resources": [{"address": "toy_file.a", "config": {...}}]}; inside
 * configs `{"$ref": "toy_file.a.checksum"}` is a reference and `{"$unknown": true}` an unknown.
 * The state file is created when missing. TF_LOG / TF_LOG_PROVIDER reach the provider; with
 * --trace the RPCs of every process and the provider's stderr are printed.
 */
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import { parseArgs } from "node:util";
import { renderValue, toProvidersSchemaJson, Unknown } from "../../../src/terraform/protocol";
import { Ref, type RootConfig } from "./config";
import { emptyState, FakeTerraform, TerraformError, type Plan, type TerraformState } from "./fake-terraform";
import { ProviderProcess } from "./plugin-process";

const USAGE = `usage: cli.ts <handshake|schema|validate|plan|apply|refresh|destroy|import ADDRESS ID> --provider EXE
       [--config FILE] [--state FILE] [--env K=V]... [--runs N] [--no-tls] [--address HOST/NS/TYPE] [--trace]`;

async function main(): Promise<number> {
  const { values, positionals } = parseArgs({
    allowPositionals: true,
    options: {
      provider: { type: "string" },
      config: { type: "string" },
      state: { type: "string" },
      env: { type: "string", multiple: true },
      runs: { type: "string", default: "5" },
      "no-tls": { type: "boolean", default: false },
      address: { type: "string", default: "registry.terraform.io/frr-iac/frr" },
      trace: { type: "boolean", default: false },
    },
  });
  const [command, ...args] = positionals;
  if (!command || !values.provider) {
    process.stderr.write(`${USAGE}\n`);
    return 2;
  }
  const env = Object.fromEntries((values.env ?? []).map((kv) => [kv.slice(0, kv.indexOf("=")), kv.slice(kv.indexOf("=") + 1)]));
  const launch = { env, tls: !values["no-tls"] };

  if (command === "handshake") {
    const runs = Math.max(1, Math.min(100, Number(values.runs)));
    const spawnMs: number[] = [];
    const exitMs: number[] = [];
    for (let i = 0; i < runs; i++) {
      const proc = await ProviderProcess.launch(values.provider, launch);
      spawnMs.push(proc.handshakeMs);
      await proc.call("GetProviderSchema", {});
      exitMs.push((await proc.shutdown()).exitMs);
      if (i === 0) console.log(`handshake: ${proc.handshake.network} ${proc.handshake.address} ${proc.handshake.serverCert ? "mTLS" : "plaintext"}`);
    }
    console.log(`spawn → handshake line: ${stats(spawnMs)}`);
    console.log(`Shutdown → exit:        ${stats(exitMs)}`);
    return 0;
  }

  const tf = new FakeTerraform({ executable: values.provider, providerAddress: values.address, ...launch });
  const config = values.config ? (revive(JSON.parse(readFileSync(values.config, "utf8"))) as RootConfig) : {};
  const state: TerraformState = values.state && existsSync(values.state) ? (JSON.parse(readFileSync(values.state, "utf8")) as TerraformState) : emptyState;
  const save = (s: TerraformState): void => {
    if (values.state) writeFileSync(values.state, `${JSON.stringify(s, null, 2)}\n`);
  };
  try {
    switch (command) {
      case "schema":
        console.log(JSON.stringify(toProvidersSchemaJson(await tf.schema(), values.address), null, 2));
        break;
      case "validate":
        for (const d of await tf.validate(config)) console.log(`${d.severity}: ${d.summary} ${d.detail ?? ""}`);
        console.log("Success! The configuration is valid.");
        break;
      case "plan":
        printPlan(await tf.plan(config, state));
        break;
      case "apply": {
        const res = await tf.apply(config, state);
        printPlan(res.plan);
        save(res.state);
        console.log(`Apply complete. ${Object.keys(res.state.resources).length} objects in state.`);
        break;
      }
      case "refresh":
        save(await tf.refresh(config, state));
        break;
      case "destroy":
        save(await tf.destroy(config, state));
        console.log("Destroy complete.");
        break;
      case "import": {
        const [address, id] = args;
        if (!address || id === undefined) throw new Error("import needs ADDRESS and ID");
        save(await tf.import(config, state, address, id));
        console.log(`Import of ${address} complete.`);
        break;
      }
      default:
        process.stderr.write(`unknown command ${command}\n${USAGE}\n`);
        return 2;
    }
    return 0;
  } catch (err) {
    if (err instanceof TerraformError) {
      console.error(err.message);
      if (err.state) save(err.state);
      return 1;
    }
    throw err;
  } finally {
    if (values.trace) for (const w of tf.walks) console.error(`[${w.walk}] handshake ${w.handshakeMs.toFixed(0)} ms, exit ${w.shutdownMs.toFixed(0)} ms: ${w.calls.join(" → ")}`);
  }
}

function printPlan(plan: Plan): void {
  const sign = { create: "+", update: "~", replace: "-/+", delete: "-", read: "<=", "no-op": " " } as const;
  for (const c of plan.changes) {
    console.log(`${sign[c.action]} ${c.address} (${c.action})`);
    if (c.action === "no-op") continue;
    for (const k of Object.keys(c.after ?? c.before ?? {}).sort()) {
      const before = c.before?.[k] ?? null;
      const after = c.after ? (c.after[k] ?? null) : null;
      if (renderValue(before) !== renderValue(after)) console.log(`    ${k}: ${renderValue(before)} → ${renderValue(after)}`);
    }
  }
  const counts = plan.changes.reduce<Record<string, number>>((acc, c) => ({ ...acc, [c.action]: (acc[c.action] ?? 0) + 1 }), {});
  console.log(`Plan: ${JSON.stringify(counts)}`);
}

function revive(v: unknown): unknown {
  if (Array.isArray(v)) return v.map(revive);
  if (v && typeof v === "object") {
    const o = v as Record<string, unknown>;
    if (typeof o.$ref === "string") {
      const parts = o.$ref.split(".");
      const n = parts[0] === "data" ? 3 : 2;
      return new Ref(parts.slice(0, n).join("."), parts.slice(n).map((p) => (/^\d+$/.test(p) ? Number(p) : p)));
    }
    if (o.$unknown === true) return Unknown;
    return Object.fromEntries(Object.entries(o).map(([k, e]) => [k, revive(e)]));
  }
  return v;
}

function stats(ms: number[]): string {
  const s = [...ms].sort((a, b) => a - b);
  const median = s[Math.floor(s.length / 2)] ?? 0;
  return `median ${median.toFixed(0)} ms, min ${(s[0] ?? 0).toFixed(0)} ms, max ${(s.at(-1) ?? 0).toFixed(0)} ms over ${s.length} runs`;
}

main().then(
  (code) => process.exit(code),
  (err: unknown) => {
    console.error(err instanceof Error ? (err.stack ?? err.message) : String(err));
    process.exit(1);
  },
);
