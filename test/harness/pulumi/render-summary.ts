import type { OperationResult, PhaseReport } from "./operation-report";
import { maskForDisplay, unwrapSecrets, type PropertyMap, type PropertyValue } from "./property-value";
import type { StepRecord } from "./step-recorder";
import { STEP_SYMBOLS, type StepOp } from "./steps";

// Text the way `pulumi preview` / `pulumi up --yes` print it in non-interactive mode: a header per
// phase, one row per resource step (default-provider steps hidden), diagnostics, outputs and the
// resource summary. Secrets print as [secret] unless showSecrets is set.

const HEADERS: Record<PhaseReport["kind"], [string, string]> = {
  preview: ["Previewing update", "Previewing update"],
  update: ["Updating", "Updating"],
  refresh: ["Previewing refresh", "Refreshing"],
  destroy: ["Previewing destroy", "Destroying"],
  import: ["Previewing import", "Importing"],
};

const DONE: Record<StepOp, string> = {
  same: "",
  create: "created",
  update: "updated",
  delete: "deleted",
  replace: "replaced",
  "create-replacement": "created replacement",
  "delete-replacement": "deleted original",
  read: "read",
  refresh: "refreshed",
  import: "imported",
};

const PLANNED: Record<StepOp, string> = {
  same: "",
  create: "create",
  update: "update",
  delete: "delete",
  replace: "replace",
  "create-replacement": "create replacement",
  "delete-replacement": "delete original",
  read: "read",
  refresh: "refresh",
  import: "import",
};

const SUMMARY_WORDS: Record<string, [string, string, string]> = {
  create: ["+", "to create", "created"],
  update: ["~", "to update", "updated"],
  replace: ["+-", "to replace", "replaced"],
  delete: ["-", "to delete", "deleted"],
  import: ["=", "to import", "imported"],
  read: [">", "to read", "read"],
};

function symbolOf(step: StepRecord): string {
  if (step.op === "refresh") {
    return step.resultOp === "update" ? "~" : step.resultOp === "delete" ? "-" : " ";
  }
  return STEP_SYMBOLS[step.op];
}

function diffInfo(step: StepRecord): string {
  const keys = step.diffs !== undefined && step.diffs.length > 0 ? step.diffs : (step.replaceKeys ?? []);
  if (step.op === "same" || (step.op === "refresh" && step.resultOp === "same") || keys.length === 0) {
    return "";
  }
  return `[diff: ${keys.map((k) => `~${k}`).join(",")}]`;
}

function formatValue(v: PropertyValue, showSecrets: boolean): string {
  const shown = showSecrets ? unwrapSecrets(v) : maskForDisplay(v);
  return shown === "[secret]" || shown === "[unknown]" ? shown : JSON.stringify(shown);
}

export function renderPhase(report: PhaseReport, stack: string): string {
  const lines: string[] = [];
  const [planning, doing] = HEADERS[report.kind];
  lines.push(`${report.dryRun ? planning : doing} (${stack}):`);
  const rows = report.steps.filter((s) => !s.internal);
  const typeWidth = Math.max(4, ...rows.map((s) => s.type.length));
  const nameWidth = Math.max(4, ...rows.map((s) => s.name.length));
  lines.push(`     ${"Type".padEnd(typeWidth)}  ${"Name".padEnd(nameWidth)}  ${report.dryRun ? "Plan" : "Status"}`);
  for (const s of rows) {
    let status = report.dryRun ? PLANNED[s.op] : DONE[s.op];
    if (s.op === "refresh" && s.resultOp !== undefined && s.resultOp !== "same") {
      status = `${status} (${s.resultOp === "delete" ? "gone" : "drift"})`;
    }
    if (s.status === "failed") {
      status = `**${PLANNED[s.op] || s.op} failed**`;
    }
    const info = [diffInfo(s), s.error !== undefined ? `error: ${s.error.split("\n")[0]}` : ""].filter((x) => x !== "").join(" ");
    lines.push(` ${symbolOf(s).padEnd(3)} ${s.type.padEnd(typeWidth)}  ${s.name.padEnd(nameWidth)}  ${status}${info !== "" ? `  ${info}` : ""}`.trimEnd());
  }
  return lines.join("\n");
}

export function renderOperation(result: OperationResult, stack: string, options: { showSecrets?: boolean } = {}): string {
  const out: string[] = [];
  for (const phase of result.phases) {
    out.push(renderPhase(phase, stack), "");
  }
  const problems = result.diagnostics.filter((d) => d.severity !== "debug");
  if (problems.length > 0) {
    out.push("Diagnostics:");
    for (const d of problems) {
      out.push(`  ${d.urn ?? "pulumi:pulumi:Stack"}:`);
      for (const [i, line] of d.message.split("\n").entries()) {
        out.push(`    ${i === 0 ? `${d.severity}: ` : ""}${line}`);
      }
    }
    out.push("");
  }
  const outputs: PropertyMap = result.outputs;
  if (Object.keys(outputs).length > 0 && result.operation !== "destroy") {
    out.push("Outputs:");
    const width = Math.max(...Object.keys(outputs).map((k) => k.length));
    for (const [k, v] of Object.entries(outputs).sort(([a], [b]) => a.localeCompare(b))) {
      out.push(`    ${k.padEnd(width)}: ${formatValue(v, options.showSecrets === true)}`);
    }
    out.push("");
  }
  const last = result.phases[result.phases.length - 1];
  if (last !== undefined) {
    out.push("Resources:");
    let any = false;
    for (const [op, [sym, planned, done]] of Object.entries(SUMMARY_WORDS)) {
      const n = last.changes[op] ?? 0;
      if (n > 0) {
        any = true;
        out.push(`    ${sym} ${n} ${last.dryRun ? planned : done}`);
      }
    }
    const same = last.changes["same"] ?? 0;
    if (same > 0) {
      out.push(`    ${same} unchanged`);
    } else if (!any) {
      out.push("    no changes");
    }
    out.push("");
  }
  out.push(`Duration: ${(result.durationMs / 1000).toFixed(1)}s`);
  if (result.error !== undefined) {
    out.push("", `error: ${result.error}`);
  }
  return out.join("\n");
}
