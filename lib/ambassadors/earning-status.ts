// The state of one ambassador entry, as the ambassador sees it (docs/payouts.md, ambassadors). Pure.
import type { AmbassadorEntryType, PayoutStatus } from "@/lib/generated/prisma/enums";

/**
 * pending: held (its part's hold has not ended, or it becomes available later); available: in the
 * balance the next payout settles; inPayout: settled by a payout not paid yet; paid: settled by a
 * paid payout; failed: settled by a payout that failed (its amount came back as a "returned" entry).
 */
export type EarningStatus = "pending" | "available" | "inPayout" | "paid" | "failed";

/** share: a sale's share; reversal: taken back by a refund; payout: paid out; returned: a failed payout's amount back. */
export type EarningKind = "share" | "reversal" | "payout" | "returned";

export const KIND_OF_TYPE: Record<AmbassadorEntryType, EarningKind> = {
  AMBASSADOR_SHARE: "share",
  AMBASSADOR_REVERSAL: "reversal",
  AMBASSADOR_PAYOUT: "payout",
  AMBASSADOR_PAYOUT_REVERSAL: "returned",
};

export function earningStatusOf(
  entry: { availableAt: Date | null; payout: { status: PayoutStatus } | null },
  now: Date,
): EarningStatus {
  if (entry.payout) {
    switch (entry.payout.status) {
      case "PAID":
        return "paid";
      case "FAILED":
        return "failed";
      default:
        return "inPayout";
    }
  }
  return entry.availableAt && entry.availableAt.getTime() <= now.getTime() ? "available" : "pending";
}
