// One declaration per configuration line, read both ways: a template renders a line from values
// and matches a line back into values, so rendering and parsing cannot drift apart.
//
// Syntax:   literal text   {name} one word   {name:int} digits   {name:rest} rest of the line
//           [ ... ] optional part, printed when all its slots have values and its flags are true
//           {name:flag} inside an optional part: prints nothing, reads back as true when present
// Example:  "maximum-prefix {limit:int}[ {threshold:int}][ warning-only{warningOnly:flag}][ restart {restart:int}]"

export type SlotValue = string | number | boolean;
export type Values = Record<string, SlotValue>;

type SlotKind = "word" | "int" | "rest" | "flag";
type Part =
  | { readonly type: "literal"; readonly text: string }
  | { readonly type: "slot"; readonly name: string; readonly kind: SlotKind }
  | { readonly type: "optional"; readonly parts: readonly Part[] };

export interface Template {
  readonly source: string;
  readonly slots: readonly string[];
  render(values: Values): string | undefined;
  match(line: string): Values | undefined;
}

export function template(source: string): Template {
  const { parts, end } = parseParts(source, 0);
  if (end !== source.length) throw new Error(`template "${source}": unbalanced "]"`);
  const slots: { name: string; kind: SlotKind }[] = [];
  const regex = new RegExp(`^${toRegex(parts, slots)}$`);
  return {
    source,
    slots: slots.map((slot) => slot.name),
    render: (values) => renderParts(parts, values),
    match(line) {
      const found = regex.exec(line);
      if (!found) return undefined;
      const values: Values = {};
      slots.forEach((slot, index) => {
        const text = found[index + 1];
        if (text === undefined) return;
        values[slot.name] = slot.kind === "int" ? Number(text) : slot.kind === "flag" ? true : text;
      });
      return values;
    },
  };
}

function parseParts(source: string, start: number): { parts: Part[]; end: number } {
  const parts: Part[] = [];
  let literal = "";
  let i = start;
  const flush = () => {
    if (literal !== "") parts.push({ type: "literal", text: literal });
    literal = "";
  };
  while (i < source.length) {
    const char = source[i]!;
    if (char === "[") {
      flush();
      const inner = parseParts(source, i + 1);
      if (source[inner.end] !== "]") throw new Error(`template "${source}": unclosed "["`);
      parts.push({ type: "optional", parts: inner.parts });
      i = inner.end + 1;
    } else if (char === "]") {
      break;
    } else if (char === "{") {
      flush();
      const close = source.indexOf("}", i);
      const [name, kind = "word"] = source.slice(i + 1, close).split(":");
      if (!name || !["word", "int", "rest", "flag"].includes(kind)) throw new Error(`template "${source}": bad slot at ${i}`);
      parts.push({ type: "slot", name, kind: kind as SlotKind });
      i = close + 1;
    } else {
      literal += char;
      i++;
    }
  }
  flush();
  return { parts, end: i };
}

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

function toRegex(parts: readonly Part[], slots: { name: string; kind: SlotKind }[]): string {
  return parts
    .map((part) => {
      switch (part.type) {
        case "literal":
          return escape(part.text);
        case "slot":
          slots.push(part);
          return part.kind === "int" ? "(\\d+)" : part.kind === "rest" ? "(.+?)" : part.kind === "flag" ? "()" : "(\\S+)";
        case "optional":
          return `(?:${toRegex(part.parts, slots)})?`;
      }
    })
    .join("");
}

function renderParts(parts: readonly Part[], values: Values): string | undefined {
  let out = "";
  for (const part of parts) {
    if (part.type === "literal") {
      out += part.text;
    } else if (part.type === "slot") {
      const value = values[part.name];
      if (part.kind === "flag") {
        if (value !== true) return undefined;
      } else {
        if (value === undefined || value === false) return undefined;
        out += String(value);
      }
    } else {
      out += renderParts(part.parts, values) ?? "";
    }
  }
  return out;
}
