import "server-only";
import type { getDb } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import { DEFAULT_QUALITY_THRESHOLDS, type QualityThresholds } from "./quality-rules";

type Db = ReturnType<typeof getDb> | Prisma.TransactionClient;

const SELECT = Object.fromEntries(Object.keys(DEFAULT_QUALITY_THRESHOLDS).map((key) => [key, true])) as {
  [K in keyof QualityThresholds]: true;
};

/** The marketplace's quality thresholds (MarketplaceSettings quality*), or the schema's defaults before it is saved. */
export async function readQualityThresholds(db: Db): Promise<QualityThresholds> {
  const row = await db.marketplaceSettings.findUnique({ where: { id: 1 }, select: SELECT });
  return row ?? DEFAULT_QUALITY_THRESHOLDS;
}
