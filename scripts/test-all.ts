// `npm test`: every check, cheapest first; the first failure stops the run with its exit code.
import { spawnSync } from "node:child_process";

const steps: [string, string[]][] = [
  ["lint", ["eslint", "--max-warnings=0", "."]],
  ["lint: format", ["prettier", "--check", "."]],
  ["type check", ["tsc", "--noEmit"]],
  ["unit tests", ["vitest", "run", "--project", "unit"]],
  ["integration tests", ["vitest", "run", "--project", "integration"]],
  ["end-to-end tests", ["playwright", "test"]],
];

const only = process.argv.slice(2);
for (const [name, args] of steps) {
  if (only.length > 0 && !only.some((wanted) => name.startsWith(wanted))) continue;
  const started = Date.now();
  console.log(`\n▶ ${name}: npx ${args.join(" ")}`);
  const result = spawnSync("npx", args, { stdio: "inherit", env: { ...process.env, NEXT_TELEMETRY_DISABLED: "1" } });
  const seconds = ((Date.now() - started) / 1000).toFixed(1);
  if (result.status !== 0) {
    console.error(`✗ ${name} failed after ${seconds} s`);
    process.exit(result.status ?? 1);
  }
  console.log(`✓ ${name} (${seconds} s)`);
}
