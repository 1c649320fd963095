// Runs once when a Next.js server process starts: the in-process job runner (the embedded default;
// set HALLE_JOBS=off on web processes when a separate worker runs the jobs).
export async function register() {
  if (process.env.NEXT_RUNTIME !== "nodejs" || process.env.HALLE_JOBS === "off" || !process.env.DATABASE_URL) return;
  const { startJobRunner } = await import("./lib/jobs/job-runner");
  await startJobRunner(process.env.DATABASE_URL);
}
