import { beforeAll, describe, expect, it } from "vitest";
import { getDb } from "@/lib/db";
import { productFieldsSchema } from "@/lib/catalog/product-schema";
import { MAX_LINE_AMOUNT, MAX_ORDER_AMOUNT, MAX_UNIT_PRICE_AMOUNT } from "@/lib/money/amount-limits";
import { placeOrder } from "@/lib/orders/place-order";
import {
  cartWith,
  checkoutForm,
  checkoutSnapshot,
  lyonShop,
  marketplace,
  product,
  refusal,
} from "./place-order-fixtures";

// No amount may overflow a 32-bit column (docs/security.md, "Correctness at the edges"): prices are
// capped, and an order over MAX_ORDER_AMOUNT is refused with its own message, nothing written.
beforeAll(async () => {
  await marketplace();
});

async function bigCart(prices: number[], quantity: number) {
  const { shop } = await lyonShop({ name: "Joaillerie" });
  const products = [];
  for (const priceAmount of prices) products.push(await product(shop.id, { priceAmount, stock: 500 }));
  const cart = await cartWith({
    lines: products.map((p) => ({ productId: p.id, quantity })),
    choices: [{ shopId: shop.id, deliveryMethod: "CLICK_AND_COLLECT" }],
  });
  return { products, cart };
}

describe("the amount limits", () => {
  it("refuses 99 × 1,000,000.00 cleanly at checkout: its own message, nothing written", async () => {
    const { products, cart } = await bigCart([100_000_000], 99);
    const ids = products.map((p) => p.id);
    const before = await checkoutSnapshot(ids);

    const error = await refusal(placeOrder(null, { ...checkoutForm(9_900_000_000), guestToken: cart.guestToken }));
    expect(error).toMatchObject({ code: "VALIDATION", fieldErrors: { form: "security.edges.orderTooLarge" } });
    expect(await checkoutSnapshot(ids)).toEqual(before);
    expect(await getDb().cartLine.count({ where: { cartId: cart.cartId } })).toBe(1);
  });

  it("refuses an order whose lines fit but whose total is over MAX_ORDER_AMOUNT, nothing written", async () => {
    const { products, cart } = await bigCart([MAX_UNIT_PRICE_AMOUNT, MAX_UNIT_PRICE_AMOUNT], 3);
    const ids = products.map((p) => p.id);
    const before = await checkoutSnapshot(ids);
    const total = 2 * 3 * MAX_UNIT_PRICE_AMOUNT;
    expect(3 * MAX_UNIT_PRICE_AMOUNT).toBeLessThanOrEqual(MAX_LINE_AMOUNT);
    expect(total).toBeGreaterThan(MAX_ORDER_AMOUNT);

    const error = await refusal(placeOrder(null, { ...checkoutForm(total), guestToken: cart.guestToken }));
    expect(error).toMatchObject({ code: "VALIDATION", fieldErrors: { form: "security.edges.orderTooLarge" } });
    expect(await checkoutSnapshot(ids)).toEqual(before);
  });

  it("places the largest order (5 × the highest price): every amount fits its column", async () => {
    const { cart } = await bigCart([MAX_UNIT_PRICE_AMOUNT], MAX_ORDER_AMOUNT / MAX_UNIT_PRICE_AMOUNT);
    const placed = await placeOrder(null, { ...checkoutForm(MAX_LINE_AMOUNT), guestToken: cart.guestToken });
    const order = await getDb().order.findUniqueOrThrow({
      where: { id: placed.orderId },
      include: { shopOrders: { include: { lines: true } } },
    });
    expect(order.totalAmount).toBe(MAX_LINE_AMOUNT);
    expect(order.shopOrders[0].lines[0].lineAmount).toBe(MAX_LINE_AMOUNT);
    expect(MAX_LINE_AMOUNT).toBeLessThanOrEqual(MAX_ORDER_AMOUNT);
    expect(2 * MAX_ORDER_AMOUNT).toBeLessThan(2 ** 31);
  });

  it("refuses a product price over MAX_UNIT_PRICE_AMOUNT with its own message", () => {
    const schema = productFieldsSchema("fr");
    const parse = (price: string) => schema.safeParse({ title: "Bague", price });
    expect(parse("2000000,00").success).toBe(true);
    const over = parse("2000000,01");
    expect(over.success).toBe(false);
    expect(over.error?.issues.map((issue) => issue.message)).toContain("security.edges.priceTooHigh");
    expect(parse("9999999").error?.issues.map((issue) => issue.message)).toContain("security.edges.priceTooHigh");
  });
});
