import "server-only";
import Stripe from "stripe";
import { appUrl } from "@/lib/app-url";
import { paymentSessionExpiresAt, stockHoldEnd } from "@/lib/config/payment-window";
import { getDb } from "@/lib/db";
import { getTranslator } from "@/lib/i18n/catalogues";
import { isLocale } from "@/lib/i18n/config";
import type { Translate } from "@/lib/i18n/translate";
import { formatMoney } from "@/lib/money/format-money";
import { registerStripeProvider, type PaymentProvider } from "./payment-provider";
import { getStripe } from "./stripe-client";
import { cancelPaymentPath } from "@/lib/orders/order-tokens";

/**
 * The session closes when the order's payment window does (lib/config/payment-window.ts): a
 * minute before its stock hold ends, never after it; an order without a hold gets the full window.
 */
function sessionExpiresAt(stockReservedUntil: Date | null): number {
  return paymentSessionExpiresAt(stockReservedUntil ?? stockHoldEnd(new Date()));
}

async function loadParts(orderId: string) {
  return getDb().order.findUniqueOrThrow({
    where: { id: orderId },
    select: {
      totalAmount: true,
      stockReservedUntil: true,
      user: { select: { locale: true } },
      shopOrders: {
        orderBy: { createdAt: "asc" },
        select: {
          itemsAmount: true,
          deliveryFeeAmount: true,
          shop: { select: { name: true } },
          lines: { orderBy: { id: "asc" }, select: { titleSnapshot: true, quantity: true } },
        },
      },
    },
  });
}

type Part = Awaited<ReturnType<typeof loadParts>>["shopOrders"][number];

/** "2 × Pain de campagne, 1 × Croissant · livraison 6,90 €", as the payment page shows it. */
function describePart(part: Part, currency: string, locale: string, t: Translate): string {
  const items = part.lines
    .map((line) => t("orders.stripe.line", { quantity: line.quantity, title: line.titleSnapshot }))
    .join(", ")
    .slice(0, 400);
  return part.deliveryFeeAmount > 0
    ? t("orders.stripe.withDelivery", { items, amount: formatMoney(part.deliveryFeeAmount, currency, locale) })
    : items;
}

/**
 * Stripe Checkout on the platform account (Connect's separate charges and transfers): one session
 * for the whole order, one line per shop part (its items + its delivery fee), the order number as
 * transfer_group so the transfers made to each shop at payout time are grouped with this charge.
 */
export const stripePaymentProvider: PaymentProvider = {
  name: "stripe",
  async startPayment(order) {
    const stripe = getStripe();
    if (!stripe) throw new Error("Stripe is not configured");
    const detail = await loadParts(order.id);
    const locale = detail.user && isLocale(detail.user.locale) ? detail.user.locale : "fr";
    const t = getTranslator(locale);
    const parts = detail.shopOrders.map((part) => ({ ...part, amount: part.itemsAmount + part.deliveryFeeAmount }));
    const sum = parts.reduce((total, part) => total + part.amount, 0);
    if (sum !== order.totalAmount)
      throw new Error(`order ${order.id}: parts sum to ${sum}, total is ${order.totalAmount}`);
    const currency = order.currency.toLowerCase();

    const session = await stripe.checkout.sessions.create(
      {
        mode: "payment",
        locale,
        customer_email: order.email,
        client_reference_id: order.id,
        line_items: parts.map((part) => ({
          quantity: 1,
          price_data: {
            currency,
            unit_amount: part.amount,
            product_data: {
              name: t("orders.stripe.partName", { number: order.number, shop: part.shop.name }),
              description: describePart(part, order.currency, locale, t),
            },
          },
        })),
        metadata: { orderId: order.id, orderNumber: order.number },
        payment_intent_data: {
          transfer_group: order.number,
          metadata: { orderId: order.id, orderNumber: order.number },
          // Capture on acceptance: the card is only authorized now (docs/domain.md, capture).
          ...(order.captureMode === "ON_ACCEPTANCE" ? { capture_method: "manual" as const } : {}),
        },
        success_url: appUrl(`/checkout/complete/${order.id}`),
        // "Back" on the payment page releases the order at once (stock back), then shows the cart;
        // the link is signed (order-tokens.ts): nobody else can send the shopper there to cancel.
        cancel_url: appUrl(cancelPaymentPath(order.id)),
        expires_at: sessionExpiresAt(detail.stockReservedUntil),
      },
      // A retried start for the same order gets the same session back.
      { idempotencyKey: `halle-checkout-${order.id}` },
    );
    if (!session.url) throw new Error(`Stripe returned no URL for session ${session.id}`);
    return { redirectUrl: session.url, reference: session.id };
  },

  /**
   * Expires the Checkout Session so that nobody can pay it any more. Stripe refuses to expire a
   * session that is not open; its status then says why: expired (nothing can be paid either) or
   * complete (paid, or funds on their way: the webhook confirms or releases the order).
   */
  async abandonPayment(reference) {
    const stripe = getStripe();
    if (!stripe) throw new Error("Stripe is not configured");
    try {
      await stripe.checkout.sessions.expire(reference);
      return "abandoned";
    } catch (error) {
      if (!(error instanceof Stripe.errors.StripeInvalidRequestError)) throw error;
      const session = await stripe.checkout.sessions.retrieve(reference);
      if (session.status === "expired") return "abandoned";
      if (session.status === "complete") return "completed";
      throw error;
    }
  },

  /**
   * Refunds part of the Checkout Session's payment: the session names its PaymentIntent, which
   * is refunded by `amount`; Stripe answers a repeated idempotency key with the same refund.
   */
  async refund({ reference, amount, idempotencyKey }) {
    const { stripe, paymentIntent } = await paymentIntentOf(reference, "refund");
    const refund = await stripe.refunds.create(
      { payment_intent: paymentIntent, amount, metadata: { refundId: idempotencyKey } },
      { idempotencyKey },
    );
    // "pending" is on its way; "failed" or "canceled" gave nothing back.
    if (refund.status === "failed" || refund.status === "canceled")
      throw new Error(`Stripe refund ${refund.id} ${refund.status}`);
    return { reference: refund.id };
  },

  /** Captures `amount` of the session's authorized PaymentIntent (manual capture); Stripe releases the rest. */
  async capture({ reference, amount, idempotencyKey }) {
    const { stripe, paymentIntent } = await paymentIntentOf(reference, "capture");
    const captured = await stripe.paymentIntents.capture(
      paymentIntent,
      { amount_to_capture: amount },
      { idempotencyKey },
    );
    if (captured.status !== "succeeded")
      throw new Error(`Stripe capture of ${paymentIntent} left it ${captured.status}`);
    return { reference: captured.id };
  },

  /** Cancels the session's authorized PaymentIntent: the hold on the card is released, nothing is charged. */
  async cancelAuthorization({ reference, idempotencyKey }) {
    const { stripe, paymentIntent } = await paymentIntentOf(reference, "cancel");
    const cancelled = await stripe.paymentIntents.cancel(
      paymentIntent,
      { cancellation_reason: "requested_by_customer" },
      { idempotencyKey },
    );
    if (cancelled.status !== "canceled")
      throw new Error(`Stripe cancel of ${paymentIntent} left it ${cancelled.status}`);
  },
};

/** The PaymentIntent a Checkout Session (Order.paymentReference) created. */
async function paymentIntentOf(reference: string, purpose: string): Promise<{ stripe: Stripe; paymentIntent: string }> {
  const stripe = getStripe();
  if (!stripe) throw new Error("Stripe is not configured");
  const session = await stripe.checkout.sessions.retrieve(reference);
  const paymentIntent =
    typeof session.payment_intent === "string" ? session.payment_intent : session.payment_intent?.id;
  if (!paymentIntent) throw new Error(`Checkout Session ${reference} has no payment to ${purpose}`);
  return { stripe, paymentIntent };
}

registerStripeProvider(stripePaymentProvider);
