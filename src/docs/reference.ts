// Reference pages generated from the resource schemas: the docs cannot list a field the code
// does not have, nor miss one it has.
import type { Field, Shape, ValueKind } from "../schema/field";
import { toSnakeCase } from "../schema/naming";
import type { AnyResourceKind } from "../resources/resource-kind";

function valueKindText(kind: ValueKind, choices?: readonly string[]): string {
  switch (kind.type) {
    case "bool":
      return "boolean";
    case "int":
      return `integer ${kind.min}–${kind.max}`;
    case "enum":
      return `one of ${(choices ?? []).map((c) => `\`${c}\``).join(", ")}`;
    case "asn":
      return "AS number (asplain or asdot)";
    case "remoteAs":
      return "AS number, `external` or `internal`";
    case "address":
      return kind.family === "ipv4" ? "IPv4 address" : kind.family === "ipv6" ? "IPv6 address" : "IPv4 or IPv6 address";
    case "prefix":
      return kind.family === "ipv4" ? "IPv4 prefix" : kind.family === "ipv6" ? "IPv6 prefix" : "IPv4 or IPv6 prefix (no host bits)";
    case "name":
      return `name (≤ ${kind.maxLength} characters)`;
    case "interface":
      return "interface name";
    case "text":
      return `text (≤ ${kind.maxLength} characters, no control characters)`;
    case "password":
      return "password (1–80 printable characters, no spaces)";
    case "community":
      return "community `AA:NN` or well-known name";
    case "largeCommunity":
      return "large community `GA:LD1:LD2`";
    case "routeDistinguisher":
      return "route distinguisher / target `ASN:NN` or `IP:NN`";
    case "other":
      return kind.description;
  }
}

function typeText(field: Field): string {
  switch (field.kind) {
    case "scalar":
      return valueKindText(field.valueKind, field.choices);
    case "list":
      return `${field.unorderedBy !== undefined ? "set" : "list"} of ${field.element.kind === "object" ? "objects (below)" : typeText(field.element)}`;
    case "object":
      return "object (below)";
  }
}

function flags(field: Field): string {
  const out: string[] = [];
  if (field.forcesReplacement) out.push("forces replacement");
  if (field.sensitive) out.push("secret");
  if (field.resetsSession) out.push("resets the BGP session");
  if (field.stateOnly) out.push("kept in state only");
  return out.length === 0 ? "" : ` *(${out.join(", ")})*`;
}

const cell = (text: string) => text.replace(/\|/g, "\\|").replace(/\n/g, " ");

function table(shape: Shape, path: string, sections: string[]): string {
  const rows = ["| Pulumi | Terraform | Type | Required | Default | Description |", "|---|---|---|---|---|---|"];
  for (const [name, field] of Object.entries(shape)) {
    const fullPath = path === "" ? name : `${path}.${name}`;
    rows.push(
      `| \`${name}\` | \`${toSnakeCase(name)}\` | ${cell(typeText(field))} | ${field.isRequired ? "yes" : "no"} | ${cell(field.defaultDoc ?? "—")} | ${cell(field.description)}${flags(field)} |`,
    );
    const nested = field.kind === "object" ? field.shape : field.kind === "list" && field.element.kind === "object" ? field.element.shape : undefined;
    if (nested) sections.push(`### \`${fullPath}\`\n\n${field.description}\n\n${table(nested, fullPath, sections)}`);
  }
  return rows.join("\n");
}

export function referencePage(kind: AnyResourceKind): string {
  const sections: string[] = [];
  const args = table(kind.fields, "", sections);
  const status = Object.entries(kind.status as Shape);
  const out = [
    `# ${kind.className} (\`frr_${kind.terraformName}\`)`,
    "",
    "<!-- Generated from src/resources by `npm run generate`; do not edit. -->",
    "",
    kind.summary,
    "",
    kind.description,
    "",
    "| | |",
    "|---|---|",
    `| Pulumi | \`new frr.${kind.className}(name, args)\` from \`frr-iac/pulumi\` |`,
    `| Terraform / OpenTofu | \`resource "frr_${kind.terraformName}"\` |`,
    `| CDKTF | \`${kind.className}\` from \`frr-iac/cdktf\` |`,
    `| ID / import | \`${kind.identity.format}\`, e.g. ${kind.identity.examples.map((e) => `\`${e}\``).join(", ")} |`,
    "",
    "## Arguments",
    "",
    args,
    "",
    ...sections.flatMap((section) => [section, ""]),
  ];
  if (status.length > 0) {
    out.push(
      "## Status outputs",
      "",
      "Read from FRR's JSON show commands on every create, update and refresh. Status is output only: it never causes a diff.",
      "",
      "| Pulumi (`status.*`) | Terraform (`status.*`) | Description |",
      "|---|---|---|",
      ...status.map(([name, field]) => `| \`${name}\` | \`${toSnakeCase(name)}\` | ${cell(field.description)} |`),
      "",
    );
  }
  return out.join("\n");
}

export function referenceIndex(kinds: readonly AnyResourceKind[]): string {
  return [
    "# Resource reference",
    "",
    "<!-- Generated from src/resources by `npm run generate`; do not edit. -->",
    "",
    "| Resource | Terraform type | What it owns |",
    "|---|---|---|",
    ...kinds.map((kind) => `| [${kind.className}](${kind.name}.md) | \`frr_${kind.terraformName}\` | ${cell(kind.summary)} |`),
    "",
  ].join("\n");
}
