import { beforeEach, describe, expect, it } from "vitest";
import type { Actor } from "@/lib/auth/actor";
import { getDb } from "@/lib/db";
import { payWithTestCard } from "@/lib/payments/pay-with-test-card";
import { createUser, paymentSnapshot, placedOrder, refusal, twoShops, type Shops } from "../orders/order-fixtures";

let shops: Shops;
beforeEach(async () => {
  shops = await twoShops();
});

const card = (cardNumber: string, over: Record<string, string> = {}) => ({
  cardNumber,
  expiry: "12/39",
  cvc: "123",
  ...over,
});

describe("payWithTestCard", () => {
  it("pays with 4242 4242 4242 4242 through the confirmation path, and again is a no-op", async () => {
    const { order, shopper, cart } = await placedOrder(shops);
    expect(await payWithTestCard(shopper, undefined, order.id, card("4242 4242 4242 4242"))).toBe("paid");
    const paid = await getDb().order.findUniqueOrThrow({ where: { id: order.id } });
    expect(paid.status).toBe("PAID");
    expect(await getDb().ledgerEntry.count({ where: { shopOrder: { orderId: order.id } } })).toBe(6);
    const before = await paymentSnapshot(order.id, cart.id);
    expect(await payWithTestCard(shopper, undefined, order.id, card("4242424242424242"))).toBe("paid");
    expect(await paymentSnapshot(order.id, cart.id)).toEqual(before);
  });

  it("declines 4000 0000 0000 0002: no order left, stock back, cart intact", async () => {
    const { order, shopper, cart } = await placedOrder(shops);
    expect(await payWithTestCard(shopper, undefined, order.id, card("4000 0000 0000 0002"))).toBe("declined");
    expect(await getDb().order.count({ where: { id: order.id } })).toBe(0);
    expect((await getDb().product.findUniqueOrThrow({ where: { id: shops.bread.id } })).stock).toBe(10);
    expect(await getDb().cartLine.count({ where: { cartId: cart.id } })).toBe(3);
  });

  it("lets a guest pay with the order's access cookie", async () => {
    const { order } = await placedOrder(shops, { shopper: null });
    expect(await payWithTestCard(null, order.accessToken!, order.id, card("4242 4242 4242 4242"))).toBe("paid");
  });

  it.each([
    ["a number failing the checksum", card("4242 4242 4242 4241"), { cardNumber: "orders.pay.errors.cardNumber" }],
    [
      "a valid number that is not a test card",
      card("5555 5555 5555 4444"),
      { cardNumber: "orders.pay.errors.unknownCard" },
    ],
    ["an expired card", card("4242 4242 4242 4242", { expiry: "01/20" }), { expiry: "orders.pay.errors.expiry" }],
    ["a missing CVC", card("4242 4242 4242 4242", { cvc: "" }), { cvc: "orders.pay.errors.cvc" }],
    [
      "a declined card with a bad expiry",
      card("4000 0000 0000 0002", { expiry: "99" }),
      { expiry: "orders.pay.errors.expiry" },
    ],
  ])("refuses %s, nothing changed", async (_label, input, fieldErrors) => {
    const { order, shopper, cart } = await placedOrder(shops);
    const before = await paymentSnapshot(order.id, cart.id);
    expect(await refusal(payWithTestCard(shopper, undefined, order.id, input))).toMatchObject({
      code: "VALIDATION",
      fieldErrors,
    });
    expect(await paymentSnapshot(order.id, cart.id)).toEqual(before);
  });

  it("refuses an order handed to Stripe", async () => {
    const { order, shopper, cart } = await placedOrder(shops, { provider: "stripe" });
    const before = await paymentSnapshot(order.id, cart.id);
    expect(await refusal(payWithTestCard(shopper, undefined, order.id, card("4242 4242 4242 4242")))).toMatchObject({
      code: "CONFLICT",
    });
    expect(await paymentSnapshot(order.id, cart.id)).toEqual(before);
  });

  describe("who may pay", () => {
    const cases: [
      string,
      (ctx: { shopper: Actor | null; token: string }) => Promise<[Actor | null, string | undefined]>,
    ][] = [
      ["signed out, no cookie", async () => [null, undefined]],
      ["another shopper", async () => [await createUser("SHOPPER"), undefined]],
      ["the shop's vendor", async () => [shops.bakerVendor, undefined]],
      ["an operator", async () => [await createUser("OPERATOR"), undefined]],
      ["someone else holding the guest token of another order", async ({ token }) => [null, token]],
    ];
    it.each(cases)("%s → NOT_FOUND, nothing changed", async (_label, who) => {
      const { order, cart } = await placedOrder(shops);
      const other = await placedOrder(shops, { shopper: null });
      const [actor, cookie] = await who({ shopper: null, token: other.order.accessToken! });
      const before = await paymentSnapshot(order.id, cart.id);
      expect(await refusal(payWithTestCard(actor, cookie, order.id, card("4242 4242 4242 4242")))).toMatchObject({
        code: "NOT_FOUND",
      });
      expect(await refusal(payWithTestCard(actor, cookie, order.id, card("4000 0000 0000 0002")))).toMatchObject({
        code: "NOT_FOUND",
      });
      expect(await paymentSnapshot(order.id, cart.id)).toEqual(before);
    });

    it("a guest order with a wrong cookie → NOT_FOUND", async () => {
      const { order, cart } = await placedOrder(shops, { shopper: null });
      const before = await paymentSnapshot(order.id, cart.id);
      expect(await refusal(payWithTestCard(null, "x".repeat(32), order.id, card("4242 4242 4242 4242")))).toMatchObject(
        { code: "NOT_FOUND" },
      );
      expect(
        await refusal(payWithTestCard(await createUser("SHOPPER"), undefined, order.id, card("4242 4242 4242 4242"))),
      ).toMatchObject({ code: "NOT_FOUND" });
      expect(await paymentSnapshot(order.id, cart.id)).toEqual(before);
    });

    it("an unknown order → NOT_FOUND", async () => {
      expect(await refusal(payWithTestCard(null, undefined, "nope", card("4242 4242 4242 4242")))).toMatchObject({
        code: "NOT_FOUND",
      });
    });
  });
});
