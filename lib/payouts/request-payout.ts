import "server-only";
import { randomUUID } from "node:crypto";
import { assertRole, type Actor } from "@/lib/auth/actor";
import { addBusinessDays } from "@/lib/calendar/business-days";
import { getDb } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { isStripeConfigured } from "@/lib/payments/stripe-client";
import { parseIdOrThrow } from "@/lib/parse-id";
import { loadShopPayoutState, payoutBlockersOf, payoutMethodOf } from "./blockers";
import { createPayout } from "./create-payout";
import { normalizeIban } from "./iban";
import { ON_REQUEST_BUSINESS_DAYS, PAYOUT_TIME_ZONE } from "./schedule";
import { shopCalendarOf, vendorPayoutSettings } from "./vendor-payout-settings";

export type RequestedPayout = { id: string; amount: number; currency: string; scheduledFor: Date };

/** A refusal names its reason with a catalogue key, as its message and as the form's error. */
const conflict = (key: string) => new AppError("CONFLICT", key, { form: key });

/**
 * The owner of a shop paid on request (its plan's schedule, else the marketplace's, is ON_REQUEST)
 * asks for its available balance (docs/payouts.md, on request): a payout of periodKey
 * "request:<uuid>" settling every unsettled entry available before now, due within
 * ON_REQUEST_BUSINESS_DAYS business days (scheduledFor). A Stripe payout is transferred by the next
 * run of the payouts job (within a minute); a bank transfer waits for the operator's SEPA file.
 * Refused (CONFLICT, nothing written) when the shop is on a schedule, when a payout it asked for is
 * still SCHEDULED or PROCESSING, or when a blocker applies (the first one's payouts.blocker.* key).
 * The shop's row is locked first, so two requests at once make one payout. A closed shop may still
 * ask for its money. Another vendor's shop is NOT_FOUND; not a vendor FORBIDDEN; signed out
 * UNAUTHENTICATED.
 */
export async function requestPayout(
  actor: Actor | null,
  shopId: string,
  now: Date = new Date(),
): Promise<RequestedPayout> {
  assertRole(actor, "VENDOR");
  const id = parseIdOrThrow(shopId);
  return getDb().$transaction(async (tx) => {
    const owned = await tx.$queryRaw<{ id: string }[]>`
      SELECT "id" FROM "Shop" WHERE "id" = ${id} AND "ownerId" = ${actor.id} FOR UPDATE`;
    if (owned.length === 0) throw new AppError("NOT_FOUND");

    const settings = await vendorPayoutSettings(tx);
    const state = await loadShopPayoutState(tx, id, now);
    if (shopCalendarOf(settings, state.planPayoutSchedule).schedule !== "ON_REQUEST")
      throw conflict("payoutRun.errors.notOnRequest");
    const pending = await tx.payout.findFirst({
      where: { shopId: id, periodKey: { startsWith: "request:" }, status: { in: ["SCHEDULED", "PROCESSING"] } },
      select: { id: true },
    });
    if (pending) throw conflict("payoutRun.errors.requestPending");

    const { _sum } = await tx.ledgerEntry.aggregate({
      where: { shopId: id, payoutId: null, availableAt: { lt: now } },
      _sum: { amount: true },
    });
    const method = payoutMethodOf(state, isStripeConfigured());
    const [blocker] = payoutBlockersOf({
      ...state,
      method,
      available: _sum.amount ?? 0,
      minimum: settings.payoutMinimumAmount,
    });
    if (blocker || method === null) throw conflict(`payouts.blocker.${blocker ?? "noBankAccount"}`);

    const calendar = { country: settings.holidayCountry, timeZone: PAYOUT_TIME_ZONE };
    const payout = await createPayout(
      tx,
      { shopId: id },
      {
        periodKey: `request:${randomUUID()}`,
        cutoffAt: now,
        scheduledFor: addBusinessDays(now, ON_REQUEST_BUSINESS_DAYS, calendar),
        method,
        minimum: settings.payoutMinimumAmount,
        currency: settings.currency,
        requestedById: actor.id,
        account:
          method === "BANK_TRANSFER"
            ? { holderName: state.payoutHolderName, iban: normalizeIban(state.payoutIban!) }
            : null,
        now,
      },
    );
    if (!payout) throw conflict("payoutRun.errors.nothingAvailable");
    const written = await tx.payout.findUniqueOrThrow({
      where: { id: payout.id },
      select: { id: true, amount: true, currency: true, scheduledFor: true },
    });
    await tx.auditLog.create({
      data: {
        actorId: actor.id,
        action: "payout.requested",
        entityType: "Shop",
        entityId: id,
        data: { payoutId: payout.id, amount: payout.amount, currency: payout.currency, method },
      },
    });
    return written;
  });
}
