import "server-only";
import { getDb } from "@/lib/db";
import { Prisma } from "@/lib/generated/prisma/client";
import { getPaymentProviderNamed } from "./payment-provider";
import "./stripe-payment-provider";

/** A refund the provider keeps refusing is given up (FAILED, logged) after this many attempts. */
export const MAX_REFUND_ATTEMPTS = 5;

export type RefundRunReport = { succeeded: number; retrying: number; failed: number };

type Outcome = keyof RefundRunReport;

/**
 * Sends one PENDING refund to its payment provider, or returns null when none is left (skipping
 * `tried`, the ones this run already attempted). The refund's row stays locked (FOR UPDATE SKIP
 * LOCKED) while the provider is called, so another worker never sends the same refund at the same
 * time; if this process dies meanwhile, the lock goes with it and the refund is sent again later
 * with the same idempotency key (the refund's id), which the provider answers with the same refund.
 */
async function processOne(now: Date, tried: string[]): Promise<{ id: string; outcome: Outcome } | null> {
  return getDb().$transaction(
    async (tx) => {
      const [claimed] = await tx.$queryRaw<{ id: string }[]>`
        SELECT "id" FROM "Refund"
        WHERE "status" = 'PENDING'
          ${tried.length > 0 ? Prisma.sql`AND "id" NOT IN (${Prisma.join(tried)})` : Prisma.empty}
        ORDER BY "createdAt", "id"
        LIMIT 1
        FOR UPDATE SKIP LOCKED`;
      if (!claimed) return null;
      const refund = await tx.refund.findUniqueOrThrow({
        where: { id: claimed.id },
        select: {
          id: true,
          amount: true,
          currency: true,
          attempts: true,
          shopOrder: { select: { order: { select: { number: true, paymentProvider: true, paymentReference: true } } } },
        },
      });
      const { order } = refund.shopOrder;
      const attempts = refund.attempts + 1;
      try {
        const provider = order.paymentProvider ? getPaymentProviderNamed(order.paymentProvider) : null;
        if (!provider)
          throw new Error(`no payment provider "${order.paymentProvider ?? ""}" for order ${order.number}`);
        if (!order.paymentReference) throw new Error(`order ${order.number} has no payment reference`);
        const sent = await provider.refund({
          reference: order.paymentReference,
          amount: refund.amount,
          currency: refund.currency,
          idempotencyKey: refund.id,
        });
        await tx.refund.update({
          where: { id: refund.id },
          data: { status: "SUCCEEDED", providerReference: sent.reference, processedAt: now, attempts, lastError: null },
        });
        return { id: refund.id, outcome: "succeeded" };
      } catch (error) {
        const message = (error instanceof Error ? error.message : String(error)).slice(0, 1000);
        const givenUp = attempts >= MAX_REFUND_ATTEMPTS;
        await tx.refund.update({
          where: { id: refund.id },
          data: { attempts, lastError: message, ...(givenUp ? { status: "FAILED", processedAt: now } : {}) },
        });
        if (givenUp)
          console.error(
            `[refunds] refund ${refund.id} of ${refund.amount} ${refund.currency} for order ${order.number} FAILED after ${attempts} attempts: ${message}`,
          );
        else console.warn(`[refunds] refund ${refund.id} attempt ${attempts} failed: ${message}`);
        return { id: refund.id, outcome: givenUp ? "failed" : "retrying" };
      }
    },
    // The provider is called inside the transaction: give it time to answer.
    { timeout: 60_000, maxWait: 10_000 },
  );
}

/**
 * Sends up to `limit` PENDING refunds to the payment provider that took the payment (docs/domain.md,
 * Refund), one attempt each per run: SUCCEEDED with the provider's reference, or attempts + 1 and
 * the error kept, PENDING until MAX_REFUND_ATTEMPTS, then FAILED. Safe to run in several workers
 * at once: each refund is sent by one of them.
 */
export async function processPendingRefunds(now: Date = new Date(), limit = 50): Promise<RefundRunReport> {
  const report: RefundRunReport = { succeeded: 0, retrying: 0, failed: 0 };
  const tried: string[] = [];
  while (tried.length < limit) {
    const result = await processOne(now, tried);
    if (!result) break;
    tried.push(result.id);
    report[result.outcome] += 1;
  }
  return report;
}
