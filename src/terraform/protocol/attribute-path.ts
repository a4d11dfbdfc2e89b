/**
 * A path into a value, as diagnostics and requires_replace carry it: strings name attributes,
 * numbers index lists/sets/tuples, `{ key }` selects a map element.
 * `["neighbor", 0, "password"]`, `["labels", { key: "site" }]`.
 */
export type AttributePathStep = string | number | { readonly key: string };
export type AttributePath = readonly AttributePathStep[];

/** `neighbor[0].password`, `labels["site"]`: the shape Terraform prints. */
export function formatAttributePath(path: AttributePath): string {
  let out = "";
  for (const step of path) {
    if (typeof step === "string") out += out === "" ? step : `.${step}`;
    else if (typeof step === "number") out += `[${step}]`;
    else out += `[${JSON.stringify(step.key)}]`;
  }
  return out;
}
