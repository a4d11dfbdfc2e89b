import { fail, ok, type Parsed } from "./result";

/**
 * Free text such as a neighbor description. FRR takes the rest of the line and joins words with
 * one space, so control characters (a newline would start a new command), leading/trailing spaces
 * and runs of spaces are refused: the last two would come back different and show as drift forever.
 */
export function parseFreeText(input: unknown, maxLength: number): Parsed<string> {
  const allowed = `printable text of 1 to ${maxLength} characters, single spaces between words`;
  if (typeof input !== "string") return fail("FRR_INVALID_TEXT", `has type ${typeof input}; expected ${allowed}`);
  if (input.length === 0 || input.length > maxLength) {
    return fail("FRR_INVALID_TEXT", `is ${input.length} characters long; expected ${allowed}`);
  }
  // eslint-disable-next-line no-control-regex
  if (/[\u0000-\u001f\u007f-\u009f\u2028\u2029]/.test(input)) {
    return fail("FRR_INVALID_TEXT", `contains a control character (newline, tab, ...); FRR's CLI would read it as a new command. Expected ${allowed}`);
  }
  if (input !== input.trim() || / {2}/.test(input)) {
    return fail("FRR_INVALID_TEXT", `has leading, trailing or repeated spaces, which FRR collapses (the value would read back different). Expected ${allowed}`);
  }
  return ok(input);
}

/**
 * A TCP MD5 password: 1 to 80 printable ASCII characters without whitespace (the kernel limits the
 * key to 80 bytes; FRR would collapse spaces). The value is never echoed in messages.
 */
export function parsePassword(input: unknown): Parsed<string> {
  const allowed = "1 to 80 printable ASCII characters without spaces";
  if (typeof input !== "string") return fail("FRR_INVALID_SECRET", `has the wrong type; expected ${allowed}`);
  if (!/^[\x21-\x7e]{1,80}$/.test(input)) return fail("FRR_INVALID_SECRET", `is not allowed; expected ${allowed}`);
  return ok(input);
}
