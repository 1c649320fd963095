import "server-only";
import { recordAudit } from "@/lib/audit/record-audit";
import { getDb } from "@/lib/db";
import { claimWebhookEvent } from "@/lib/payments/claim-webhook-event";
import { applyPaidRent, rentTermPeriod, rentTermStartFor } from "./apply-paid-rent";
import { prepaidTermOf } from "./billing-shop";

export type RentConfirmation = {
  chargeId: string;
  provider: "test" | "stripe";
  reference: string;
  amountReceived: number;
  currency: string;
  eventId?: string;
  eventType?: string;
};

export type RentConfirmationOutcome = "confirmed" | "already-paid" | "already-processed" | "refused" | "not-found";

/**
 * A card paid a rent charge (the test page, or Stripe's webhook): in one transaction the event is
 * claimed (each once), the shop's row locked (as payRentTerm does), the charge checked (provider,
 * reference, amount, currency, as confirmOrderPayment does) and moved PENDING → PAID by a
 * conditional update, its term computed from now (at once, or after the term in force) and
 * started. No ledger entry: the card paid, not the balance. A charge no longer PENDING (declined,
 * or confirmed already) is left as it is. Refused (the caller refunds the card) when the payment
 * does not match, when the shop is no longer live or lapsed, or when a renewal is already paid in
 * advance (two card payments started side by side: one renewal at most, docs/business-models.md,
 * fixed terms).
 */
export async function confirmRentPayment(
  payment: RentConfirmation,
  now: Date = new Date(),
): Promise<RentConfirmationOutcome> {
  return getDb().$transaction(async (tx) => {
    if (
      payment.eventId &&
      !(await claimWebhookEvent(tx, { id: payment.eventId, provider: payment.provider, type: payment.eventType ?? "" }))
    )
      return "already-processed";
    const charge = await tx.billingCharge.findUnique({
      where: { id: payment.chargeId },
      select: {
        id: true,
        shopId: true,
        planId: true,
        kind: true,
        status: true,
        totalAmount: true,
        currency: true,
        paymentProvider: true,
        paymentReference: true,
        plan: { select: { termMonths: true } },
      },
    });
    if (!charge || charge.kind !== "RENT") return "not-found";
    if (charge.status === "PAID") return "already-paid";
    const refuse = async (reason: string) => {
      await recordAudit(tx, {
        actorId: null,
        action: "billing.rent-payment-refused",
        entityType: "BillingCharge",
        entityId: charge.id,
        reason,
        data: {
          provider: payment.provider,
          reference: payment.reference,
          amount: payment.amountReceived,
          currency: payment.currency,
        },
      });
      return "refused" as const;
    };
    const matches =
      charge.status === "PENDING" &&
      charge.paymentProvider === payment.provider &&
      charge.paymentReference === payment.reference &&
      charge.totalAmount === payment.amountReceived &&
      charge.currency === payment.currency;
    if (!matches) return refuse("payment-mismatch");
    const [shop] = await tx.$queryRaw<{ status: string }[]>`
      SELECT "status"::text AS "status" FROM "Shop" WHERE "id" = ${charge.shopId} FOR UPDATE`;
    if (shop?.status !== "APPROVED" && shop?.status !== "LAPSED") return refuse("shop-not-live");
    if (await prepaidTermOf(tx, charge.shopId)) return refuse("renewal-already-paid");
    const { periodStart, periodEnd } = rentTermPeriod(
      await rentTermStartFor(tx, charge.shopId, now),
      charge.plan.termMonths,
    );
    const { count } = await tx.billingCharge.updateMany({
      where: { id: charge.id, status: "PENDING" },
      data: { status: "PAID", periodStart, periodEnd },
    });
    if (count !== 1) return "already-paid";
    await applyPaidRent(
      tx,
      { id: charge.id, shopId: charge.shopId, planId: charge.planId, periodStart, periodEnd },
      now,
      null,
    );
    return "confirmed";
  });
}

/**
 * The card payment was declined or abandoned: the charge is CANCELLED (once), nothing else changes.
 * With `payment`, only when the charge was handed to that provider under that reference (an event
 * for another session leaves it alone).
 */
export async function cancelRentPayment(
  chargeId: string,
  payment?: { provider: "test" | "stripe"; reference: string },
): Promise<boolean> {
  const { count } = await getDb().billingCharge.updateMany({
    where: {
      id: chargeId,
      kind: "RENT",
      status: "PENDING",
      ...(payment && { paymentProvider: payment.provider, paymentReference: payment.reference }),
    },
    data: { status: "CANCELLED" },
  });
  return count === 1;
}
