import "server-only";
import type Stripe from "stripe";
import { recordAudit } from "@/lib/audit/record-audit";
import { confirmOrderPayment } from "@/lib/orders/confirm-order-payment";
import { releaseUnpaidOrder, type ReleaseReason } from "@/lib/orders/release-unpaid-order";
import { getDb } from "@/lib/db";
import { handleRentSession, isRentSession } from "@/lib/billing/handle-rent-session";
import { claimWebhookEvent } from "./claim-webhook-event";
import { getStripe } from "./stripe-client";

export type WebhookReply = { status: 200 | 400 | 404; body: { received: boolean; outcome?: string; error?: string } };

const reply = (status: WebhookReply["status"], body: WebhookReply["body"]): WebhookReply => ({ status, body });

/** Releases a Stripe order whose payment ended without money (expired session, failed payment), once per event. */
async function releaseOnEvent(
  event: Stripe.Event,
  orderId: string | undefined,
  sessionId: string | null,
  reason: ReleaseReason,
): Promise<{ outcome: string; sessionId?: string }> {
  return getDb().$transaction(async (tx) => {
    if (!(await claimWebhookEvent(tx, { id: event.id, provider: "stripe", type: event.type })))
      return { outcome: "already-processed" };
    if (!orderId) return { outcome: "ignored" };
    const order = await tx.order.findUnique({
      where: { id: orderId },
      select: { paymentProvider: true, paymentReference: true },
    });
    if (
      !order?.paymentReference ||
      order.paymentProvider !== "stripe" ||
      (sessionId !== null && order.paymentReference !== sessionId)
    )
      return { outcome: "ignored" };
    const released = await releaseUnpaidOrder(orderId, reason, tx);
    return { outcome: released ? "released" : "not-released", sessionId: order.paymentReference };
  });
}

/**
 * A failed card does not end a Checkout Session (the shopper could try another card), but the
 * order is released at once: the session is expired so that nobody pays for an order gone.
 */
async function releaseOnPaymentFailure(
  stripe: Stripe,
  event: Stripe.Event,
  orderId: string | undefined,
): Promise<string> {
  const { outcome, sessionId } = await releaseOnEvent(event, orderId, null, "DECLINED");
  if (outcome === "released" && sessionId) {
    await stripe.checkout.sessions.expire(sessionId).catch((error: unknown) => {
      // Already expired or completed: a payment made meanwhile is refunded when its event arrives.
      console.error(`[stripe] could not expire session ${sessionId} of released order ${orderId}`, error);
    });
  }
  return outcome;
}

/** Gives back money taken for an order that cannot be fulfilled (released meanwhile, or not matching). */
async function refundSession(stripe: Stripe, session: Stripe.Checkout.Session, orderId: string): Promise<void> {
  const paymentIntent =
    typeof session.payment_intent === "string" ? session.payment_intent : session.payment_intent?.id;
  const db = getDb();
  if (!paymentIntent) {
    console.error(`[stripe] session ${session.id} for order ${orderId} was paid but has no payment intent to refund`);
    return;
  }
  try {
    const refund = await stripe.refunds.create(
      { payment_intent: paymentIntent, reason: "requested_by_customer", metadata: { orderId } },
      { idempotencyKey: `halle-refund-${session.id}` },
    );
    await recordAudit(db, {
      actorId: null,
      action: "payment.refunded",
      entityType: "Order",
      entityId: orderId,
      data: { provider: "stripe", reference: session.id, refund: refund.id },
    });
  } catch (error) {
    // The event is recorded as processed: the audit row tells an operator to refund by hand.
    console.error(`[stripe] refund of session ${session.id} for order ${orderId} failed`, error);
    await recordAudit(db, {
      actorId: null,
      action: "payment.refund-failed",
      entityType: "Order",
      entityId: orderId,
      data: { provider: "stripe", reference: session.id, paymentIntent },
    });
  }
}

const paymentIntentIdOf = (session: Stripe.Checkout.Session) =>
  typeof session.payment_intent === "string" ? session.payment_intent : (session.payment_intent?.id ?? null);

/**
 * An order placed with capture on acceptance (docs/domain.md, capture) is paid by an authorization:
 * its session completes unpaid, its PaymentIntent waiting for the capture (requires_capture).
 */
async function authorizedAmountOf(stripe: Stripe, session: Stripe.Checkout.Session, orderId: string) {
  const order = await getDb().order.findUnique({ where: { id: orderId }, select: { captureMode: true } });
  const paymentIntentId = paymentIntentIdOf(session);
  if (order?.captureMode !== "ON_ACCEPTANCE" || !paymentIntentId) return null;
  const paymentIntent = await stripe.paymentIntents.retrieve(paymentIntentId);
  return paymentIntent.status === "requires_capture" ? paymentIntent.amount_capturable : null;
}

async function onSessionPaid(stripe: Stripe, event: Stripe.Event, session: Stripe.Checkout.Session): Promise<string> {
  const orderId = session.metadata?.orderId ?? session.client_reference_id;
  // Delayed methods (SEPA debit…) complete unpaid; checkout.session.async_payment_succeeded follows.
  const authorized =
    session.payment_status !== "paid" && orderId ? await authorizedAmountOf(stripe, session, orderId) : null;
  if (session.payment_status !== "paid" && authorized === null) return "awaiting-funds";
  if (!orderId) return "ignored";
  const outcome = await confirmOrderPayment({
    orderId,
    provider: "stripe",
    reference: session.id,
    amountReceived: authorized ?? session.amount_total ?? 0,
    currency: (session.currency ?? "").toUpperCase(),
    eventId: event.id,
    eventType: event.type,
  });
  if (outcome.status === "order-gone" || outcome.status === "refused") {
    if (authorized === null) await refundSession(stripe, session, orderId);
    else await releaseAuthorization(stripe, paymentIntentIdOf(session)!, orderId);
  }
  return outcome.status;
}

/**
 * The authorization of a manual-capture PaymentIntent (docs/domain.md, capture) reported on its own
 * (payment_intent.amount_capturable_updated, status requires_capture): the same confirmation as a
 * completed session, the order found by the metadata the session gave the PaymentIntent and its
 * reference the session's (Order.paymentReference). Whichever of the two events comes first
 * confirms; the other finds the order paid.
 */
async function onAuthorized(stripe: Stripe, event: Stripe.Event, paymentIntent: Stripe.PaymentIntent): Promise<string> {
  const orderId = paymentIntent.metadata?.orderId;
  if (paymentIntent.status !== "requires_capture" || !orderId) return "ignored";
  const order = await getDb().order.findUnique({
    where: { id: orderId },
    select: { paymentProvider: true, paymentReference: true, captureMode: true },
  });
  if (order && (order.paymentProvider !== "stripe" || order.captureMode !== "ON_ACCEPTANCE" || !order.paymentReference))
    return "ignored";
  const outcome = await confirmOrderPayment({
    orderId,
    provider: "stripe",
    reference: order?.paymentReference ?? "",
    amountReceived: paymentIntent.amount_capturable,
    currency: paymentIntent.currency.toUpperCase(),
    eventId: event.id,
    eventType: event.type,
  });
  if (outcome.status === "order-gone" || outcome.status === "refused")
    await releaseAuthorization(stripe, paymentIntent.id, orderId);
  return outcome.status;
}

/** An authorization for an order that cannot be fulfilled (released meanwhile, or not matching): cancelled, nothing taken. */
async function releaseAuthorization(stripe: Stripe, paymentIntentId: string, orderId: string): Promise<void> {
  try {
    await stripe.paymentIntents.cancel(
      paymentIntentId,
      { cancellation_reason: "abandoned" },
      { idempotencyKey: `halle-cancel-orphan-${paymentIntentId}` },
    );
  } catch (error) {
    // Left as it is, Stripe lets the authorization lapse by itself: nothing is ever charged.
    console.error(`[stripe] could not cancel authorization ${paymentIntentId} of order ${orderId}`, error);
  }
  await recordAudit(getDb(), {
    actorId: null,
    action: "payment.authorization-cancelled",
    entityType: "Order",
    entityId: orderId,
    data: { provider: "stripe", paymentIntent: paymentIntentId },
  });
}

/**
 * Stripe's webhook: verifies the signature on the raw body (400, nothing changed, when it does not
 * match), then applies each event once. Paid sessions, and authorized ones (capture on acceptance:
 * the session completed with its PaymentIntent awaiting capture, or that PaymentIntent's own
 * amount_capturable_updated), go through the one confirmation path; expired
 * sessions and failed payments release the order (stock back); any other event is acknowledged.
 */
export async function handleStripeWebhook(rawBody: string, signature: string | null): Promise<WebhookReply> {
  const stripe = getStripe();
  const secret = process.env.STRIPE_WEBHOOK_SECRET;
  if (!stripe || !secret) return reply(404, { received: false, error: "Stripe is not configured" });
  if (!signature) return reply(400, { received: false, error: "missing signature" });
  let event: Stripe.Event;
  try {
    event = stripe.webhooks.constructEvent(rawBody, signature, secret);
  } catch {
    return reply(400, { received: false, error: "invalid signature" });
  }

  // A rent charge's session (docs/business-models.md, subscriptions and billing) has no order: billing handles it.
  if (
    (event.type === "checkout.session.completed" ||
      event.type === "checkout.session.async_payment_succeeded" ||
      event.type === "checkout.session.expired" ||
      event.type === "checkout.session.async_payment_failed") &&
    isRentSession(event.data.object)
  ) {
    const paid =
      event.type === "checkout.session.completed" || event.type === "checkout.session.async_payment_succeeded";
    return reply(200, { received: true, outcome: await handleRentSession(stripe, event, event.data.object, paid) });
  }

  switch (event.type) {
    case "checkout.session.completed":
    case "checkout.session.async_payment_succeeded":
      return reply(200, { received: true, outcome: await onSessionPaid(stripe, event, event.data.object) });
    case "checkout.session.expired":
      return reply(200, {
        received: true,
        outcome: (await releaseOnEvent(event, event.data.object.metadata?.orderId, event.data.object.id, "EXPIRED"))
          .outcome,
      });
    case "checkout.session.async_payment_failed":
      return reply(200, {
        received: true,
        outcome: (await releaseOnEvent(event, event.data.object.metadata?.orderId, event.data.object.id, "DECLINED"))
          .outcome,
      });
    case "payment_intent.amount_capturable_updated":
      return reply(200, { received: true, outcome: await onAuthorized(stripe, event, event.data.object) });
    case "payment_intent.payment_failed":
      return reply(200, {
        received: true,
        outcome: await releaseOnPaymentFailure(stripe, event, event.data.object.metadata?.orderId),
      });
    default:
      return reply(200, { received: true, outcome: "ignored" });
  }
}
