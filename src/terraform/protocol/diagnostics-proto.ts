import { attributePathFromProto, attributePathToProto } from "./attribute-path-proto";
import type { Diagnostic } from "./diagnostics";
import type { Message } from "./proto-codec";

export function diagnosticToProto(d: Diagnostic): Message {
  return {
    severity: d.severity === "warning" ? 2 : 1,
    summary: d.summary,
    detail: d.detail ?? "",
    attribute: d.attribute && d.attribute.length > 0 ? attributePathToProto(d.attribute) : undefined,
  };
}

/** Severity 0 (INVALID) is kept visible as "invalid" so a client can flag it as a provider bug. */
export interface WireDiagnostic extends Omit<Diagnostic, "severity"> {
  readonly severity: Diagnostic["severity"] | "invalid";
}

export function diagnosticFromProto(m: Message): WireDiagnostic {
  const severity = m.severity === 1 ? "error" : m.severity === 2 ? "warning" : "invalid";
  return {
    severity,
    summary: m.summary as string,
    ...(m.detail ? { detail: m.detail as string } : {}),
    ...(m.attribute ? { attribute: attributePathFromProto(m.attribute as Message) } : {}),
  };
}
