import "server-only";
import { getDb } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";

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
};

// The schema's defaults, while the settings row does not exist yet.
const DEFAULTS = {
  ambassadorsEnabled: true,
  ambassadorShareBps: 700,
  ambassadorCookieDays: 30,
  currency: "EUR",
  name: "Halle",
};

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
      },
    })) ?? DEFAULTS;
  return {
    enabled: row.ambassadorsEnabled,
    shareBps: row.ambassadorShareBps,
    cookieDays: row.ambassadorCookieDays,
    currency: row.currency,
    marketplaceName: row.name,
  };
}
