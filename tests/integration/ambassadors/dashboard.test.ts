import { beforeAll, beforeEach, describe, expect, it } from "vitest";
import { EARNINGS_PAGE_SIZE, getAmbassadorDashboard } from "@/lib/ambassadors/get-ambassador-dashboard";
import { PAYOUTS_PAGE_SIZE } from "@/lib/ambassadors/get-ambassador-payouts";
import type { Actor } from "@/lib/auth/actor";
import { getDb } from "@/lib/db";
import {
  ambassador,
  ambassadorPayout,
  broughtOrder,
  clicks,
  createUser,
  entry,
  IBAN,
  programmeSnapshot,
  refusal,
  setBankAccount,
  setPayoutSettings,
  twoShops,
  type Shops,
} from "./ambassador-fixtures";

// Saturday 5 December 2026, 13:00 in Paris: twice a month, the current period is 25 November's
// run and the next run is 10 December's (its cutoff: 10 December 00:00 Paris = 9 December 23:00 UTC).
const now = new Date("2026-12-05T12:00:00Z");
const DAY = 24 * 60 * 60 * 1000;
const daysAgo = (days: number) => new Date(now.getTime() - days * DAY);
const at = (iso: string) => new Date(`${iso}T10:00:00Z`);

let shops: Shops;
let alice: { user: Actor; id: string };
let bruno: { user: Actor; id: string };
let aliceOrder: Awaited<ReturnType<typeof broughtOrder>>;

beforeAll(async () => {
  shops = await twoShops();
  const a = await ambassador("ALICE234", "SHOPPER", "Alice Ambassadrice");
  const b = await ambassador("BRUNO567", "VENDOR", "Bruno Ambassadeur");
  alice = { user: a.user, id: a.ambassador.id };
  bruno = { user: b.user, id: b.ambassador.id };
  await clicks(alice.id, [daysAgo(1), daysAgo(29), daysAgo(31), daysAgo(90)]);
  await clicks(bruno.id, [daysAgo(2)]);

  // Alice's history (docs/payouts.md, ambassadors): written as the release pass and the payout run
  // leave it. A bakery part confirmed long ago, a pottery part still held.
  const buyer = await createUser("SHOPPER", "Camille Acheteuse");
  aliceOrder = await broughtOrder(shops, alice.id, { bakery: "CONFIRMED", pottery: "ACCEPTED", shopper: buyer });
  const { bakeryPart: bakery, potteryPart: pottery } = aliceOrder;
  const share = (part: string, amount: number, available: Date | null, created = available ?? daysAgo(2)) =>
    entry(alice.id, part, amount < 0 ? "AMBASSADOR_REVERSAL" : "AMBASSADOR_SHARE", amount, created, available);

  // 10 November: 2,50 € paid out, the transfer rejected: the money came back on the 13th.
  const s1 = await share(bakery.id, 250, at("2026-11-05"));
  const failed = await ambassadorPayout(alice.id, [s1.id], {
    periodKey: "2026-11-10",
    status: "FAILED",
    at: at("2026-11-13"),
  });
  // 25 November (the current period): 10,00 € + 4,00 € − 1,00 € refunded + the 2,50 € returned = 15,50 €, paid.
  const s2 = await share(bakery.id, 1000, at("2026-11-20"));
  const s3 = await share(bakery.id, 400, at("2026-11-22"));
  const r3 = await share(bakery.id, -100, at("2026-11-23"));
  await ambassadorPayout(alice.id, [s2.id, s3.id, r3.id, failed.returned!.id], {
    periodKey: "2026-11-25",
    status: "PAID",
    at: at("2026-11-26"),
  });
  // A payout written, not paid yet: 3,00 € in transit.
  const s4 = await share(bakery.id, 300, at("2026-11-30"));
  await ambassadorPayout(alice.id, [s4.id], { periodKey: "2026-12-01", status: "SCHEDULED", at: at("2026-12-01") });
  // Available, not settled: 7,00 € − 2,00 € refunded = 5,00 €.
  await share(bakery.id, 700, at("2026-12-02"));
  await share(bakery.id, -200, at("2026-12-03"));
  // Pending: held (9,00 € − 0,50 €), and 1,20 € available only on 8 December.
  await share(pottery.id, 900, null, daysAgo(3));
  await share(pottery.id, -50, null, daysAgo(2));
  await share(pottery.id, 120, at("2026-12-08"), daysAgo(1));

  // Not Alice's: an order brought by her but never paid, and Bruno's available share.
  await broughtOrder(shops, alice.id, { paid: false });
  const brunos = await broughtOrder(shops, bruno.id, { bakery: "CONFIRMED" });
  await entry(bruno.id, brunos.bakeryPart.id, "AMBASSADOR_SHARE", 1000, daysAgo(10), daysAgo(9));
});

beforeEach(() => setPayoutSettings({ payoutSchedule: "TWICE_MONTHLY", payoutWeekday: 1, payoutMinimumAmount: 0 }));

describe("getAmbassadorDashboard: balances (docs/payouts.md, ambassadors)", () => {
  it("sums pending, available, in transit, paid out and reversed to the cent", async () => {
    const dashboard = await getAmbassadorDashboard(alice.user, { now });
    expect(dashboard).toMatchObject({
      code: "ALICE234",
      clicks: { total: 4, last30Days: 2 },
      attributedOrders: 1,
      earnings: { pending: 970, available: 500, inTransit: 300, paidOut: 1550, reversed: 350, currency: "EUR" },
    });
    // The ledger's invariant: every entry, settled or not, adds up to available + pending.
    const all = await getDb().ambassadorEntry.aggregate({ where: { ambassadorId: alice.id }, _sum: { amount: true } });
    expect(all._sum.amount).toBe(970 + 500);
  });

  it("counts an entry available from its date: 1,20 € moves from pending to available on 8 December", async () => {
    const later = new Date("2026-12-08T12:00:00Z");
    expect((await getAmbassadorDashboard(alice.user, { now: later }))!.earnings).toMatchObject({
      pending: 850,
      available: 620,
    });
  });

  it("lists every entry newest first with its kind and state, payouts included, never the buyer", async () => {
    const { recent } = (await getAmbassadorDashboard(alice.user, { now }))!;
    expect(recent).toMatchObject({ page: 1, pages: 1, total: 14 });
    const seen = recent.entries.map((row) => [row.kind, row.amount, row.status]);
    expect(seen).toEqual(
      expect.arrayContaining([
        ["share", 250, "failed"],
        ["payout", -250, "failed"],
        ["returned", 250, "paid"],
        ["share", 1000, "paid"],
        ["reversal", -100, "paid"],
        ["payout", -1550, "paid"],
        ["share", 300, "inPayout"],
        ["payout", -300, "inPayout"],
        ["share", 700, "available"],
        ["reversal", -200, "available"],
        ["share", 900, "pending"],
        ["reversal", -50, "pending"],
        ["share", 120, "pending"],
      ]),
    );
    const dates = recent.entries.map((row) => row.createdAt.getTime());
    expect(dates).toEqual([...dates].sort((a, b) => b - a));
    expect(recent.entries.find((row) => row.amount === 120)?.availableAt).toEqual(at("2026-12-08"));
    expect(recent.entries.find((row) => row.amount === 900)?.availableAt).toBeNull();

    const number = aliceOrder.order.number;
    for (const earning of recent.entries) {
      expect(Object.keys(earning).sort()).toEqual(
        ["amount", "availableAt", "createdAt", "currency", "id", "kind", "orderNumber", "shopName", "status"].sort(),
      );
      if (earning.kind === "payout" || earning.kind === "returned") {
        expect(earning).toMatchObject({ shopName: "", orderNumber: "" });
      } else {
        expect(earning.orderNumber).not.toBe(number);
        expect(earning.orderNumber.endsWith(number.slice(-2))).toBe(true);
      }
    }
    expect(JSON.stringify(recent)).not.toMatch(/Camille|Acheteuse|example\.test/);
  });

  it("lists the payouts newest first, with the account masked", async () => {
    const { payouts } = (await getAmbassadorDashboard(alice.user, { now }))!;
    expect(payouts).toMatchObject({ page: 1, pages: 1, total: 3 });
    expect(payouts.payouts.map((row) => [row.amount, row.status])).toEqual([
      [300, "SCHEDULED"],
      [1550, "PAID"],
      [250, "FAILED"],
    ]);
    expect(payouts.payouts[1].paidAt).toEqual(at("2026-11-26"));
    expect(payouts.payouts[2].failedAt).toEqual(at("2026-11-13"));
    for (const row of payouts.payouts) expect(row.maskedIban).toBe("FR76 •••• •••• •••• •••• •••0 189");
    expect(JSON.stringify(payouts)).not.toContain(IBAN);
  });
});

describe("getAmbassadorDashboard: the next payout (docs/payouts.md, ambassadors)", () => {
  it("is the next run date with what will be available by its cutoff, or why not", async () => {
    await setBankAccount(alice.id, null, null);
    const blocked = (await getAmbassadorDashboard(alice.user, { now }))!;
    // 25 November's payout exists: the next is 10 December's, 5,00 € available + 1,20 € on the 8th.
    expect(blocked.nextPayout).toMatchObject({
      schedule: "TWICE_MONTHLY",
      runDate: "2026-12-10",
      date: new Date("2026-12-09T23:00:00Z"),
      amount: 620,
      blockers: ["noBankAccount"],
    });
    expect(blocked.bankAccount).toEqual({ holderName: null, maskedIban: null });

    await setBankAccount(alice.id, "Alice Martin", IBAN);
    const ready = (await getAmbassadorDashboard(alice.user, { now }))!;
    expect(ready.nextPayout).toMatchObject({ runDate: "2026-12-10", amount: 620, blockers: [] });
    expect(ready.bankAccount).toEqual({ holderName: "Alice Martin", maskedIban: "FR76 •••• •••• •••• •••• •••0 189" });

    await setPayoutSettings({ payoutMinimumAmount: 1000 });
    expect((await getAmbassadorDashboard(alice.user, { now }))!.nextPayout).toMatchObject({
      amount: 620,
      minimumAmount: 1000,
      blockers: ["belowMinimum"],
    });
  });

  it("is the current period's payout while it is missing and could be made (the run makes it when missing)", async () => {
    const carla = await ambassador("CARLA234");
    const order = await broughtOrder(shops, carla.ambassador.id, { bakery: "CONFIRMED" });
    await entry(carla.ambassador.id, order.bakeryPart.id, "AMBASSADOR_SHARE", 450, at("2026-11-20"), at("2026-11-20"));
    await entry(carla.ambassador.id, order.bakeryPart.id, "AMBASSADOR_SHARE", 80, at("2026-12-01"), at("2026-12-01"));
    // No bank account yet: nothing in the current period; the next run would pay both.
    expect((await getAmbassadorDashboard(carla.user, { now }))!.nextPayout).toMatchObject({
      runDate: "2026-12-10",
      amount: 530,
      blockers: ["noBankAccount"],
    });
    // Entered now: the current period (25 November) is still unpaid and pays what was available before it.
    await setBankAccount(carla.ambassador.id, "Carla Durand", IBAN);
    expect((await getAmbassadorDashboard(carla.user, { now }))!.nextPayout).toMatchObject({
      runDate: "2026-11-25",
      amount: 450,
      blockers: [],
    });
  });

  it("follows the marketplace's calendar; on request, ambassadors are paid at month end", async () => {
    await setPayoutSettings({ payoutSchedule: "WEEKLY", payoutWeekday: 3 });
    expect((await getAmbassadorDashboard(bruno.user, { now }))!.nextPayout).toMatchObject({
      schedule: "WEEKLY",
      weekday: 3,
      runDate: "2026-12-09",
      blockers: ["noBankAccount"],
    });
    await setPayoutSettings({ payoutSchedule: "MONTHLY" });
    expect((await getAmbassadorDashboard(bruno.user, { now }))!.nextPayout).toMatchObject({
      schedule: "MONTHLY",
      runDate: "2026-12-31",
    });
    await setPayoutSettings({ payoutSchedule: "ON_REQUEST" });
    expect((await getAmbassadorDashboard(bruno.user, { now }))!.nextPayout).toMatchObject({
      schedule: "MONTHLY",
      runDate: "2026-12-31",
      amount: 1000,
    });
  });

  it("has nothing due for a new ambassador", async () => {
    const fresh = await ambassador("NEWCOMER");
    await setBankAccount(fresh.ambassador.id, "Nouvel Ambassadeur", IBAN);
    expect((await getAmbassadorDashboard(fresh.user, { now }))!.nextPayout).toMatchObject({
      amount: 0,
      blockers: ["nothingDue"],
    });
  });
});

describe("getAmbassadorDashboard: pages and access", () => {
  it("pages the entries, 20 per page, and the payouts, 10 per page, within bounds", async () => {
    const many = await ambassador("MANYEARN");
    const order = await broughtOrder(shops, many.ambassador.id);
    const ids: string[] = [];
    for (let i = 0; i < EARNINGS_PAGE_SIZE + 5; i += 1)
      ids.push((await entry(many.ambassador.id, order.bakeryPart.id, "AMBASSADOR_SHARE", i + 1, daysAgo(60 - i))).id);
    const second = (await getAmbassadorDashboard(many.user, { page: 2, now }))!.recent;
    expect(second).toMatchObject({ page: 2, pages: 2, total: 25 });
    expect(second.entries.map((earning) => earning.amount)).toEqual([5, 4, 3, 2, 1]);
    expect((await getAmbassadorDashboard(many.user, { page: 99, now }))!.recent.page).toBe(2);
    expect((await getAmbassadorDashboard(many.user, { page: Number.NaN, now }))!.recent.page).toBe(1);

    for (let i = 0; i < PAYOUTS_PAGE_SIZE + 1; i += 1)
      await ambassadorPayout(many.ambassador.id, [ids[i]], {
        periodKey: `test-${i}`,
        status: "PAID",
        at: daysAgo(40 - i),
      });
    const payouts = (await getAmbassadorDashboard(many.user, { payoutsPage: 2, now }))!.payouts;
    expect(payouts).toMatchObject({ page: 2, pages: 2, total: 11 });
    expect(payouts.payouts.map((row) => row.amount)).toEqual([1]);
    expect((await getAmbassadorDashboard(many.user, { payoutsPage: -3, now }))!.payouts.page).toBe(1);
  });

  it("is empty for a new ambassador, and null for a user who has not joined", async () => {
    const fresh = await ambassador("FRESH234");
    expect(await getAmbassadorDashboard(fresh.user, { now })).toMatchObject({
      clicks: { total: 0, last30Days: 0 },
      attributedOrders: 0,
      earnings: { pending: 0, available: 0, inTransit: 0, paidOut: 0, reversed: 0 },
      recent: { entries: [], page: 1, pages: 1, total: 0 },
      payouts: { payouts: [], page: 1, pages: 1, total: 0 },
    });
    expect(await getAmbassadorDashboard(await createUser("SHOPPER"))).toBeNull();
  });

  it("shows each ambassador only their own: Bruno never sees Alice's figures; signed out is refused", async () => {
    const brunos = (await getAmbassadorDashboard(bruno.user, { now }))!;
    expect(brunos).toMatchObject({
      code: "BRUNO567",
      clicks: { total: 1 },
      attributedOrders: 1,
      earnings: { pending: 0, available: 1000, inTransit: 0, paidOut: 0, reversed: 0 },
      payouts: { total: 0 },
    });
    expect(brunos.recent.entries).toHaveLength(1);
    // The buyer of Alice's order sees no dashboard at all: being bought from is not being an ambassador.
    const buyer = await getDb().order.findUniqueOrThrow({
      where: { id: aliceOrder.order.id },
      select: { userId: true },
    });
    const buyerActor = await getDb().user.findUniqueOrThrow({
      where: { id: buyer.userId! },
      select: { id: true, role: true, name: true, email: true },
    });
    expect(await getAmbassadorDashboard(buyerActor)).toBeNull();

    const before = await programmeSnapshot();
    expect(await refusal(getAmbassadorDashboard(null))).toMatchObject({ code: "UNAUTHENTICATED" });
    expect(await programmeSnapshot()).toEqual(before);
  });
});
