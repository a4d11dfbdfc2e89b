import { describe, expect, it } from "vitest";
import { createLogger, formatAttributePath, logLevelFromEnv } from "../../../src/terraform/protocol";

describe("logging levels from TF_LOG / TF_LOG_PROVIDER", () => {
  it.each([
    [{}, "off"],
    [{ TF_LOG: "off" }, "off"],
    [{ TF_LOG: "debug" }, "debug"],
    [{ TF_LOG: "JSON" }, "trace"],
    [{ TF_LOG: "nonsense" }, "trace"],
    [{ TF_LOG: "TRACE", TF_LOG_PROVIDER: "WARN" }, "warn"],
    [{ TF_LOG_PROVIDER: "ERROR" }, "error"],
  ] as Array<[NodeJS.ProcessEnv, string]>)("%j → %s", (env, level) => {
    expect(logLevelFromEnv(env)).toBe(level);
  });

  it("writes one prefixed line per record, only at or above the level", () => {
    const lines: string[] = [];
    const log = createLogger("info", (l) => lines.push(l), "frr");
    log.debug("hidden");
    log.info("two\nlines");
    log.error("bad");
    expect(lines).toEqual(["[INFO] frr: two\\nlines\n", "[ERROR] frr: bad\n"]);
    const off = createLogger("off", (l) => lines.push(l));
    off.error("nothing");
    expect(lines).toHaveLength(2);
  });
});

describe("attribute paths", () => {
  it("print like Terraform", () => {
    expect(formatAttributePath(["neighbor", 0, "password"])).toBe("neighbor[0].password");
    expect(formatAttributePath(["labels", { key: "site" }])).toBe('labels["site"]');
  });
});
