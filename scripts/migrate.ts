import { spawnSync } from "node:child_process";
import { prismaEnv } from "./prisma-env.mjs";

/** Applies prisma/migrations to the database at `databaseUrl` (prisma migrate deploy). */
export function applyMigrations(databaseUrl: string): void {
  const result = spawnSync("npx", ["prisma", "migrate", "deploy"], {
    env: prismaEnv({ ...process.env, DATABASE_URL: databaseUrl }),
    encoding: "utf8",
  });
  if (result.status !== 0) {
    throw new Error(`prisma migrate deploy failed:\n${result.stdout}\n${result.stderr}`);
  }
}
