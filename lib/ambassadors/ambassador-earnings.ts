import "server-only";
import type { getDb } from "@/lib/db";
import { ambassadorBalancesOf } from "@/lib/payouts/balances";

export type AmbassadorEarnings = {
  /** held, or available only later */
  pending: number;
  /** what the next payout may settle (may be negative: a refund after a payout is carried) */
  available: number;
  /** payouts written, not paid yet */
  inTransit: number;
  /** PAID payouts */
  paidOut: number;
  /** what refunds took back (a positive amount) */
  reversed: number;
};

/**
 * An ambassador's earnings at `now` (docs/payouts.md, balances: ambassadorBalancesOf), what refunds
 * took back, and for each cutoff what a run of that cutoff would settle (the unsettled entries
 * available before it). No authorization: the caller found the ambassador from its actor.
 */
export async function readAmbassadorEarnings(
  db: ReturnType<typeof getDb>,
  ambassadorId: string,
  now: Date,
  cutoffs: Date[],
): Promise<{ earnings: AmbassadorEarnings; settleableBefore: number[] }> {
  const [balances, reversed, ...settleable] = await Promise.all([
    ambassadorBalancesOf(db, ambassadorId, now),
    db.ambassadorEntry.aggregate({ where: { ambassadorId, type: "AMBASSADOR_REVERSAL" }, _sum: { amount: true } }),
    ...cutoffs.map((cutoff) =>
      db.ambassadorEntry.aggregate({
        where: { ambassadorId, payoutId: null, availableAt: { lt: cutoff } },
        _sum: { amount: true },
      }),
    ),
  ]);
  return {
    earnings: {
      pending: balances.pending,
      available: balances.available,
      inTransit: balances.inTransit,
      paidOut: balances.paidOut,
      reversed: 0 - (reversed._sum.amount ?? 0),
    },
    settleableBefore: settleable.map((sum) => sum._sum.amount ?? 0),
  };
}
