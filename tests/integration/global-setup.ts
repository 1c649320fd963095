// Integration tests run against a real PostgreSQL: the one at TEST_DATABASE_URL (an admin URL,
// e.g. postgresql://postgres@127.0.0.1:5432/postgres) or, when unset, an embedded one started
// here. Migrations are applied once to a template database; each test file gets its own copy.
import type { TestProject } from "vitest/node";
import { startEmbeddedPostgres, type RunningPostgres } from "../../scripts/embedded-postgres";
import { applyMigrations } from "../../scripts/migrate";
import { TEMPLATE_DATABASE, withAdminClient } from "./database-admin";

declare module "vitest" {
  export interface ProvidedContext {
    adminDatabaseUrl: string;
  }
}

let embedded: RunningPostgres | undefined;

export async function setup(project: TestProject) {
  let adminUrl = process.env.TEST_DATABASE_URL;
  if (!adminUrl) {
    embedded = await startEmbeddedPostgres({ dataDir: ".data/test-pg", port: Number(process.env.HALLE_TEST_PG_PORT ?? 5492), fresh: true });
    adminUrl = embedded.adminUrl;
  }
  await withAdminClient(adminUrl, async (client) => {
    await client.query(`DROP DATABASE IF EXISTS ${TEMPLATE_DATABASE} WITH (FORCE)`);
    await client.query(`CREATE DATABASE ${TEMPLATE_DATABASE}`);
  });
  applyMigrations(urlWithDatabase(adminUrl, TEMPLATE_DATABASE));
  project.provide("adminDatabaseUrl", adminUrl);
}

export async function teardown() {
  await embedded?.stop();
}

export function urlWithDatabase(adminUrl: string, database: string): string {
  const url = new URL(adminUrl);
  url.pathname = `/${database}`;
  return url.toString();
}
