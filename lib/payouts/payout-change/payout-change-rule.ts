import type { ShopStatus } from "@/lib/generated/prisma/client";

/** Statuses of a shop never approved: its vendor edits the payout account directly. */
const NOT_YET_APPROVED: readonly ShopStatus[] = ["DRAFT", "PENDING", "REJECTED"];

/**
 * A change of payout account waits for an operator once the shop was approved (whatever its
 * status since: suspended, lapsed…), so that a stolen session cannot redirect the money
 * (docs/security.md, payout details).
 */
export function payoutChangeNeedsReview(shop: { status: ShopStatus; approvedAt: Date | null }): boolean {
  return shop.approvedAt !== null || !NOT_YET_APPROVED.includes(shop.status);
}
