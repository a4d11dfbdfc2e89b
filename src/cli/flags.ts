/** A small, strict flag parser: `--name value`, `--name=value`, `--flag`; positionals kept in `_`. */
export type FlagSpec = Record<string, "string" | "boolean" | "strings">;

export function parseFlags(args: readonly string[], spec: FlagSpec): Record<string, string | boolean | string[] | undefined> & { _: string[] } {
  const out: Record<string, string | boolean | string[] | undefined> & { _: string[] } = { _: [] };
  for (let i = 0; i < args.length; i++) {
    const arg = args[i]!;
    if (arg === "--") {
      out._.push(...args.slice(i + 1));
      break;
    }
    if (!arg.startsWith("--")) {
      out._.push(arg);
      continue;
    }
    const [name, inline] = arg.slice(2).split(/=(.*)/s, 2) as [string, string | undefined];
    const type = spec[name];
    if (!type) throw new Error(`unknown option --${name}; options: ${Object.keys(spec).map((k) => `--${k}`).join(", ")}`);
    if (type === "boolean") {
      out[name] = inline === undefined ? true : inline !== "false";
      continue;
    }
    const value = inline ?? args[++i];
    if (value === undefined) throw new Error(`--${name} needs a value`);
    if (type === "strings") out[name] = [...((out[name] as string[] | undefined) ?? []), value];
    else out[name] = value;
  }
  return out;
}
