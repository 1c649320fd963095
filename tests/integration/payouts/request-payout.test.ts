// A payout asked for by the vendor (docs/payouts.md, on request): requestPayout on a real database —
// what it writes, what it refuses (and that a refusal writes nothing), and who may ask.
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { getDb } from "@/lib/db";
import type { PayoutSchedule } from "@/lib/generated/prisma/enums";
import { releaseHeldFunds } from "@/lib/payouts/release-held-funds";
import { requestPayout } from "@/lib/payouts/request-payout";
import { markPayoutPaid } from "@/lib/payouts/return-payout";
import { runPayouts } from "@/lib/payouts/run-payouts";
import { startFakeStripe, type FakeStripe } from "../../support/fake-stripe";
import {
  at,
  createUser,
  daysAfter,
  moneySnapshot,
  paidPart,
  payoutSettings,
  payoutShop,
  refusal,
  type PayoutShopOptions,
} from "./payout-fixtures";

const db = () => getDb();
/** Friday 6 September 2030, 10:00 in Paris; 3 business days later: Wednesday the 11th. */
const FRIDAY = at("2030-09-06T10:00:00+02:00");
const WEDNESDAY = at("2030-09-11T10:00:00+02:00");

async function plan(schedule: PayoutSchedule) {
  return db().plan.create({
    data: {
      code: `plan-${Math.random().toString(36).slice(2)}`,
      name: `Formule ${schedule}`,
      payoutSchedule: schedule,
    },
  });
}

let onRequestPlanId: string;

/** A shop on a plan paid on request, with a sale of net 90,00 € available since the 1st of September. */
async function shopWithMoney(options: PayoutShopOptions = {}) {
  const owned = await payoutShop({ planId: onRequestPlanId, ...options });
  const availableAt = at("2030-09-01T12:00:00+02:00");
  const sale = await paidPart(owned.shop.id, {
    paidAt: daysAfter(availableAt, -20),
    deliveredAt: daysAfter(availableAt, -14),
  });
  await releaseHeldFunds(FRIDAY);
  return { ...owned, sale };
}

beforeAll(async () => {
  onRequestPlanId = (await plan("ON_REQUEST")).id;
});

beforeEach(async () => {
  await payoutSettings();
});

describe("requestPayout", () => {
  it("writes a payout of the available balance, due within 3 business days, and one at a time", async () => {
    const { vendor, shop, sale } = await shopWithMoney();
    const requested = await requestPayout(vendor, shop.id, FRIDAY);
    expect(requested).toMatchObject({ amount: sale.net, currency: "EUR", scheduledFor: WEDNESDAY });
    const payout = await db().payout.findUniqueOrThrow({ where: { id: requested.id } });
    expect(payout).toMatchObject({
      shopId: shop.id,
      method: "BANK_TRANSFER",
      status: "SCHEDULED",
      cutoffAt: FRIDAY,
      requestedById: vendor.id,
      accountIban: shop.payoutIban,
    });
    expect(payout.periodKey).toMatch(/^request:[0-9a-f-]{36}$/);
    const settled = await db().ledgerEntry.findMany({ where: { payoutId: payout.id } });
    expect(settled.reduce((sum, e) => sum + e.amount, 0)).toBe(0);
    expect(settled.filter((e) => e.type === "PAYOUT").map((e) => e.amount)).toEqual([-sale.net]);
    expect(await db().auditLog.count({ where: { entityId: shop.id, action: "payout.requested" } })).toBe(1);

    // A second request while the first is under way: refused, nothing written.
    await paidPart(shop.id, { paidAt: at("2030-08-10T10:00:00+02:00"), deliveredAt: at("2030-08-15T10:00:00+02:00") });
    await releaseHeldFunds(FRIDAY);
    const before = await moneySnapshot(shop.id);
    const pending = await refusal(requestPayout(vendor, shop.id, daysAfter(FRIDAY, 1)));
    expect(pending).toMatchObject({ code: "CONFLICT", fieldErrors: { form: "payoutRun.errors.requestPending" } });
    expect(await moneySnapshot(shop.id)).toEqual(before);

    // Once it is paid, the vendor may ask again.
    await db().$transaction((tx) => markPayoutPaid(tx, payout.id, "E2E-1", WEDNESDAY));
    const again = await requestPayout(vendor, shop.id, daysAfter(WEDNESDAY, 1));
    expect(again.amount).toBe(sale.net);
  });

  it("makes one payout of two requests at once", async () => {
    const { vendor, shop } = await shopWithMoney();
    const outcomes = await Promise.allSettled([
      requestPayout(vendor, shop.id, FRIDAY),
      requestPayout(vendor, shop.id, FRIDAY),
    ]);
    expect(outcomes.map((o) => o.status).sort()).toEqual(["fulfilled", "rejected"]);
    expect(await db().payout.count({ where: { shopId: shop.id } })).toBe(1);
  });

  it("also serves the shops of a marketplace paid on request", async () => {
    await payoutSettings({ payoutSchedule: "ON_REQUEST" });
    const { vendor, shop, sale } = await shopWithMoney({ planId: null });
    expect((await requestPayout(vendor, shop.id, FRIDAY)).amount).toBe(sale.net);
  });

  it("lets a closed shop's owner still ask for its money", async () => {
    const { vendor, shop, sale } = await shopWithMoney({ status: "CLOSED" });
    expect((await requestPayout(vendor, shop.id, FRIDAY)).amount).toBe(sale.net);
  });

  it("refuses, writing nothing, a shop on a schedule, a blocked shop, and nothing to pay", async () => {
    const monthly = (await plan("MONTHLY")).id;
    const cases: [PayoutShopOptions, string][] = [
      [{ planId: monthly }, "payoutRun.errors.notOnRequest"],
      [{ planId: null }, "payoutRun.errors.notOnRequest"],
      [{ status: "SUSPENDED" }, "payouts.blocker.shopSuspended"],
      [{ approvedAt: null }, "payouts.blocker.identityNotVerified"],
      [{ reviewPending: true }, "payouts.blocker.identityNotVerified"],
      [{ payoutIban: null }, "payouts.blocker.noBankAccount"],
      [{ payoutIban: "FR7730006000011234567890189" }, "payouts.blocker.noBankAccount"],
    ];
    for (const [options, key] of cases) {
      const { vendor, shop } = await shopWithMoney(options);
      const before = await moneySnapshot(shop.id);
      const refused = await refusal(requestPayout(vendor, shop.id, FRIDAY));
      expect([refused.code, refused.fieldErrors.form]).toEqual(["CONFLICT", key]);
      expect(await moneySnapshot(shop.id)).toEqual(before);
    }

    const { vendor: late, shop: lateShop } = await shopWithMoney();
    await paidPart(lateShop.id, { status: "ACCEPTED", shipBy: daysAfter(FRIDAY, -1) });
    expect((await refusal(requestPayout(late, lateShop.id, FRIDAY))).fieldErrors.form).toBe(
      "payouts.blocker.lateOrder",
    );

    // Nothing available yet (the sale is still held on the 1st), then a balance under the minimum.
    const { vendor, shop } = await shopWithMoney();
    const early = at("2030-09-01T08:00:00+02:00");
    expect((await refusal(requestPayout(vendor, shop.id, early))).fieldErrors.form).toBe(
      "payouts.blocker.belowMinimum",
    );
    await payoutSettings({ payoutMinimumAmount: 10_000 });
    const before = await moneySnapshot(shop.id);
    expect((await refusal(requestPayout(vendor, shop.id, FRIDAY))).fieldErrors.form).toBe(
      "payouts.blocker.belowMinimum",
    );
    expect(await moneySnapshot(shop.id)).toEqual(before);
  });

  it("refuses a shop id that is not one as an unknown shop", async () => {
    const { vendor } = await shopWithMoney();
    for (const id of ["", "not an id", "x".repeat(80), "cmnotarealshop000000000000"]) {
      expect((await refusal(requestPayout(vendor, id, FRIDAY))).code).toBe("NOT_FOUND");
    }
  });

  it("lets only the shop's owner ask: others are refused and nothing is written", async () => {
    const { shop } = await shopWithMoney();
    const before = await moneySnapshot(shop.id);
    const { vendor: otherVendor } = await payoutShop();
    const refusals = [
      [otherVendor, "NOT_FOUND"],
      [await createUser("SHOPPER"), "FORBIDDEN"],
      [await createUser("OPERATOR"), "FORBIDDEN"],
      [null, "UNAUTHENTICATED"],
    ] as const;
    for (const [actor, code] of refusals) {
      expect((await refusal(requestPayout(actor, shop.id, FRIDAY))).code).toBe(code);
    }
    expect(await moneySnapshot(shop.id)).toEqual(before);
  });
});

describe("requestPayout with Stripe", () => {
  let stripe: FakeStripe;

  beforeAll(async () => {
    stripe = await startFakeStripe();
    process.env.STRIPE_SECRET_KEY = "sk_test_halle_request";
    process.env.STRIPE_API_BASE = stripe.baseUrl;
  });

  afterAll(async () => {
    delete process.env.STRIPE_SECRET_KEY;
    delete process.env.STRIPE_API_BASE;
    await stripe.close();
  });

  it("is transferred by the next run of the payouts job", async () => {
    const { vendor, shop, sale } = await shopWithMoney({ stripeAccountId: "acct_request_one" });
    const requested = await requestPayout(vendor, shop.id, FRIDAY);
    expect(await db().payout.findUniqueOrThrow({ where: { id: requested.id } })).toMatchObject({
      method: "STRIPE",
      status: "SCHEDULED",
      accountIban: null,
    });
    await runPayouts(new Date(FRIDAY.getTime() + 60_000));
    const paid = await db().payout.findUniqueOrThrow({ where: { id: requested.id } });
    expect(paid.status).toBe("PAID");
    expect(stripe.transfers.get(paid.reference!)).toMatchObject({ amount: sale.net, destination: "acct_request_one" });
  });
});
