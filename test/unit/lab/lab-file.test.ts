import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { LAB_FILE_ENV, readLabFile, resolveLabFile } from "../../../src/lab/lab-file";

const dirs: string[] = [];
function workdir(files: string[]): string {
  const dir = mkdtempSync(join(tmpdir(), "fil-labfile-"));
  dirs.push(dir);
  mkdirSync(join(dir, ".lab"));
  for (const f of files) writeFileSync(join(dir, ".lab", f), JSON.stringify({ format: 1, name: f.replace(".json", ""), hosts: {}, peers: {} }));
  return dir;
}

afterEach(() => {
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
  delete process.env[LAB_FILE_ENV];
});

describe("lab file lookup", () => {
  it("takes a path, a lab name, $FRR_IAC_LAB_FILE, or the only file in .lab/", () => {
    const dir = workdir(["tor.json"]);
    expect(resolveLabFile("x/y.json", dir)).toBe(join(dir, "x/y.json"));
    expect(resolveLabFile("pve", dir)).toBe(join(dir, ".lab/pve.json"));
    expect(resolveLabFile(undefined, dir)).toBe(join(dir, ".lab/tor.json"));
    process.env[LAB_FILE_ENV] = "/somewhere/lab.json";
    expect(resolveLabFile(undefined, dir)).toBe("/somewhere/lab.json");
  });

  it("asks to choose when several labs exist, and says how to start one when none does", () => {
    expect(() => resolveLabFile(undefined, workdir(["a.json", "b.json"]))).toThrow(/several lab files.*a.json, b.json/);
    expect(() => resolveLabFile(undefined, workdir([]))).toThrow(/no lab file.*frr-iac lab up/);
  });

  it("reads a lab file and rejects other JSON", () => {
    const dir = workdir(["tor.json"]);
    expect(readLabFile("tor", dir).name).toBe("tor");
    writeFileSync(join(dir, ".lab", "bad.json"), "{}");
    expect(() => readLabFile("bad", dir)).toThrow(/not a lab file/);
  });
});
