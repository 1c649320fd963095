import "server-only";
import { getDb } from "@/lib/db";
import type { PayoutSchedule, Prisma } from "@/lib/generated/prisma/client";
import { ambassadorPayoutCalendar } from "./payout-rules";

type Db = ReturnType<typeof getDb> | Prisma.TransactionClient;

/** The programme's settings, as the operator set them (MarketplaceSettings, docs/business-models.md, ambassadors). */
export type AmbassadorProgramme = {
  enabled: boolean;
  /** the ambassador's share of each line, basis points of the line's amount (700 = 7 %), never more than its commission */
  shareBps: number;
  /** how long a link's cookie lasts: the last click within these days wins the sale */
  cookieDays: number;
  currency: string;
  /** the marketplace's name, for the programme's page */
  marketplaceName: string;
  /** when ambassadors are paid (docs/payouts.md, ambassadors) and the smallest payout (minor units) */
  payouts: { schedule: PayoutSchedule; weekday: number; minimumAmount: number };
};

// The schema's defaults, while the settings row does not exist yet.
const DEFAULTS = {
  ambassadorsEnabled: true,
  ambassadorShareBps: 700,
  ambassadorCookieDays: 30,
  currency: "EUR",
  name: "Halle",
  payoutSchedule: "TWICE_MONTHLY",
  payoutWeekday: 1,
  payoutMinimumAmount: 0,
} as const;

export async function loadAmbassadorProgramme(db: Db = getDb()): Promise<AmbassadorProgramme> {
  const row =
    (await db.marketplaceSettings.findUnique({
      where: { id: 1 },
      select: {
        ambassadorsEnabled: true,
        ambassadorShareBps: true,
        ambassadorCookieDays: true,
        currency: true,
        name: true,
        payoutSchedule: true,
        payoutWeekday: true,
        payoutMinimumAmount: true,
      },
    })) ?? DEFAULTS;
  return {
    enabled: row.ambassadorsEnabled,
    shareBps: row.ambassadorShareBps,
    cookieDays: row.ambassadorCookieDays,
    currency: row.currency,
    marketplaceName: row.name,
    payouts: { ...ambassadorPayoutCalendar(row), minimumAmount: row.payoutMinimumAmount },
  };
}
