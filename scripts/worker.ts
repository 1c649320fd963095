// `npm run worker` (tsx --conditions=react-server scripts/worker.ts): the durable jobs without a web
// server (docs/architecture.md, Jobs). Run one or more beside web processes started with
// HALLE_JOBS=off; HALLE_JOBS itself is ignored here. Like the web server it reads `.env` when there
// is one (never over the environment) and checks the configuration first: in production a problem
// stops it, exit code 1 (docs/security.md, "Production mode and configuration"). It needs
// DATABASE_URL, a database already migrated by `npm run setup` or `npm start`: the worker applies no
// migration (pg-boss creates its own `pgboss` schema when missing, as any job runner does). On
// SIGTERM or SIGINT it takes no new job, lets the jobs in progress finish (at most
// DEFAULT_STOP_GRACE_SECONDS) and exits 0.
import { existsSync } from "node:fs";
import pg from "pg";
import { enforceConfiguration } from "../lib/config/enforce-configuration";

const log = (message: string) => console.log(`[worker] ${message}`);
function fail(message: string): never {
  console.error(`[worker] ${message}`);
  process.exit(1);
}

/** The database named without its password, for the logs. */
function shown(databaseUrl: string): string {
  try {
    const url = new URL(databaseUrl);
    return `${url.hostname}${url.port ? `:${url.port}` : ""}${url.pathname}`;
  } catch {
    return "DATABASE_URL";
  }
}

/** Whether Halle's migrations were applied to the database (the worker never applies them). */
async function isMigrated(databaseUrl: string): Promise<boolean> {
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    const { rows } = await client.query<{ migrated: boolean }>(
      `SELECT to_regclass('public."_prisma_migrations"') IS NOT NULL AS "migrated"`,
    );
    return rows[0]?.migrated === true;
  } finally {
    await client.end();
  }
}

async function main(): Promise<void> {
  if (existsSync(".env")) process.loadEnvFile(".env");
  // The web processes run the built app, always NODE_ENV=production (`next start`); the worker runs
  // the same jobs, so it reckons the same unless told otherwise.
  if (!process.env.NODE_ENV) Object.assign(process.env, { NODE_ENV: "production" });
  enforceConfiguration();

  const databaseUrl = process.env.DATABASE_URL?.trim();
  if (!databaseUrl)
    fail("DATABASE_URL is not set: the worker runs the jobs of the web processes' database (see .env.example)");
  if (!(await isMigrated(databaseUrl)))
    fail(`${shown(databaseUrl)} has no Halle tables: run \`npm run setup\` (or \`npm start\`) first`);

  // Loaded once the environment is final: the database client reads it on first use.
  const { DEFAULT_STOP_GRACE_SECONDS, startJobRunner } = await import("../lib/jobs/job-runner");
  const { disconnectDb } = await import("../lib/db");
  const runner = await startJobRunner(databaseUrl);
  log(`ready: running the jobs of ${shown(databaseUrl)} (pid ${process.pid})`);

  let stopping = false;
  const stop = async (signal: NodeJS.Signals) => {
    if (stopping) return;
    stopping = true;
    log(`${signal}: taking no new job, finishing those in progress (at most ${DEFAULT_STOP_GRACE_SECONDS} s)`);
    try {
      await runner.stop();
      await disconnectDb();
    } catch (error) {
      fail(`stopping failed: ${error instanceof Error ? error.message : String(error)}`);
    }
    log("stopped");
    process.exit(0);
  };
  process.on("SIGTERM", () => void stop("SIGTERM"));
  process.on("SIGINT", () => void stop("SIGINT"));
}

main().catch((error: unknown) => {
  const message = error instanceof Error ? error.message : String(error);
  // lib/ is server code (`server-only`): it loads only under the react-server condition.
  if (message.includes("Server Component")) fail("run it with `npm run worker` (tsx --conditions=react-server)");
  fail(message);
});
