import "server-only";
import { assertRole, type Actor } from "@/lib/auth/actor";
import { getDb } from "@/lib/db";
import type { PayoutSchedule } from "@/lib/generated/prisma/enums";
import { DEFAULT_SETTINGS } from "@/lib/settings/default-settings";

export type MarketplacePayoutCalendar = { payoutSchedule: PayoutSchedule; payoutWeekday: number };

/**
 * The marketplace's payout schedule and weekday (docs/payouts.md, schedules): what a plan without
 * its own schedule gets, named on the plan form. Operators only.
 */
export async function getMarketplacePayoutCalendar(actor: Actor | null): Promise<MarketplacePayoutCalendar> {
  assertRole(actor, "OPERATOR");
  const row = await getDb().marketplaceSettings.findUnique({
    where: { id: 1 },
    select: { payoutSchedule: true, payoutWeekday: true },
  });
  return row ?? { payoutSchedule: DEFAULT_SETTINGS.payoutSchedule, payoutWeekday: DEFAULT_SETTINGS.payoutWeekday };
}
