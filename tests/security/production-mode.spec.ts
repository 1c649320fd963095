import { spawn } from "node:child_process";
import { existsSync, mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { expect, test } from "@playwright/test";

// Production mode (docs/security.md, "Production mode and configuration"): `npm start` checks the
// configuration before building or touching a database, and refuses to start in production with
// one line per problem and exit code 1. No browser: the start command itself, spawned.

const CONFIG_KEYS = [
  "NODE_ENV",
  "HALLE_MODE",
  "HALLE_TEST_PAYMENTS",
  "APP_URL",
  "NEXTAUTH_URL",
  "STRIPE_SECRET_KEY",
  "STRIPE_WEBHOOK_SECRET",
  "STRIPE_API_BASE",
  "SMTP_URL",
  "MAIL_FROM",
  "HALLE_DEMO",
];

type Run = { code: number | null; stdout: string; stderr: string; dataDir: string };

/** Runs `npx tsx <script>` with `env` over a clean configuration, an unused data folder and a database that is not there. */
function runScript(script: string, env: Record<string, string>): Promise<Run> {
  const dataDir = path.join(mkdtempSync(path.join(tmpdir(), "halle-prod-")), "data");
  const base = Object.fromEntries(
    Object.entries(process.env).filter(([key]) => !CONFIG_KEYS.includes(key)),
  ) as NodeJS.ProcessEnv;
  return new Promise((resolve, reject) => {
    const child = spawn("npx", ["tsx", script], {
      env: {
        ...base,
        HALLE_DATA_DIR: dataDir,
        // Nothing listens there: had the check not stopped it first, this would hang or fail differently.
        DATABASE_URL: "postgresql://halle:halle@127.0.0.1:1/halle",
        PORT: "3999",
        ...env,
      },
      stdio: ["ignore", "pipe", "pipe"],
    });
    let stdout = "";
    let stderr = "";
    child.stdout.on("data", (chunk: Buffer) => (stdout += chunk.toString()));
    child.stderr.on("data", (chunk: Buffer) => (stderr += chunk.toString()));
    const timer = setTimeout(() => child.kill("SIGKILL"), 60_000);
    child.on("error", reject);
    child.on("exit", (code) => {
      clearTimeout(timer);
      resolve({ code, stdout, stderr, dataDir });
    });
  });
}

const problemLines = (run: Run) => run.stderr.split("\n").filter((line) => line.includes("configuration error"));

test("npm start refuses a production configuration that would take no money, send no mail and drop Secure", async () => {
  const run = await runScript("scripts/start.ts", {
    NODE_ENV: "production",
    APP_URL: "http://halle.example",
    NEXTAUTH_URL: "http://halle.example",
    STRIPE_SECRET_KEY: "sk_live_not_a_real_key",
  });
  expect(run.code, run.stderr).toBe(1);
  const lines = problemLines(run);
  expect(lines).toHaveLength(5);
  for (const code of ["STRIPE_WEBHOOK_SECRET_MISSING", "SMTP_MISSING", "MAIL_FROM_MISSING", "PUBLIC_URL_NOT_HTTPS"])
    expect(
      lines.some((line) => line.includes(code)),
      code,
    ).toBe(true);
  expect(lines.filter((line) => line.includes("PUBLIC_URL_NOT_HTTPS"))).toHaveLength(2);
  expect(run.stderr).toContain("refusing to start in production mode");
  // Stopped before anything: no build, no embedded database, no migrations, no demo.
  expect(run.stdout).not.toMatch(/building|starting PostgreSQL|applying migrations|seed/);
  expect(existsSync(run.dataDir)).toBe(false);
});

test("HALLE_MODE=production on this machine: the test payments are refused without the opt-in", async () => {
  const run = await runScript("scripts/start.ts", { HALLE_MODE: "production" });
  expect(run.code, run.stderr).toBe(1);
  const lines = problemLines(run);
  expect(lines.map((line) => line.match(/configuration error (\w+)/)?.[1])).toEqual([
    "PAYMENTS_TEST_PROVIDER",
    "SMTP_MISSING",
    "MAIL_FROM_MISSING",
    "PUBLIC_URL_MISSING",
  ]);
  expect(existsSync(run.dataDir)).toBe(false);
});

test("npm run dev refuses too when HALLE_MODE=production", async () => {
  const run = await runScript("scripts/dev.ts", { HALLE_MODE: "production", HALLE_TEST_PAYMENTS: "1" });
  expect(run.code, run.stderr).toBe(1);
  expect(problemLines(run).map((line) => line.match(/configuration error (\w+)/)?.[1])).toEqual([
    "SMTP_MISSING",
    "MAIL_FROM_MISSING",
    "PUBLIC_URL_MISSING",
  ]);
  expect(existsSync(run.dataDir)).toBe(false);
});

test("the running test server is not in production: no test-mode banner", async ({ request }) => {
  const response = await request.get("/");
  expect(response.ok()).toBe(true);
  const html = await response.text();
  expect(html).not.toContain("Mode test : les paiements sont simulés");
});
