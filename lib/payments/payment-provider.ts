import "server-only";
import { randomBytes } from "node:crypto";
import { isStripeConfigured } from "./stripe-client";

// Two payment providers behind one confirmation path (lib/checkout/confirm-order-payment.ts):
// Stripe when STRIPE_SECRET_KEY is set (hosted Checkout Session on the platform account, separate
// charges and transfers grouped by the order), otherwise the built-in test provider (a simulated
// payment page with test card numbers).
export type PayableOrder = { id: string; number: string; totalAmount: number; currency: string; email: string };

export type PaymentStart = { redirectUrl: string; reference: string };

export type PaymentProvider = {
  name: "test" | "stripe";
  /** Where to send the shopper to pay; `reference` is stored on Order.paymentReference. */
  startPayment(order: PayableOrder): Promise<PaymentStart>;
};

export const testPaymentProvider: PaymentProvider = {
  name: "test",
  async startPayment(order) {
    return { redirectUrl: `/checkout/pay/${order.id}`, reference: `test_${randomBytes(12).toString("hex")}` };
  },
};

let stripeProvider: PaymentProvider | null = null;

/** Registered by lib/payments/stripe-payment-provider.ts (kept apart so the test provider needs no SDK). */
export function registerStripeProvider(provider: PaymentProvider): void {
  stripeProvider = provider;
}

export function getPaymentProvider(): PaymentProvider {
  if (isStripeConfigured() && stripeProvider) return stripeProvider;
  return testPaymentProvider;
}
