import { readFileSync } from "node:fs";
import { defineConfig, devices } from "@playwright/test";
import e2e from "./playwright.config";

// The journeys through several processes (docs/scaling.md, "Running several processes"), run by
// `npm run test:cluster` (scripts/test-cluster.ts), which starts the cluster first and names it in
// HALLE_CLUSTER (a JSON file: nginx's address, each web process's, the database, the buckets…).
// No webServer here: everything is already running. The same Chromium as the end-to-end tests.
const described = process.env.HALLE_CLUSTER;
if (!described) throw new Error("tests/cluster run through `npm run test:cluster`, which starts the processes first");
const { nginxUrl } = JSON.parse(readFileSync(described, "utf8")) as { nginxUrl: string };

export default defineConfig({
  testDir: "tests/cluster",
  outputDir: "test-results/cluster",
  fullyParallel: false,
  // One file a worker: the checkout's e-mails wait for the worker's next delivery run (every
  // minute) while the other journeys go on.
  workers: 3,
  retries: 0,
  timeout: 60_000,
  expect: { timeout: 10_000 },
  reporter: [["list"]],
  use: {
    baseURL: nginxUrl,
    trace: "retain-on-failure",
    launchOptions: e2e.use?.launchOptions,
  },
  projects: [{ name: "cluster", use: { ...devices["Desktop Chrome"], channel: undefined } }],
});
