// What the payment tests share: the Stripe SDK pointed at the fake (tests/support/fake-stripe.ts),
// a signed webhook delivered to the route, and a payment confirmed through the test provider.
import Stripe from "stripe";
import { POST } from "@/app/api/webhooks/stripe/route";
import { confirmOrderPayment } from "@/lib/orders/confirm-order-payment";
import type { FakeStripe } from "../../support/fake-stripe";

const signer = new Stripe("sk_test_signer").webhooks;

/** Points the Stripe SDK at the fake (and the webhook route at `webhookSecret` when given); null forgets Stripe. */
export function pointStripeAt(stripe: FakeStripe | null, webhookSecret?: string): void {
  if (!stripe) {
    delete process.env.STRIPE_SECRET_KEY;
    delete process.env.STRIPE_API_BASE;
    delete process.env.STRIPE_WEBHOOK_SECRET;
    return;
  }
  process.env.STRIPE_SECRET_KEY = "sk_test_halle";
  process.env.STRIPE_API_BASE = stripe.baseUrl;
  if (webhookSecret) process.env.STRIPE_WEBHOOK_SECRET = webhookSecret;
}

/** Stripe's event `type` about `object`, signed with `secret`, posted to the webhook route: the outcome it answers. */
export async function deliverStripeEvent(secret: string, type: string, object: unknown): Promise<string | undefined> {
  const payload = JSON.stringify({
    id: `evt_${Math.random().toString(36).slice(2)}`,
    object: "event",
    type,
    api_version: "2025-01-01",
    created: Math.floor(Date.now() / 1000),
    data: { object },
  });
  const headers = new Headers({
    "content-type": "application/json",
    "stripe-signature": signer.generateTestHeaderString({ payload, secret }),
  });
  const response = await POST(
    new Request("https://halle.test/api/webhooks/stripe", { method: "POST", headers, body: payload }),
  );
  return ((await response.json()) as { outcome?: string }).outcome;
}

/** A placed order's payment confirmed through the test provider, for its whole amount, as the payment would. */
export function confirmTestPayment(order: { id: string; paymentReference: string | null; totalAmount: number }) {
  return confirmOrderPayment({
    orderId: order.id,
    provider: "test",
    reference: order.paymentReference!,
    amountReceived: order.totalAmount,
    currency: "EUR",
  });
}
