import "server-only";
import type { Prisma } from "@/lib/generated/prisma/client";

// A payout's final states (docs/payouts.md, paying). Each is reached once: a conditional UPDATE …
// WHERE status IN ('SCHEDULED', 'PROCESSING') RETURNING decides, so two workers, a repeated job or
// an operator racing the run never pay twice nor return the money twice.

type Tx = Prisma.TransactionClient;

type Finalised = {
  id: string;
  shopId: string | null;
  ambassadorId: string | null;
  amount: number;
  currency: string;
  periodKey: string;
};

/** What a ledger entry's memo may hold (the column is free text; keep it short). */
const MEMO_LENGTH = 500;

/**
 * The payout is given up (a Stripe transfer failed too often) or its bank transfer was rejected:
 * FAILED, with `failedAt` and `failureReason`, and its amount goes back to the payee's balance as a
 * PAYOUT_REVERSAL entry of +amount (AMBASSADOR_PAYOUT_REVERSAL for an ambassador), available at
 * once and settled by no payout, so the next payout pays it again. The settled entries keep their
 * payoutId: they and the PAYOUT entry still add up to zero. Returns false, writing nothing, when the
 * payout is already PAID or FAILED (or does not exist).
 */
export async function returnPayoutToBalance(tx: Tx, payoutId: string, reason: string, now: Date): Promise<boolean> {
  const [payout] = await tx.$queryRaw<Finalised[]>`
    UPDATE "Payout"
    SET "status" = 'FAILED', "failedAt" = ${now}, "failureReason" = ${reason}, "nextAttemptAt" = NULL,
        "updatedAt" = ${now}
    WHERE "id" = ${payoutId} AND "status" IN ('SCHEDULED', 'PROCESSING')
    RETURNING "id", "shopId", "ambassadorId", "amount", "currency", "periodKey"`;
  if (!payout) return false;
  const memo = `${payout.periodKey}: ${reason}`.slice(0, MEMO_LENGTH);
  if (payout.shopId) {
    await tx.ledgerEntry.create({
      data: {
        shopId: payout.shopId,
        type: "PAYOUT_REVERSAL",
        amount: payout.amount,
        currency: payout.currency,
        availableAt: now,
        memo,
        createdAt: now,
      },
    });
  } else if (payout.ambassadorId) {
    await tx.ambassadorEntry.create({
      data: {
        ambassadorId: payout.ambassadorId,
        type: "AMBASSADOR_PAYOUT_REVERSAL",
        amount: payout.amount,
        currency: payout.currency,
        availableAt: now,
        createdAt: now,
      },
    });
  }
  return true;
}

/**
 * The payout reached its payee: PAID at `now` with its reference (the Stripe transfer id, or the SEPA
 * end-to-end id). Only a SCHEDULED or PROCESSING payout; returns false, writing nothing, otherwise.
 */
export async function markPayoutPaid(tx: Tx, payoutId: string, reference: string, now: Date): Promise<boolean> {
  const updated = await tx.$executeRaw`
    UPDATE "Payout"
    SET "status" = 'PAID', "paidAt" = ${now}, "reference" = ${reference}, "nextAttemptAt" = NULL,
        "updatedAt" = ${now}
    WHERE "id" = ${payoutId} AND "status" IN ('SCHEDULED', 'PROCESSING')`;
  return updated === 1;
}
