// An ambassador's next payout (docs/payouts.md, ambassadors). Pure: the dashboard gives it the sums.
import type { PayoutSchedule } from "@/lib/generated/prisma/enums";
import { cutoffOf, latestRunDate, nextRunDate } from "@/lib/payouts/schedule";
import { ambassadorPayoutBlockersOf, ambassadorPayoutCalendar, type AmbassadorPayoutBlocker } from "./payout-rules";

type Run = { runDate: string; cutoffAt: Date };

export type AmbassadorPayoutPlan = {
  schedule: PayoutSchedule;
  weekday: number;
  minimumAmount: number;
  /** the current period: the latest run date on or before today */
  current: Run;
  /** the first run date after today */
  next: Run;
};

export type NextAmbassadorPayout = {
  schedule: PayoutSchedule;
  weekday: number;
  /** the run that will pay it ("2026-12-10"), and that day's 00:00 in the marketplace's zone */
  runDate: string;
  date: Date;
  /** what it would settle, as known now (entries available before the run's cutoff) */
  amount: number;
  minimumAmount: number;
  /** empty: it will be made */
  blockers: AmbassadorPayoutBlocker[];
};

const run = (runDate: string): Run => ({ runDate, cutoffAt: cutoffOf(runDate) });

/** The ambassadors' calendar at `now` (settings absent: the schema's defaults, twice a month, no minimum). */
export function payoutPlanOf(
  settings: { payoutSchedule: PayoutSchedule; payoutWeekday: number; payoutMinimumAmount: number } | null,
  now: Date,
): AmbassadorPayoutPlan {
  const calendar = ambassadorPayoutCalendar(settings ?? { payoutSchedule: "TWICE_MONTHLY", payoutWeekday: 1 });
  // The ambassadors' calendar is never ON_REQUEST, so both dates exist.
  return {
    ...calendar,
    minimumAmount: settings?.payoutMinimumAmount ?? 0,
    current: run(latestRunDate(calendar, now)!),
    next: run(nextRunDate(calendar, now)!),
  };
}

/**
 * The payout run makes the current period's payout whenever it is missing; so while the current
 * period has none and it could be made (a bank account, enough available before its cutoff), it is
 * the next one. Otherwise the next run date, with what is known now to be available before its
 * cutoff, and what would stop it.
 */
export function nextAmbassadorPayout(
  plan: AmbassadorPayoutPlan,
  account: { payoutHolderName: string | null; payoutIban: string | null },
  sums: { currentWritten: boolean; settleableNow: number; settleableNext: number },
): NextAmbassadorPayout {
  const { schedule, weekday, minimumAmount } = plan;
  const blockersOf = (amount: number) => ambassadorPayoutBlockersOf({ ...account, amount, minimumAmount });
  if (!sums.currentWritten && blockersOf(sums.settleableNow).length === 0)
    return {
      schedule,
      weekday,
      runDate: plan.current.runDate,
      date: plan.current.cutoffAt,
      amount: sums.settleableNow,
      minimumAmount,
      blockers: [],
    };
  return {
    schedule,
    weekday,
    runDate: plan.next.runDate,
    date: plan.next.cutoffAt,
    amount: sums.settleableNext,
    minimumAmount,
    blockers: blockersOf(sums.settleableNext),
  };
}
