import type { AttributePath } from "./attribute-path";

export type Severity = "error" | "warning";

export interface Diagnostic {
  readonly severity: Severity;
  readonly summary: string;
  readonly detail?: string;
  /** The attribute the diagnostic is about; Terraform then points at it in the configuration. */
  readonly attribute?: AttributePath;
}

/**
 * Throw this from a provider implementation to report diagnostics as they are (several, with
 * attribute paths). Any other thrown error becomes one error diagnostic with its message.
 */
export class DiagnosticsError extends Error {
  override readonly name = "DiagnosticsError";
  readonly diagnostics: readonly Diagnostic[];
  constructor(diagnostics: readonly Diagnostic[]) {
    super(diagnostics.map((d) => d.summary + (d.detail ? `: ${d.detail}` : "")).join("; "));
    this.diagnostics = diagnostics;
  }
}

export function errorDiagnostic(summary: string, detail?: string, attribute?: AttributePath): Diagnostic {
  return { severity: "error", summary, ...(detail !== undefined ? { detail } : {}), ...(attribute ? { attribute } : {}) };
}

export function hasErrors(diags: readonly Diagnostic[] | undefined): boolean {
  return (diags ?? []).some((d) => d.severity === "error");
}

/**
 * Turns anything thrown by a provider implementation into diagnostics. The message is kept (it
 * is written for people); the stack is not (it goes to the log instead).
 */
export function diagnosticsFromError(err: unknown, summary: string): Diagnostic[] {
  if (err instanceof DiagnosticsError) return [...err.diagnostics];
  const message = err instanceof Error ? err.message : String(err);
  const rawCode = err instanceof Error ? (err as Error & { code?: unknown }).code : undefined;
  const code = typeof rawCode === "string" ? rawCode : undefined;
  const detail = code && !message.startsWith(code) ? `${code}: ${message}` : message;
  return [errorDiagnostic(summary, detail)];
}
