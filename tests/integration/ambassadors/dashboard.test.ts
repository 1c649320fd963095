import { beforeAll, describe, expect, it } from "vitest";
import { EARNINGS_PAGE_SIZE, getAmbassadorDashboard } from "@/lib/ambassadors/get-ambassador-dashboard";
import type { Actor } from "@/lib/auth/actor";
import { getDb } from "@/lib/db";
import {
  ambassador,
  broughtOrder,
  clicks,
  createUser,
  entry,
  programmeSnapshot,
  refusal,
  twoShops,
  type Shops,
} from "./ambassador-fixtures";

const DAY = 24 * 60 * 60 * 1000;
const now = new Date();
const daysAgo = (days: number) => new Date(now.getTime() - days * DAY);

let shops: Shops;
let alice: { user: Actor; id: string };
let bruno: { user: Actor; id: string };
let confirmedOrder: Awaited<ReturnType<typeof broughtOrder>>;

beforeAll(async () => {
  shops = await twoShops();
  const a = await ambassador("ALICE234", "SHOPPER", "Alice Ambassadrice");
  const b = await ambassador("BRUNO567", "VENDOR", "Bruno Ambassadeur");
  alice = { user: a.user, id: a.ambassador.id };
  bruno = { user: b.user, id: b.ambassador.id };
  await clicks(alice.id, [daysAgo(1), daysAgo(29), daysAgo(31), daysAgo(90)]);
  await clicks(bruno.id, [daysAgo(2)]);

  // Alice's paid order: the bakery's part confirmed (its share available), the pottery's part
  // accepted (pending) and partly refunded (a reversal on it).
  const buyer = await createUser("SHOPPER", "Camille Acheteuse");
  confirmedOrder = await broughtOrder(shops, alice.id, { bakery: "CONFIRMED", pottery: "ACCEPTED", shopper: buyer });
  await entry(alice.id, confirmedOrder.bakeryPart.id, "AMBASSADOR_SHARE", 63, daysAgo(3));
  await entry(alice.id, confirmedOrder.potteryPart.id, "AMBASSADOR_SHARE", 196, daysAgo(3));
  await entry(alice.id, confirmedOrder.potteryPart.id, "AMBASSADOR_REVERSAL", -50, daysAgo(1));
  // Not Alice's: an order brought by her but never paid, and Bruno's paid order.
  await broughtOrder(shops, alice.id, { paid: false });
  const brunos = await broughtOrder(shops, bruno.id, { bakery: "CONFIRMED" });
  await entry(bruno.id, brunos.bakeryPart.id, "AMBASSADOR_SHARE", 1000);
});

describe("getAmbassadorDashboard (docs/business-models.md, ambassadors)", () => {
  it("sums the ambassador's own figures: clicks, paid orders, pending, available and reversed", async () => {
    const dashboard = await getAmbassadorDashboard(alice.user, { now });
    expect(dashboard).toMatchObject({
      code: "ALICE234",
      clicks: { total: 4, last30Days: 2 },
      attributedOrders: 1,
      earnings: { pending: 146, available: 63, reversed: 50, currency: "EUR" },
    });
  });

  it("lists the earnings newest first with the shop and a masked order number, never the buyer", async () => {
    const { recent } = (await getAmbassadorDashboard(alice.user, { now }))!;
    expect(recent).toMatchObject({ page: 1, pages: 1, total: 3 });
    // The reversal is the newest; the two shares were written together.
    expect(recent.entries[0]).toMatchObject({ amount: -50, status: "reversed", shopName: shops.pottery.name });
    expect(recent.entries.slice(1)).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ amount: 196, status: "pending", shopName: shops.pottery.name }),
        expect.objectContaining({ amount: 63, status: "available", shopName: shops.bakery.name }),
      ]),
    );
    const number = confirmedOrder.order.number;
    for (const earning of recent.entries) {
      expect(Object.keys(earning).sort()).toEqual(
        ["amount", "createdAt", "currency", "id", "orderNumber", "shopName", "status"].sort(),
      );
      expect(earning.orderNumber).not.toBe(number);
      expect(earning.orderNumber.endsWith(number.slice(-2))).toBe(true);
    }
    expect(JSON.stringify(recent)).not.toMatch(/Camille|Acheteuse|example\.test/);
  });

  it("pages the earnings, 20 per page, and keeps an impossible page within bounds", async () => {
    const many = await ambassador("MANYEARN");
    const order = await broughtOrder(shops, many.ambassador.id);
    for (let i = 0; i < EARNINGS_PAGE_SIZE + 5; i += 1)
      await entry(many.ambassador.id, order.bakeryPart.id, "AMBASSADOR_SHARE", i + 1, daysAgo(30 - i));
    const second = (await getAmbassadorDashboard(many.user, { page: 2 }))!.recent;
    expect(second).toMatchObject({ page: 2, pages: 2, total: 25 });
    expect(second.entries.map((earning) => earning.amount)).toEqual([5, 4, 3, 2, 1]);
    expect((await getAmbassadorDashboard(many.user, { page: 99 }))!.recent.page).toBe(2);
    expect((await getAmbassadorDashboard(many.user, { page: Number.NaN }))!.recent.page).toBe(1);
  });

  it("is empty for a new ambassador, and null for a user who has not joined", async () => {
    const fresh = await ambassador("FRESH234");
    expect(await getAmbassadorDashboard(fresh.user)).toMatchObject({
      clicks: { total: 0, last30Days: 0 },
      attributedOrders: 0,
      earnings: { pending: 0, available: 0, reversed: 0 },
      recent: { entries: [], page: 1, pages: 1, total: 0 },
    });
    expect(await getAmbassadorDashboard(await createUser("SHOPPER"))).toBeNull();
  });

  it("shows each ambassador only their own: Bruno never sees Alice's figures; signed out is refused", async () => {
    const brunos = (await getAmbassadorDashboard(bruno.user, { now }))!;
    expect(brunos).toMatchObject({
      code: "BRUNO567",
      clicks: { total: 1 },
      attributedOrders: 1,
      earnings: { pending: 0, available: 1000, reversed: 0 },
    });
    expect(brunos.recent.entries).toHaveLength(1);
    // The buyer of Alice's order sees no dashboard at all: being bought from is not being an ambassador.
    const buyer = await getDb().order.findUniqueOrThrow({
      where: { id: confirmedOrder.order.id },
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
