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

type PgAdapter = Awaited<ReturnType<PrismaPg["connect"]>>;
type PgTransaction = Awaited<ReturnType<PgAdapter["startTransaction"]>>;

/**
 * A transaction holds one connection: its queries are sent one at a time. Prisma's own query plans
 * load sibling relations at once (an `include`/`select` of two relations), which queues queries on
 * the connection: pg warns of it and pg@9 will refuse it. The pool (outside transactions) still
 * spreads queries over its connections.
 */
class PrismaPgOneQueryPerTransaction extends PrismaPg {
  async connect(): Promise<PgAdapter> {
    const adapter = await super.connect();
    const startTransaction = adapter.startTransaction.bind(adapter);
    adapter.startTransaction = async (isolationLevel) => oneQueryAtATime(await startTransaction(isolationLevel));
    return adapter;
  }
}

function oneQueryAtATime(tx: PgTransaction): PgTransaction {
  let last: Promise<unknown> = Promise.resolve();
  const queued = <T>(run: () => Promise<T>): Promise<T> => {
    const result = last.then(run, run);
    last = result.catch(() => undefined);
    return result;
  };
  const queryRaw = tx.queryRaw.bind(tx);
  const executeRaw = tx.executeRaw.bind(tx);
  tx.queryRaw = (query) => queued(() => queryRaw(query));
  tx.executeRaw = (query) => queued(() => executeRaw(query));
  return tx;
}

export function getDb(): PrismaClient {
  const url = process.env.DATABASE_URL;
  if (!url) throw new Error("DATABASE_URL is not set");
  if (!globalForPrisma.halleDb || globalForPrisma.halleDbUrl !== url) {
    globalForPrisma.halleDb = new PrismaClient({
      adapter: new PrismaPgOneQueryPerTransaction({ connectionString: url, max: poolSize() }),
    });
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
