import "server-only";
import type { getDb } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import { DEFAULT_QUALITY_THRESHOLDS } from "@/lib/quality/quality-rules";
import type { QualitySettingsValues } from "./quality-settings-schema";

type Db = ReturnType<typeof getDb> | Prisma.TransactionClient;

/** The schema's defaults (prisma/schema/plans.prisma) before the row exists. */
export const DEFAULT_QUALITY_SETTINGS: QualitySettingsValues = { ...DEFAULT_QUALITY_THRESHOLDS, lowStockThreshold: 3 };

const SELECT = Object.fromEntries(Object.keys(DEFAULT_QUALITY_SETTINGS).map((field) => [field, true])) as {
  [K in keyof QualitySettingsValues]: true;
};

/** Row 1's quality thresholds and low-stock threshold, or the defaults (updatedAt null) before it exists. */
export async function readQualitySettings(db: Db): Promise<{ values: QualitySettingsValues; updatedAt: Date | null }> {
  const row = await db.marketplaceSettings.findUnique({ where: { id: 1 }, select: { ...SELECT, updatedAt: true } });
  if (!row) return { values: DEFAULT_QUALITY_SETTINGS, updatedAt: null };
  const { updatedAt, ...values } = row;
  return { values, updatedAt };
}
