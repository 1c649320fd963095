import "server-only";
import { randomBytes } from "node:crypto";
import type Stripe from "stripe";
import { appUrl } from "@/lib/app-url";
import { getDb } from "@/lib/db";
import { getStripe } from "@/lib/payments/stripe-client";

type RentCardCharge = { id: string; totalAmount: number; currency: string; plan: { name: string } };

/** Stripe's shortest Checkout Session life. */
const SESSION_LIFETIME_SECONDS = 30 * 60;

/**
 * Hands a PENDING rent charge to the payment provider and returns where to send the vendor: the
 * built-in test payment page, or a Stripe Checkout Session (metadata kind "rent", confirmed by the
 * webhook). The provider and its reference are stored on the charge, which the confirmation checks.
 */
export async function startRentCardPayment(charge: RentCardCharge, email: string): Promise<string> {
  const stripe = getStripe();
  let provider: "test" | "stripe" = "test";
  let reference = `test_rent_${randomBytes(12).toString("hex")}`;
  let url = `/dashboard/plan/pay/${charge.id}`;
  if (stripe) {
    const session = await createSession(stripe, charge, email).catch(async (error: unknown) => {
      // No session, nothing to pay: the charge is not left PENDING (the vendor starts again).
      await getDb().billingCharge.updateMany({
        where: { id: charge.id, status: "PENDING", paymentReference: null },
        data: { status: "CANCELLED" },
      });
      throw error;
    });
    if (!session.url) throw new Error(`Stripe returned no URL for session ${session.id}`);
    provider = "stripe";
    reference = session.id;
    url = session.url;
  }
  await getDb().billingCharge.updateMany({
    where: { id: charge.id, status: "PENDING" },
    data: { paymentProvider: provider, paymentReference: reference },
  });
  return url;
}

/** One session per charge (the idempotency key): a retry gets the same session back. */
function createSession(stripe: Stripe, charge: RentCardCharge, email: string) {
  return stripe.checkout.sessions.create(
    {
      mode: "payment",
      customer_email: email,
      client_reference_id: charge.id,
      line_items: [
        {
          quantity: 1,
          price_data: {
            currency: charge.currency.toLowerCase(),
            unit_amount: charge.totalAmount,
            product_data: { name: charge.plan.name },
          },
        },
      ],
      metadata: { kind: "rent", chargeId: charge.id },
      payment_intent_data: { metadata: { kind: "rent", chargeId: charge.id } },
      success_url: appUrl("/dashboard/plan?status=rent-paid"),
      cancel_url: appUrl("/dashboard/plan?status=rent-cancelled"),
      expires_at: Math.floor(Date.now() / 1000) + SESSION_LIFETIME_SECONDS,
    },
    { idempotencyKey: `halle-rent-${charge.id}` },
  );
}
