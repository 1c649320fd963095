import "server-only";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { DeadlineSettings } from "./rules/deadlines";

/** Deadlines are reckoned on the marketplace's calendar (docs/domain.md, deadlines). */
export const MARKETPLACE_TIME_ZONE = "Europe/Paris";

export type OrderSettings = DeadlineSettings & {
  /** a postal shipment needs a tracking number */
  trackingRequiredForPost: boolean;
};

const DEFAULTS = {
  acceptanceDeadlineBusinessDays: 2,
  shipDeadlineBusinessDays: 2,
  autoConfirmDays: 7,
  returnWindowDays: 14,
  trackingRequiredForPost: false,
  holidayCountry: "FR",
};

/**
 * The order life cycle's settings, read from MarketplaceSettings (row 1) in the caller's
 * transaction; the schema's defaults when the row does not exist yet. The one place every
 * transition, the payment confirmation and the deadline job read them.
 */
export async function loadOrderSettings(tx: Prisma.TransactionClient): Promise<OrderSettings> {
  const row =
    (await tx.marketplaceSettings.findUnique({
      where: { id: 1 },
      select: {
        acceptanceDeadlineBusinessDays: true,
        shipDeadlineBusinessDays: true,
        autoConfirmDays: true,
        returnWindowDays: true,
        trackingRequiredForPost: true,
        holidayCountry: true,
      },
    })) ?? DEFAULTS;
  return {
    acceptanceDeadlineBusinessDays: row.acceptanceDeadlineBusinessDays,
    shipDeadlineBusinessDays: row.shipDeadlineBusinessDays,
    autoConfirmDays: row.autoConfirmDays,
    returnWindowDays: row.returnWindowDays,
    trackingRequiredForPost: row.trackingRequiredForPost,
    calendar: { country: row.holidayCountry, timeZone: MARKETPLACE_TIME_ZONE },
  };
}
