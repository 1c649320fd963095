import "server-only";
import type { Actor } from "@/lib/auth/actor";
import { releaseUnpaidOrder } from "@/lib/orders/release-unpaid-order";
import { getDb } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { canAccessOrder } from "@/lib/orders/order-access";
import { getPaymentProviderNamed } from "@/lib/payments/payment-provider";
// Registers the Stripe provider (the orders handed to Stripe are closed there).
import "@/lib/payments/stripe-payment-provider";

/**
 * `released`: the order is gone, its stock back (now, or by an earlier call); `paid`: the order is
 * paid, or its payment was completed at the provider (the webhook confirms it); `unchanged`: the
 * order is in no state to abandon (nothing done).
 */
export type AbandonOutcome = "released" | "paid" | "unchanged";

/** What became of an order someone else settled meanwhile (a payment confirmed, a reload, the expiry job). */
async function settledOutcome(orderId: string): Promise<AbandonOutcome> {
  const order = await getDb().order.findUnique({ where: { id: orderId }, select: { status: true } });
  if (!order) return "released";
  return order.status === "PAID" ? "paid" : "unchanged";
}

/**
 * The shopper left the payment page ("back" on Stripe's page): the order is released at once, its
 * stock back for other shoppers, the cart untouched (only a confirmed payment empties it). Only the
 * order's shopper (or the guest's browser holding the access cookie); anyone else gets NOT_FOUND,
 * as does an order already released (it no longer exists). The payment is closed at the provider
 * first, so that nobody pays for an order gone; a payment the provider says completed wins.
 * Safe to repeat.
 */
export async function abandonOrderPayment(
  actor: Actor | null,
  accessToken: string | undefined,
  orderId: string,
): Promise<AbandonOutcome> {
  const order = await getDb().order.findUnique({
    where: { id: orderId },
    select: { id: true, userId: true, accessToken: true, status: true, paymentProvider: true, paymentReference: true },
  });
  if (!order || !canAccessOrder(order, actor, accessToken)) throw new AppError("NOT_FOUND");
  if (order.status === "PAID") return "paid";
  if (order.status !== "AWAITING_PAYMENT") return "unchanged";

  // No reference yet: the order never reached a payment page, there is nothing to close.
  if (order.paymentProvider && order.paymentReference) {
    const provider = getPaymentProviderNamed(order.paymentProvider);
    if (!provider) throw new Error(`order ${order.id}: unknown payment provider ${order.paymentProvider}`);
    if ((await provider.abandonPayment(order.paymentReference)) === "completed") return "paid";
  }
  return (await releaseUnpaidOrder(order.id, "ABANDONED")) ? "released" : settledOutcome(order.id);
}
