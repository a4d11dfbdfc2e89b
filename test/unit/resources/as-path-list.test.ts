import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { asnRangeRegex, parseAsPathRegex } from "../../../src/resources/as-path-list";

describe("asnRangeRegex", () => {
  it("matches exactly the CloudStack seed's allowed range", () => {
    const regex = new RegExp(asnRangeRegex(65200, 65299));
    expect(regex.test("65200")).toBe(true);
    expect(regex.test("65299")).toBe(true);
    expect(regex.test("65199")).toBe(false);
    expect(regex.test("65300")).toBe(false);
    expect(regex.test("652000")).toBe(false);
  });

  it("matches exactly [min, max] for any range (property)", () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 4294967294 }), fc.integer({ min: 0, max: 100000 }), fc.integer({ min: 0, max: 200000 }), (min, span, probeOffset) => {
        const max = Math.min(min + span, 4294967294);
        const regex = new RegExp(asnRangeRegex(min, max));
        for (const probe of [min, max, min - 1, max + 1, min + (probeOffset % (span + 1)), Math.max(1, min - probeOffset), max + probeOffset]) {
          expect(regex.test(String(probe)), `${probe} in [${min}, ${max}]`).toBe(probe >= min && probe <= max);
        }
      }),
      { numRuns: 300 },
    );
  });

  it("produces something FRR accepts as an AS-path regex", () => {
    expect(parseAsPathRegex(asnRangeRegex(4200100000, 4200199999)).ok).toBe(true);
  });
});
