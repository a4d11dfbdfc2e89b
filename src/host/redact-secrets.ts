// Last line of defence for text that leaves the transport in an error or a result: whatever the
// caller's redaction does, lines that set a password never show the password.

export type Redactor = (text: string) => string;

const PASSWORD_WORD = /^(\s*(?:no\s+)?\S.*?\s(?:password|secret|key-string|authentication-key|md5-key)\s+)(\S.*)$/gim;

export function redactPasswordLines(text: string): string {
  return text.replace(PASSWORD_WORD, (_all, head: string) => `${head}<redacted>`);
}

/** The caller's redaction first, then ours. */
export function composeRedactor(caller: Redactor | undefined): Redactor {
  return caller === undefined ? redactPasswordLines : (text) => redactPasswordLines(caller(text));
}
