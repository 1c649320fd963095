// Ambassadors' payouts (docs/payouts.md, ambassadors). Pure: the dashboard and the payout run read the
// same rules.
import type { PayoutSchedule } from "@/lib/generated/prisma/enums";
import { isValidIban } from "@/lib/payouts/iban";
import type { PayoutCalendar } from "@/lib/payouts/schedule";

/**
 * Ambassadors are paid on the marketplace's calendar (MarketplaceSettings.payoutSchedule and
 * payoutWeekday; plans are a shop's, so no plan overrides it). They have no "ask for a payout"
 * button: when the marketplace pays on request, ambassadors are paid monthly, at month end.
 */
export function ambassadorPayoutCalendar(settings: { payoutSchedule: PayoutSchedule; payoutWeekday: number }) {
  return {
    schedule: settings.payoutSchedule === "ON_REQUEST" ? "MONTHLY" : settings.payoutSchedule,
    weekday: settings.payoutWeekday,
  } satisfies PayoutCalendar;
}

/** Why an ambassador gets no payout: no usable bank account; nothing due; less than the minimum. */
export type AmbassadorPayoutBlocker = "noBankAccount" | "nothingDue" | "belowMinimum";

/** A bank transfer needs a holder name and a valid IBAN. */
export function hasBankAccount(ambassador: { payoutHolderName: string | null; payoutIban: string | null }): boolean {
  return (
    Boolean(ambassador.payoutHolderName?.trim()) && Boolean(ambassador.payoutIban && isValidIban(ambassador.payoutIban))
  );
}

/**
 * The blockers of a payout of `amount` (what the run would settle): none → it is made. As a shop's,
 * no payout below max(minimum, 1) — "nothingDue" when there is nothing (or less than nothing) to pay.
 */
export function ambassadorPayoutBlockersOf(input: {
  payoutHolderName: string | null;
  payoutIban: string | null;
  amount: number;
  minimumAmount: number;
}): AmbassadorPayoutBlocker[] {
  const blockers: AmbassadorPayoutBlocker[] = [];
  if (!hasBankAccount(input)) blockers.push("noBankAccount");
  if (input.amount <= 0) blockers.push("nothingDue");
  else if (input.amount < Math.max(input.minimumAmount, 1)) blockers.push("belowMinimum");
  return blockers;
}
