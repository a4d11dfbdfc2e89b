// Every shell command shown in README.md and the user docs is exercised by a test, a script or the
// demo (issue 6). A command counts as exercised when
//   - a test file, scripts/*.sh, scripts/demo.sh, scripts/demo/* or .ci/run holds a line with the
//     command's words in order: as quoted string literals in TypeScript (argv arrays, labels such
//     as "preview --refresh --expect-no-changes"), or as words of a shell line (`$var` in a script
//     stands for any word), in a file that runs the program (terraform, the frr-iac CLI, the
//     Pulumi engine stand-in, ...); or
//   - ALLOWED below names the file that exercises it and a string proving it, checked here.
// Scope: README.md and docs/**/*.md except docs/reference (generated from the schemas, no
// commands) and docs/dev (developer notes on the stand-in, the protocol and the transport, whose
// commands are for working on frr-iac itself, not for using it).
// Only ```sh, ```bash, ```shell and ```console blocks hold commands; in ```console blocks only
// lines starting with `$ ` do (the rest is output). HCL, TypeScript, YAML and plain blocks are
// not commands. Placeholders (`<host>`, `...`) match any word.
import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import { join, relative } from "node:path";
import { describe, expect, it } from "vitest";

const ROOT = join(__dirname, "../..");

interface Allowed {
  /** File (relative to the repository) that exercises the command. */
  readonly file: string;
  /** A string in that file that shows it does. */
  readonly evidence: string;
  /** Why the automatic match cannot see it. */
  readonly why: string;
}

/** Normalised command (program + words, placeholders as `<>`) → who exercises it. Keep it small. */
const ALLOWED: Record<string, Allowed> = {
  "npm run demo": {
    file: "test/integration/demo.test.ts",
    evidence: 'spawnSync("bash", [join(__dirname, "../../scripts/demo.sh")]',
    why: "npm run demo is bash scripts/demo.sh (package.json); the demo test runs that script end to end",
  },
  "npm run generate": {
    file: "test/unit/constructs/generated.test.ts",
    evidence: "generateToTemp()",
    why: "the test runs the generator npm run generate runs (scripts/generate-constructs.ts) into a temporary directory and compares",
  },
  "npm run generate -- --check": {
    file: "test/unit/constructs/generated.test.ts",
    evidence: "compareGenerated(REPO_ROOT, dir)",
    why: "--check is that comparison (scripts/generate.ts); docs.test.ts does the same for docs/reference",
  },
  "frr-iac terraform install --dir <> <*>": {
    file: "test/support/terraform-env.ts",
    evidence: '[CLI, "terraform", "install", "--dir", dir, ...flags]',
    why: "installProvider() runs it; the lab tests pass the flags (`installProvider(dir, [\"--offline\"])`)",
  },
  "npm install frr-iac <*>": {
    file: "test/integration/cloudstack/pulumi-adopt.test.ts",
    evidence: "links stand in for `npm install`",
    why: "frr-iac is not on a registry the test machines reach; the test builds a user's project with frr-iac and @pulumi/pulumi in its node_modules, as the install would",
  },
  "pulumi config set --path <> <>": {
    file: "test/unit/pulumi/resources.test.ts",
    evidence: 'setConfig("frr:hosts"',
    why: "there is no pulumi CLI on the test machines; the test sets the stack config `frr:hosts` the command writes and reads it back through hostConnection()",
  },
  "pulumi config set --secret --path <> -- <>": {
    file: "test/unit/pulumi/resources.test.ts",
    evidence: 'setConfig("frr:hosts"',
    why: "as above, with a private key in a host's connection",
  },
  "pulumi config set --secret <> <>": {
    file: "test/integration/tor/pulumi-tor.test.ts",
    evidence: "secret: true",
    why: "there is no pulumi CLI on the test machines; the engine stand-in sets the same secret stack config (--config-secret)",
  },
  "pulumi stack init <>": {
    file: "test/harness/pulumi/cli.ts",
    evidence: "--stack NAME",
    why: "there is no pulumi CLI on the test machines; the stand-in creates the stack named by --stack on first use",
  },
};

/** Which files show that a program is what a line runs, when the line itself does not name it. */
const PROGRAM_EVIDENCE: Record<string, RegExp> = {
  "frr-iac": /dist\/src\/cli\/main|\bCLI\b|cli\[@\]|\bcli\(/,
  terraform: /\bterraform\b|TerraformWorkspace/,
  pulumi: /harness\/pulumi/,
  tsx: /\btsx\b/,
};

interface DocCommand {
  readonly file: string;
  readonly line: number;
  readonly text: string;
}

interface SimpleCommand {
  readonly program: string;
  /** Words after the program; `undefined` is a placeholder. */
  readonly args: readonly (string | undefined)[];
  readonly exports: readonly string[];
  readonly key: string;
}

// ---- the docs' commands ------------------------------------------------------------------------

function docFiles(): string[] {
  const out = [join(ROOT, "README.md")];
  const walk = (dir: string): void => {
    for (const name of readdirSync(dir).sort()) {
      const path = join(dir, name);
      if (statSync(path).isDirectory()) {
        if (!["reference", "dev"].includes(name)) walk(path);
      } else if (name.endsWith(".md")) out.push(path);
    }
  };
  walk(join(ROOT, "docs"));
  return out.filter((f) => existsSync(f));
}

const FENCE = /^(\s*)(`{3,}|~{3,})\s*([\w-]*)/;
const SHELL = new Set(["sh", "bash", "shell", "console"]);

export function commandsOf(markdown: string, file = "doc.md"): DocCommand[] {
  const out: DocCommand[] = [];
  const lines = markdown.split("\n");
  let fence: { marker: string; lang: string; indent: number } | undefined;
  let pending: { text: string; line: number } | undefined;
  lines.forEach((raw, i) => {
    const m = FENCE.exec(raw);
    if (!fence) {
      if (m) fence = { marker: m[2]!, lang: m[3]!.toLowerCase(), indent: m[1]!.length };
      return;
    }
    if (m && m[2]!.startsWith(fence.marker) && m[3] === "") {
      fence = undefined;
      return;
    }
    if (!SHELL.has(fence.lang)) return;
    let line = raw.slice(Math.min(fence.indent, raw.length - raw.trimStart().length));
    if (pending) {
      pending.text += ` ${line.trim()}`;
    } else {
      if (fence.lang === "console") {
        if (!line.startsWith("$ ")) return;
        line = line.slice(2);
      }
      line = stripComment(line).trim();
      if (line === "" ) return;
      pending = { text: line, line: i + 1 };
    }
    if (pending.text.endsWith("\\")) {
      pending.text = pending.text.slice(0, -1).trimEnd();
      return;
    }
    out.push({ file, line: pending.line, text: stripComment(pending.text).trim() });
    pending = undefined;
  });
  return out;
}

/** Drops a trailing `# comment` outside quotes. */
function stripComment(line: string): string {
  let quote: string | undefined;
  for (let i = 0; i < line.length; i++) {
    const c = line[i]!;
    if (quote) {
      if (c === quote) quote = undefined;
    } else if (c === "'" || c === '"') quote = c;
    else if (c === "#" && (i === 0 || /\s/.test(line[i - 1]!))) return line.slice(0, i);
  }
  return line;
}

/** Shell words, quotes removed; `&&`, `||`, `;` and `|` as their own words. */
function shellWords(text: string): string[] {
  const words: string[] = [];
  let word = "";
  let quote: string | undefined;
  let started = false;
  const flush = () => {
    if (started) words.push(word);
    word = "";
    started = false;
  };
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (quote) {
      if (c === quote) quote = undefined;
      else word += c;
    } else if (c === "'" || c === '"') {
      quote = c;
      started = true;
    } else if (/\s/.test(c)) flush();
    else if (c === ";" || c === "|" || text.slice(i, i + 2) === "&&") {
      flush();
      const two = text.slice(i, i + 2);
      if (two === "&&" || two === "||") {
        words.push(two);
        i++;
      } else words.push(c);
    } else {
      word += c;
      started = true;
    }
  }
  flush();
  return words;
}

/** `<host>`, `...`, and values from the environment (`$PWD/x`, `$(cat key)`) stand for any word. */
const isPlaceholder = (word: string) => /^<[^>]*>$/.test(word) || word.includes("...") || word.includes("…") || word.includes("$");

export function simpleCommands(text: string): SimpleCommand[] {
  const out: SimpleCommand[] = [];
  let current: string[] = [];
  const finish = () => {
    const words = current;
    current = [];
    while (words.length > 0 && /^[A-Za-z_][A-Za-z0-9_]*=/.test(words[0]!)) words.shift();
    // Redirections are where output goes, not part of the command.
    for (let i = 0; i < words.length; i++) {
      if (isPlaceholder(words[i]!)) continue;
      if (/^\d*(>>?|<)(&\d+)?$/.test(words[i]!)) words.splice(i--, 2);
      else if (/^\d*(>>?|<)/.test(words[i]!)) words.splice(i--, 1);
    }
    if (words.length === 0) return;
    if (words[0] === "cd") return; // moving around is not a command to test
    if (words[0] === "export") {
      const names = words.slice(1).map((w) => w.split("=")[0]!);
      out.push({ program: "export", args: [], exports: names, key: `export ${names.join(" ")}` });
      return;
    }
    push(words);
  };
  const push = (words: string[]) => {
    if (words[0] === "npx") words.shift();
    if (words[0] === "node" && /(^|\/)dist\/src\/cli\/main\.js$/.test(words[1] ?? "")) words.splice(0, 2, "frr-iac");
    // `frr-iac lab exec [--name LAB] NODE -- CMD`: the lab part and CMD are two commands to exercise.
    const dashes = words.indexOf("--");
    if (words[0] === "frr-iac" && words[1] === "lab" && words[2] === "exec" && dashes > 0 && dashes < words.length - 1) {
      push(words.slice(0, dashes + 1));
      push(words.slice(dashes + 1));
      return;
    }
    const [program, ...rest] = words;
    const args = rest.flatMap((w) => (isPlaceholder(w) ? [undefined] : w.split(/\s+/).filter(Boolean)));
    out.push({ program: program!, args, exports: [], key: [program, ...args.map((a) => a ?? "<>")].join(" ") });
  };
  for (const word of shellWords(text)) {
    if (["&&", "||", ";", "|"].includes(word)) finish();
    else current.push(word);
  }
  finish();
  return out;
}

// ---- where commands run ------------------------------------------------------------------------

interface CorpusFile {
  readonly path: string;
  readonly text: string;
  readonly shell: boolean;
}

function corpus(): CorpusFile[] {
  const files: string[] = [];
  const walk = (dir: string, keep: (name: string) => boolean): void => {
    if (!existsSync(dir)) return;
    for (const name of readdirSync(dir)) {
      const path = join(dir, name);
      if (statSync(path).isDirectory()) walk(path, keep);
      else if (keep(name)) files.push(path);
    }
  };
  walk(join(ROOT, "test"), (n) => n.endsWith(".ts") && !n.startsWith("docs-commands."));
  walk(join(ROOT, "scripts/demo"), () => true);
  for (const name of readdirSync(join(ROOT, "scripts"))) if (name.endsWith(".sh")) files.push(join(ROOT, "scripts", name));
  if (existsSync(join(ROOT, ".ci/run"))) files.push(join(ROOT, ".ci/run"));
  return files.map((path) => ({ path: relative(ROOT, path), text: readFileSync(path, "utf8"), shell: !path.endsWith(".ts") }));
}

/**
 * A word of a corpus line as a pattern: `$x` and `${x}` inside a word stand for any text; a word
 * that is nothing but a variable (`"$topology"`, `dir` in an argv array is not seen at all) stands
 * for any value, never for a flag.
 */
function wordPattern(word: string): RegExp {
  const parts = word.split(/(\$\{[^}]*\}|\$[A-Za-z_@*#?][A-Za-z0-9_]*)/);
  if (parts.length === 3 && parts[0] === "" && parts[2] === "") return /^(?!-)/;
  const source = parts.map((p, i) => (i % 2 === 1 ? ".*" : p.replace(/[.*+?^${}()|[\]\\]/g, "\\$&"))).join("");
  return new RegExp(`^${source}$`);
}

/** The words a line offers: shell words, or the words inside TypeScript string literals. */
function lineWords(line: string, shell: boolean): RegExp[] {
  if (shell) return shellWords(line).map(wordPattern);
  const words: RegExp[] = [];
  for (const m of line.matchAll(/"((?:[^"\\]|\\.)*)"|'((?:[^'\\]|\\.)*)'|`((?:[^`\\]|\\.)*)`/g)) {
    const literal = m[1] ?? m[2] ?? m[3] ?? "";
    for (const w of literal.split(/\s+/).filter(Boolean)) words.push(wordPattern(w));
  }
  return words;
}

/** `want` (placeholders undefined) is an in-order subsequence of `have`. */
function subsequence(want: readonly (string | undefined)[], have: readonly RegExp[]): boolean {
  let j = 0;
  for (const w of want) {
    if (w === undefined) continue;
    while (j < have.length && !have[j]!.test(w)) j++;
    if (j === have.length) return false;
    j++;
  }
  return true;
}

export function exercisedBy(command: SimpleCommand, files: readonly CorpusFile[]): string | undefined {
  if (command.program === "export") {
    const where = command.exports.map((name) => files.find((f) => new RegExp(`\\b${name}\\b`).test(f.text))?.path);
    return where.every((w) => w !== undefined) ? where.join(", ") : undefined;
  }
  const implicit = PROGRAM_EVIDENCE[command.program];
  for (const file of files) {
    const fileRunsIt = implicit?.test(file.text) ?? false;
    const want = fileRunsIt ? command.args : [command.program, ...command.args];
    if (want.every((w) => w === undefined)) continue;
    for (const line of file.text.split("\n")) {
      if (subsequence(want, lineWords(line, file.shell))) return file.path;
    }
  }
  return undefined;
}

/** The ALLOWED entry whose key matches: `<>` is one word, a final `<*>` the rest. */
function allowedFor(key: string): Allowed | undefined {
  const words = key.split(" ");
  for (const [pattern, allowed] of Object.entries(ALLOWED)) {
    const want = pattern.split(" ");
    const rest = want[want.length - 1] === "<*>";
    if (rest) want.pop();
    if (rest ? words.length < want.length : words.length !== want.length) continue;
    if (want.every((w, i) => w === "<>" || w === words[i])) return allowed;
  }
  return undefined;
}

// ---- the tests ---------------------------------------------------------------------------------

describe("every command in README.md and docs/ is exercised", () => {
  const files = corpus();
  const commands = docFiles().flatMap((path) => commandsOf(readFileSync(path, "utf8"), relative(ROOT, path)));

  it("finds the commands (README's quick start among them)", () => {
    expect(commands.some((c) => c.file === "README.md" && c.text === "npm test")).toBe(true);
    expect(commands.length).toBeGreaterThan(10);
  });

  it.each(commands.map((c) => [`${c.file}:${c.line}`, c] as const))("%s", (_where, command) => {
    for (const simple of simpleCommands(command.text)) {
      if (allowedFor(simple.key)) continue; // checked below
      const by = exercisedBy(simple, files);
      expect(by, `\`${simple.key}\` (from \`${command.text}\`) is run by no test, script or demo step: exercise it, or add it to ALLOWED naming the test that does`).toBeDefined();
    }
  });

  it.each(Object.entries(ALLOWED))("allowed: `%s` is exercised where ALLOWED says", (key, allowed) => {
    const text = readFileSync(join(ROOT, allowed.file), "utf8");
    expect(text, `${allowed.file} no longer contains ${JSON.stringify(allowed.evidence)}`).toContain(allowed.evidence);
    expect(allowed.why.length).toBeGreaterThan(0);
    expect(commands.flatMap((c) => simpleCommands(c.text)).some((s) => allowedFor(s.key) === allowed), `\`${key}\` is no longer in the docs: drop it from ALLOWED`).toBe(true);
  });
});

describe("README's TypeScript snippets are excerpts of the examples the tests run", () => {
  const readme = readFileSync(join(ROOT, "README.md"), "utf8");
  const blocks = [...readme.matchAll(/^```ts\n([\s\S]*?)^```$/gm)].map((m) => m[1]!);

  it("has a Pulumi and a CDKTF snippet", () => expect(blocks.length).toBeGreaterThanOrEqual(2));

  it.each(blocks.map((b) => [b.split("\n")[0]!, b] as const))("%s", (_title, block) => {
    const source = /^\/\/ (examples\/\S+) \(excerpt\)$/.exec(block.split("\n")[0]!)?.[1];
    expect(source, "a README ts block starts with `// examples/<dir>/<file> (excerpt)`").toBeDefined();
    const lines = new Set(readFileSync(join(ROOT, source!), "utf8").split("\n").map((l) => l.trim()));
    for (const line of block.split("\n").slice(1).map((l) => l.trim())) {
      if (line === "" || line === "// ...") continue;
      expect(lines.has(line), `${source} has no line ${JSON.stringify(line)}`).toBe(true);
    }
  });
});

describe("the command finder itself", () => {
  const files: CorpusFile[] = [
    { path: "a.test.ts", text: 'import { TerraformWorkspace } from "x";\nws.run(["plan", "-detailed-exitcode", "-input=false"]);', shell: false },
    { path: "t.sh", text: '"${cli[@]}" lab up "lab/topologies/$topology.yaml" --name "$topology"\nexec npm test', shell: true },
  ];
  const one = (text: string) => simpleCommands(text)[0]!;

  it("reads only shell blocks, only `$ ` lines of console blocks, joins continuations, drops comments", () => {
    const md = ["```sh", "npm test   # all", "terraform plan \\", "  -detailed-exitcode", "```", "```hcl", "frr = {}", "```", "```console", "$ frr-iac lab down", "output", "```", "  ```sh", "  npm run demo", "  ```"].join("\n");
    expect(commandsOf(md).map((c) => c.text)).toEqual(["npm test", "terraform plan -detailed-exitcode", "frr-iac lab down", "npm run demo"]);
  });

  it("splits chains, drops env assignments and npx, normalises the CLI and placeholders", () => {
    expect(simpleCommands("TF_VAR_x=1 terraform init && terraform apply").map((c) => c.key)).toEqual(["terraform init", "terraform apply"]);
    expect(one("node dist/src/cli/main.js status <host>").key).toBe("frr-iac status <>");
    expect(one("npx frr-iac terraform install").key).toBe("frr-iac terraform install");
    expect(simpleCommands("cd examples/x")).toEqual([]);
    expect(one("terraform plan -out=tfplan > plan.log 2>&1").key).toBe("terraform plan -out=tfplan");
  });

  it("matches argv arrays in order, with extra words allowed", () => {
    expect(exercisedBy(one("terraform plan -detailed-exitcode"), files)).toBe("a.test.ts");
    expect(exercisedBy(one("terraform -detailed-exitcode plan"), files)).toBeUndefined();
    expect(exercisedBy(one("terraform plan -refresh-only"), files)).toBeUndefined();
  });

  it("matches shell lines, `$var` standing for any word", () => {
    expect(exercisedBy(one("frr-iac lab up lab/topologies/tor.yaml --name tor"), files)).toBe("t.sh");
    expect(exercisedBy(one("frr-iac lab up tor --keep-on-failure"), files)).toBeUndefined();
    expect(exercisedBy(one("npm test"), files)).toBe("t.sh");
    expect(exercisedBy(one("npm run bench"), files)).toBeUndefined();
  });

  it("fails a command nobody runs", () => {
    expect(exercisedBy(one("frr-iac frobnicate --hard"), files)).toBeUndefined();
    expect(exercisedBy(one("export NOBODY_SETS_THIS=1"), files)).toBeUndefined();
  });
});
