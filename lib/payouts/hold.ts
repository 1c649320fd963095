// When a sale's money becomes available (docs/payouts.md, holds). Pure: the release pass, the
// vendor's money page and the tests read the same rule. A part's hold is worked out from its
// current state; the release pass releases it once `endsAt` has passed, so a part whose return was
// opened before that is held again (its state changed) and nothing is ever available early.
import type { HoldRule, ShopOrderStatus } from "@/lib/generated/prisma/enums";

const DAY_MS = 24 * 60 * 60 * 1000;

export type HoldPart = {
  status: ShopOrderStatus;
  deliveredAt: Date | null;
  /** when the part entered its current status (CONFIRMED: the confirmation) */
  statusChangedAt: Date;
  /** a DELIVERED (or RETURN_REFUSED) part's automatic confirmation */
  autoConfirmAt: Date | null;
  /** the buyer ordered as a business: no withdrawal period */
  buyerIsBusiness: boolean;
};

export type HoldSettings = { holdRule: HoldRule; withdrawalDays: number };

export type HoldReason =
  /** not delivered yet (awaiting acceptance, accepted, shipped, ready for pickup) */
  | "awaitingDelivery"
  /** delivered: the withdrawal period runs */
  | "withdrawalPeriod"
  /** delivered: the shopper's confirmation (or the automatic one) is awaited */
  | "awaitingConfirmation"
  /** a return, a refused return the shopper may still escalate, or an escalation is open */
  | "returnOpen"
  /** the hold is over, or ends at a known date (endsAt) */
  | "ends"
  /** refused, expired, cancelled or returned: nothing is held (its refund is in the ledger) */
  | "closed";

export type Hold = {
  /** when the hold ends (or ended): known only once nothing can hold it any more but time */
  endsAt: Date | null;
  /** while endsAt is null: the best estimate of when it will end (the automatic confirmation…), if any */
  expectedAt: Date | null;
  reason: HoldReason;
};

const CLOSED: ReadonlySet<ShopOrderStatus> = new Set(["REFUSED", "EXPIRED", "CANCELLED", "RETURNED"]);
const RETURN_OPEN: ReadonlySet<ShopOrderStatus> = new Set([
  "RETURN_REQUESTED",
  "RETURN_ACCEPTED",
  "RETURN_REFUSED",
  "ESCALATED",
]);

function later(a: Date, b: Date): Date {
  return a.getTime() >= b.getTime() ? a : b;
}

/** The end of the withdrawal period counted from `deliveredAt` (calendar days; none for a business buyer). */
export function withdrawalEndOf(deliveredAt: Date, withdrawalDays: number, buyerIsBusiness: boolean): Date {
  return buyerIsBusiness ? deliveredAt : new Date(deliveredAt.getTime() + withdrawalDays * DAY_MS);
}

/** The hold of a paid part under the marketplace's rule. */
export function holdOf(part: HoldPart, settings: HoldSettings): Hold {
  if (part.status === "AWAITING_PAYMENT") return { endsAt: null, expectedAt: null, reason: "awaitingDelivery" };
  if (CLOSED.has(part.status)) return { endsAt: part.statusChangedAt, expectedAt: null, reason: "closed" };
  if (RETURN_OPEN.has(part.status)) {
    const expected = part.status === "RETURN_REFUSED" ? part.autoConfirmAt : null;
    return { endsAt: null, expectedAt: expected, reason: "returnOpen" };
  }
  if (part.status !== "DELIVERED" && part.status !== "CONFIRMED")
    return { endsAt: null, expectedAt: null, reason: "awaitingDelivery" };

  const delivered = part.deliveredAt ?? part.statusChangedAt;
  const withdrawalEnd = withdrawalEndOf(delivered, settings.withdrawalDays, part.buyerIsBusiness);
  if (part.status === "CONFIRMED") {
    const confirmed = part.statusChangedAt;
    switch (settings.holdRule) {
      case "AFTER_DELIVERY_WITHDRAWAL":
        return { endsAt: withdrawalEnd, expectedAt: null, reason: "ends" };
      case "AFTER_SHOPPER_CONFIRMATION":
        return { endsAt: confirmed, expectedAt: null, reason: "ends" };
      case "AFTER_CONFIRMATION_AND_WITHDRAWAL":
        return { endsAt: later(confirmed, withdrawalEnd), expectedAt: null, reason: "ends" };
    }
  }
  // DELIVERED, not confirmed yet.
  switch (settings.holdRule) {
    case "AFTER_DELIVERY_WITHDRAWAL":
      return { endsAt: withdrawalEnd, expectedAt: null, reason: "withdrawalPeriod" };
    case "AFTER_SHOPPER_CONFIRMATION":
      return { endsAt: null, expectedAt: part.autoConfirmAt, reason: "awaitingConfirmation" };
    case "AFTER_CONFIRMATION_AND_WITHDRAWAL":
      return {
        endsAt: null,
        expectedAt: part.autoConfirmAt ? later(part.autoConfirmAt, withdrawalEnd) : withdrawalEnd,
        reason: "awaitingConfirmation",
      };
  }
}

/** The hold has ended at `now`: the part's money may be released (available from `endsAt`). */
export function isReleasable(hold: Hold, now: Date): hold is Hold & { endsAt: Date } {
  return hold.endsAt !== null && hold.endsAt.getTime() <= now.getTime();
}
