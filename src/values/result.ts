import type { IssueCode } from "../errors";

/** The outcome of parsing one user value: its canonical form, or why it was refused. */
export type Parsed<T> = { readonly ok: true; readonly value: T } | { readonly ok: false; readonly code: IssueCode; readonly message: string };

export const ok = <T>(value: T): Parsed<T> => ({ ok: true, value });
export const fail = (code: IssueCode, message: string): Parsed<never> => ({ ok: false, code, message });
