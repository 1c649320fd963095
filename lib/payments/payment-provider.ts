import "server-only";
import { randomBytes } from "node:crypto";
import { paymentMode, testPaymentsAllowed } from "@/lib/config/production-mode";
import { AppError } from "@/lib/errors";
import { isStripeConfigured } from "./stripe-client";

// Two payment providers behind one confirmation path (lib/orders/confirm-order-payment.ts):
// Stripe when STRIPE_SECRET_KEY is set (hosted Checkout Session on the platform account, separate
// charges and transfers grouped by the order), otherwise the built-in test provider (a simulated
// payment page with test card numbers) — never in production without the operator's opt-in to a
// visible test mode (docs/security.md, "Production mode and configuration").
export type PayableOrder = {
  id: string;
  number: string;
  totalAmount: number;
  currency: string;
  email: string;
  /** ON_ACCEPTANCE: only authorize now; the money is captured once the shops answered (docs/domain.md, capture) */
  captureMode: "AT_CHECKOUT" | "ON_ACCEPTANCE";
};

export type PaymentStart = { redirectUrl: string; reference: string };

/** `abandoned`: the payment can no longer be made; `completed`: it was made (or its funds are on their way). */
export type PaymentAbandonment = "abandoned" | "completed";

/** Money going back for a payment: `reference` is the payment's (Order.paymentReference), `idempotencyKey` the Refund's id. */
export type RefundRequest = { reference: string; amount: number; currency: string; idempotencyKey: string };

/** Takes `amount` (at most what was authorized) of an authorized payment `reference`; `idempotencyKey` derives from the order. */
export type CaptureRequest = { reference: string; amount: number; currency: string; idempotencyKey: string };

/** Gives up an authorized payment `reference` with nothing taken. */
export type CancelAuthorizationRequest = { reference: string; idempotencyKey: string };

export type PaymentProvider = {
  name: "test" | "stripe";
  /** Where to send the shopper to pay; `reference` is stored on Order.paymentReference. */
  startPayment(order: PayableOrder): Promise<PaymentStart>;
  /** The shopper left the payment page: close the payment `reference` so that it can no longer be paid. */
  abandonPayment(reference: string): Promise<PaymentAbandonment>;
  /**
   * Gives `amount` (minor units) of the payment back to the shopper. Asked again with the same
   * idempotency key, the provider answers with the same refund rather than refunding twice.
   * Throws when the provider refuses or cannot be reached.
   */
  refund(request: RefundRequest): Promise<{ reference: string }>;
  /**
   * Captures `amount` of an authorized payment (ON_ACCEPTANCE); the rest of the authorization is
   * released. The same idempotency key answers with the same capture. Throws when refused.
   */
  capture(request: CaptureRequest): Promise<{ reference: string }>;
  /** Cancels an authorized payment with nothing captured (no part accepted). Throws when refused. */
  cancelAuthorization(request: CancelAuthorizationRequest): Promise<void>;
};

export const testPaymentProvider: PaymentProvider = {
  name: "test",
  async startPayment(order) {
    return { redirectUrl: `/checkout/pay/${order.id}`, reference: `test_${randomBytes(12).toString("hex")}` };
  },
  // The simulated payment page only pays an order still awaiting payment: nothing to close.
  async abandonPayment() {
    return "abandoned";
  },
  // The simulated payment took no money: its refunds succeed at once.
  async refund() {
    return { reference: `test_re_${randomBytes(12).toString("hex")}` };
  },
  // The simulated authorization holds nothing: its capture and its cancellation always succeed.
  async capture() {
    return { reference: `test_cap_${randomBytes(12).toString("hex")}` };
  },
  async cancelAuthorization() {},
};

let stripeProvider: PaymentProvider | null = null;

/** Registered by lib/payments/stripe-payment-provider.ts (kept apart so the test provider needs no SDK). */
export function registerStripeProvider(provider: PaymentProvider): void {
  stripeProvider = provider;
}

/**
 * Throws CONFLICT when the built-in test provider may not take a payment: production without
 * the opt-in (HALLE_TEST_PAYMENTS=1), so that even a server started by hand, past the start
 * scripts' configuration check, cannot mark an order paid without collecting money.
 */
export function assertTestPaymentsAllowed(env: NodeJS.ProcessEnv = process.env): void {
  if (!testPaymentsAllowed(env))
    throw new AppError("CONFLICT", "test payments refused in production", {
      form: "security.production.paymentsUnavailable",
    });
}

export function getPaymentProvider(): PaymentProvider {
  if (isStripeConfigured() && stripeProvider) return stripeProvider;
  assertTestPaymentsAllowed();
  return testPaymentProvider;
}

/**
 * Whether an order placed now is a test order (Order.testMode): the visible test mode's test
 * provider. Throws CONFLICT when no provider may take its payment, so nothing is placed.
 */
export function placedInTestMode(env: NodeJS.ProcessEnv = process.env): boolean {
  const mode = paymentMode(env);
  if (mode === "stripe") return false;
  assertTestPaymentsAllowed(env);
  return mode === "test-mode";
}

/** The provider an order was handed to (Order.paymentProvider), whatever is configured now. */
export function getPaymentProviderNamed(name: string): PaymentProvider | null {
  if (name === "stripe") return stripeProvider;
  if (name === "test") return testPaymentProvider;
  return null;
}
