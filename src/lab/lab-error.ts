// Failures of the lab tooling. They carry a stable code and say what failed, where, and what to do;
// the output of the command that failed is appended by whoever ran it.

export type LabErrorCode =
  | "FRR_LAB_USAGE"
  | "FRR_LAB_NOT_ROOT"
  | "FRR_LAB_PACKAGES"
  | "FRR_LAB_OVERLAP"
  | "FRR_LAB_COMMAND_FAILED"
  | "FRR_LAB_START_FAILED"
  | "FRR_LAB_NOT_FOUND"
  | "FRR_LAB_TEARDOWN_INCOMPLETE"
  | "FRR_LAB_QUERY_FAILED";

export class LabError extends Error {
  constructor(
    readonly code: LabErrorCode,
    message: string,
    options?: { cause?: unknown },
  ) {
    super(`${code}: ${message}`, options);
    this.name = "LabError";
  }
}
