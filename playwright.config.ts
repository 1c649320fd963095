import { execSync } from "node:child_process";
import { defineConfig, devices } from "@playwright/test";

// `npm test` finds or installs a Chromium and passes it as CHROMIUM_PATH (scripts/prepare-browser.ts).
// Run directly (npx playwright test), this takes the system's chromium, else Playwright's own download.
function chromiumPath(): string | undefined {
  if (process.env.CHROMIUM_PATH) return process.env.CHROMIUM_PATH;
  try {
    return (
      execSync("command -v chromium || command -v chromium-browser", { shell: "/bin/sh" }).toString().trim() ||
      undefined
    );
  } catch {
    return undefined; // fall back to Playwright's bundled browser where one is installed
  }
}

const port = Number(process.env.E2E_PORT ?? 3100);

export default defineConfig({
  testDir: "tests/e2e",
  fullyParallel: false,
  workers: 1,
  retries: process.env.CI ? 1 : 0,
  timeout: 60_000,
  expect: { timeout: 10_000 },
  reporter: [["list"]],
  use: {
    baseURL: `http://localhost:${port}`,
    trace: "retain-on-failure",
    launchOptions: {
      executablePath: chromiumPath(),
      args: [
        "--no-sandbox",
        "--disable-gpu",
        "--disable-dev-shm-usage",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
      ],
    },
  },
  projects: [
    { name: "desktop", use: { ...devices["Desktop Chrome"], channel: undefined } },
    // The security suite (docs/security.md): HTTP-level checks against the same running server,
    // most without a browser (headers, throttles, body sizes, route fuzzing). It runs last.
    { name: "security", testDir: "tests/security", dependencies: ["desktop"] },
  ],
  webServer: {
    // The real start command, on a fresh embedded database of its own.
    command: "npx tsx scripts/start.ts",
    url: `http://localhost:${port}/api/health`,
    timeout: 15 * 60_000,
    reuseExistingServer: false,
    stdout: "pipe",
    env: {
      PORT: String(port),
      HALLE_DATA_DIR: `.data/e2e-${port}`,
      HALLE_PG_PORT: String(Number(process.env.E2E_PG_PORT ?? 5491)),
      HALLE_FRESH: "1",
      NEXTAUTH_SECRET: "e2e-secret-not-for-production",
      NEXT_TELEMETRY_DISABLED: "1",
    },
  },
});
