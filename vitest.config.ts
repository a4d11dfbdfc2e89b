import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
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
