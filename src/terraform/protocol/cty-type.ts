/**
 * cty types in their JSON form, which is also how they travel in `Schema.Attribute.type`
 * (`"string"`, `["list","string"]`, `["object",{"a":"number"}]`, ...). Using the wire form as
 * the in-memory form keeps parse/print trivial and makes schemas readable.
 */
export type PrimitiveType = "string" | "number" | "bool";

export type CtyType =
  | PrimitiveType
  | "dynamic"
  | readonly ["list", CtyType]
  | readonly ["set", CtyType]
  | readonly ["map", CtyType]
  | readonly ["object", { readonly [name: string]: CtyType }]
  | readonly ["tuple", readonly CtyType[]];

export type ObjectType = readonly ["object", { readonly [name: string]: CtyType }];

export class CtyTypeError extends Error {
  override readonly name = "CtyTypeError";
}

/** Parses and checks a type from its JSON form (already JSON-decoded). */
export function parseCtyType(json: unknown, where = "type"): CtyType {
  if (json === "string" || json === "number" || json === "bool" || json === "dynamic") return json;
  if (Array.isArray(json) && typeof json[0] === "string") {
    const [kind, arg] = json as [string, unknown];
    if ((kind === "list" || kind === "set" || kind === "map") && json.length === 2) {
      return [kind, parseCtyType(arg, `${where}.${kind}`)] as const;
    }
    if (kind === "object" && json.length === 2 && isPlainRecord(arg)) {
      const attrs: Record<string, CtyType> = {};
      for (const [name, t] of Object.entries(arg)) attrs[name] = parseCtyType(t, `${where}.${name}`);
      return ["object", attrs] as const;
    }
    if (kind === "object" && json.length === 3) {
      throw new CtyTypeError(
        `${where}: ${JSON.stringify(json)} has optional-attribute markers, which exist only in type constraints, not in schemas.`,
      );
    }
    if (kind === "tuple" && json.length === 2 && Array.isArray(arg)) {
      return ["tuple", arg.map((t, i) => parseCtyType(t, `${where}[${i}]`))] as const;
    }
  }
  throw new CtyTypeError(
    `${where}: ${JSON.stringify(json)} is not a cty type. Expected "string", "number", "bool", "dynamic", ` +
      `["list"|"set"|"map", T], ["object", {name: T}] or ["tuple", [T...]].`,
  );
}

/** Parses the `type` bytes of a schema attribute. */
export function parseCtyTypeJson(text: string, where = "type"): CtyType {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (err) {
    throw new CtyTypeError(`${where}: ${JSON.stringify(text)} is not valid JSON (${(err as Error).message}).`);
  }
  return parseCtyType(json, where);
}

/** Compact JSON as go-cty prints it; object attributes sorted like Go's map marshalling. */
export function printCtyType(type: CtyType): string {
  return JSON.stringify(canonicalType(type));
}

function canonicalType(type: CtyType): unknown {
  if (typeof type === "string") return type;
  switch (type[0]) {
    case "list":
    case "set":
    case "map":
      return [type[0], canonicalType(type[1])];
    case "object": {
      const attrs: Record<string, unknown> = {};
      for (const name of Object.keys(type[1]).sort()) attrs[name] = canonicalType(type[1][name] as CtyType);
      return ["object", attrs];
    }
    case "tuple":
      return ["tuple", type[1].map(canonicalType)];
  }
}

export function typeEquals(a: CtyType, b: CtyType): boolean {
  return printCtyType(a) === printCtyType(b);
}

export function containsDynamic(type: CtyType): boolean {
  if (typeof type === "string") return type === "dynamic";
  switch (type[0]) {
    case "list":
    case "set":
    case "map":
      return containsDynamic(type[1]);
    case "object":
      return Object.values(type[1]).some(containsDynamic);
    case "tuple":
      return type[1].some(containsDynamic);
  }
}

function isPlainRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === "object" && v !== null && !Array.isArray(v);
}
