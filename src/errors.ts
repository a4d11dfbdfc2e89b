// Errors are data until they reach the edge: every failure carries a stable code, and validation
// failures carry every issue found (path, value, what is allowed), so adapters can render them in
// their own dialect (Pulumi check failures, Terraform diagnostics, CLI text).

export type IssueCode =
  | "FRR_REQUIRED"
  | "FRR_UNKNOWN_FIELD"
  | "FRR_INVALID_TYPE"
  | "FRR_INVALID_ASN"
  | "FRR_INVALID_ADDRESS"
  | "FRR_INVALID_PREFIX"
  | "FRR_INVALID_NAME"
  | "FRR_INVALID_TEXT"
  | "FRR_INVALID_SECRET"
  | "FRR_INVALID_COMMUNITY"
  | "FRR_INVALID_NUMBER"
  | "FRR_INVALID_CHOICE"
  | "FRR_INVALID_ID"
  | "FRR_CONFLICT";

export interface Issue {
  readonly code: IssueCode;
  /** Dotted field path as the user wrote it, e.g. `addressFamilies.ipv4Unicast.routeMapIn`. */
  readonly path: string;
  /** What was received; `undefined` for secrets, which are never echoed. */
  readonly input?: unknown;
  /** What is wrong and what is allowed, in one or two sentences. */
  readonly message: string;
}

export type ErrorCode =
  | "FRR_VALIDATION_FAILED"
  | "FRR_COMMAND_REJECTED"
  | "FRR_VERIFY_FAILED"
  | "FRR_RESOURCE_EXISTS"
  | "FRR_RESOURCE_NOT_FOUND"
  | "FRR_REPLACEMENT_REQUIRED"
  | "FRR_UNMANAGED_LINES"
  | "FRR_UNSUPPORTED"
  | "FRR_HOST_FAILED"
  | "FRR_INTERNAL";

const brand = Symbol.for("frr-iac.error");

export class FrrIacError extends Error {
  readonly [brand] = true;
  constructor(
    readonly code: ErrorCode,
    message: string,
    options?: { cause?: unknown },
  ) {
    super(`${code}: ${message}`, options);
    this.name = "FrrIacError";
  }

  /** Recognises our errors across two copies of the package (no `instanceof`). */
  static is(value: unknown): value is FrrIacError {
    return typeof value === "object" && value !== null && (value as { [brand]?: boolean })[brand] === true;
  }
}

export class ValidationError extends FrrIacError {
  constructor(
    readonly subject: string,
    readonly issues: readonly Issue[],
  ) {
    super("FRR_VALIDATION_FAILED", `${subject} is invalid:\n${issues.map(formatIssue).join("\n")}`);
    this.name = "ValidationError";
  }
}

export function formatIssue(issue: Issue): string {
  const where = issue.path === "" ? "" : ` at \`${issue.path}\``;
  const value = issue.input === undefined ? "" : ` ${JSON.stringify(issue.input)}`;
  return `  ${issue.code}${where}:${value} ${issue.message}`;
}
