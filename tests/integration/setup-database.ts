// Each integration test file works in a database of its own, cloned from the migrated template.
import { randomBytes } from "node:crypto";
import { afterAll, beforeAll, expect, inject } from "vitest";
import { disconnectDb } from "@/lib/db";
import { withAdminClient } from "./database-admin";

const database = `halle_test_${randomBytes(6).toString("hex")}`;
const adminUrl = inject("adminDatabaseUrl");
const template = inject("templateDatabase");

// pg warns (once per process) when a query is sent on a client that is still running one; pg@9 will
// throw. It comes from `Promise.all` over a transaction client (`tx`): run those queries one after
// the other. The pooled client (`getDb()`) spreads queries over the pool and is fine. Prisma's own
// plans do it too (sibling relations loaded at once): lib/db.ts queues a transaction's queries.
// Deep stacks, so that the warning's reaches past Prisma's frames to the caller.
Error.stackTraceLimit = Math.max(Error.stackTraceLimit, 60);
const concurrentQueryWarnings: string[] = [];
function recordConcurrentQuery(warning: Error) {
  if (/already executing a query/.test(warning.message)) {
    concurrentQueryWarnings.push(warning.stack ?? warning.message);
  }
}
process.on("warning", recordConcurrentQuery);

beforeAll(async () => {
  await withAdminClient(adminUrl, (client) => client.query(`CREATE DATABASE ${database} TEMPLATE ${template}`));
  const url = new URL(adminUrl);
  url.pathname = `/${database}`;
  process.env.DATABASE_URL = url.toString();
});

afterAll(async () => {
  await disconnectDb();
  await withAdminClient(adminUrl, (client) => client.query(`DROP DATABASE IF EXISTS ${database} WITH (FORCE)`));
  process.off("warning", recordConcurrentQuery);
  expect(
    concurrentQueryWarnings,
    "Concurrent queries on one PostgreSQL client: await them one after the other on a transaction client (see the stack)",
  ).toEqual([]);
});
