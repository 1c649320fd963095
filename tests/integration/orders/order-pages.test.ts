// The read models of an order's life pages (docs/domain.md, ShopOrder states): the vendor's list
// (tabs and their counts, search, pages, only their shops), the vendor's part page and the
// shopper's order page (timeline, deadline, the actions each may take).
import { beforeAll, describe, expect, it } from "vitest";
import type { Actor } from "@/lib/auth/actor";
import { getDb } from "@/lib/db";
import type { Prisma, ShopOrderStatus } from "@/lib/generated/prisma/client";
import { confirmOrderPayment } from "@/lib/orders/confirm-order-payment";
import { getMyOrder } from "@/lib/orders/get-my-order";
import { getOrderForViewer } from "@/lib/orders/get-order-for-viewer";
import { getShopOrder } from "@/lib/orders/get-shop-order";
import { listMyOrders } from "@/lib/orders/list-my-orders";
import { listShopOrders, SHOP_ORDER_TABS, SHOP_ORDERS_PAGE_SIZE } from "@/lib/orders/list-shop-orders";
import { transitionShopOrder } from "@/lib/orders/transition-shop-order";
import { createShop, createUser, placedOrder, refusal, twoShops, type Shops } from "./order-fixtures";

const HOUR = 60 * 60 * 1000;
const now = new Date();
const past = new Date(now.getTime() - 5 * HOUR);
const future = new Date(now.getTime() + 28 * HOUR);

type Placed = Awaited<ReturnType<typeof placedOrder>>["order"];

async function pay(order: Placed) {
  await confirmOrderPayment({
    orderId: order.id,
    provider: "test",
    reference: order.paymentReference!,
    amountReceived: order.totalAmount,
    currency: "EUR",
  });
}

const partOf = (order: Placed, shopId: string) => order.shopOrders.find((part) => part.shopId === shopId)!;

/** A paid order whose bakery part is then put in `status` with these fields, as the engine would leave it. */
async function bakeryPartIn(
  shops: Shops,
  shopper: Actor,
  status: ShopOrderStatus,
  data: Prisma.ShopOrderUpdateInput = {},
) {
  const { order } = await placedOrder(shops, { shopper });
  await pay(order);
  const part = partOf(order, shops.bakery.id);
  await getDb().shopOrder.update({ where: { id: part.id }, data: { status, ...data } });
  return { order, part };
}

describe("the vendor's order list: tabs, counts, search, pages", () => {
  let shops: Shops;
  let shopper: Actor;
  let other: Actor;
  let lateToAccept: string;
  let lateToShip: string;
  let flaggedButShipped: string;
  let unpaid: Placed;

  beforeAll(async () => {
    shops = await twoShops();
    // A customer with a name of their own, to find by search.
    shopper = await createUser("SHOPPER", "Zoé Carpentier");
    other = await createUser("SHOPPER", "Marc Petit");
    await bakeryPartIn(shops, other, "AWAITING_ACCEPTANCE", { acceptBy: future });
    lateToAccept = (await bakeryPartIn(shops, other, "AWAITING_ACCEPTANCE", { acceptBy: past })).part.id;
    await bakeryPartIn(shops, other, "ACCEPTED", { shipBy: future });
    lateToShip = (await bakeryPartIn(shops, other, "ACCEPTED", { shipBy: past })).part.id;
    flaggedButShipped = (await bakeryPartIn(shops, other, "SHIPPED", { lateFlaggedAt: past, shipBy: past })).part.id;
    await bakeryPartIn(shops, other, "READY_FOR_PICKUP");
    await bakeryPartIn(shops, shopper, "DELIVERED", { autoConfirmAt: future });
    await bakeryPartIn(shops, other, "CONFIRMED");
    await bakeryPartIn(shops, other, "REFUSED");
    await bakeryPartIn(shops, other, "CANCELLED");
    await bakeryPartIn(shops, shopper, "RETURN_REQUESTED");
    unpaid = (await placedOrder(shops, { shopper: other })).order;
  });

  const list = (query: Record<string, unknown>) => listShopOrders(shops.bakerVendor, shops.bakery.id, query, now);

  it("counts every tab in one go; a late part is also a problem; unpaid parts count nowhere", async () => {
    const page = await list({});
    expect(page.counts).toEqual({
      all: 11,
      toAccept: 2,
      toPrepare: 2,
      inTransit: 2,
      done: 2,
      cancelled: 2,
      problems: 3,
    });
    expect(page.query.tab).toBe("all");
    expect(page.rows.some((row) => row.orderNumber === unpaid.number)).toBe(false);
  });

  it.each(SHOP_ORDER_TABS)("the %s tab lists exactly what its count says", async (tab) => {
    const page = await list({ tab });
    expect(page.total).toBe(page.counts[tab]);
    expect(page.rows).toHaveLength(page.counts[tab]);
  });

  it("puts each state in its tab", async () => {
    const statuses = async (tab: string) => (await list({ tab })).rows.map((row) => row.status).sort();
    expect(await statuses("toAccept")).toEqual(["AWAITING_ACCEPTANCE", "AWAITING_ACCEPTANCE"]);
    expect(await statuses("inTransit")).toEqual(["READY_FOR_PICKUP", "SHIPPED"]);
    expect(await statuses("done")).toEqual(["CONFIRMED", "DELIVERED"]);
    expect(await statuses("cancelled")).toEqual(["CANCELLED", "REFUSED"]);
    const problems = (await list({ tab: "problems" })).rows;
    expect(problems.map((row) => row.id)).toEqual(expect.arrayContaining([lateToAccept, lateToShip]));
    expect(problems.map((row) => row.status)).toContain("RETURN_REQUESTED");
    // Flagged late once, but shipped since: no longer a problem.
    expect(problems.map((row) => row.id)).not.toContain(flaggedButShipped);
  });

  it("gives each row its deadline, late or not, from timeLeft", async () => {
    const rows = (await list({ tab: "toAccept" })).rows;
    const late = rows.find((row) => row.id === lateToAccept)!;
    expect(late).toMatchObject({ late: true, deadline: { kind: "accept", left: { overdue: true, hours: 5 } } });
    const onTime = rows.find((row) => row.id !== lateToAccept)!;
    expect(onTime).toMatchObject({
      late: false,
      deadline: { kind: "accept", left: { overdue: false, days: 1, hours: 4 } },
    });
    const toShip = (await list({ tab: "toPrepare" })).rows.find((row) => row.id === lateToShip)!;
    expect(toShip).toMatchObject({ late: true, deadline: { kind: "ship" } });
    expect((await list({ tab: "cancelled" })).rows.every((row) => row.deadline === null && !row.late)).toBe(true);
  });

  it("shows a row with what the list needs only: no commission, no address", async () => {
    const [row] = (await list({ tab: "toPrepare" })).rows;
    expect(row).toMatchObject({
      customerName: "Marc Petit",
      customerEmail: other.email,
      deliveryMethod: "CLICK_AND_COLLECT",
      amount: 900,
      note: "Je passe samedi matin",
      lines: [expect.objectContaining({ title: "Pain de campagne", quantity: 2 })],
    });
    expect(JSON.stringify(row)).not.toMatch(/commission|shippingAddress|rue Mercière/i);
  });

  it("searches by customer name, e-mail or order number, case and accents as typed, in every count", async () => {
    const byName = await list({ q: "  carpentier " });
    expect(byName.counts).toMatchObject({ all: 2, done: 1, problems: 1, toAccept: 0 });
    expect(byName.rows.map((row) => row.customerName)).toEqual(["Zoé Carpentier", "Zoé Carpentier"]);
    expect((await list({ q: shopper.email.toUpperCase() })).total).toBe(2);
    const { order } = await bakeryPartIn(shops, other, "ACCEPTED", { shipBy: future });
    const byNumber = await list({ q: order.number.slice(-6).toLowerCase(), tab: "toPrepare" });
    expect(byNumber.rows.map((row) => row.orderNumber)).toEqual([order.number]);
    // Wildcards are letters like the others; nothing matches.
    const none = await list({ q: "%_%" });
    expect([none.total, none.counts.all, none.shopHasOrders]).toEqual([0, 0, true]);
    await getDb().shopOrder.update({
      where: { id: partOf(order, shops.bakery.id).id },
      data: { status: "CONFIRMED" },
    });
  });

  it("falls back to the defaults on nonsense, and never shows more than the limit", async () => {
    const page = await list({ tab: "AWAITING_PAYMENT", page: "x", q: "x".repeat(500) });
    expect(page.query).toMatchObject({ tab: "all", page: 1, q: undefined });
  });

  it("pages on the server", async () => {
    const busy = await twoShops();
    const buyer = await createUser("SHOPPER");
    for (let index = 0; index < SHOP_ORDERS_PAGE_SIZE + 2; index += 1) {
      const { order } = await placedOrder(busy, { shopper: buyer });
      await pay(order);
    }
    const first = await listShopOrders(busy.bakerVendor, busy.bakery.id, { tab: "toAccept" }, now);
    const second = await listShopOrders(busy.bakerVendor, busy.bakery.id, { tab: "toAccept", page: 2 }, now);
    expect([first.rows.length, second.rows.length, first.pageCount, first.total]).toEqual([
      SHOP_ORDERS_PAGE_SIZE,
      2,
      2,
      SHOP_ORDERS_PAGE_SIZE + 2,
    ]);
    expect(new Set([...first.rows, ...second.rows].map((row) => row.id)).size).toBe(SHOP_ORDERS_PAGE_SIZE + 2);
    expect((await listShopOrders(busy.bakerVendor, busy.bakery.id, { page: 99 }, now)).page).toBe(2);
  });

  it("never lists another vendor's parts, even of the same orders", async () => {
    const pottery = await listShopOrders(shops.potterVendor, shops.pottery.id, {}, now);
    expect(pottery.counts.all).toBe(12);
    expect(pottery.rows.every((row) => row.deliveryMethod === "POSTAL")).toBe(true);
    expect(JSON.stringify(pottery.rows)).not.toContain("Pain de campagne");
    // The bakery's vendor asking for the pottery's list: as if it did not exist.
    expect(await refusal(listShopOrders(shops.bakerVendor, shops.pottery.id, {}))).toMatchObject({
      code: "NOT_FOUND",
    });
  });

  it.each([
    ["signed out", "UNAUTHENTICATED", async () => null],
    ["a shopper", "FORBIDDEN", async () => shopper],
    ["an operator", "FORBIDDEN", () => createUser("OPERATOR")],
    ["a vendor without this shop", "NOT_FOUND", () => createUser("VENDOR")],
  ] as [string, string, () => Promise<Actor | null>][])("%s → %s", async (_label, code, who) => {
    expect(await refusal(listShopOrders(await who(), shops.bakery.id, {}))).toMatchObject({ code });
  });

  it("shows an empty list, every count zero, to a new shop", async () => {
    const vendor = await createUser("VENDOR");
    const shop = await createShop(vendor, { status: "APPROVED" });
    const page = await listShopOrders(vendor, shop.id, { tab: "problems" });
    expect(page).toMatchObject({ rows: [], total: 0, shopHasOrders: false, pageCount: 1 });
    expect(Object.values(page.counts)).toEqual(SHOP_ORDER_TABS.map(() => 0));
  });
});

describe("the part pages: timeline, deadline, allowed actions", () => {
  let shops: Shops;
  let shopper: Actor;
  let order: Placed;

  beforeAll(async () => {
    shops = await twoShops();
    shopper = await createUser("SHOPPER", "Marc Petit");
    order = (await placedOrder(shops, { shopper })).order;
    await pay(order);
  });

  it("a paid part: the vendor may accept or refuse, the shopper may cancel; the order is waiting for the shops", async () => {
    const potteryPart = partOf(order, shops.pottery.id);
    const vendorView = await getShopOrder(shops.potterVendor, potteryPart.id);
    expect(vendorView.actions).toEqual(["ACCEPT", "REFUSE"]);
    expect(vendorView.deadline).toMatchObject({ kind: "accept", left: { overdue: false } });
    expect(vendorView.timeline.map((event) => event.action)).toEqual(["PAID"]);
    const mine = await getMyOrder(shopper, order.id);
    expect(mine.progress).toBe("AWAITING_ACCEPTANCE");
    expect(mine.parts.map((part) => part.actions)).toEqual([["CANCEL"], ["CANCEL"]]);
    expect((await listMyOrders(shopper)).orders[0].progress).toBe("AWAITING_ACCEPTANCE");
    // The guest confirmation page words it the same way, without the timeline.
    const viewer = await getOrderForViewer(shopper, undefined, order.id);
    expect(viewer.progress).toBe("AWAITING_ACCEPTANCE");
    expect(viewer.parts[0]).not.toHaveProperty("timeline");
  });

  it("accepted and shipped: the vendor sees the tracking link; the shopper the link and the confirm button", async () => {
    const potteryPart = partOf(order, shops.pottery.id);
    await transitionShopOrder(shops.potterVendor, { shopOrderId: potteryPart.id, action: "ACCEPT" });
    const accepted = await getShopOrder(shops.potterVendor, potteryPart.id);
    expect(accepted.actions).toEqual(["CANCEL", "SHIP"]);
    expect(accepted.deadline).toMatchObject({ kind: "ship" });
    await transitionShopOrder(shops.potterVendor, {
      shopOrderId: potteryPart.id,
      action: "SHIP",
      carrier: "colissimo",
      trackingCode: "6a 1234 5678 901",
    });
    const shipped = await getShopOrder(shops.potterVendor, potteryPart.id);
    expect(shipped).toMatchObject({
      status: "SHIPPED",
      carrierName: "Colissimo",
      trackingCode: "6A12345678901",
      trackingUrl: "https://www.laposte.fr/outils/suivre-vos-envois?code=6A12345678901",
      actions: ["MARK_DELIVERED"],
      deadline: null,
    });
    expect(shipped.timeline.map((event) => [event.action, event.actorKind])).toEqual([
      ["PAID", expect.any(String)],
      ["ACCEPT", "VENDOR"],
      ["SHIP", "VENDOR"],
    ]);
    const part = (await getMyOrder(shopper, order.id)).parts.find((entry) => entry.id === potteryPart.id)!;
    expect(part).toMatchObject({
      trackingUrl: shipped.trackingUrl,
      carrierName: "Colissimo",
      actions: ["CONFIRM"],
      pickupCode: null,
    });
  });

  it("refused with a reason: both see it on the timeline; nothing left to do; the order is still under way", async () => {
    const bakeryPart = partOf(order, shops.bakery.id);
    await transitionShopOrder(shops.bakerVendor, {
      shopOrderId: bakeryPart.id,
      action: "REFUSE",
      reason: "Four en panne cette semaine",
    });
    const vendorView = await getShopOrder(shops.bakerVendor, bakeryPart.id);
    expect(vendorView.actions).toEqual([]);
    expect(vendorView.timeline.at(-1)).toMatchObject({
      action: "REFUSE",
      toStatus: "REFUSED",
      actorKind: "VENDOR",
      reason: "Four en panne cette semaine",
    });
    const mine = await getMyOrder(shopper, order.id);
    const part = mine.parts.find((entry) => entry.id === bakeryPart.id)!;
    expect(part).toMatchObject({ status: "REFUSED", actions: [] });
    expect(part.timeline.at(-1)).toMatchObject({ action: "REFUSE", reason: "Four en panne cette semaine" });
    expect(mine.progress).toBe("IN_PROGRESS");
  });

  it("click & collect ready for pickup: the code and hours for the shopper, never for the vendor", async () => {
    const { order: collect } = await placedOrder(shops, { shopper });
    await pay(collect);
    const part = partOf(collect, shops.bakery.id);
    await getDb().shop.update({
      where: { id: shops.bakery.id },
      data: { openingHours: [[{ open: "08:00", close: "13:00" }], [], [], [], [], [], []] },
    });
    await transitionShopOrder(shops.bakerVendor, { shopOrderId: part.id, action: "ACCEPT" });
    await transitionShopOrder(shops.bakerVendor, { shopOrderId: part.id, action: "READY_FOR_PICKUP" });
    const stored = await getDb().shopOrder.findUniqueOrThrow({ where: { id: part.id }, select: { pickupCode: true } });
    expect(stored.pickupCode).toMatch(/^\d{6}$/);
    const vendorView = await getShopOrder(shops.bakerVendor, part.id);
    expect(vendorView.actions).toEqual(["CANCEL", "HAND_OVER"]);
    expect(JSON.stringify(vendorView)).not.toContain(stored.pickupCode!);
    const mine = (await getMyOrder(shopper, collect.id)).parts.find((entry) => entry.id === part.id)!;
    expect(mine).toMatchObject({ pickupCode: stored.pickupCode, actions: [] });
    expect(mine.openingHours?.[0]).toEqual([{ open: "08:00", close: "13:00" }]);
    // The guest confirmation page never carries the code.
    expect(JSON.stringify(await getOrderForViewer(shopper, undefined, collect.id))).not.toContain(stored.pickupCode!);
  });

  it("another vendor, another shopper: NOT_FOUND", async () => {
    const potteryPart = partOf(order, shops.pottery.id);
    expect(await refusal(getShopOrder(shops.bakerVendor, potteryPart.id))).toMatchObject({ code: "NOT_FOUND" });
    expect(await refusal(getMyOrder(await createUser("SHOPPER"), order.id))).toMatchObject({ code: "NOT_FOUND" });
  });
});
