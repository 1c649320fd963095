import "server-only";
import { PrismaPg } from "@prisma/adapter-pg";
import pg from "pg";
import { PrismaClient, type Prisma } from "@/lib/generated/prisma/client";

// One client per process, created on first use so that tests and scripts can set DATABASE_URL
// before anything touches the database.
const globalForPrisma = globalThis as unknown as {
  halleDb?: PrismaClient;
  halleDbUrl?: string;
  hallePool?: pg.Pool;
  hallePoolUrl?: string;
};

const poolSize = () => Number(process.env.DATABASE_POOL_SIZE ?? 10);

export function getDb(): PrismaClient {
  const url = process.env.DATABASE_URL;
  if (!url) throw new Error("DATABASE_URL is not set");
  if (!globalForPrisma.halleDb || globalForPrisma.halleDbUrl !== url) {
    globalForPrisma.halleDb = new PrismaClient({ adapter: new PrismaPg({ connectionString: url, max: poolSize() }) });
    globalForPrisma.halleDbUrl = url;
  }
  return globalForPrisma.halleDb;
}

/**
 * Raw SQL on a plain node-postgres pool, for the few hot read paths written in SQL anyway (product
 * search): it skips the ORM's per-query work, which on a busy two-core machine costs as much CPU
 * as PostgreSQL's own. Same DATABASE_URL; returns the rows as PostgreSQL sends them (JSON parsed).
 */
export async function queryRows<T>(statement: Prisma.Sql): Promise<T[]> {
  const url = process.env.DATABASE_URL;
  if (!url) throw new Error("DATABASE_URL is not set");
  if (!globalForPrisma.hallePool || globalForPrisma.hallePoolUrl !== url) {
    globalForPrisma.hallePool = new pg.Pool({ connectionString: url, max: poolSize() });
    // An idle connection the server closes (a restart, a failover) must not bring the process down.
    globalForPrisma.hallePool.on("error", (error) => console.error("[db] idle connection lost:", error.message));
    globalForPrisma.hallePoolUrl = url;
  }
  const result = await globalForPrisma.hallePool.query(statement.text, statement.values as unknown[]);
  return result.rows as T[];
}

export async function disconnectDb(): Promise<void> {
  await globalForPrisma.halleDb?.$disconnect();
  globalForPrisma.halleDb = undefined;
  await globalForPrisma.hallePool?.end();
  globalForPrisma.hallePool = undefined;
}
