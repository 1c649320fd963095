import "server-only";
import { z } from "zod";
import type { Actor } from "@/lib/auth/actor";
import { confirmOrderPayment } from "@/lib/orders/confirm-order-payment";
import { declineOrderPayment } from "@/lib/orders/decline-order-payment";
import { getDb } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { canAccessOrder } from "@/lib/orders/order-access";
import { assertTestPaymentsAllowed } from "./payment-provider";
import { isCvc, isFutureExpiry, testCardOutcome } from "./test-cards";

export const testCardSchema = z.object({
  cardNumber: z.string().max(40),
  expiry: z.string().max(10),
  cvc: z.string().max(10),
});

export type TestCardInput = z.input<typeof testCardSchema>;

/**
 * Checks a card typed on the test provider's page (an order's or a rent term's): VALIDATION with
 * every field in error, else whether the card pays or is declined. CONFLICT first in production
 * without the test mode's opt-in (docs/security.md): no test card pays anything there.
 */
export function readTestCard(input: TestCardInput, now = new Date()): "success" | "declined" {
  assertTestPaymentsAllowed();
  const card = testCardSchema.safeParse(input);
  if (!card.success) throw new AppError("VALIDATION", "invalid card", { cardNumber: "orders.pay.errors.cardNumber" });
  const outcome = testCardOutcome(card.data.cardNumber);
  const errors: Record<string, string> = {};
  if (outcome === "invalid") errors.cardNumber = "orders.pay.errors.cardNumber";
  if (outcome === "unknown") errors.cardNumber = "orders.pay.errors.unknownCard";
  if (!isFutureExpiry(card.data.expiry, now)) errors.expiry = "orders.pay.errors.expiry";
  if (!isCvc(card.data.cvc)) errors.cvc = "orders.pay.errors.cvc";
  if (Object.keys(errors).length > 0) throw new AppError("VALIDATION", "invalid card", errors);
  return outcome === "declined" ? "declined" : "success";
}

/** `paid`: go to the confirmation page; `declined`: the order is gone, back to the cart. */
export type TestPaymentResult = "paid" | "declined";

/**
 * The built-in test provider's payment: only the order's shopper (or the guest's browser holding
 * the access cookie); only an order handed to the test provider. 4242… confirms through the same
 * path as the Stripe webhook; 4000…0002 declines (the order is released, stock back, cart intact);
 * any other number is refused with nothing changed.
 */
export async function payWithTestCard(
  actor: Actor | null,
  accessToken: string | undefined,
  orderId: string,
  input: TestCardInput,
): Promise<TestPaymentResult> {
  // Refused before anything is read or written (docs/security.md, production mode).
  assertTestPaymentsAllowed();
  const order = await getDb().order.findUnique({
    where: { id: orderId },
    select: {
      id: true,
      userId: true,
      accessToken: true,
      status: true,
      paymentProvider: true,
      paymentReference: true,
      totalAmount: true,
      currency: true,
    },
  });
  if (!order || !canAccessOrder(order, actor, accessToken)) throw new AppError("NOT_FOUND");
  if (order.status === "PAID") return "paid";
  if (order.status !== "AWAITING_PAYMENT" || !order.paymentReference) throw new AppError("NOT_FOUND");
  if (order.paymentProvider !== "test")
    throw new AppError("CONFLICT", "not a test payment", { form: "orders.pay.errors.notTestOrder" });

  if (readTestCard(input) === "declined") {
    await declineOrderPayment(order.id);
    return "declined";
  }
  const result = await confirmOrderPayment({
    orderId: order.id,
    provider: "test",
    reference: order.paymentReference,
    amountReceived: order.totalAmount,
    currency: order.currency,
  });
  if (result.status === "confirmed" || result.status === "already-paid") return "paid";
  // Released meanwhile (its stock hold ran out): nothing was charged.
  if (result.status === "order-gone") return "declined";
  throw new AppError("CONFLICT", `test payment not applied: ${result.status}`);
}
