import "server-only";
import { appUrl } from "@/lib/app-url";
import { getDb } from "@/lib/db";
import { Prisma } from "@/lib/generated/prisma/client";
import { queueEmail } from "@/lib/notifications/queue-email";
import { emailLocaleOf, listOperatorInboxes } from "@/lib/notifications/recipients";
import type { RefundFailedEmail } from "@/lib/notifications/templates";
import { getPaymentProviderNamed } from "./payment-provider";
import { nextRefundAttemptAt } from "./refund-retry";
import "./stripe-payment-provider";

export { MAX_REFUND_ATTEMPTS } from "./refund-retry";

export type RefundRunReport = { succeeded: number; retrying: number; failed: number };

type Outcome = keyof RefundRunReport;

type Tx = Prisma.TransactionClient;

/**
 * Sends one PENDING refund that is due at `now` to its payment provider, or returns null when none
 * is left (skipping `tried`, the ones this run already attempted). Due: never tried, or its
 * backoff (nextAttemptAt) has passed; and its money was charged — a refund of an authorized order
 * not captured yet is settled by the capture instead (docs/domain.md, capture). The refund's row
 * stays locked (FOR UPDATE SKIP LOCKED) while the provider is called, so another worker never sends
 * the same refund at the same time; if this process dies meanwhile, the lock goes with it and the
 * refund is sent again later with the same idempotency key (the refund's id), which the provider
 * answers with the same refund.
 */
async function processOne(now: Date, tried: string[]): Promise<{ id: string; outcome: Outcome } | null> {
  return getDb().$transaction(
    async (tx) => {
      const [claimed] = await tx.$queryRaw<{ id: string }[]>`
        SELECT r."id" FROM "Refund" r
        JOIN "ShopOrder" s ON s."id" = r."shopOrderId"
        JOIN "Order" o ON o."id" = s."orderId"
        WHERE r."status" = 'PENDING'
          AND (r."nextAttemptAt" IS NULL OR r."nextAttemptAt" <= ${now})
          AND (o."captureMode" = 'AT_CHECKOUT' OR o."capturedAt" IS NOT NULL)
          ${tried.length > 0 ? Prisma.sql`AND r."id" NOT IN (${Prisma.join(tried)})` : Prisma.empty}
        ORDER BY r."createdAt", r."id"
        LIMIT 1
        FOR UPDATE OF r SKIP LOCKED`;
      if (!claimed) return null;
      const refund = await tx.refund.findUniqueOrThrow({
        where: { id: claimed.id },
        select: {
          id: true,
          amount: true,
          currency: true,
          attempts: true,
          shopOrderId: true,
          shopOrder: {
            select: {
              shop: { select: { name: true } },
              order: { select: { number: true, paymentProvider: true, paymentReference: true } },
            },
          },
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
          data: {
            status: "SUCCEEDED",
            providerReference: sent.reference,
            processedAt: now,
            attempts,
            lastError: null,
            nextAttemptAt: null,
          },
        });
        return { id: refund.id, outcome: "succeeded" };
      } catch (error) {
        const message = (error instanceof Error ? error.message : String(error)).slice(0, 1000);
        const nextAttemptAt = nextRefundAttemptAt(attempts, now);
        await tx.refund.update({
          where: { id: refund.id },
          data: {
            attempts,
            lastError: message,
            nextAttemptAt,
            ...(nextAttemptAt === null ? { status: "FAILED", processedAt: now } : {}),
          },
        });
        if (nextAttemptAt !== null) {
          console.warn(`[refunds] refund ${refund.id} attempt ${attempts} failed: ${message}`);
          return { id: refund.id, outcome: "retrying" };
        }
        console.error(
          `[refunds] refund ${refund.id} of ${refund.amount} ${refund.currency} for order ${order.number} FAILED after ${attempts} attempts: ${message}`,
        );
        await tellOperators(tx, {
          orderNumber: order.number,
          shopName: refund.shopOrder.shop.name,
          amount: refund.amount,
          currency: refund.currency,
          attempts,
          lastError: message,
          orderUrl: appUrl(`/admin/orders/${refund.shopOrderId}`),
        });
        return { id: refund.id, outcome: "failed" };
      }
    },
    // The provider is called inside the transaction: give it time to answer.
    { timeout: 60_000, maxWait: 10_000 },
  );
}

/** A refund given up: every operator is told, once (the refund turns FAILED in this same transaction). */
async function tellOperators(tx: Tx, data: RefundFailedEmail): Promise<void> {
  for (const operator of await listOperatorInboxes(tx))
    await queueEmail(tx, {
      to: operator.email,
      locale: emailLocaleOf(operator.locale),
      template: "payment.refund-failed",
      data,
    });
}

/**
 * Sends up to `limit` due PENDING refunds to the payment provider that took the payment
 * (docs/domain.md, Refund), one attempt each per run: SUCCEEDED with the provider's reference, or
 * attempts + 1, the error kept and the next attempt put off (nextRefundAttemptAt: 1 min, 5 min,
 * 30 min, 2 h, then every 12 h), until MAX_REFUND_ATTEMPTS: then FAILED and the operators e-mailed
 * once. `now` is the job's clock. Safe to run in several workers at once: each refund is sent by one.
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
