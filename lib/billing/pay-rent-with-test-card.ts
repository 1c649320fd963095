import "server-only";
import { assertRole, type Actor } from "@/lib/auth/actor";
import { getDb } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { parseIdOrThrow } from "@/lib/parse-id";
import { readTestCard, type TestCardInput } from "@/lib/payments/pay-with-test-card";
import { cancelRentPayment, confirmRentPayment } from "./confirm-rent-payment";

/** The rent charge the test payment page shows: the shop's owner only, a card charge of the test provider. */
export async function getRentCardCharge(actor: Actor | null, chargeId: string) {
  assertRole(actor, "VENDOR");
  const charge = await getDb().billingCharge.findFirst({
    where: { id: parseIdOrThrow(chargeId), kind: "RENT", paidWith: "CARD", shop: { ownerId: actor.id } },
    select: {
      id: true,
      status: true,
      paymentProvider: true,
      paymentReference: true,
      amountExclVat: true,
      vatAmount: true,
      totalAmount: true,
      currency: true,
      plan: { select: { name: true, termMonths: true } },
      shop: { select: { name: true } },
    },
  });
  if (!charge) throw new AppError("NOT_FOUND");
  return charge;
}

/**
 * The built-in test provider's payment of a rent charge, as for orders (lib/payments/test-cards.ts):
 * 4242… confirms through confirmRentPayment, the path Stripe's webhook takes; 4000…0002 declines
 * (the charge is CANCELLED); any other number is refused with nothing changed.
 */
export async function payRentWithTestCard(
  actor: Actor | null,
  chargeId: string,
  input: TestCardInput,
): Promise<"paid" | "declined"> {
  const charge = await getRentCardCharge(actor, chargeId);
  if (charge.status === "PAID") return "paid";
  if (charge.status !== "PENDING" || !charge.paymentReference) throw new AppError("NOT_FOUND");
  if (charge.paymentProvider !== "test")
    throw new AppError("CONFLICT", "not a test payment", { form: "orders.pay.errors.notTestOrder" });
  if (readTestCard(input) === "declined") {
    await cancelRentPayment(charge.id);
    return "declined";
  }
  const result = await confirmRentPayment({
    chargeId: charge.id,
    provider: "test",
    reference: charge.paymentReference,
    amountReceived: charge.totalAmount,
    currency: charge.currency,
  });
  if (result === "confirmed" || result === "already-paid") return "paid";
  throw new AppError("CONFLICT", `rent payment not applied: ${result}`, { form: "billing.errors.conflict" });
}
