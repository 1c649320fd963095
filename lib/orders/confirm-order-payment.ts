import "server-only";
import { recordAudit } from "@/lib/audit/record-audit";
import { getDb } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import { recordAmbassadorEntries } from "@/lib/ambassadors/record-ambassador-entries";
import { recordSaleEntries } from "@/lib/ledger/record-sale-entries";
import { claimWebhookEvent } from "@/lib/payments/claim-webhook-event";
import { queueOrderEmails } from "@/lib/orders/queue-order-emails";
import { loadOrderSettings } from "@/lib/orders/order-settings";
import { acceptanceDeadlines } from "@/lib/orders/rules/deadlines";
import { authorizationExpiryOf } from "@/lib/payments/capture-rules";

export type PaymentConfirmation = {
  orderId: string;
  provider: "test" | "stripe";
  /** the provider's reference of this payment (Order.paymentReference: test reference, Checkout Session id) */
  reference: string;
  /** in minor units, as the provider reports it */
  amountReceived: number;
  currency: string;
  /** the provider's event id (webhooks): each event is handled once */
  eventId?: string;
  eventType?: string;
};

/**
 * - `confirmed`: the order is now PAID (this call did it)
 * - `already-paid`: it was already PAID (a double submit or a replayed event): nothing changed
 * - `already-processed`: this event id was handled before: nothing changed
 * - `refused`: the payment does not match the order (amount, currency, reference): left unpaid
 * - `order-gone`: the order was released (declined, expired) or never existed: money was taken for
 *   no order; the caller gives it back (Stripe: a refund)
 */
export type ConfirmationOutcome =
  | { status: "confirmed" | "already-paid" | "already-processed" }
  | { status: "refused"; reason: "AMOUNT_MISMATCH" | "CURRENCY_MISMATCH" | "REFERENCE_MISMATCH" }
  | { status: "order-gone" };

type Tx = Prisma.TransactionClient;

async function markPaid(
  tx: Tx,
  order: { id: string; number: string; cartId: string | null; userId: string | null; ambassadorId: string | null },
  input: PaymentConfirmation,
): Promise<boolean> {
  const now = new Date();
  // Conditional: a concurrent release (deleteMany) or confirmation (this same update) wins once.
  const paid = await tx.order.updateMany({
    where: { id: order.id, status: "AWAITING_PAYMENT" },
    data: { status: "PAID", paidAt: now },
  });
  if (paid.count === 0) return false;
  // Capture on acceptance: the money is only authorized, until the authorization lapses (docs/domain.md, capture).
  await tx.order.updateMany({
    where: { id: order.id, captureMode: "ON_ACCEPTANCE" },
    data: { authorizationExpiresAt: authorizationExpiryOf(now) },
  });
  // Each shop answers by acceptBy and is reminded at remindAt (docs/domain.md, deadlines).
  const deadlines = acceptanceDeadlines(now, await loadOrderSettings(tx));
  await tx.shopOrder.updateMany({
    where: { orderId: order.id, status: "AWAITING_PAYMENT" },
    data: { status: "AWAITING_ACCEPTANCE", statusChangedAt: now, ...deadlines },
  });
  const parts = await countSales(
    tx,
    await tx.shopOrder.findMany({
      where: { orderId: order.id },
      orderBy: { shopId: "asc" },
      select: {
        id: true,
        shopId: true,
        currency: true,
        itemsAmount: true,
        deliveryFeeAmount: true,
        commissionAmount: true,
        shippingCommissionAmount: true,
        feesVatAmount: true,
        ambassadorShareAmount: true,
        paymentFeeAmount: true,
        lines: { select: { id: true, productId: true, ambassadorShareAmount: true } },
      },
    }),
  );
  for (const part of parts) await recordSaleEntries(tx, part, order.number);
  await recordAmbassadorEntries(tx, order.ambassadorId, parts);
  // The first line of each part's timeline: the shopper paid (a guest has no user id), now awaiting the shop's answer.
  await tx.shopOrderEvent.createMany({
    data: parts.map((part) => ({
      shopOrderId: part.id,
      action: "PAID",
      fromStatus: "AWAITING_PAYMENT" as const,
      toStatus: "AWAITING_ACCEPTANCE" as const,
      actorId: order.userId,
      actorKind: "SHOPPER" as const,
      data: { provider: input.provider, reference: input.reference },
    })),
  });

  if (order.cartId) {
    // The paid products leave the cart the order came from (whatever else it holds stays).
    const productIds = parts
      .flatMap((part) => part.lines.map((line) => line.productId))
      .filter((id): id is string => id !== null);
    await tx.cartLine.deleteMany({ where: { cartId: order.cartId, productId: { in: productIds } } });
    await tx.cartShopChoice.deleteMany({
      where: { cartId: order.cartId, shopId: { in: parts.map((part) => part.shopId) } },
    });
  }
  await queueOrderEmails(tx, order.id);
  await recordAudit(tx, {
    actorId: null,
    action: "order.paid",
    entityType: "Order",
    entityId: order.id,
    data: {
      provider: input.provider,
      reference: input.reference,
      amount: input.amountReceived,
      currency: input.currency,
      eventId: input.eventId ?? null,
    },
  });
  return true;
}

type PaidPart = {
  id: string;
  shopId: string;
  commissionAmount: number;
  shippingCommissionAmount: number;
  feesVatAmount: number;
  ambassadorShareAmount: number;
  lines: { id: string; productId: string | null; ambassadorShareAmount: number }[];
};

/**
 * Each part is the next sale of its shop (docs/business-models.md, plans: commission-free first sales):
 * the shop's row is locked and its counter raised in one UPDATE (parts in shopId order, so two
 * orders sharing shops lock them in the same order), and the part keeps its `saleNumber`. While
 * that number is within the shop's plan's `commissionFreeSales` (the shop's plan, else the
 * marketplace's default plan), the part and its lines carry no commission, no VAT on fees and no
 * ambassador share (as the fee engine computes a commissionFree sale), before any entry is written.
 */
async function countSales<P extends PaidPart>(tx: Tx, parts: P[]): Promise<P[]> {
  const counted: P[] = [];
  for (const part of parts) {
    const [row] = await tx.$queryRaw<{ saleNumber: number; freeSales: number }[]>`
      UPDATE "Shop" s SET "paidSalesCount" = s."paidSalesCount" + 1
      WHERE s.id = ${part.shopId}
      RETURNING s."paidSalesCount" AS "saleNumber", COALESCE(
        (SELECT p."commissionFreeSales" FROM "Plan" p WHERE p.id = s."planId"),
        (SELECT d."commissionFreeSales" FROM "MarketplaceSettings" m JOIN "Plan" d ON d.id = m."defaultPlanId" WHERE m.id = 1),
        0
      ) AS "freeSales"`;
    const free = row.saleNumber <= row.freeSales;
    const waived = { commissionAmount: 0, shippingCommissionAmount: 0, feesVatAmount: 0, ambassadorShareAmount: 0 };
    await tx.shopOrder.update({
      where: { id: part.id },
      data: { saleNumber: row.saleNumber, ...(free ? waived : {}) },
    });
    if (!free) {
      counted.push(part);
      continue;
    }
    await tx.orderLine.updateMany({
      where: { shopOrderId: part.id },
      data: { commissionRateBps: 0, commissionAmount: 0, ambassadorShareAmount: 0 },
    });
    counted.push({ ...part, ...waived, lines: part.lines.map((line) => ({ ...line, ambassadorShareAmount: 0 })) });
  }
  return counted;
}

/** Money arrived for an order that no longer holds its stock: recorded, never resurrected. */
async function recordOrphan(
  tx: Tx,
  input: PaymentConfirmation,
  orderStatus: string | null,
): Promise<ConfirmationOutcome> {
  await recordAudit(tx, {
    actorId: null,
    action: "payment.orphaned",
    entityType: "Order",
    entityId: input.orderId,
    data: {
      provider: input.provider,
      reference: input.reference,
      amount: input.amountReceived,
      currency: input.currency,
      orderStatus,
    },
  });
  return { status: "order-gone" };
}

/**
 * THE confirmation of a payment, for every provider (the test payment page, the Stripe webhook):
 * one transaction that records the event, marks the order and its shop orders paid, writes each
 * shop's ledger entries, empties the paid products from the cart and queues the e-mails.
 */
export async function confirmOrderPayment(input: PaymentConfirmation): Promise<ConfirmationOutcome> {
  const outcome = await getDb().$transaction(async (tx): Promise<ConfirmationOutcome> => {
    if (
      input.eventId &&
      !(await claimWebhookEvent(tx, {
        id: input.eventId,
        provider: input.provider,
        type: input.eventType ?? "payment.succeeded",
      }))
    ) {
      return { status: "already-processed" };
    }
    const order = await tx.order.findUnique({
      where: { id: input.orderId },
      select: {
        id: true,
        number: true,
        status: true,
        totalAmount: true,
        currency: true,
        paymentReference: true,
        cartId: true,
        userId: true,
        ambassadorId: true,
      },
    });
    if (!order || order.status === "PAYMENT_FAILED" || order.status === "CANCELLED")
      return recordOrphan(tx, input, order?.status ?? null);
    if (order.status === "PAID") return { status: "already-paid" };
    const reason =
      order.paymentReference !== input.reference
        ? "REFERENCE_MISMATCH"
        : order.currency.toUpperCase() !== input.currency.toUpperCase()
          ? "CURRENCY_MISMATCH"
          : order.totalAmount !== input.amountReceived
            ? "AMOUNT_MISMATCH"
            : null;
    if (reason) {
      await recordAudit(tx, {
        actorId: null,
        action: "payment.refused",
        entityType: "Order",
        entityId: order.id,
        reason,
        data: {
          provider: input.provider,
          reference: input.reference,
          amount: input.amountReceived,
          currency: input.currency,
          expectedAmount: order.totalAmount,
        },
      });
      return { status: "refused", reason };
    }
    if (await markPaid(tx, order, input)) return { status: "confirmed" };
    // Lost a race: another confirmation (a double submit) or a release got there first.
    const now = await tx.order.findUnique({ where: { id: order.id }, select: { status: true } });
    return now?.status === "PAID" ? { status: "already-paid" } : recordOrphan(tx, input, now?.status ?? null);
  });
  if (outcome.status === "refused" || outcome.status === "order-gone") {
    console.error(
      `[payments] ${input.provider} payment ${input.reference} for order ${input.orderId} not applied: ${outcome.status === "refused" ? outcome.reason : "order released or unknown"}`,
    );
  }
  return outcome;
}
