import "server-only";
import type { getDb } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { PayoutSchedule } from "@/lib/generated/prisma/enums";
import type { HoldSettings } from "./hold";
import { effectiveSchedule, type PayoutCalendar } from "./schedule";

type Db = ReturnType<typeof getDb> | Prisma.TransactionClient;

export type VendorPayoutSettings = HoldSettings & {
  currency: string;
  payoutSchedule: PayoutSchedule;
  payoutWeekday: number;
  payoutMinimumAmount: number;
  holidayCountry: string;
};

// The schema's defaults, for a marketplace whose settings row was never written.
const DEFAULTS: VendorPayoutSettings = {
  holdRule: "AFTER_DELIVERY_WITHDRAWAL",
  withdrawalDays: 14,
  currency: "EUR",
  payoutSchedule: "TWICE_MONTHLY",
  payoutWeekday: 1,
  payoutMinimumAmount: 0,
  holidayCountry: "FR",
};

/** What the vendor's money pages read of MarketplaceSettings: the hold rule and the payout calendar. */
export async function vendorPayoutSettings(db: Db): Promise<VendorPayoutSettings> {
  const row = await db.marketplaceSettings.findUnique({
    where: { id: 1 },
    select: {
      holdRule: true,
      withdrawalDays: true,
      currency: true,
      payoutSchedule: true,
      payoutWeekday: true,
      payoutMinimumAmount: true,
      holidayCountry: true,
    },
  });
  return row ?? DEFAULTS;
}

/** A shop's calendar: its plan's schedule, else the marketplace's (docs/payouts.md, schedules). */
export function shopCalendarOf(
  settings: VendorPayoutSettings,
  planSchedule: PayoutSchedule | null | undefined,
): PayoutCalendar {
  return { schedule: effectiveSchedule(settings.payoutSchedule, planSchedule), weekday: settings.payoutWeekday };
}
