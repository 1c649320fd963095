// The operator's order pages (docs/architecture.md, authorization: operators are the cross-shop
// readers): every shop's paid parts with the vendor's tabs, search and a shop filter, problems
// first; one part's full picture with its money (docs/domain.md, refunds); and an operator's
// cancellation through the transition engine.
import { beforeAll, describe, expect, it } from "vitest";
import type { Actor } from "@/lib/auth/actor";
import { getDb } from "@/lib/db";
import { getShopOrderForOperator } from "@/lib/orders/get-shop-order-for-operator";
import { ALL_SHOP_ORDERS_PAGE_SIZE, listAllShopOrders, type AllShopOrdersRow } from "@/lib/orders/list-all-shop-orders";
import { SHOP_ORDER_TABS } from "@/lib/orders/list-shop-orders";
import { transitionShopOrder } from "@/lib/orders/transition-shop-order";
import { createUser, paidOrder, placedOrder, putPartIn, refusal, twoShops, type Shops } from "./order-fixtures";

const HOUR = 60 * 60 * 1000;
// 13 paid orders of two parts each: 26 parts, more than one page.
const ORDERS = 13;

let shops: Shops;
let operator: Actor;
let shopper: Actor;
let orders: Awaited<ReturnType<typeof paidOrder>>[];
let unpaid: Awaited<ReturnType<typeof placedOrder>>["order"];
/** the oldest order's pottery part: accepted, past its shipping deadline */
let latePartId: string;

beforeAll(async () => {
  await getDb().marketplaceSettings.upsert({
    where: { id: 1 },
    create: { id: 1, trackingRequiredForPost: false },
    update: { trackingRequiredForPost: false },
  });
  shops = await twoShops();
  operator = await createUser("OPERATOR", "Opé Rateur");
  shopper = await createUser("SHOPPER", "Zoé Quintal");
  orders = [];
  for (let index = 0; index < ORDERS; index += 1) {
    orders.push(await paidOrder(shops, index === 1 ? { shopper } : {}));
  }
  unpaid = (await placedOrder(shops)).order;
  latePartId = orders[0].potteryPart.id;
  await putPartIn(latePartId, "ACCEPTED", { shipBy: new Date(Date.now() - 2 * HOUR) });
  await putPartIn(orders[2].bakeryPart.id, "ACCEPTED", { shipBy: new Date(Date.now() + 48 * HOUR) });
  await putPartIn(orders[3].potteryPart.id, "SHIPPED");
  await putPartIn(orders[4].potteryPart.id, "CONFIRMED");
  await putPartIn(orders[5].bakeryPart.id, "CANCELLED");
});

/** Every row of one listing, page after page. */
async function allRows(query: Record<string, unknown>): Promise<AllShopOrdersRow[]> {
  const rows: AllShopOrdersRow[] = [];
  for (let page = 1; ; page += 1) {
    const list = await listAllShopOrders(operator, { ...query, page: String(page) });
    rows.push(...list.rows);
    if (page >= list.pageCount) return rows;
  }
}

describe("listAllShopOrders", () => {
  it("lists every shop's paid parts, never an unpaid one, with the shop's name", async () => {
    const rows = await allRows({});
    expect(rows).toHaveLength(ORDERS * 2);
    expect(new Set(rows.map((row) => row.shopName))).toEqual(new Set([shops.bakery.name, shops.pottery.name]));
    expect(rows.map((row) => row.orderNumber)).not.toContain(unpaid.number);
    const first = await listAllShopOrders(operator, {});
    expect(first.anyOrders).toBe(true);
    expect(first.shops.map((shop) => shop.id).sort()).toEqual([shops.bakery.id, shops.pottery.id].sort());
  });

  it("counts each tab in one query, and each count is that tab's rows", async () => {
    const { counts } = await listAllShopOrders(operator, {});
    expect(counts).toMatchObject({
      all: 26,
      toAccept: 21,
      toPrepare: 2,
      inTransit: 1,
      done: 1,
      cancelled: 1,
      problems: 1,
    });
    for (const tab of SHOP_ORDER_TABS) {
      const rows = await allRows({ tab });
      expect(rows.length, tab).toBe(counts[tab]);
    }
    expect((await allRows({ tab: "problems" })).map((row) => row.id)).toEqual([latePartId]);
  });

  it("puts the late parts first, then the newest", async () => {
    const { rows } = await listAllShopOrders(operator, {});
    expect(rows[0]).toMatchObject({ id: latePartId, late: true, status: "ACCEPTED" });
    expect(rows[0].deadline).toMatchObject({ kind: "ship", left: { overdue: true } });
    const newest = orders[ORDERS - 1];
    expect([newest.bakeryPart.id, newest.potteryPart.id]).toContain(rows[1].id);
    const prepare = await listAllShopOrders(operator, { tab: "toPrepare" });
    expect(prepare.rows.map((row) => row.id)).toEqual([latePartId, orders[2].bakeryPart.id]);
  });

  it("pages on the server: no row twice, a page past the end shows the last", async () => {
    const first = await listAllShopOrders(operator, {});
    const second = await listAllShopOrders(operator, { page: "2" });
    expect(first.rows).toHaveLength(ALL_SHOP_ORDERS_PAGE_SIZE);
    expect(second.rows).toHaveLength(ORDERS * 2 - ALL_SHOP_ORDERS_PAGE_SIZE);
    expect(first.pageCount).toBe(2);
    const ids = [...first.rows, ...second.rows].map((row) => row.id);
    expect(new Set(ids).size).toBe(ORDERS * 2);
    const beyond = await listAllShopOrders(operator, { page: "99" });
    expect(beyond.page).toBe(2);
    expect(beyond.rows.map((row) => row.id)).toEqual(second.rows.map((row) => row.id));
  });

  it("searches by order number, customer name, e-mail and shop name; the counts follow", async () => {
    const byNumber = await listAllShopOrders(operator, { q: orders[7].order.number });
    expect(byNumber.rows.map((row) => row.id).sort()).toEqual(
      [orders[7].bakeryPart.id, orders[7].potteryPart.id].sort(),
    );
    expect(byNumber.counts.all).toBe(2);
    for (const q of ["zoé quintal", shopper.email.toUpperCase()]) {
      const list = await listAllShopOrders(operator, { q });
      expect(
        list.rows.map((row) => row.orderNumber),
        q,
      ).toEqual([orders[1].order.number, orders[1].order.number]);
    }
    const byShop = await listAllShopOrders(operator, { q: shops.pottery.name.slice(0, 12), tab: "toAccept" });
    expect(byShop.rows.every((row) => row.shopId === shops.pottery.id)).toBe(true);
    expect(byShop.counts).toMatchObject({ all: ORDERS, toAccept: ORDERS - 3 });
    expect(byShop.total).toBe(ORDERS - 3);
    const none = await listAllShopOrders(operator, { q: "100%_nothing" });
    expect(none).toMatchObject({ rows: [], total: 0, anyOrders: true });
  });

  it("filters by shop; a shop filter that is not an id is ignored", async () => {
    const bakery = await allRows({ shop: shops.bakery.id });
    expect(bakery).toHaveLength(ORDERS);
    expect(bakery.every((row) => row.shopId === shops.bakery.id)).toBe(true);
    const list = await listAllShopOrders(operator, { shop: shops.bakery.id, tab: "cancelled" });
    expect(list.rows.map((row) => row.id)).toEqual([orders[5].bakeryPart.id]);
    expect(list.counts).toMatchObject({ all: ORDERS, cancelled: 1, inTransit: 0, problems: 0 });
    expect((await listAllShopOrders(operator, { shop: "not an id!" })).counts.all).toBe(ORDERS * 2);
    const nobody = await listAllShopOrders(operator, { shop: "unknownshopid" });
    expect(nobody).toMatchObject({ rows: [], total: 0, anyOrders: true });
  });

  it("falls back to the defaults on junk parameters", async () => {
    const list = await listAllShopOrders(operator, { tab: "everything", page: "-3", q: ["x"] });
    expect(list.query).toMatchObject({ tab: "all", page: 1, q: undefined });
    expect(list.total).toBe(ORDERS * 2);
  });
});

describe("getShopOrderForOperator", () => {
  it("shows the part: order, shop, customer, lines, timeline, deadline, ledger, no refund yet, the operator's actions", async () => {
    const paid = orders[8];
    const part = await getShopOrderForOperator(operator, paid.potteryPart.id);
    expect(part).toMatchObject({
      orderNumber: paid.order.number,
      shopId: shops.pottery.id,
      shopName: shops.pottery.name,
      status: "AWAITING_ACCEPTANCE",
      customerEmail: paid.order.email,
      customerPhone: "06 12 34 56 78",
      deliveryMethod: "POSTAL",
      itemsAmount: 2800,
      deliveryFeeAmount: 690,
      orderTotalAmount: 4390,
      refundedAmount: 0,
      pickup: null,
      refunds: [],
      actions: ["CANCEL"],
    });
    expect(part.lines).toEqual([expect.objectContaining({ title: "Bol en grès", quantity: 1 })]);
    expect(part.deadline).toMatchObject({ kind: "accept" });
    expect(part.timeline.map((event) => event.action)).toContain("PAID");
    const types = part.ledger.map((entry) => entry.type);
    expect(types).toEqual(expect.arrayContaining(["SALE", "SHIPPING", "COMMISSION"]));
    expect(part.ledger.find((entry) => entry.type === "SALE")).toMatchObject({ amount: 2800, currency: "EUR" });
    expect(part.ledger.find((entry) => entry.type === "COMMISSION")).toMatchObject({ amount: -280 });
    expect(JSON.stringify(part)).not.toMatch(/pickupCode/);

    const bakery = await getShopOrderForOperator(operator, paid.bakeryPart.id);
    expect(bakery.pickup).toEqual({
      address: "12 rue des Halles, 69001 Lyon",
      instructions: "Sonnez à la porte de côté",
    });
    expect(bakery.shippingAddress).toEqual([]);
  });

  it("offers what the table gives the operator: mark delivered once shipped, nothing once done", async () => {
    expect((await getShopOrderForOperator(operator, orders[3].potteryPart.id)).actions).toEqual(["MARK_DELIVERED"]);
    expect((await getShopOrderForOperator(operator, orders[4].potteryPart.id)).actions).toEqual([]);
    expect((await getShopOrderForOperator(operator, orders[2].bakeryPart.id)).actions).toEqual(["CANCEL"]);
  });

  it("is NOT_FOUND for a junk id, an unknown id and an unpaid part", async () => {
    for (const id of ["", "../etc", "x".repeat(80), "unknownid12345", unpaid.id]) {
      expect(await refusal(getShopOrderForOperator(operator, id)), id).toMatchObject({ code: "NOT_FOUND" });
    }
    const unpaidPart = await getDb().shopOrder.findFirstOrThrow({ where: { orderId: unpaid.id } });
    expect(await refusal(getShopOrderForOperator(operator, unpaidPart.id))).toMatchObject({ code: "NOT_FOUND" });
  });
});

describe("authorization", () => {
  const refused: [string, () => Promise<Actor | null>, string][] = [
    ["signed out", async () => null, "UNAUTHENTICATED"],
    ["a shopper (even the customer)", async () => shopper, "FORBIDDEN"],
    ["the shop's vendor", async () => shops.potterVendor, "FORBIDDEN"],
    ["another vendor", async () => createUser("VENDOR"), "FORBIDDEN"],
  ];

  it.each(refused)("%s: the list and the detail are refused, nothing returned", async (_label, who, code) => {
    const actor = await who();
    expect(await refusal(listAllShopOrders(actor, {}))).toMatchObject({ code });
    expect(await refusal(getShopOrderForOperator(actor, orders[1].potteryPart.id))).toMatchObject({ code });
  });

  it("an operator is allowed", async () => {
    expect((await listAllShopOrders(operator, {})).total).toBe(ORDERS * 2);
    expect((await getShopOrderForOperator(operator, orders[1].potteryPart.id)).id).toBe(orders[1].potteryPart.id);
  });
});

describe("an operator cancels a part", () => {
  it("through transitionShopOrder: cancelled, a PENDING refund, an OPERATOR event, the refund in the detail", async () => {
    const partId = orders[2].bakeryPart.id;
    const result = await transitionShopOrder(operator, {
      shopOrderId: partId,
      action: "CANCEL",
      reason: "Boutique fermée pour travaux",
    });
    expect(result).toEqual({ shopOrderId: partId, status: "CANCELLED" });
    const refunds = await getDb().refund.findMany({ where: { shopOrderId: partId } });
    expect(refunds).toEqual([expect.objectContaining({ status: "PENDING", amount: 900 })]);
    const event = await getDb().shopOrderEvent.findFirstOrThrow({
      where: { shopOrderId: partId, action: "CANCEL" },
    });
    expect(event).toMatchObject({
      actorKind: "OPERATOR",
      toStatus: "CANCELLED",
      reason: "Boutique fermée pour travaux",
    });

    const detail = await getShopOrderForOperator(operator, partId);
    expect(detail).toMatchObject({ status: "CANCELLED", actions: [], deadline: null });
    expect(detail.refunds).toEqual([
      expect.objectContaining({ amount: 900, status: "PENDING", providerReference: null, attempts: 0 }),
    ]);
    expect(detail.ledger.some((entry) => entry.type === "REFUND")).toBe(true);
    expect(detail.timeline.at(-1)).toMatchObject({ action: "CANCEL", actorKind: "OPERATOR" });
    const counts = (await listAllShopOrders(operator, { shop: shops.bakery.id })).counts;
    expect(counts).toMatchObject({ toPrepare: 0, cancelled: 2 });
  });
});
