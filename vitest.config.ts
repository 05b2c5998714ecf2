import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["tests/**/*.test.ts"],
    testTimeout: 20_000,
    hookTimeout: 20_000,
    pool: "forks",
    // vitest leaves one core free by default; on a 2-core CI machine that means one worker.
    maxWorkers: 2,
    // In CI a JSON report lets .ci/run print the closing "N passed, M failed" line.
    reporters: process.env.CI ? ["default", ["json", { outputFile: ".ci/results.json" }]] : ["default"],
  },
});
