import "server-only";
import { randomUUID } from "node:crypto";
import { assertRole, type Actor } from "@/lib/auth/actor";
import { getDb } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { chargeAmounts } from "@/lib/fees/plan-charges";
import { parseInput } from "@/lib/forms/parse-input";
import { parseIdOrThrow } from "@/lib/parse-id";
import { termPriceOf } from "@/lib/plans/plan-price";
import { applyPaidRent, rentTermPeriod, rentTermStartFor } from "./apply-paid-rent";
import { balanceOf, lockOwnedShop, memoOf, prepaidTermOf } from "./billing-shop";
import { loadBillingSettings } from "./billing-settings";
import { loadOfferedPlan } from "./load-offered-plan";
import { payRentSchema, type PayRentInput } from "./schemas";
import { startRentCardPayment } from "./start-rent-card-payment";
import { writeBalanceCharge } from "./write-charge";

export type RentPaymentOutcome = { kind: "paid"; startsAt: Date; endsAt: Date } | { kind: "redirect"; url: string };

const conflict = (key: string, message: string) => new AppError("CONFLICT", message, { form: key });

/**
 * The owner pays a fixed term (rent) of the shop's plan (docs/business-models.md, subscriptions and billing), its
 * price termPriceOf(plan) plus VAT on fees. From the balance: refused, with nothing written, when
 * the shop's balance (the sum of its ledger entries) is lower than the total; else a RENT charge
 * and its SUBSCRIPTION_FEE entry, and the term starts (at once, or at the current term's end when
 * renewed early). By card: a PENDING charge handed to the payment provider; the term starts when
 * the payment is confirmed (confirmRentPayment). One renewal at most may be paid in advance.
 */
export async function payRentTerm(
  actor: Actor | null,
  shopId: string,
  input: PayRentInput,
  now: Date = new Date(),
): Promise<RentPaymentOutcome> {
  assertRole(actor, "VENDOR");
  const id = parseIdOrThrow(shopId);
  const { planId, method } = parseInput(payRentSchema, input);
  const pending = await getDb().$transaction(async (tx) => {
    const shop = await lockOwnedShop(tx, actor.id, id);
    const plan = await loadOfferedPlan(tx, planId);
    if (plan.billing !== "FIXED_TERM")
      throw new AppError("VALIDATION", "not a fixed term", { planId: "billing.errors.notRent" });
    if (shop.status !== "APPROVED" && shop.status !== "LAPSED")
      throw conflict("billing.errors.shopNotLive", `shop is ${shop.status}`);
    if (await prepaidTermOf(tx, shop.id)) throw conflict("billing.errors.renewalAlreadyPaid", "a term is prepaid");
    const settings = await loadBillingSettings(tx);
    const price = termPriceOf(plan);
    const amounts = chargeAmounts(price, settings.feesVatBps);
    const { periodStart, periodEnd } = rentTermPeriod(await rentTermStartFor(tx, shop.id, now), plan.termMonths);
    const chargeId = randomUUID();
    if (method === "BALANCE") {
      if ((await balanceOf(tx, shop.id)) < amounts.totalAmount)
        throw conflict("billing.errors.balanceTooLow", "balance too low");
      const written = await writeBalanceCharge(tx, {
        shopId: shop.id,
        subscriptionId: null,
        planId: plan.id,
        kind: "RENT",
        periodKey: `rent:${chargeId}`,
        periodStart,
        periodEnd,
        amountExclVat: price,
        feesVatBps: settings.feesVatBps,
        currency: plan.currency,
        memo: memoOf(plan.code, { start: periodStart, end: periodEnd }),
        now,
      });
      await applyPaidRent(
        tx,
        { id: written!, shopId: shop.id, planId: plan.id, periodStart, periodEnd },
        now,
        actor.id,
      );
      return { kind: "paid" as const, startsAt: periodStart, endsAt: periodEnd };
    }
    // One card payment at a time: a new one replaces any still pending (a payment arriving later
    // for a replaced charge is refused and refunded: confirmRentPayment never revives a CANCELLED one).
    await tx.billingCharge.updateMany({
      where: { shopId: shop.id, kind: "RENT", paidWith: "CARD", status: "PENDING" },
      data: { status: "CANCELLED" },
    });
    const charge = await tx.billingCharge.create({
      data: {
        id: chargeId,
        shopId: shop.id,
        planId: plan.id,
        kind: "RENT",
        periodKey: `rent:${chargeId}`,
        periodStart,
        periodEnd,
        ...amounts,
        currency: plan.currency,
        status: "PENDING",
        paidWith: "CARD",
      },
      select: { id: true, totalAmount: true, currency: true, plan: { select: { name: true } } },
    });
    return { kind: "card" as const, charge };
  });
  if (pending.kind === "paid") return pending;
  return { kind: "redirect", url: await startRentCardPayment(pending.charge, actor.email) };
}
