import { describe, expect, it } from "vitest";
import { addToCart } from "@/lib/cart/add-to-cart";
import type { AddToCartInput } from "@/lib/cart/schemas";
import { countCartItems } from "@/lib/cart/count-cart-items";
import { CartStockError } from "@/lib/cart/cart-stock-error";
import { getDb } from "@/lib/db";
import { cartSnapshot, guest, linesOf, product, refusal, shopOnSale, shopper } from "./cart-fixtures";

describe("addToCart", () => {
  it("creates the cart on first use, then increases the product's line", async () => {
    const { shop } = await shopOnSale();
    const honey = await product(shop.id, { stock: 10 });
    const owner = await shopper();

    const first = await addToCart(owner, honey.id, "2");
    expect(first).toMatchObject({ quantity: 2, itemCount: 2 });
    const second = await addToCart(owner, honey.id, 3);
    expect(second).toMatchObject({ lineId: first.lineId, quantity: 5, itemCount: 5 });

    expect(await linesOf(owner)).toEqual([{ id: first.lineId, productId: honey.id, quantity: 5 }]);
    expect(await countCartItems(owner)).toBe(5);
  });

  it("holds products of several shops in one cart, and products whose stock is not tracked", async () => {
    const { shop: bakery } = await shopOnSale();
    const { shop: bookshop } = await shopOnSale();
    const bread = await product(bakery.id, { stockTracked: false, stock: 0 });
    const book = await product(bookshop.id, { stock: 1 });
    const owner = guest();

    await addToCart(owner, bread.id, 40);
    await addToCart(owner, book.id, 1);
    expect((await linesOf(owner)).map((line) => [line.productId, line.quantity])).toEqual([
      [bread.id, 40],
      [book.id, 1],
    ]);
    expect(await getDb().cart.count({ where: { guestToken: owner.guestToken } })).toBe(1);
  });

  it.each([0, -1, 1000, "abc", "", "1.5", "2e1", null])(
    "refuses the quantity %j and writes nothing",
    async (quantity) => {
      const { shop } = await shopOnSale();
      const honey = await product(shop.id);
      const owner = await shopper();
      const before = await cartSnapshot();

      // null is deliberately malformed, as a forged POST would be.
      const error = await refusal(addToCart(owner, honey.id, quantity as AddToCartInput["quantity"]));
      expect(error.code).toBe("VALIDATION");
      expect(error.fieldErrors.quantity).toBe("cart.errors.quantity");
      expect(await cartSnapshot()).toEqual(before);
    },
  );

  it("refuses a product that is not on sale: unknown, draft, archived, in a suspended or pending shop, hidden when sold out", async () => {
    const { shop } = await shopOnSale();
    const { shop: suspended } = await shopOnSale({ status: "SUSPENDED" });
    const { shop: pending } = await shopOnSale({ status: "PENDING" });
    const candidates = [
      "unknown-product-id",
      (await product(shop.id, { status: "DRAFT" })).id,
      (await product(shop.id, { status: "ARCHIVED" })).id,
      (await product(suspended.id)).id,
      (await product(pending.id)).id,
      (await product(shop.id, { stock: 0, hideWhenOutOfStock: true })).id,
    ];
    const owner = await shopper();
    const before = await cartSnapshot();
    for (const productId of candidates) {
      const error = await refusal(addToCart(owner, productId, 1));
      expect(error.code, productId).toBe("NOT_FOUND");
    }
    expect(await cartSnapshot()).toEqual(before);
  });

  it("keeps the line within the stock and says how many are left", async () => {
    const { shop } = await shopOnSale();
    const honey = await product(shop.id, { stock: 3 });
    const owner = await shopper();
    await addToCart(owner, honey.id, 2);
    const before = await cartSnapshot();

    const error = await addToCart(owner, honey.id, 2).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(CartStockError);
    expect(error).toMatchObject({ code: "OUT_OF_STOCK", available: 3, inCart: 2 });
    expect(await cartSnapshot()).toEqual(before);

    await addToCart(owner, honey.id, 1);
    expect((await linesOf(owner))[0].quantity).toBe(3);
  });

  it("refuses a sold-out product with 0 available", async () => {
    const { shop } = await shopOnSale();
    const honey = await product(shop.id, { stock: 0 });
    const owner = guest();
    const before = await cartSnapshot();
    const error = await addToCart(owner, honey.id, 1).catch((caught: unknown) => caught);
    expect(error).toMatchObject({ code: "OUT_OF_STOCK", available: 0, inCart: 0 });
    expect(await cartSnapshot()).toEqual(before);
  });

  it("keeps a line at 99 at most", async () => {
    const { shop } = await shopOnSale();
    const bread = await product(shop.id, { stockTracked: false });
    const owner = await shopper();
    await addToCart(owner, bread.id, 98);
    const before = await cartSnapshot();
    const error = await refusal(addToCart(owner, bread.id, 2));
    expect(error).toMatchObject({ code: "VALIDATION", fieldErrors: { quantity: "cart.errors.lineMax" } });
    expect(await cartSnapshot()).toEqual(before);
  });

  it("keeps guests' and users' carts apart", async () => {
    const { shop } = await shopOnSale();
    const honey = await product(shop.id);
    const alice = await shopper();
    const bob = await shopper();
    const visitor = guest();
    await addToCart(alice, honey.id, 1);
    await addToCart(bob, honey.id, 2);
    await addToCart(visitor, honey.id, 3);
    expect([
      await countCartItems(alice),
      await countCartItems(bob),
      await countCartItems(visitor),
      await countCartItems(guest()),
    ]).toEqual([1, 2, 3, 0]);
    expect(await countCartItems(null)).toBe(0);
  });

  it("never lets concurrent adds take a line past the stock", async () => {
    const { shop } = await shopOnSale();
    const honey = await product(shop.id, { stock: 3 });
    const owner = guest();
    const results = await Promise.allSettled(Array.from({ length: 6 }, () => addToCart(owner, honey.id, 1)));
    const added = results.filter((result) => result.status === "fulfilled").length;
    const refused = results.filter((result): result is PromiseRejectedResult => result.status === "rejected");
    for (const { reason } of refused) expect(reason).toMatchObject({ code: "OUT_OF_STOCK" });
    expect(added).toBe(3);
    expect((await linesOf(owner))[0].quantity).toBe(3);
  });
});
