import { readdirSync, readFileSync } from "node:fs";
import { join, relative } from "node:path";
import { describe, expect, it } from "vitest";

const REPO = join(__dirname, "../../..");

function sources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory() ? sources(join(dir, entry.name)) : entry.name.endsWith(".ts") ? [join(dir, entry.name)] : [],
  );
}

describe("constructs/ is a leaf", () => {
  it("nothing in src/ imports the constructs, cdktf, cdktn or constructs", () => {
    const offenders = sources(join(REPO, "src")).flatMap((file) =>
      [...readFileSync(file, "utf8").matchAll(/(?:from|require\()\s*["']([^"']+)["']/g)]
        .map((m) => m[1]!)
        .filter((spec) => /^(cdktf|cdktn|constructs|@cdktf\/|@cdktn\/)/.test(spec) || /(^|\/)constructs(\/|$)/.test(spec))
        .map((spec) => `${relative(REPO, file)} imports ${spec}`),
    );
    expect(offenders).toEqual([]);
  });
});
