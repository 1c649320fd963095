import "server-only";
import type Stripe from "stripe";
import { recordAudit } from "@/lib/audit/record-audit";
import { getDb } from "@/lib/db";
import { claimWebhookEvent } from "@/lib/payments/claim-webhook-event";
import { cancelRentPayment, confirmRentPayment } from "./confirm-rent-payment";

/** A Checkout Session started for a rent charge (metadata kind "rent"), not for an order. */
export function isRentSession(session: Stripe.Checkout.Session): boolean {
  return session.metadata?.kind === "rent" && typeof session.metadata.chargeId === "string";
}

/**
 * Stripe's webhook for a rent charge (docs/business-models.md, subscriptions and billing): a paid session confirms
 * the charge through confirmRentPayment (each event once); money taken for a charge that cannot be
 * applied (declined meanwhile, or not matching) is refunded. An expired or failed session cancels
 * the PENDING charge.
 */
export async function handleRentSession(
  stripe: Stripe,
  event: Stripe.Event,
  session: Stripe.Checkout.Session,
  paid: boolean,
): Promise<string> {
  const chargeId = session.metadata!.chargeId;
  if (!paid) {
    const claimed = await getDb().$transaction((tx) =>
      claimWebhookEvent(tx, { id: event.id, provider: "stripe", type: event.type }),
    );
    if (!claimed) return "already-processed";
    return (await cancelRentPayment(chargeId, { provider: "stripe", reference: session.id }))
      ? "rent-cancelled"
      : "ignored";
  }
  if (session.payment_status !== "paid") return "awaiting-funds";
  const outcome = await confirmRentPayment({
    chargeId,
    provider: "stripe",
    reference: session.id,
    amountReceived: session.amount_total ?? 0,
    currency: (session.currency ?? "").toUpperCase(),
    eventId: event.id,
    eventType: event.type,
  });
  if (outcome === "refused" || outcome === "not-found") await refundRentSession(stripe, session, chargeId);
  // A replayed event reads as it does for orders; the other outcomes name the rent.
  return outcome === "already-processed" ? outcome : `rent-${outcome}`;
}

async function refundRentSession(stripe: Stripe, session: Stripe.Checkout.Session, chargeId: string): Promise<void> {
  const paymentIntent =
    typeof session.payment_intent === "string" ? session.payment_intent : session.payment_intent?.id;
  if (!paymentIntent) {
    console.error(`[stripe] rent session ${session.id} was paid but has no payment intent to refund`);
    return;
  }
  try {
    await stripe.refunds.create(
      { payment_intent: paymentIntent, reason: "requested_by_customer", metadata: { chargeId } },
      { idempotencyKey: `halle-refund-${session.id}` },
    );
  } catch (error) {
    // The event is recorded as processed: the audit row tells an operator to refund by hand.
    console.error(`[stripe] refund of rent session ${session.id} failed`, error);
    await recordAudit(getDb(), {
      actorId: null,
      action: "billing.rent-refund-failed",
      entityType: "BillingCharge",
      entityId: chargeId,
      data: { provider: "stripe", reference: session.id, paymentIntent },
    });
  }
}
