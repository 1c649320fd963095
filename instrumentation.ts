// Runs once when a Next.js server process starts: the configuration check, then the in-process job
// runner (the embedded default; set HALLE_JOBS=off on web processes when a separate worker runs the jobs).
export async function register() {
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  // A server started by hand (next start, past scripts/start.ts) checks its configuration too:
  // in production a problem stops it (docs/security.md, "Production mode and configuration").
  if (process.env.NEXT_PHASE !== "phase-production-build") {
    const { enforceConfiguration } = await import("./lib/config/enforce-configuration");
    enforceConfiguration();
  }
  if (process.env.HALLE_JOBS === "off" || !process.env.DATABASE_URL) return;
  const { startJobRunner } = await import("./lib/jobs/job-runner");
  await startJobRunner(process.env.DATABASE_URL);
}
