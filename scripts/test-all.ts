// `npm test`: every check, cheapest first; the first failure stops the run with its exit code.
// Before the end-to-end step, the Chromium it drives is found or installed (scripts/prepare-browser.ts)
// and handed to Playwright as CHROMIUM_PATH; when none can be had, one message says what to install.
// Before the integration tests, nginx is found or installed the same way (scripts/prepare-nginx.ts)
// for the test of deploy/nginx.conf, which is skipped with a message when it cannot be had. The
// cluster tests come last (npm run test:cluster), on the end-to-end tests' build and browser.
import { spawnSync } from "node:child_process";
import { prepareBrowser } from "./prepare-browser";
import { prepareNginx } from "./prepare-nginx";

const END_TO_END = "end-to-end tests";
const INTEGRATION = "integration tests";
const CLUSTER = "cluster tests";

const steps: [string, string[]][] = [
  ["lint", ["eslint", "--max-warnings=0", "."]],
  ["lint: format", ["prettier", "--check", "."]],
  ["type check", ["tsc", "--noEmit"]],
  ["unit tests", ["vitest", "run", "--project", "unit"]],
  [INTEGRATION, ["vitest", "run", "--project", "integration"]],
  [END_TO_END, ["playwright", "test"]],
  // Two web processes, a worker, s3rver and nginx (scripts/test-cluster.ts): the same build and Chromium.
  [CLUSTER, ["tsx", "scripts/test-cluster.ts"]],
];

const only = process.argv.slice(2);
const env: NodeJS.ProcessEnv = { ...process.env, NEXT_TELEMETRY_DISABLED: "1" };
for (const [name, args] of steps) {
  if (only.length > 0 && !only.some((wanted) => name.startsWith(wanted))) continue;
  if (name === INTEGRATION) {
    console.log(`\n▶ nginx for the ${name}`);
    prepareNginx();
  }
  if (name === END_TO_END || (name === CLUSTER && !env.CHROMIUM_PATH)) {
    console.log(`\n▶ browser for the ${name}`);
    const browser = prepareBrowser();
    if (!browser.ok) {
      console.error(`\n✗ ${name} not run.\n\n${browser.message}\n`);
      process.exit(1);
    }
    env.CHROMIUM_PATH = browser.executable;
  }
  const started = Date.now();
  console.log(`\n▶ ${name}: npx ${args.join(" ")}`);
  const result = spawnSync("npx", args, { stdio: "inherit", env });
  const seconds = ((Date.now() - started) / 1000).toFixed(1);
  if (result.status !== 0) {
    console.error(`✗ ${name} failed after ${seconds} s`);
    process.exit(result.status ?? 1);
  }
  console.log(`✓ ${name} (${seconds} s)`);
}
