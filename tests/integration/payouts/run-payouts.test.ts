// The payout run (docs/payouts.md, the run; schedules; blockers; Stripe transfers): runPayouts(now)
// on a real database. Each test uses shops of its own and a clock in 2030 (Europe/Paris dates), so
// the fixtures' real-time dates (approvals a month ago) never matter. Stripe is the official SDK
// pointed at the local fake (tests/support/fake-stripe.ts).
import Stripe from "stripe";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { getDb } from "@/lib/db";
import type { PayoutSchedule } from "@/lib/generated/prisma/enums";
import { createPayout } from "@/lib/payouts/create-payout";
import { releaseHeldFunds } from "@/lib/payouts/release-held-funds";
import { runPayouts } from "@/lib/payouts/run-payouts";
import { transferIdempotencyKey } from "@/lib/payouts/transfer-payouts";
import { startFakeStripe, type FakeStripe } from "../../support/fake-stripe";
import {
  ambassadorShare,
  at,
  daysAfter,
  entriesOf,
  IBANS,
  paidPart,
  payoutAmbassador,
  payoutSettings,
  payoutShop,
  refundPart,
  shopEntry,
  type PartOptions,
} from "./payout-fixtures";

const db = () => getDb();
const MINUTE = 60_000;
const HOUR = 60 * MINUTE;

/** A paid part whose hold (14 days' withdrawal from delivery) ends at `availableAt`; net 90,00 € by default. */
const sale = (shopId: string, availableAt: Date, options: PartOptions = {}) =>
  paidPart(shopId, { paidAt: daysAfter(availableAt, -20), deliveredAt: daysAfter(availableAt, -14), ...options });

const payoutsOf = (shopId: string) =>
  db().payout.findMany({ where: { shopId }, orderBy: [{ createdAt: "asc" }, { id: "asc" }] });

/** Σ of the shop's entries (the total balance) and of those still free to pay (available at `now`). */
async function balancesOf(shopId: string, now: Date) {
  const entries = await entriesOf(shopId);
  const sum = (list: typeof entries) => list.reduce((total, entry) => total + entry.amount, 0);
  return {
    total: sum(entries),
    available: sum(entries.filter((e) => e.payoutId === null && e.availableAt !== null && e.availableAt <= now)),
  };
}

/** The entries a payout settles add up to its amount, and with its PAYOUT entry to zero. */
async function expectSettled(payoutId: string, partIds: string[]) {
  const payout = await db().payout.findUniqueOrThrow({ where: { id: payoutId } });
  const settled = await db().ledgerEntry.findMany({ where: { payoutId } });
  const payoutEntries = settled.filter((entry) => entry.type === "PAYOUT");
  expect(payoutEntries.map((entry) => entry.amount)).toEqual([-payout.amount]);
  const others = settled.filter((entry) => entry.type !== "PAYOUT");
  expect(others.reduce((sum, entry) => sum + entry.amount, 0)).toBe(payout.amount);
  for (const entry of others) {
    expect(entry.availableAt!.getTime()).toBeLessThan(payout.cutoffAt.getTime());
    if (entry.shopOrderId) expect(partIds).toContain(entry.shopOrderId);
  }
  return payout;
}

async function onPlan(schedule: PayoutSchedule) {
  return db().plan.create({
    data: {
      code: `plan-${Math.random().toString(36).slice(2)}`,
      name: `Formule ${schedule}`,
      payoutSchedule: schedule,
    },
  });
}

beforeEach(async () => {
  await payoutSettings();
});

describe("runPayouts on the 10th and the 25th (TWICE_MONTHLY)", () => {
  it("pays on the run date what was available before its cutoff, once, and the rest at the next run", async () => {
    const { shop } = await payoutShop();
    const early = await sale(shop.id, at("2030-03-05T12:00:00+01:00"));
    const late = await sale(shop.id, at("2030-03-10T08:00:00+01:00"), { itemsAmount: 5_000, commissionAmount: 500 });

    // The 9th: the current period is the 25th of February, before anything was available.
    await runPayouts(at("2030-03-09T12:00:00+01:00"));
    expect(await payoutsOf(shop.id)).toEqual([]);

    const report = await runPayouts(at("2030-03-10T06:00:00+01:00"));
    expect(report.shopPayouts).toBeGreaterThanOrEqual(1);
    const [first] = await payoutsOf(shop.id);
    expect(first).toMatchObject({
      periodKey: "2030-03-10",
      amount: early.net,
      currency: "EUR",
      method: "BANK_TRANSFER",
      status: "SCHEDULED",
      accountIban: IBANS.fr,
      accountHolderName: "Atelier Léa",
    });
    expect(first.cutoffAt).toEqual(at("2030-03-10T00:00:00+01:00"));
    expect(first.scheduledFor).toEqual(first.cutoffAt);
    await expectSettled(first.id, [early.part.id]);

    // Later the same day: the second sale is available now, but after the cutoff; nothing changes.
    const before = await entriesOf(shop.id);
    await runPayouts(at("2030-03-10T10:00:00+01:00"));
    await runPayouts(at("2030-03-24T23:00:00+01:00"));
    expect(await payoutsOf(shop.id)).toHaveLength(1);
    expect((await entriesOf(shop.id)).map((e) => [e.id, e.payoutId])).toEqual(before.map((e) => [e.id, e.payoutId]));

    await runPayouts(at("2030-03-25T00:30:00+01:00"));
    const [, second] = await payoutsOf(shop.id);
    expect(second).toMatchObject({ periodKey: "2030-03-25", amount: late.net });
    await expectSettled(second.id, [late.part.id]);
    // Everything earned is in a payout; the total balance is zero.
    expect(await balancesOf(shop.id, at("2030-03-25T00:30:00+01:00"))).toEqual({ total: 0, available: 0 });
  });

  it("pays a late run the current period's payout with the same cutoff, and a run repeated changes nothing", async () => {
    const { shop } = await payoutShop();
    const part = await sale(shop.id, at("2030-04-02T12:00:00+02:00"));
    await shopEntry(shop.id, "ADJUSTMENT", 250, at("2030-04-09T18:00:00+02:00"));
    // The job was down on the 10th: the run of the 12th makes the payout of the 10th.
    await runPayouts(at("2030-04-12T15:00:00+02:00"));
    await shopEntry(shop.id, "ADJUSTMENT", 400, at("2030-04-12T16:00:00+02:00"));
    await runPayouts(at("2030-04-12T17:00:00+02:00"));
    const payouts = await payoutsOf(shop.id);
    expect(payouts.map((p) => [p.periodKey, p.amount])).toEqual([["2030-04-10", part.net + 250]]);
    await expectSettled(payouts[0].id, [part.part.id]);
    expect((await balancesOf(shop.id, at("2030-04-12T17:00:00+02:00"))).available).toBe(400);
  });
});

describe("the other schedules", () => {
  it("WEEKLY pays on the marketplace's weekday", async () => {
    await payoutSettings({ payoutSchedule: "WEEKLY", payoutWeekday: 3 });
    const { shop } = await payoutShop();
    const part = await sale(shop.id, at("2030-05-03T10:00:00+02:00"));
    // Tuesday the 7th: the current period is Wednesday the 1st, before the money was available.
    await runPayouts(at("2030-05-07T20:00:00+02:00"));
    expect(await payoutsOf(shop.id)).toEqual([]);
    await runPayouts(at("2030-05-08T00:05:00+02:00"));
    const payouts = await payoutsOf(shop.id);
    expect(payouts.map((p) => [p.periodKey, p.amount])).toEqual([["2030-05-08", part.net]]);
  });

  it("MONTHLY pays at the month's end only a positive balance; a negative one is carried and netted", async () => {
    await payoutSettings({ payoutSchedule: "MONTHLY" });
    const { shop } = await payoutShop();
    await sale(shop.id, at("2030-06-10T10:00:00+02:00"));
    await shopEntry(shop.id, "SUBSCRIPTION_FEE", -12_000, at("2030-06-01T00:00:00+02:00"));
    const report = await runPayouts(at("2030-06-30T09:00:00+02:00"));
    expect(report.shopPayouts).toBe(0);
    await runPayouts(at("2030-07-01T09:00:00+02:00"));
    expect(await payoutsOf(shop.id)).toEqual([]);
    expect((await balancesOf(shop.id, at("2030-07-01T09:00:00+02:00"))).available).toBe(9_000 - 12_000);

    const later = await sale(shop.id, at("2030-07-20T10:00:00+02:00"), {
      itemsAmount: 20_000,
      commissionAmount: 2_000,
    });
    await runPayouts(at("2030-07-31T08:00:00+02:00"));
    const [payout] = await payoutsOf(shop.id);
    expect(payout).toMatchObject({ periodKey: "2030-07-31", amount: 9_000 - 12_000 + later.net });
    const settledTypes = (await db().ledgerEntry.findMany({ where: { payoutId: payout.id } })).map((e) => e.type);
    expect(settledTypes).toContain("SUBSCRIPTION_FEE");
    expect(await balancesOf(shop.id, at("2030-07-31T08:00:00+02:00"))).toEqual({ total: 0, available: 0 });
  });

  it("follows the shop's plan when it overrides the marketplace's schedule", async () => {
    const monthly = await onPlan("MONTHLY");
    const { shop } = await payoutShop({ planId: monthly.id });
    const { shop: other } = await payoutShop();
    await sale(shop.id, at("2030-08-02T10:00:00+02:00"));
    await sale(other.id, at("2030-08-02T10:00:00+02:00"));
    await runPayouts(at("2030-08-10T09:00:00+02:00"));
    expect(await payoutsOf(shop.id)).toEqual([]);
    expect((await payoutsOf(other.id)).map((p) => p.periodKey)).toEqual(["2030-08-10"]);
    await runPayouts(at("2030-08-31T09:00:00+02:00"));
    expect((await payoutsOf(shop.id)).map((p) => p.periodKey)).toEqual(["2030-08-31"]);
  });

  it("never pays a shop on request by itself", async () => {
    const onRequest = await onPlan("ON_REQUEST");
    const { shop } = await payoutShop({ planId: onRequest.id });
    await sale(shop.id, at("2030-09-01T10:00:00+02:00"));
    await runPayouts(at("2030-09-10T09:00:00+02:00"));
    await runPayouts(at("2030-09-30T09:00:00+02:00"));
    expect(await payoutsOf(shop.id)).toEqual([]);
  });
});

describe("blockers and balances", () => {
  it("writes no payout for a blocked shop and carries its money; a closed shop is still paid", async () => {
    const blocked = await Promise.all([
      payoutShop({ status: "SUSPENDED" }),
      payoutShop({ approvedAt: null }),
      payoutShop({ reviewPending: true }),
      payoutShop({ payoutIban: null }),
      payoutShop({ payoutIban: IBANS.invalid }),
      payoutShop({ stripeAccountId: "acct_without_stripe", payoutIban: null }),
    ]);
    const late = await payoutShop();
    const closed = await payoutShop({ status: "CLOSED" });
    for (const { shop } of [...blocked, late, closed]) await sale(shop.id, at("2030-10-01T10:00:00+02:00"));
    await paidPart(late.shop.id, { status: "ACCEPTED", shipBy: at("2030-10-08T18:00:00+02:00") });

    const report = await runPayouts(at("2030-10-10T09:00:00+02:00"));
    expect(report.blockedShops).toBeGreaterThanOrEqual(blocked.length + 1);
    for (const { shop } of [...blocked, late]) {
      expect(await payoutsOf(shop.id)).toEqual([]);
      expect((await balancesOf(shop.id, at("2030-10-10T09:00:00+02:00"))).available).toBe(9_000);
    }
    expect((await payoutsOf(closed.shop.id)).map((p) => p.amount)).toEqual([9_000]);

    // The late part shipped: the shop is paid the period's payout at the next run.
    await db().shopOrder.updateMany({
      where: { shopId: late.shop.id, status: "ACCEPTED" },
      data: { status: "SHIPPED" },
    });
    await runPayouts(at("2030-10-10T10:00:00+02:00"));
    expect((await payoutsOf(late.shop.id)).map((p) => [p.periodKey, p.amount])).toEqual([["2030-10-10", 9_000]]);
  });

  it("carries a balance under the minimum until it reaches it", async () => {
    await payoutSettings({ payoutMinimumAmount: 15_000 });
    const { shop } = await payoutShop();
    await sale(shop.id, at("2030-11-01T10:00:00+01:00"));
    await runPayouts(at("2030-11-10T09:00:00+01:00"));
    expect(await payoutsOf(shop.id)).toEqual([]);
    await sale(shop.id, at("2030-11-15T10:00:00+01:00"));
    await runPayouts(at("2030-11-25T09:00:00+01:00"));
    expect((await payoutsOf(shop.id)).map((p) => [p.periodKey, p.amount])).toEqual([["2030-11-25", 18_000]]);
  });

  it("makes the balance negative when a refund comes after the payout, and nets it next time", async () => {
    const { shop } = await payoutShop();
    const first = await sale(shop.id, at("2031-01-02T10:00:00+01:00"));
    await runPayouts(at("2031-01-10T09:00:00+01:00"));
    expect((await payoutsOf(shop.id)).map((p) => p.amount)).toEqual([first.net]);

    const refund = await refundPart(first.part.id, 4_000, at("2031-01-12T10:00:00+01:00"));
    expect(refund).toBeLessThan(0);
    await runPayouts(at("2031-01-12T11:00:00+01:00"));
    const afterRefund = await balancesOf(shop.id, at("2031-01-12T11:00:00+01:00"));
    expect(afterRefund).toEqual({ total: refund, available: refund });
    // Nothing to pay on the 25th: the negative balance is carried …
    await runPayouts(at("2031-01-25T09:00:00+01:00"));
    expect(await payoutsOf(shop.id)).toHaveLength(1);
    // … and taken from the next sale.
    const next = await sale(shop.id, at("2031-02-01T10:00:00+01:00"));
    await runPayouts(at("2031-02-10T09:00:00+01:00"));
    const payouts = await payoutsOf(shop.id);
    expect(payouts.map((p) => [p.periodKey, p.amount])).toEqual([
      ["2031-01-10", first.net],
      ["2031-02-10", next.net + refund],
    ]);
  });

  it("pays ambassadors on the marketplace's calendar, by bank transfer, when they have a valid IBAN", async () => {
    const { shop } = await payoutShop();
    const { ambassador } = await payoutAmbassador();
    const { ambassador: noIban } = await payoutAmbassador({ payoutIban: null });
    for (const who of [ambassador, noIban]) {
      const part = await sale(shop.id, at("2031-03-01T10:00:00+01:00"), {
        ambassadorId: who.id,
        ambassadorShareAmount: 700,
      });
      await ambassadorShare(who.id, part.part.id, 700, at("2031-02-10T10:00:00+01:00"));
    }
    const report = await runPayouts(at("2031-03-10T09:00:00+01:00"));
    expect(report.blockedAmbassadors).toBeGreaterThanOrEqual(1);
    const paid = await db().payout.findMany({ where: { ambassadorId: ambassador.id } });
    expect(paid).toMatchObject([
      { periodKey: "2031-03-10", amount: 700, method: "BANK_TRANSFER", accountIban: IBANS.de },
    ]);
    const entries = await db().ambassadorEntry.findMany({ where: { ambassadorId: ambassador.id } });
    expect(entries.map((e) => [e.type, e.amount, e.payoutId])).toEqual(
      expect.arrayContaining([
        ["AMBASSADOR_SHARE", 700, paid[0].id],
        ["AMBASSADOR_PAYOUT", -700, paid[0].id],
      ]),
    );
    expect(await db().payout.count({ where: { ambassadorId: noIban.id } })).toBe(0);
    await runPayouts(at("2031-03-10T10:00:00+01:00"));
    expect(await db().payout.count({ where: { ambassadorId: ambassador.id } })).toBe(1);
  });
});

describe("Stripe transfers", () => {
  let stripe: FakeStripe;

  beforeAll(async () => {
    stripe = await startFakeStripe();
    process.env.STRIPE_SECRET_KEY = "sk_test_halle_payouts";
    process.env.STRIPE_API_BASE = stripe.baseUrl;
  });

  afterAll(async () => {
    delete process.env.STRIPE_SECRET_KEY;
    delete process.env.STRIPE_API_BASE;
    await stripe.close();
  });

  const transferRequests = (payoutId: string) =>
    stripe.requests.filter((r) => r.path === "/v1/transfers" && r.idempotencyKey === transferIdempotencyKey(payoutId));

  it("transfers a shop's payout with an idempotency key, the order as transfer group, and marks it paid", async () => {
    const { shop } = await payoutShop({ stripeAccountId: "acct_halle_one" });
    const part = await sale(shop.id, at("2031-04-01T10:00:00+02:00"));
    const report = await runPayouts(at("2031-04-10T09:00:00+02:00"));
    expect(report.transfers.paid).toBeGreaterThanOrEqual(1);
    const [payout] = await payoutsOf(shop.id);
    expect(payout).toMatchObject({ method: "STRIPE", status: "PAID", attempts: 1, accountIban: null });
    expect(payout.paidAt).toEqual(at("2031-04-10T09:00:00+02:00"));
    const transfer = stripe.transfers.get(payout.reference!)!;
    expect(transfer).toMatchObject({
      amount: part.net,
      currency: "eur",
      destination: "acct_halle_one",
      transfer_group: part.order.number,
      metadata: { payoutId: payout.id, shopId: shop.id, orders: part.order.number },
    });
    expect(transferRequests(payout.id)).toHaveLength(1);
    await runPayouts(at("2031-04-10T10:00:00+02:00"));
    expect(transferRequests(payout.id)).toHaveLength(1);
  });

  it("groups a payout of several orders under its own transfer group", async () => {
    const { shop } = await payoutShop({ stripeAccountId: "acct_halle_two" });
    const a = await sale(shop.id, at("2031-05-01T10:00:00+02:00"));
    const b = await sale(shop.id, at("2031-05-02T10:00:00+02:00"));
    await runPayouts(at("2031-05-10T09:00:00+02:00"));
    const [payout] = await payoutsOf(shop.id);
    const transfer = stripe.transfers.get(payout.reference!)!;
    expect(transfer.transfer_group).toBe(`PAYOUT-${payout.id}`);
    expect(transfer.metadata.orders.split(",").sort()).toEqual([a.order.number, b.order.number].sort());
    expect(transfer.amount).toBe(a.net + b.net);
  });

  it("gets back the transfer Stripe made for a worker that died before recording it", async () => {
    const { shop } = await payoutShop({ stripeAccountId: "acct_halle_three" });
    const part = await sale(shop.id, at("2031-06-01T10:00:00+02:00"));
    const cutoffAt = at("2031-06-10T00:00:00+02:00");
    await releaseHeldFunds(at("2031-06-10T08:00:00+02:00"));
    // A worker wrote the payout, asked Stripe for the transfer, and died before its commit.
    const written = await db().$transaction((tx) =>
      createPayout(
        tx,
        { shopId: shop.id },
        { periodKey: "2031-06-10", cutoffAt, scheduledFor: cutoffAt, method: "STRIPE", minimum: 0, currency: "EUR" },
      ),
    );
    const sdk = new Stripe(process.env.STRIPE_SECRET_KEY!, {
      host: "127.0.0.1",
      port: new URL(stripe.baseUrl).port,
      protocol: "http",
      maxNetworkRetries: 0,
    });
    const made = await sdk.transfers.create(
      { amount: part.net, currency: "eur", destination: "acct_halle_three" },
      { idempotencyKey: transferIdempotencyKey(written!.id) },
    );
    const transfers = stripe.transfers.size;

    await runPayouts(at("2031-06-10T09:00:00+02:00"));
    const [payout] = await payoutsOf(shop.id);
    expect(payout).toMatchObject({ id: written!.id, status: "PAID", reference: made.id });
    expect(stripe.transfers.size).toBe(transfers);
  });

  it("retries a failed transfer with backoff, visibly, and gives up by returning the money to the balance", async () => {
    const { shop } = await payoutShop({ stripeAccountId: "acct_halle_five" });
    const part = await sale(shop.id, at("2031-07-01T10:00:00+02:00"));
    const t0 = at("2031-07-10T09:00:00+02:00");
    stripe.failures.transfers = 1;
    await runPayouts(t0);
    let [payout] = await payoutsOf(shop.id);
    expect(payout).toMatchObject({
      status: "PROCESSING",
      attempts: 1,
      nextAttemptAt: new Date(t0.getTime() + 5 * MINUTE),
    });
    expect(payout.lastError).toMatch(/unavailable/);
    // Not before its time …
    await runPayouts(new Date(t0.getTime() + 4 * MINUTE));
    expect(transferRequests(payout.id)).toHaveLength(1);
    // … then again, with the same key: paid.
    await runPayouts(new Date(t0.getTime() + 5 * MINUTE));
    [payout] = await payoutsOf(shop.id);
    expect(payout).toMatchObject({ status: "PAID", attempts: 2, lastError: null, nextAttemptAt: null });
    expect(transferRequests(payout.id)).toHaveLength(2);
    expect([...stripe.transfers.values()].filter((t) => t.metadata.payoutId === payout.id)).toHaveLength(1);

    // Another shop whose transfers keep failing: six attempts over 20 h 35, then FAILED, money back.
    const { shop: failing } = await payoutShop({ stripeAccountId: "acct_halle_six" });
    await sale(failing.id, at("2031-07-01T10:00:00+02:00"));
    stripe.failures.transfers = 6;
    let clock = t0;
    for (const wait of [0, 5, 30, 120, 360, 720]) {
      clock = new Date(clock.getTime() + wait * MINUTE);
      await runPayouts(clock);
    }
    const [failed] = await payoutsOf(failing.id);
    expect(failed).toMatchObject({ status: "FAILED", attempts: 6, nextAttemptAt: null });
    expect(failed.failedAt).toEqual(clock);
    expect(failed.failureReason).toMatch(/unavailable/);
    expect(transferRequests(failed.id)).toHaveLength(6);
    expect(clock.getTime() - t0.getTime()).toBeLessThan(24 * HOUR);
    const reversal = await db().ledgerEntry.findMany({ where: { shopId: failing.id, type: "PAYOUT_REVERSAL" } });
    expect(reversal.map((e) => [e.amount, e.payoutId])).toEqual([[failed.amount, null]]);
    expect((await balancesOf(failing.id, clock)).available).toBe(part.net);
    expect(await db().auditLog.count({ where: { entityId: failed.id, action: "payout.failed" } })).toBe(1);
    // The money goes out with the next period's payout.
    await runPayouts(at("2031-07-25T09:00:00+02:00"));
    const payouts = await payoutsOf(failing.id);
    expect(payouts.map((p) => [p.periodKey, p.status, p.amount])).toEqual([
      ["2031-07-10", "FAILED", part.net],
      ["2031-07-25", "PAID", part.net],
    ]);
    expect(await balancesOf(failing.id, at("2031-07-25T09:00:00+02:00"))).toEqual({ total: 0, available: 0 });
  });
});
