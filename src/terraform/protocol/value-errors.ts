/** A value did not fit its type, or a number did not fit a JS number. `path` reads like `a.b[0]`. */
export class ValueCodecError extends Error {
  override readonly name = "ValueCodecError";
  constructor(
    readonly path: string,
    readonly problem: string,
  ) {
    super(`${path || "(root)"}: ${problem}`);
  }
}

export function childPath(path: string, step: string | number): string {
  if (typeof step === "number") return `${path}[${step}]`;
  if (/^[A-Za-z_][A-Za-z0-9_-]*$/.test(step)) return path ? `${path}.${step}` : step;
  return `${path}[${JSON.stringify(step)}]`;
}

const DECIMAL = /^-?(0|[1-9][0-9]*)(\.[0-9]+)?([eE][+-]?[0-9]+)?$/;
const INTEGER = /^-?(0|[1-9][0-9]*)$/;

/**
 * Numbers are JS doubles. Integers must be exact: an int64 or integer decimal beyond what a
 * double holds exactly (e.g. 9007199254740993) is rejected rather than silently rounded.
 * Fractions are rounded to the nearest double, as JSON.parse does ("0.1").
 */
export function numberFromWire(raw: unknown, path: string): number {
  if (typeof raw === "number") {
    if (Number.isNaN(raw)) throw new ValueCodecError(path, "NaN is not a number value");
    return raw;
  }
  if (typeof raw === "bigint") return exactInteger(raw, String(raw), path);
  if (typeof raw === "string") {
    const text = raw.trim();
    if (!DECIMAL.test(text)) throw new ValueCodecError(path, `${JSON.stringify(raw)} is not a decimal number`);
    if (INTEGER.test(text)) return exactInteger(BigInt(text), text, path);
    const n = Number(text);
    if (!Number.isFinite(n)) throw new ValueCodecError(path, `${text} is beyond the range of a JS number`);
    if (Number.isInteger(n) && !Number.isSafeInteger(n)) {
      // e.g. "1.00000000000000001e20": an integer in cty that a double cannot hold exactly.
      throw new ValueCodecError(path, `${text} cannot be represented exactly as a JS number (beyond 2^53)`);
    }
    return n;
  }
  throw new ValueCodecError(path, `expected a number, got ${describeRaw(raw)}`);
}

function exactInteger(big: bigint, text: string, path: string): number {
  const n = Number(big);
  if (BigInt(n) !== big) {
    throw new ValueCodecError(
      path,
      `${text} cannot be represented exactly as a JS number (integers beyond 2^53 lose precision); use a string attribute for such values`,
    );
  }
  return n;
}

export function describeRaw(raw: unknown): string {
  if (raw === null) return "null";
  if (raw === undefined) return "nothing";
  if (Array.isArray(raw)) return `an array of ${raw.length}`;
  if (raw instanceof Uint8Array) return `${raw.length} bytes of binary`;
  if (typeof raw === "object") return `a ${raw.constructor?.name ?? "map"}`;
  if (typeof raw === "string") return `the string ${JSON.stringify(raw.length > 40 ? raw.slice(0, 40) + "…" : raw)}`;
  return `${typeof raw} ${String(raw)}`;
}
