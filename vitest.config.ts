import path from "node:path";
import { defineConfig } from "vitest/config";

// Each run keeps its databases in its own folder, so two runs (two engineers, or CI and a
// developer) never share a SQLite file. Workers inherit this from the main process.
process.env.TEST_RUN_ID ??= String(process.pid);

const alias = { "~": path.resolve(import.meta.dirname, "app") };

export default defineConfig({
  resolve: { alias },
  test: {
    projects: [
      {
        resolve: { alias },
        test: { name: "unit", include: ["app/**/*.test.{ts,tsx}", "tests/unit/**/*.test.{ts,tsx}"], environment: "node" },
      },
      {
        resolve: { alias },
        test: {
          name: "integration",
          include: ["tests/integration/**/*.test.ts"],
          environment: "node",
          globalSetup: ["tests/setup/global-setup.ts"],
          setupFiles: ["tests/setup/integration-setup.ts"],
          // Generous: the slowest integration test takes about 3 s idle, and must pass on a busy machine.
          testTimeout: 60_000,
          hookTimeout: 60_000,
        },
      },
      {
        resolve: { alias },
        test: {
          // The production server over real HTTP, each file on its own database and port.
          name: "http",
          include: ["tests/http/**/*.test.ts"],
          environment: "node",
          globalSetup: ["tests/http/support/global-setup.ts"],
          fileParallelism: false,
          // After the browser tests, so the two servers never compete for the machine's cores.
          sequence: { groupOrder: 2 },
          testTimeout: 120_000,
          hookTimeout: 90_000,
        },
      },
      {
        resolve: { alias },
        test: {
          name: "e2e",
          include: ["tests/e2e/**/*.test.ts"],
          environment: "node",
          globalSetup: ["tests/e2e/support/global-setup.ts"],
          // One browser at a time: the machine has two cores and the server needs one. And
          // only after the unit and integration tests, so the browser and the app's server
          // do not compete with integration workers for those two cores.
          fileParallelism: false,
          sequence: { groupOrder: 1 },
          // Limits at least four times what a test or step takes on an idle two-core machine,
          // so the suite passes when the machine is busy with other work (journeys are split
          // into steps with their own limit: tests/e2e/support/journey.ts).
          testTimeout: 60_000,
          hookTimeout: 120_000,
          // expect.poll waits for what a page shows; its default of one second is too short
          // for a page that is still rendering on a busy machine.
          expect: { poll: { timeout: 15_000 } },
        },
      },
    ],
  },
});
