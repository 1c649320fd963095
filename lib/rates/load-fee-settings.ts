import "server-only";
import { getDb } from "@/lib/db";
import type { FeeSettings } from "@/lib/fees/types";
import type { Prisma } from "@/lib/generated/prisma/client";

type Db = ReturnType<typeof getDb> | Prisma.TransactionClient;

export type MarketplaceFeeSettings = FeeSettings & { currency: string; ambassadorsEnabled: boolean };

// The schema's defaults, for a marketplace whose settings row was never written.
const DEFAULTS: MarketplaceFeeSettings = {
  currency: "EUR",
  paymentFeeBps: 150,
  paymentFeeFixedAmount: 25,
  paymentFeePassedOn: false,
  feesVatBps: 0,
  ambassadorShareBps: 700,
  ambassadorsEnabled: true,
};

/** The marketplace's settings the fee engine reads, as public terms (no actor needed). */
export async function loadFeeSettings(db: Db = getDb()): Promise<MarketplaceFeeSettings> {
  const row = await db.marketplaceSettings.findUnique({
    where: { id: 1 },
    select: {
      currency: true,
      paymentFeeBps: true,
      paymentFeeFixedAmount: true,
      paymentFeePassedOn: true,
      feesVatBps: true,
      ambassadorShareBps: true,
      ambassadorsEnabled: true,
    },
  });
  return row ?? DEFAULTS;
}
