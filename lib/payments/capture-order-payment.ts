import "server-only";
import { recordAudit } from "@/lib/audit/record-audit";
import { getDb } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import { paidAmountOf } from "@/lib/ledger/refund-entries";
import { captureDecision, NEVER_CHARGED_REFERENCE } from "./capture-rules";
import { getPaymentProviderNamed } from "./payment-provider";
import { recordCaptureFailure } from "./record-capture-failure";
import "./stripe-payment-provider";

/**
 * - `captured`: the accepted parts' money was taken (this call did it);
 * - `released`: no part was accepted: the authorization was cancelled, nothing taken (this call did it);
 * - `waiting`: a part still awaits its shop's answer;
 * - `not-due`: nothing to do: not an authorized order, already captured or released, given up
 *   after failures, waiting for its next attempt (captureNextAttemptAt), or another worker is
 *   capturing it right now.
 */
export type CaptureOutcome = "captured" | "released" | "waiting" | "not-due";

/** The provider's idempotency keys of an order's capture and cancellation: one of each per order, ever. */
export const captureKeyOf = (orderId: string) => `halle-capture-${orderId}`;
export const cancelKeyOf = (orderId: string) => `halle-cancel-${orderId}`;

const ORDER_SELECT = {
  id: true,
  number: true,
  totalAmount: true,
  currency: true,
  paymentProvider: true,
  paymentReference: true,
  shopOrders: {
    select: {
      id: true,
      shopId: true,
      status: true,
      currency: true,
      itemsAmount: true,
      deliveryFeeAmount: true,
      paymentFeeAmount: true,
      refunds: { where: { status: "PENDING" }, select: { id: true, amount: true } },
    },
  },
} as const satisfies Prisma.OrderSelect;

type Order = Prisma.OrderGetPayload<{ select: typeof ORDER_SELECT }>;

/**
 * Captures an authorized order (ON_ACCEPTANCE, docs/domain.md, capture) once every part is answered:
 * the total less every refund written meanwhile (refused, expired, cancelled parts: money never
 * charged), or, when nothing is left, cancels the authorization. In one transaction holding the
 * order's row (FOR UPDATE SKIP LOCKED: a second worker finds nothing to do) while the provider is
 * called with a key derived from the order (a retry after a crash gets the same capture back); then
 * capturedAt / authorizationReleasedAt set by a conditional update, the refunds written before the
 * capture settled without the provider (SUCCEEDED, providerReference NEVER_CHARGED_REFERENCE), the
 * payment fee given back to shops whose part was never charged at all, and an audit row.
 * A provider's refusal rolls everything back, is recorded (recordCaptureFailure: tried again later,
 * or given up and the operators told once when the authorization lapsed or after
 * MAX_CAPTURE_ATTEMPTS) and is thrown.
 */
export async function captureOrderPayment(orderId: string, now: Date): Promise<CaptureOutcome> {
  try {
    return await settleAuthorization(orderId, now);
  } catch (error) {
    try {
      await recordCaptureFailure(orderId, now, error);
    } catch (recordError) {
      console.error(`[captures] could not record the failed capture of order ${orderId}:`, recordError);
    }
    throw error;
  }
}

async function settleAuthorization(orderId: string, now: Date): Promise<CaptureOutcome> {
  return getDb().$transaction(
    async (tx) => {
      const [claimed] = await tx.$queryRaw<{ id: string }[]>`
        SELECT "id" FROM "Order"
        WHERE "id" = ${orderId} AND "captureMode" = 'ON_ACCEPTANCE' AND "status" = 'PAID'
          AND "capturedAt" IS NULL AND "authorizationReleasedAt" IS NULL AND "captureFailedAt" IS NULL
          AND ("captureNextAttemptAt" IS NULL OR "captureNextAttemptAt" <= ${now})
        FOR UPDATE SKIP LOCKED`;
      if (!claimed) return "not-due";
      const order = await tx.order.findUniqueOrThrow({ where: { id: orderId }, select: ORDER_SELECT });
      const neverCharged = order.shopOrders.flatMap((part) => part.refunds);
      const decision = captureDecision(order.totalAmount, order.shopOrders, neverCharged);
      if (decision.kind === "wait") return "waiting";

      const provider = order.paymentProvider ? getPaymentProviderNamed(order.paymentProvider) : null;
      if (!provider) throw new Error(`no payment provider "${order.paymentProvider ?? ""}" for order ${order.number}`);
      if (!order.paymentReference) throw new Error(`order ${order.number} has no payment reference`);
      let providerReference: string | null = null;
      if (decision.kind === "capture") {
        const captured = await provider.capture({
          reference: order.paymentReference,
          amount: decision.amount,
          currency: order.currency,
          idempotencyKey: captureKeyOf(order.id),
        });
        providerReference = captured.reference;
      } else {
        await provider.cancelAuthorization({
          reference: order.paymentReference,
          idempotencyKey: cancelKeyOf(order.id),
        });
      }

      const capturedAmount = decision.kind === "capture" ? decision.amount : 0;
      const settled = await tx.order.updateMany({
        where: { id: order.id, capturedAt: null, authorizationReleasedAt: null },
        data:
          decision.kind === "capture"
            ? { capturedAt: now, capturedAmount, captureNextAttemptAt: null }
            : { authorizationReleasedAt: now, capturedAmount, captureNextAttemptAt: null },
      });
      if (settled.count !== 1) throw new Error(`order ${order.number} was captured or released meanwhile`);
      await settleNeverCharged(tx, order, now);
      await recordAudit(tx, {
        actorId: null,
        action: decision.kind === "capture" ? "payment.captured" : "payment.authorization-released",
        entityType: "Order",
        entityId: order.id,
        data: {
          provider: provider.name,
          reference: order.paymentReference,
          providerReference,
          authorizedAmount: order.totalAmount,
          capturedAmount,
          currency: order.currency,
          neverChargedRefunds: neverCharged.map((refund) => refund.id),
        },
      });
      return decision.kind === "capture" ? "captured" : "released";
    },
    // The provider is called inside the transaction: give it time to answer.
    { timeout: 60_000, maxWait: 10_000 },
  );
}

/**
 * The refunds written before the capture were never charged: they are settled here, never sent.
 * A part whose whole price was never charged also gets its payment fee back (PAYMENT_FEE +fee): the
 * provider takes no fee on money it never took. A part charged even in part keeps its fee, as a
 * refunded part does (docs/domain.md, LedgerEntry).
 */
async function settleNeverCharged(tx: Prisma.TransactionClient, order: Order, now: Date): Promise<void> {
  const ids = order.shopOrders.flatMap((part) => part.refunds.map((refund) => refund.id));
  if (ids.length === 0) return;
  await tx.refund.updateMany({
    where: { id: { in: ids }, status: "PENDING" },
    data: {
      status: "SUCCEEDED",
      providerReference: NEVER_CHARGED_REFERENCE,
      processedAt: now,
      lastError: null,
      nextAttemptAt: null,
    },
  });
  const feesBack = order.shopOrders.filter(
    (part) =>
      part.paymentFeeAmount > 0 && part.refunds.reduce((sum, refund) => sum + refund.amount, 0) >= paidAmountOf(part),
  );
  if (feesBack.length === 0) return;
  await tx.ledgerEntry.createMany({
    data: feesBack.map((part) => ({
      shopId: part.shopId,
      shopOrderId: part.id,
      type: "PAYMENT_FEE" as const,
      amount: part.paymentFeeAmount,
      currency: part.currency,
      availableAt: null,
      memo: order.number,
    })),
  });
}
