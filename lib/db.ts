import "server-only";
import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient } from "@/lib/generated/prisma/client";

// One client per process, created on first use so that tests and scripts can set DATABASE_URL
// before anything touches the database.
const globalForPrisma = globalThis as unknown as { halleDb?: PrismaClient; halleDbUrl?: string };

export function getDb(): PrismaClient {
  const url = process.env.DATABASE_URL;
  if (!url) throw new Error("DATABASE_URL is not set");
  if (!globalForPrisma.halleDb || globalForPrisma.halleDbUrl !== url) {
    globalForPrisma.halleDb = new PrismaClient({ adapter: new PrismaPg({ connectionString: url, max: Number(process.env.DATABASE_POOL_SIZE ?? 10) }) });
    globalForPrisma.halleDbUrl = url;
  }
  return globalForPrisma.halleDb;
}

export async function disconnectDb(): Promise<void> {
  await globalForPrisma.halleDb?.$disconnect();
  globalForPrisma.halleDb = undefined;
}
