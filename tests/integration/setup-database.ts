// Each integration test file works in a database of its own, cloned from the migrated template.
import { randomBytes } from "node:crypto";
import { afterAll, beforeAll, inject } from "vitest";
import { disconnectDb } from "@/lib/db";
import { withAdminClient } from "./database-admin";

const database = `halle_test_${randomBytes(6).toString("hex")}`;
const adminUrl = inject("adminDatabaseUrl");
const template = inject("templateDatabase");

beforeAll(async () => {
  await withAdminClient(adminUrl, (client) => client.query(`CREATE DATABASE ${database} TEMPLATE ${template}`));
  const url = new URL(adminUrl);
  url.pathname = `/${database}`;
  process.env.DATABASE_URL = url.toString();
});

afterAll(async () => {
  await disconnectDb();
  await withAdminClient(adminUrl, (client) => client.query(`DROP DATABASE IF EXISTS ${database} WITH (FORCE)`));
});
