import "server-only";
import type { Prisma } from "@/lib/generated/prisma/client";

export type BillingSettings = { feesVatBps: number; closedShopGraceMonths: number; currency: string };

const DEFAULTS: BillingSettings = { feesVatBps: 0, closedShopGraceMonths: 3, currency: "EUR" };

/** What billing reads from MarketplaceSettings (row 1); the schema's defaults before the row exists. */
export async function loadBillingSettings(tx: Prisma.TransactionClient): Promise<BillingSettings> {
  const row = await tx.marketplaceSettings.findUnique({
    where: { id: 1 },
    select: { feesVatBps: true, closedShopGraceMonths: true, currency: true },
  });
  return row ?? DEFAULTS;
}
