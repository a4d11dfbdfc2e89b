// Secrets are never printed: every configuration line that reaches a log, an error or a plan
// summary goes through here first.
const SECRET_LINE = /^((?:no )?neighbor \S+ password)( .*)?$/;

export function redactLine(line: string): string {
  const match = SECRET_LINE.exec(line);
  return match ? `${match[1]}${match[2] !== undefined ? " <redacted>" : ""}` : line;
}

export function redactText(text: string): string {
  return text
    .split("\n")
    .map((line) => {
      const indent = line.length - line.trimStart().length;
      return line.slice(0, indent) + redactLine(line.trimStart());
    })
    .join("\n");
}
