import { afterEach, beforeAll, describe, expect, it, vi } from "vitest";
import type { Actor } from "@/lib/auth/actor";
import { confirmOrderPayment } from "@/lib/orders/confirm-order-payment";
import { getDb } from "@/lib/db";
import { getMyOrder } from "@/lib/orders/get-my-order";
import { getOrderForViewer } from "@/lib/orders/get-order-for-viewer";
import { getShopOrder } from "@/lib/orders/get-shop-order";
import { listMyOrders, MY_ORDERS_PAGE_SIZE } from "@/lib/orders/list-my-orders";
import { listShopOrders } from "@/lib/orders/list-shop-orders";
import { createShop, createUser, placedOrder, refusal, twoShops, type Shops } from "./order-fixtures";

let shops: Shops;
let shopper: Actor;
let paid: Awaited<ReturnType<typeof placedOrder>>["order"];
let unpaid: Awaited<ReturnType<typeof placedOrder>>["order"];
let guestOrder: Awaited<ReturnType<typeof placedOrder>>["order"];

async function pay(order: { id: string; paymentReference: string | null; totalAmount: number }) {
  await confirmOrderPayment({
    orderId: order.id,
    provider: "test",
    reference: order.paymentReference!,
    amountReceived: order.totalAmount,
    currency: "EUR",
  });
}

beforeAll(async () => {
  shops = await twoShops();
  shopper = await createUser("SHOPPER", "Marc Petit");
  paid = (await placedOrder(shops, { shopper })).order;
  await pay(paid);
  unpaid = (await placedOrder(shops, { shopper })).order;
  guestOrder = (await placedOrder(shops, { shopper: null })).order;
  await pay(guestOrder);
});

describe("getOrderForViewer (payment and confirmation pages)", () => {
  it("shows the shopper their order: every shop part, pickup address for click & collect, no commission", async () => {
    const order = await getOrderForViewer(shopper, undefined, paid.id);
    expect(order).toMatchObject({
      number: paid.number,
      status: "PAID",
      totalAmount: 4390,
      shippingAddress: ["Marc Petit", "3 rue Mercière", "69002 Lyon", "FR"],
    });
    const bakery = order.parts.find((part) => part.shopName === shops.bakery.name)!;
    expect(bakery).toMatchObject({
      status: "AWAITING_ACCEPTANCE",
      deliveryMethod: "CLICK_AND_COLLECT",
      pickupAddress: "12 rue des Halles, 69001 Lyon",
      pickupInstructions: "Sonnez à la porte de côté",
    });
    expect(bakery.lines).toEqual([
      expect.objectContaining({ title: "Pain de campagne", quantity: 2, lineAmount: 900 }),
    ]);
    expect(order.parts.find((part) => part.shopName === shops.pottery.name)).toMatchObject({
      deliveryMethod: "POSTAL",
      deliveryFeeAmount: 690,
      pickupAddress: null,
    });
    expect(JSON.stringify(order)).not.toMatch(/commission|accessToken|userId/i);
  });

  it("lets the guest's browser in with the access cookie", async () => {
    expect((await getOrderForViewer(null, guestOrder.accessToken!, guestOrder.id)).number).toBe(guestOrder.number);
  });

  const refused: [string, () => Promise<[Actor | null, string | undefined, () => string]>][] = [
    ["signed out", async () => [null, undefined, () => paid.id]],
    ["another shopper", async () => [await createUser("SHOPPER"), undefined, () => paid.id]],
    ["a shop's vendor", async () => [shops.bakerVendor, undefined, () => paid.id]],
    ["a guest cookie of another order", async () => [null, guestOrder.accessToken!, () => paid.id]],
    ["a signed-in shopper on a guest order without the cookie", async () => [shopper, undefined, () => guestOrder.id]],
    ["a wrong guest cookie", async () => [null, "x".repeat(32), () => guestOrder.id]],
    ["an unknown order", async () => [shopper, undefined, () => "unknown"]],
  ];
  it.each(refused)("%s → NOT_FOUND", async (_label, who) => {
    const [actor, cookie, id] = await who();
    expect(await refusal(getOrderForViewer(actor, cookie, id()))).toMatchObject({ code: "NOT_FOUND" });
  });
});

describe("an id that cannot be one (an order URL typed by hand)", () => {
  afterEach(() => vi.restoreAllMocks());
  const reads = () => [
    vi.spyOn(getDb().order, "findUnique"),
    vi.spyOn(getDb().order, "findFirst"),
    vi.spyOn(getDb().shopOrder, "findFirst"),
  ];

  it.each(["", "x".repeat(65), "../admin", "1' OR '1'='1", 42 as unknown as string])(
    "%j → NOT_FOUND for every viewer, and nothing is read",
    async (id) => {
      const spies = reads();
      for (const attempt of [
        getOrderForViewer(shopper, undefined, id),
        getMyOrder(shopper, id),
        getShopOrder(shops.bakerVendor, id),
      ])
        expect(await refusal(attempt)).toMatchObject({ code: "NOT_FOUND" });
      for (const spy of spies) expect(spy).not.toHaveBeenCalled();
    },
  );

  it("(a plausible but unknown id is looked up, and NOT_FOUND too)", async () => {
    const spies = reads();
    expect(await refusal(getMyOrder(shopper, "cmi8k2x7a0000qh5wbe9r3t1d"))).toMatchObject({ code: "NOT_FOUND" });
    expect(spies[1]).toHaveBeenCalledOnce();
  });
});

describe("My orders", () => {
  it("lists the shopper's orders, newest first, with each shop part's status", async () => {
    const list = await listMyOrders(shopper);
    expect(list.orders.map((order) => order.number)).toEqual([unpaid.number, paid.number]);
    expect(list.orders[1].parts.map((part) => [part.shopName, part.status, part.itemCount]).sort()).toEqual(
      [
        [shops.bakery.name, "AWAITING_ACCEPTANCE", 2],
        [shops.pottery.name, "AWAITING_ACCEPTANCE", 1],
      ].sort(),
    );
    expect((await getMyOrder(shopper, paid.id)).parts).toHaveLength(2);
  });

  it("pages", async () => {
    const busy = await createUser("SHOPPER");
    for (let index = 0; index < MY_ORDERS_PAGE_SIZE + 1; index += 1) await placedOrder(shops, { shopper: busy });
    const first = await listMyOrders(busy);
    const second = await listMyOrders(busy, { page: 2 });
    expect([first.orders.length, second.orders.length, first.pageCount, first.total]).toEqual([
      MY_ORDERS_PAGE_SIZE,
      1,
      2,
      MY_ORDERS_PAGE_SIZE + 1,
    ]);
    expect((await listMyOrders(busy, { page: 99 })).page).toBe(2);
  });

  it("limits to the latest orders (the account page's three), only the actor's own", async () => {
    const other = await createUser("SHOPPER");
    const mine = await createUser("SHOPPER");
    const placed = [];
    for (let index = 0; index < 4; index += 1) placed.push((await placedOrder(shops, { shopper: mine })).order);
    await placedOrder(shops, { shopper: other });
    const latest = await listMyOrders(mine, { limit: 3 });
    expect(latest.orders.map((order) => order.number)).toEqual(
      placed
        .slice(1)
        .reverse()
        .map((order) => order.number),
    );
    expect([latest.total, latest.pageCount]).toEqual([4, 2]);
    expect((await listMyOrders(other, { limit: 3 })).orders).toHaveLength(1);
    // A limit outside 1…MY_ORDERS_PAGE_SIZE is brought back inside it.
    expect((await listMyOrders(mine, { limit: 0 })).orders).toHaveLength(1);
    expect((await listMyOrders(mine, { limit: 1000 })).orders).toHaveLength(4);
    expect(await refusal(listMyOrders(null, { limit: 3 }))).toMatchObject({ code: "UNAUTHENTICATED" });
  });

  it("is empty for someone who never ordered, and refuses the signed out", async () => {
    expect((await listMyOrders(await createUser("SHOPPER"))).orders).toEqual([]);
    expect(await refusal(listMyOrders(null))).toMatchObject({ code: "UNAUTHENTICATED" });
    expect(await refusal(getMyOrder(null, paid.id))).toMatchObject({ code: "UNAUTHENTICATED" });
  });

  it.each([
    ["another shopper", () => createUser("SHOPPER")],
    ["the shop's vendor", async () => shops.bakerVendor],
  ])("%s cannot open the order → NOT_FOUND", async (_label, who) => {
    expect(await refusal(getMyOrder(await who(), paid.id))).toMatchObject({ code: "NOT_FOUND" });
  });
});

describe("the vendor's orders", () => {
  it("lists only its shop's paid parts; a part shows the customer's details and what it is owed", async () => {
    const list = await listShopOrders(shops.bakerVendor, shops.bakery.id, {});
    expect(list.rows.map((row) => row.orderNumber).sort()).toEqual([paid.number, guestOrder.number].sort());
    const listed = list.rows.find((entry) => entry.orderNumber === paid.number)!;
    expect(listed).toMatchObject({ customerName: "Marc Petit", customerEmail: shopper.email, amount: 900 });
    const row = await getShopOrder(shops.bakerVendor, listed.id);
    expect(row).toMatchObject({
      customerName: "Marc Petit",
      customerEmail: shopper.email,
      customerPhone: "06 12 34 56 78",
      deliveryMethod: "CLICK_AND_COLLECT",
      shippingAddress: [],
      note: "Je passe samedi matin",
      itemsAmount: 900,
      commissionAmount: 90,
      netAmount: 810,
    });
    expect(row.lines.map((line) => line.title)).toEqual(["Pain de campagne"]);
    const pottery = await listShopOrders(shops.potterVendor, shops.pottery.id, {});
    expect(await getShopOrder(shops.potterVendor, pottery.rows[0].id)).toMatchObject({
      deliveryMethod: "POSTAL",
      shippingAddress: ["Marc Petit", "3 rue Mercière", "69002 Lyon", "FR"],
      netAmount: 2800 + 690 - 280 - 77,
    });
    expect(JSON.stringify(pottery.rows)).not.toContain("Pain de campagne");
  });

  it("filters by tab (tabs, search and pages: order-pages.test.ts)", async () => {
    expect((await listShopOrders(shops.bakerVendor, shops.bakery.id, { tab: "toAccept" })).total).toBe(2);
    const none = await listShopOrders(shops.bakerVendor, shops.bakery.id, { tab: "inTransit" });
    expect([none.total, none.shopHasOrders]).toEqual([0, true]);
    // A tab that is not one (or nonsense) shows everything.
    expect(
      (await listShopOrders(shops.bakerVendor, shops.bakery.id, { tab: "AWAITING_PAYMENT", page: "x" })).total,
    ).toBe(2);
  });

  it("opens one part by id, for its own vendor only", async () => {
    const part = paid.shopOrders.find((entry) => entry.shopId === shops.pottery.id)!;
    expect(await getShopOrder(shops.potterVendor, part.id)).toMatchObject({
      orderNumber: paid.number,
      shopName: shops.pottery.name,
      paymentFeeAmount: 77,
    });
  });

  it("shows an empty list to a shop without orders", async () => {
    const vendor = await createUser("VENDOR");
    const shop = await createShop(vendor, { status: "APPROVED" });
    expect(await listShopOrders(vendor, shop.id, {})).toMatchObject({ rows: [], total: 0, shopHasOrders: false });
  });

  const refused: [string, string, () => Promise<Actor | null>][] = [
    ["signed out", "UNAUTHENTICATED", async () => null],
    ["a shopper", "FORBIDDEN", async () => shopper],
    ["an operator", "FORBIDDEN", () => createUser("OPERATOR")],
    ["another shop's vendor", "NOT_FOUND", async () => shops.potterVendor],
  ];
  it.each(refused)("%s → %s on the bakery's orders", async (_label, code, who) => {
    const actor = await who();
    const part = paid.shopOrders.find((entry) => entry.shopId === shops.bakery.id)!;
    expect(await refusal(listShopOrders(actor, shops.bakery.id, {}))).toMatchObject({ code });
    expect(await refusal(getShopOrder(actor, part.id))).toMatchObject({ code });
  });

  it("never shows a part still awaiting payment", async () => {
    const part = unpaid.shopOrders.find((entry) => entry.shopId === shops.bakery.id)!;
    expect(await refusal(getShopOrder(shops.bakerVendor, part.id))).toMatchObject({ code: "NOT_FOUND" });
    expect(
      (await listShopOrders(shops.bakerVendor, shops.bakery.id, {})).rows.some(
        (row) => row.orderNumber === unpaid.number,
      ),
    ).toBe(false);
    expect(await getDb().shopOrder.count({ where: { id: part.id } })).toBe(1);
  });
});
