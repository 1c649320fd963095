import { beforeAll, describe, expect, it } from "vitest";
import type { Actor } from "@/lib/auth/actor";
import { getVendorOverview, NEEDING_ACTION_SHOWN } from "@/lib/overview/get-vendor-overview";
import { refusal } from "../sellers/fixtures";
import { at, createShop, createUser, entry, part, product, settings } from "./overview-fixtures";

// The vendor's overview (docs/trust.md, the vendor's overview) on a hand-built shop, with a fixed
// `now`: Saturday 5 December 2026, 12:00 in Paris (UTC+1). Today is from 2026-12-04T23:00Z, this
// week from Monday 30 November (2026-11-29T23:00Z), this month from 1 December (2026-11-30T23:00Z).

const NOW = at("2026-12-05T11:00:00Z");

let vendor: Actor;
let shopId: string;
let otherVendor: Actor;
let otherShopId: string;
const ids: Record<string, string> = {};
const numbers: Record<string, string> = {};

beforeAll(async () => {
  await settings({ lowStockThreshold: 3 });
  vendor = await createUser("VENDOR", "Léa Boulangère");
  otherVendor = await createUser("VENDOR", "Ali Potier");
  const shop = await createShop(vendor, { status: "APPROVED", name: "Fournil de Léa" });
  const other = await createShop(otherVendor, { status: "APPROVED", name: "Karkareh" });
  shopId = shop.id;
  otherShopId = other.id;

  const bread = await product(shopId, "Pain de campagne", { stock: 2 });
  const croissant = await product(shopId, "Croissant", { stock: 0 });
  const jam = await product(shopId, "Confiture", { stock: 3 });
  const vase = await product(shopId, "Vase", { stock: 4 }); // above the threshold
  const bowl = await product(shopId, "Bol", { stock: 1, status: "DRAFT" }); // not on sale
  await product(shopId, "Cours de pâtisserie", { stock: 0, stockTracked: false }); // stock not counted
  await product(shopId, "Ancienne brioche", { stock: 0, status: "ARCHIVED" });
  await product(otherShopId, "Bol en grès", { stock: 0 }); // another shop's
  ids.bread = bread.id;
  ids.croissant = croissant.id;
  ids.jam = jam.id;
  ids.vase = vase.id;

  const line = (productId: string | null, title: string, quantity: number, lineAmount: number) => ({
    productId,
    title,
    quantity,
    lineAmount,
  });
  // A: today 10:00 in Paris, waiting for acceptance for 2 more hours.
  const a = await part(shopId, {
    paidAt: at("2026-12-05T09:00:00Z"),
    items: 1000,
    delivery: 500,
    status: "AWAITING_ACCEPTANCE",
    acceptBy: at("2026-12-05T13:00:00Z"),
    lines: [line(bread.id, "Pain de campagne", 2, 1000)],
  });
  // B: today 00:30 in Paris (still yesterday in UTC); accepted, its shipping deadline passed an hour ago.
  const b = await part(shopId, {
    paidAt: at("2026-12-04T23:30:00Z"),
    items: 2000,
    status: "ACCEPTED",
    shipBy: at("2026-12-05T10:00:00Z"),
    lines: [line(croissant.id, "Croissant", 10, 2000)],
  });
  // C: Tuesday 1 December: this week and this month.
  await part(shopId, {
    paidAt: at("2026-12-01T10:00:00Z"),
    items: 3000,
    delivery: 690,
    status: "CONFIRMED",
    lines: [line(bread.id, "Pain de campagne", 6, 3000)],
  });
  // D: Monday 30 November 23:30 in Paris: this week, last month. One line of a deleted product.
  await part(shopId, {
    paidAt: at("2026-11-30T22:30:00Z"),
    items: 4000,
    status: "CONFIRMED",
    lines: [line(vase.id, "Vase", 1, 3100), line(null, "Tarte retirée", 3, 900)],
  });
  // E: Sunday 29 November 23:30 in Paris: last week; a return to answer.
  const e = await part(shopId, {
    paidAt: at("2026-11-29T22:30:00Z"),
    items: 500,
    status: "RETURN_REQUESTED",
    statusChangedAt: at("2026-12-03T08:00:00Z"),
    lines: [line(bowl.id, "Bol", 1, 500)],
  });
  // I: 20 November, waiting to be collected since the 21st.
  const i = await part(shopId, {
    paidAt: at("2026-11-20T15:00:00Z"),
    items: 800,
    status: "READY_FOR_PICKUP",
    statusChangedAt: at("2026-11-21T08:00:00Z"),
    lines: [line(jam.id, "Confiture", 3, 800)],
  });
  // F: 1 August, before the chart's 90 days and the best sellers' 30.
  await part(shopId, {
    paidAt: at("2026-08-01T10:00:00Z"),
    items: 9999,
    status: "CONFIRMED",
    lines: [line(croissant.id, "Croissant", 50, 9999)],
  });
  // G: still awaiting payment: counts nowhere.
  await part(shopId, {
    paidAt: null,
    items: 7777,
    status: "AWAITING_PAYMENT",
    lines: [line(croissant.id, "Croissant", 40, 7777)],
  });
  // Another shop's part paid today.
  await part(otherShopId, {
    paidAt: at("2026-12-05T10:00:00Z"),
    items: 100_000,
    status: "AWAITING_ACCEPTANCE",
    acceptBy: at("2026-12-05T12:00:00Z"),
  });
  Object.assign(numbers, { a: a.orderNumber, b: b.orderNumber, e: e.orderNumber, i: i.orderNumber });
  Object.assign(ids, { a: a.id, b: b.id, e: e.id, i: i.id });

  // The ledger: today +1000 +500 −100 −20 (08:00 UTC) and −30 (00:10 in Paris) = 1350.
  await entry(shopId, "SALE", 1000, at("2026-12-05T08:00:00Z"));
  await entry(shopId, "SHIPPING", 500, at("2026-12-05T08:00:00Z"));
  await entry(shopId, "COMMISSION", -100, at("2026-12-05T08:00:00Z"));
  await entry(shopId, "FEE_VAT", -20, at("2026-12-05T08:00:00Z"));
  await entry(shopId, "PAYMENT_FEE", -30, at("2026-12-04T23:10:00Z"));
  // 2 December: −500 +200 = −300; money moving to the bank and the plan's fee are not earnings.
  await entry(shopId, "REFUND", -500, at("2026-12-02T10:00:00Z"));
  await entry(shopId, "ADJUSTMENT", 200, at("2026-12-02T10:00:00Z"));
  await entry(shopId, "PAYOUT", -5000, at("2026-12-02T10:00:00Z"));
  await entry(shopId, "PAYOUT_REVERSAL", 5000, at("2026-12-02T11:00:00Z"));
  await entry(shopId, "SUBSCRIPTION_FEE", -1990, at("2026-12-02T10:00:00Z"));
  // Monday 30 November (this week, last month): +4000. Saturday 28 November: before the week.
  await entry(shopId, "SALE", 4000, at("2026-11-30T12:00:00Z"));
  await entry(shopId, "SALE", 777, at("2026-11-28T12:00:00Z"));
  await entry(otherShopId, "SALE", 99_999, at("2026-12-05T08:00:00Z"));
});

describe("getVendorOverview: the figures", () => {
  it("counts today, this week and this month in Paris time, to the cent", async () => {
    const overview = await getVendorOverview(vendor, shopId, { now: NOW });
    expect(overview.shop).toEqual({ id: shopId, name: "Fournil de Léa" });
    expect(overview.currency).toBe("EUR");
    // A 1500 + B 2000
    expect(overview.today).toEqual({ orders: 2, sales: 3500, averageBasket: 1750, netEarned: 1350 });
    // A + B + C 3690 + D 4000 = 11190; 11190 / 4 = 2797.5 → 2798; net 1350 − 300 + 4000
    expect(overview.week).toEqual({ orders: 4, sales: 11_190, averageBasket: 2798, netEarned: 5050 });
    // A + B + C = 7190; 7190 / 3 = 2396.67 → 2397; net 1350 − 300
    expect(overview.month).toEqual({ orders: 3, sales: 7190, averageBasket: 2397, netEarned: 1050 });
  });

  it("has no average basket on a day without orders", async () => {
    // Sunday 6 December, 12:00 in Paris: nothing paid yet that day.
    const overview = await getVendorOverview(vendor, shopId, { now: at("2026-12-06T11:00:00Z") });
    expect(overview.today).toEqual({ orders: 0, sales: 0, averageBasket: null, netEarned: 0 });
    expect(overview.week.orders).toBe(4);
  });

  it("gives 90 Paris days of sales, zero-filled, the part paid at 00:30 in Paris on its Paris day", async () => {
    const { dailySales } = await getVendorOverview(vendor, shopId, { now: NOW });
    expect(dailySales).toHaveLength(90);
    expect(dailySales[0].day).toBe("2026-09-07");
    expect(dailySales.at(-1)).toEqual({ day: "2026-12-05", orders: 2, sales: 3500 });
    const byDay = Object.fromEntries(dailySales.map((day) => [day.day, day]));
    expect(byDay["2026-12-04"]).toEqual({ day: "2026-12-04", orders: 0, sales: 0 });
    expect(byDay["2026-12-01"]).toEqual({ day: "2026-12-01", orders: 1, sales: 3690 });
    expect(byDay["2026-11-30"]).toEqual({ day: "2026-11-30", orders: 1, sales: 4000 });
    expect(byDay["2026-11-29"]).toEqual({ day: "2026-11-29", orders: 1, sales: 500 });
    expect(byDay["2026-11-20"]).toEqual({ day: "2026-11-20", orders: 1, sales: 800 });
    // The 1 August part and the unpaid one are not there.
    expect(dailySales.reduce((sum, day) => sum + day.sales, 0)).toBe(3500 + 3690 + 4000 + 500 + 800);
    expect(dailySales.reduce((sum, day) => sum + day.orders, 0)).toBe(6);
  });

  it("ranks the best sellers of 30 days by quantity, then amount; a deleted product by its title", async () => {
    const { bestSellers } = await getVendorOverview(vendor, shopId, { now: NOW });
    expect(bestSellers).toEqual([
      { productId: ids.croissant, title: "Croissant", quantity: 10, sales: 2000 },
      { productId: ids.bread, title: "Pain de campagne", quantity: 8, sales: 4000 },
      { productId: null, title: "Tarte retirée", quantity: 3, sales: 900 },
      { productId: ids.jam, title: "Confiture", quantity: 3, sales: 800 },
      { productId: ids.vase, title: "Vase", quantity: 1, sales: 3100 },
    ]);
  });

  it("lists the products on sale with a counted stock at or under the threshold, lowest first", async () => {
    const { lowStock } = await getVendorOverview(vendor, shopId, { now: NOW });
    expect(lowStock).toEqual({
      threshold: 3,
      products: [
        { id: ids.croissant, title: "Croissant", stock: 0 },
        { id: ids.bread, title: "Pain de campagne", stock: 2 },
        { id: ids.jam, title: "Confiture", stock: 3 },
      ],
    });
  });

  it("follows the marketplace's threshold", async () => {
    await settings({ lowStockThreshold: 0 });
    try {
      const { lowStock } = await getVendorOverview(vendor, shopId, { now: NOW });
      expect(lowStock.products.map((row) => row.title)).toEqual(["Croissant"]);
    } finally {
      await settings({ lowStockThreshold: 3 });
    }
  });
});

describe("getVendorOverview: orders needing action", () => {
  it("lists the parts waiting for the vendor, soonest deadline first, overdue ones marked", async () => {
    const { needingAction } = await getVendorOverview(vendor, shopId, { now: NOW });
    expect(needingAction.total).toBe(4);
    expect(
      needingAction.parts.map((row) => ({
        id: row.id,
        number: row.orderNumber,
        status: row.status,
        kind: row.deadline?.kind ?? null,
        overdue: row.overdue,
        amount: row.amount,
      })),
    ).toEqual([
      // B: ship by 10:00 UTC, an hour ago
      { id: ids.b, number: numbers.b, status: "ACCEPTED", kind: "ship", overdue: true, amount: 2000 },
      // A: accept by 13:00 UTC, in two hours
      { id: ids.a, number: numbers.a, status: "AWAITING_ACCEPTANCE", kind: "accept", overdue: false, amount: 1500 },
      // no deadline: the one waiting longest first (21 November, then 3 December)
      { id: ids.i, number: numbers.i, status: "READY_FOR_PICKUP", kind: null, overdue: false, amount: 800 },
      { id: ids.e, number: numbers.e, status: "RETURN_REQUESTED", kind: null, overdue: false, amount: 500 },
    ]);
    expect(needingAction.parts[0].deadline?.left).toEqual({ overdue: true, days: 0, hours: 1, minutes: 0 });
    expect(needingAction.parts[1].deadline?.left).toEqual({ overdue: false, days: 0, hours: 2, minutes: 0 });
  });

  it("shows at most 10, soonest first, with the total", async () => {
    const busy = await createShop(vendor, { status: "APPROVED", name: "Fournil bis" });
    // acceptBy from 12:00 UTC on the 6th down to 01:00: created in the reverse of their order
    for (let hour = 12; hour >= 1; hour--)
      await part(busy.id, {
        paidAt: at("2026-12-05T08:00:00Z"),
        items: 100 * hour,
        status: "AWAITING_ACCEPTANCE",
        acceptBy: at(`2026-12-06T${String(hour).padStart(2, "0")}:00:00Z`),
      });
    await part(busy.id, { paidAt: at("2026-12-01T08:00:00Z"), items: 50, status: "READY_FOR_PICKUP" });
    const { needingAction } = await getVendorOverview(vendor, busy.id, { now: NOW });
    expect(needingAction.total).toBe(13);
    expect(needingAction.parts).toHaveLength(NEEDING_ACTION_SHOWN);
    expect(needingAction.parts.map((row) => row.amount)).toEqual([100, 200, 300, 400, 500, 600, 700, 800, 900, 1000]);
  });

  it("marks a part the deadline job flagged late as overdue, even before its shipping deadline", async () => {
    const shop = await createShop(vendor, { status: "APPROVED", name: "Fournil ter" });
    const flagged = await part(shop.id, {
      paidAt: at("2026-12-01T08:00:00Z"),
      items: 50,
      status: "ACCEPTED",
      shipBy: at("2026-12-07T08:00:00Z"),
      lateFlaggedAt: at("2026-12-05T08:00:00Z"),
    });
    const onTime = await part(shop.id, {
      paidAt: at("2026-12-01T08:00:00Z"),
      items: 60,
      status: "ACCEPTED",
      shipBy: at("2026-12-08T08:00:00Z"),
    });
    const { needingAction } = await getVendorOverview(vendor, shop.id, { now: NOW });
    expect(needingAction.parts.map((row) => [row.id, row.overdue, row.deadline?.left.overdue])).toEqual([
      [flagged.id, true, false],
      [onTime.id, false, false],
    ]);
  });
});

describe("getVendorOverview: who may read it", () => {
  it.each([
    { who: "another vendor", actor: () => otherVendor, code: "NOT_FOUND" },
    { who: "a shopper", actor: () => createUser("SHOPPER"), code: "FORBIDDEN" },
    { who: "an operator", actor: () => createUser("OPERATOR"), code: "FORBIDDEN" },
    { who: "a signed-out visitor", actor: () => null, code: "UNAUTHENTICATED" },
  ])("refuses $who ($code)", async ({ actor, code }) => {
    const error = await refusal(getVendorOverview(await actor(), shopId, { now: NOW }));
    expect(error.code).toBe(code);
  });

  it("answers an id that cannot be one, or an unknown one, NOT_FOUND", async () => {
    expect((await refusal(getVendorOverview(vendor, "../etc", { now: NOW }))).code).toBe("NOT_FOUND");
    expect((await refusal(getVendorOverview(vendor, "cl0000000000000000000000", { now: NOW }))).code).toBe("NOT_FOUND");
  });

  it("shows another vendor only their own shop's figures", async () => {
    const overview = await getVendorOverview(otherVendor, otherShopId, { now: NOW });
    expect(overview.today).toEqual({ orders: 1, sales: 100_000, averageBasket: 100_000, netEarned: 99_999 });
    expect(overview.lowStock.products.map((row) => row.title)).toEqual(["Bol en grès"]);
    expect(overview.needingAction.total).toBe(1);
  });
});
