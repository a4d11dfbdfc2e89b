import { defineConfig } from "vitest/config";
import { BaseSequencer, type TestSpecification } from "vitest/node";

/**
 * Lab test files share real hosts, so they run in one order everywhere (by path), not in the
 * order vitest's cache of earlier runs would pick: a failure seen in CI reproduces locally.
 */
class ByPath extends BaseSequencer {
  override async sort(files: TestSpecification[]): Promise<TestSpecification[]> {
    const key = (f: TestSpecification) => `${f.project.name}\0${f.moduleId}`;
    return [...files].sort((a, b) => (key(a) < key(b) ? -1 : key(a) > key(b) ? 1 : 0));
  }
}

export default defineConfig({
  test: {
    sequence: { sequencer: ByPath },
    projects: [
      {
        test: {
          name: "unit",
          include: ["test/unit/**/*.test.ts"],
          testTimeout: 20_000,
        },
      },
      ...["tor", "pve", "cloudstack"].map((topology) => ({
        test: {
          // Runs inside the lab's management namespace (scripts/test.sh): hosts are reachable,
          // nothing else is.
          name: `lab-${topology}`,
          include: [`test/integration/${topology}/**/*.test.ts`],
          fileParallelism: false,
          testTimeout: 240_000,
          hookTimeout: 300_000,
        },
      })),
      {
        test: {
          name: "lab",
          include: ["test/integration/*.test.ts"],
          // Lab tests share real hosts: one file at a time, generous timeouts for real BGP.
          fileParallelism: false,
          testTimeout: 180_000,
          hookTimeout: 300_000,
        },
      },
    ],
  },
});
