import { beforeAll, describe, expect, it } from "vitest";
import { getDb } from "@/lib/db";
import type { PayoutStatus } from "@/lib/generated/prisma/enums";
import { ambassadorBalancesOf, pendingPartsOf, shopBalancesOf } from "@/lib/payouts/balances";
import { loadShopPayoutState, payoutBlockersOf, payoutMethodOf } from "@/lib/payouts/blockers";
import { releaseHeldFunds } from "@/lib/payouts/release-held-funds";
import {
  ambassadorShare,
  at,
  daysAfter,
  IBANS,
  paidPart,
  payoutAmbassador,
  payoutSettings,
  payoutShop,
  refundPart,
  shopEntry,
} from "./payout-fixtures";

// docs/payouts.md, balances: of the unsettled entries at `now`, available = those available at or
// before now, pending = those held or available later; paid out = the PAID payouts; in transit = the
// SCHEDULED and PROCESSING ones; total = every entry = available + pending.

const HOLD = { holdRule: "AFTER_DELIVERY_WITHDRAWAL", withdrawalDays: 14 } as const;
const PAID = at("2026-11-02T10:00:00+01:00");
const DELIVERED = at("2026-11-04T15:30:00+01:00");
const RELEASED = daysAfter(DELIVERED, 14);

beforeAll(() => payoutSettings({ ...HOLD }));

/** A payout written as the run writes it: it settles the shop's entries available before `cutoff`. */
async function payout(shopId: string, cutoff: Date, status: PayoutStatus = "SCHEDULED") {
  const db = getDb();
  const settled = await db.ledgerEntry.findMany({
    where: { shopId, payoutId: null, availableAt: { lt: cutoff } },
    select: { id: true, amount: true },
  });
  const amount = settled.reduce((sum, entry) => sum + entry.amount, 0);
  const row = await db.payout.create({
    data: {
      shopId,
      periodKey: cutoff.toISOString(),
      cutoffAt: cutoff,
      amount,
      method: "BANK_TRANSFER",
      status,
      scheduledFor: cutoff,
    },
  });
  await db.ledgerEntry.updateMany({ where: { id: { in: settled.map((e) => e.id) } }, data: { payoutId: row.id } });
  await db.ledgerEntry.create({
    data: { shopId, type: "PAYOUT", amount: -amount, availableAt: cutoff, createdAt: cutoff, payoutId: row.id },
  });
  return row;
}

async function sumOfEntries(shopId: string) {
  return (await getDb().ledgerEntry.aggregate({ where: { shopId }, _sum: { amount: true } }))._sum.amount ?? 0;
}

describe("a shop's balances", () => {
  it("are zero for a new shop, with no currency yet", async () => {
    const { shop } = await payoutShop();
    expect(await shopBalancesOf(getDb(), shop.id, PAID)).toEqual({
      available: 0,
      pending: 0,
      paidOut: 0,
      inTransit: 0,
      total: 0,
      currency: null,
    });
  });

  it("follow a sale from held to available, to a payout in transit, to paid out", async () => {
    const db = getDb();
    const { shop } = await payoutShop();
    const { net } = await paidPart(shop.id, { paidAt: PAID, deliveredAt: DELIVERED, feesVatAmount: 200 });
    expect(net).toBe(10_000 - 1_000 - 200);

    expect(await shopBalancesOf(db, shop.id, daysAfter(DELIVERED, 1))).toMatchObject({
      available: 0,
      pending: net,
      total: net,
      currency: "EUR",
    });

    await releaseHeldFunds(daysAfter(RELEASED, 1));
    expect(await shopBalancesOf(db, shop.id, daysAfter(RELEASED, 1))).toMatchObject({
      available: net,
      pending: 0,
      total: net,
    });
    // Read at an instant before the release date, the same money is still pending.
    expect(await shopBalancesOf(db, shop.id, daysAfter(RELEASED, -1))).toMatchObject({ available: 0, pending: net });

    const row = await payout(shop.id, daysAfter(RELEASED, 2));
    const afterPayout = await shopBalancesOf(db, shop.id, daysAfter(RELEASED, 3));
    expect(afterPayout).toMatchObject({ available: 0, pending: 0, inTransit: net, paidOut: 0, total: 0 });
    expect(afterPayout.total).toBe(await sumOfEntries(shop.id));

    await db.payout.update({ where: { id: row.id }, data: { status: "PAID", paidAt: daysAfter(RELEASED, 4) } });
    expect(await shopBalancesOf(db, shop.id, daysAfter(RELEASED, 5))).toMatchObject({
      available: 0,
      inTransit: 0,
      paidOut: net,
      total: 0,
    });
  });

  it("go negative when a refund or a fee comes after a payout, and carry it forward", async () => {
    const db = getDb();
    const { shop } = await payoutShop();
    const { part, net } = await paidPart(shop.id, { paidAt: PAID, deliveredAt: DELIVERED });
    await releaseHeldFunds(daysAfter(RELEASED, 1));
    await payout(shop.id, daysAfter(RELEASED, 2), "PAID");

    const refundedAt = daysAfter(RELEASED, 3);
    const refunded = await refundPart(part.id, 5_000, refundedAt);
    await shopEntry(shop.id, "SUBSCRIPTION_FEE", -2_280, daysAfter(RELEASED, 3.5));
    // The refund is held until the next pass; the fee is available when written.
    let balances = await shopBalancesOf(db, shop.id, daysAfter(RELEASED, 4));
    expect(balances).toMatchObject({ available: -2_280, pending: refunded, paidOut: net });
    await releaseHeldFunds(daysAfter(RELEASED, 4));
    balances = await shopBalancesOf(db, shop.id, daysAfter(RELEASED, 4));
    expect(balances).toMatchObject({ available: refunded - 2_280, pending: 0, total: refunded - 2_280 });
    expect(balances.available).toBeLessThan(0);
    expect(balances.total).toBe(await sumOfEntries(shop.id));

    // The next sale first covers what is owed.
    await shopEntry(shop.id, "ADJUSTMENT", 10_000, daysAfter(RELEASED, 5));
    expect((await shopBalancesOf(db, shop.id, daysAfter(RELEASED, 5))).available).toBe(10_000 + refunded - 2_280);
  });

  it("put a failed payout's amount back in the available balance", async () => {
    const db = getDb();
    const { shop } = await payoutShop();
    await shopEntry(shop.id, "ADJUSTMENT", 4_200, PAID);
    const row = await payout(shop.id, daysAfter(PAID, 1));
    expect(await shopBalancesOf(db, shop.id, daysAfter(PAID, 1))).toMatchObject({ available: 0, inTransit: 4_200 });

    const failedAt = daysAfter(PAID, 2);
    await db.payout.update({ where: { id: row.id }, data: { status: "FAILED", failedAt, failureReason: "AC04" } });
    await db.ledgerEntry.create({
      data: { shopId: shop.id, type: "PAYOUT_REVERSAL", amount: 4_200, availableAt: failedAt, createdAt: failedAt },
    });
    const balances = await shopBalancesOf(db, shop.id, daysAfter(PAID, 3));
    expect(balances).toMatchObject({ available: 4_200, pending: 0, inTransit: 0, paidOut: 0, total: 4_200 });
    expect(balances.total).toBe(await sumOfEntries(shop.id));
  });

  it("are one shop's only", async () => {
    const db = getDb();
    const { shop: mine } = await payoutShop();
    const { shop: theirs } = await payoutShop();
    await shopEntry(mine.id, "ADJUSTMENT", 1_000, PAID);
    await shopEntry(theirs.id, "ADJUSTMENT", 9_000, PAID);
    await payout(theirs.id, daysAfter(PAID, 1), "PAID");
    expect(await shopBalancesOf(db, mine.id, daysAfter(PAID, 2))).toMatchObject({
      available: 1_000,
      paidOut: 0,
      total: 1_000,
    });
  });

  it("read a shop with 50,000 entries quickly (aggregates, not rows)", async () => {
    const db = getDb();
    const { shop } = await payoutShop();
    const base = at("2025-01-01T00:00:00Z");
    const settledRow = await db.payout.create({
      data: {
        shopId: shop.id,
        periodKey: "2025-bulk",
        cutoffAt: at("2026-01-01T00:00:00Z"),
        amount: 0,
        method: "BANK_TRANSFER",
        status: "PAID",
        scheduledFor: at("2026-01-01T00:00:00Z"),
      },
    });
    // 50,000 entries, one a minute from `base`, alternately a sale of 10 € and a commission of 1 €;
    // most are settled (as after years of payouts), the last 1,000 are not.
    await db.$executeRaw`
      INSERT INTO "LedgerEntry" ("id", "shopId", "type", "amount", "availableAt", "createdAt", "payoutId")
      SELECT 'bulk-' || n, ${shop.id},
             (CASE WHEN n % 2 = 0 THEN 'SALE' ELSE 'COMMISSION' END)::"LedgerEntryType",
             CASE WHEN n % 2 = 0 THEN 1000 ELSE -100 END,
             ${base}::timestamp(3) + n * interval '1 minute', ${base}::timestamp(3) + n * interval '1 minute',
             CASE WHEN n < 49000 THEN ${settledRow.id} ELSE NULL END
      FROM generate_series(0, 49999) AS n`;
    const now = at("2026-06-01T00:00:00Z");
    const timings: number[] = [];
    let balances = await shopBalancesOf(db, shop.id, now);
    for (let i = 0; i < 20; i += 1) {
      const started = performance.now();
      balances = await shopBalancesOf(db, shop.id, now);
      timings.push(performance.now() - started);
    }
    expect(balances.available).toBe(500 * 1_000 - 500 * 100);
    timings.sort((a, b) => a - b);
    const p95 = timings[Math.floor(timings.length * 0.95) - 1];
    console.info(`shopBalancesOf, 50,000 entries: p95 ${p95.toFixed(1)} ms`);
    expect(p95).toBeLessThan(250);
  });
});

describe("an ambassador's balances", () => {
  it("follow the shares of released parts, their reversals and payouts", async () => {
    const db = getDb();
    const { shop } = await payoutShop();
    const { ambassador } = await payoutAmbassador();
    const { part } = await paidPart(shop.id, { paidAt: PAID, deliveredAt: DELIVERED, ambassadorId: ambassador.id });
    await ambassadorShare(ambassador.id, part.id, 700, PAID);
    expect(await ambassadorBalancesOf(db, ambassador.id, daysAfter(DELIVERED, 1))).toEqual({
      available: 0,
      pending: 700,
      paidOut: 0,
      inTransit: 0,
      total: 700,
      currency: "EUR",
    });
    await releaseHeldFunds(daysAfter(RELEASED, 1));
    await ambassadorShare(ambassador.id, part.id, -350, daysAfter(RELEASED, 2));
    expect(await ambassadorBalancesOf(db, ambassador.id, daysAfter(RELEASED, 2))).toMatchObject({
      available: 700,
      pending: -350,
      total: 350,
    });
    await releaseHeldFunds(daysAfter(RELEASED, 3));
    const cutoff = daysAfter(RELEASED, 4);
    const row = await db.payout.create({
      data: {
        ambassadorId: ambassador.id,
        periodKey: "2026-12-10",
        cutoffAt: cutoff,
        amount: 350,
        method: "BANK_TRANSFER",
        status: "PROCESSING",
        scheduledFor: cutoff,
        accountIban: IBANS.de,
      },
    });
    await db.ambassadorEntry.updateMany({ where: { ambassadorId: ambassador.id }, data: { payoutId: row.id } });
    await db.ambassadorEntry.create({
      data: {
        ambassadorId: ambassador.id,
        type: "AMBASSADOR_PAYOUT",
        amount: -350,
        availableAt: cutoff,
        payoutId: row.id,
      },
    });
    expect(await ambassadorBalancesOf(db, ambassador.id, daysAfter(RELEASED, 5))).toMatchObject({
      available: 0,
      pending: 0,
      inTransit: 350,
      paidOut: 0,
      total: 0,
    });
  });
});

describe("the parts holding pending money", () => {
  it("lists them newest first with their pending net and hold, and leaves out released ones", async () => {
    const db = getDb();
    const { shop } = await payoutShop();
    const older = await paidPart(shop.id, { status: "SHIPPED", paidAt: PAID });
    const delivered = await paidPart(shop.id, { paidAt: daysAfter(PAID, 1), deliveredAt: DELIVERED });
    const returning = await paidPart(shop.id, {
      status: "RETURN_REQUESTED",
      paidAt: daysAfter(PAID, 2),
      deliveredAt: DELIVERED,
    });
    const released = await paidPart(shop.id, {
      status: "CONFIRMED",
      paidAt: daysAfter(PAID, -30),
      deliveredAt: daysAfter(PAID, -28),
    });
    await releaseHeldFunds(daysAfter(DELIVERED, 1));
    expect((await db.shopOrder.findUniqueOrThrow({ where: { id: released.part.id } })).fundsAvailableAt).not.toBeNull();

    const now = daysAfter(DELIVERED, 1);
    const parts = await pendingPartsOf(db, shop.id, now, HOLD, { limit: 10 });
    expect(parts.map((part) => part.id)).toEqual([returning.part.id, delivered.part.id, older.part.id]);
    expect(parts.map((part) => part.pendingAmount)).toEqual([returning.net, delivered.net, older.net]);
    expect(parts.map((part) => part.hold.reason)).toEqual(["returnOpen", "withdrawalPeriod", "awaitingDelivery"]);
    expect(parts[1].hold.endsAt).toEqual(RELEASED);
    expect(parts[1]).toMatchObject({ orderNumber: delivered.order.number, currency: "EUR", status: "DELIVERED" });

    expect((await pendingPartsOf(db, shop.id, now, HOLD, { limit: 2 })).map((part) => part.id)).toEqual([
      returning.part.id,
      delivered.part.id,
    ]);

    // A refund written after the release waits for the next pass: the part shows it, ending then.
    const refunded = await refundPart(released.part.id, 2_000, now);
    const late = (await pendingPartsOf(db, shop.id, now, HOLD, { limit: 10 })).find(
      (part) => part.id === released.part.id,
    );
    expect(late).toMatchObject({ pendingAmount: refunded, hold: { reason: "ends" } });
  });
});

describe("a shop's payout state", () => {
  it("reads what the blockers need, including an order left past its ship deadline", async () => {
    const db = getDb();
    const now = at("2026-12-09T12:00:00+01:00");
    const plan = await db.plan.create({
      data: { code: `weekly-${Date.now()}`, name: "Hebdo", payoutSchedule: "WEEKLY" },
    });
    const { shop } = await payoutShop({ planId: plan.id, reviewPending: true });
    let state = await loadShopPayoutState(db, shop.id, now);
    expect(state).toMatchObject({
      id: shop.id,
      status: "APPROVED",
      reviewPending: true,
      payoutIban: IBANS.fr,
      stripeAccountId: null,
      planPayoutSchedule: "WEEKLY",
      hasLateOrder: false,
    });

    await paidPart(shop.id, { status: "ACCEPTED", paidAt: PAID, shipBy: daysAfter(now, 1) });
    expect((await loadShopPayoutState(db, shop.id, now)).hasLateOrder).toBe(false);
    await paidPart(shop.id, { status: "SHIPPED", paidAt: PAID, shipBy: daysAfter(now, -3) });
    expect((await loadShopPayoutState(db, shop.id, now)).hasLateOrder).toBe(false);
    await paidPart(shop.id, { status: "ACCEPTED", paidAt: PAID, shipBy: daysAfter(now, -1) });
    state = await loadShopPayoutState(db, shop.id, now);
    expect(state.hasLateOrder).toBe(true);

    const method = payoutMethodOf(state, false);
    expect(method).toBe("BANK_TRANSFER");
    expect(payoutBlockersOf({ ...state, method, available: 0, minimum: 0 })).toEqual([
      "identityNotVerified",
      "lateOrder",
      "belowMinimum",
    ]);
  });
});
