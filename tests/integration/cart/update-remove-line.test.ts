import { describe, expect, it } from "vitest";
import { addToCart } from "@/lib/cart/add-to-cart";
import { removeCartLine } from "@/lib/cart/remove-cart-line";
import { updateCartLine } from "@/lib/cart/update-cart-line";
import { getDb } from "@/lib/db";
import { cartSnapshot, guest, linesOf, product, refusal, shopOnSale, shopper } from "./cart-fixtures";

async function cartWithHoney(stock = 10) {
  const { shop } = await shopOnSale();
  const honey = await product(shop.id, { stock });
  const owner = await shopper();
  const { lineId } = await addToCart(owner, honey.id, 2);
  return { shop, honey, owner, lineId };
}

describe("updateCartLine", () => {
  it("sets the quantity, and 0 removes the line", async () => {
    const { owner, lineId } = await cartWithHoney();
    expect(await updateCartLine(owner, lineId, "7")).toEqual({ lineId, quantity: 7 });
    expect((await linesOf(owner))[0].quantity).toBe(7);
    expect(await updateCartLine(owner, lineId, 0)).toEqual({ lineId, removed: true });
    expect(await linesOf(owner)).toEqual([]);
  });

  it.each([-1, 100, 1000, "abc", "", "2.5"])("refuses the quantity %j and changes nothing", async (quantity) => {
    const { owner, lineId } = await cartWithHoney();
    const before = await cartSnapshot();
    const error = await refusal(updateCartLine(owner, lineId, quantity));
    expect(error).toMatchObject({ code: "VALIDATION", fieldErrors: { quantity: "cart.errors.quantity" } });
    expect(await cartSnapshot()).toEqual(before);
  });

  it("keeps the quantity within the stock, but always lets it go down", async () => {
    const { honey, owner, lineId } = await cartWithHoney(4);
    const before = await cartSnapshot();
    const error = await updateCartLine(owner, lineId, 5).catch((caught: unknown) => caught);
    expect(error).toMatchObject({ code: "OUT_OF_STOCK", available: 4, inCart: 2 });
    expect(await cartSnapshot()).toEqual(before);

    // The stock fell under the cart's quantity: lowering is allowed even above the stock.
    await updateCartLine(owner, lineId, 4);
    await getDb().product.update({ where: { id: honey.id }, data: { stock: 1 } });
    await updateCartLine(owner, lineId, 3);
    expect((await linesOf(owner))[0].quantity).toBe(3);
    expect(await refusal(updateCartLine(owner, lineId, 4))).toMatchObject({ code: "OUT_OF_STOCK" });
  });

  it("refuses someone else's line, an unknown line, and a guest's line for a user, changing nothing", async () => {
    const { honey, lineId: alicesLine } = await cartWithHoney();
    const visitor = guest();
    const { lineId: visitorsLine } = await addToCart(visitor, honey.id, 1);
    const bob = await shopper();
    await addToCart(bob, honey.id, 1);
    const before = await cartSnapshot();

    for (const [owner, lineId] of [
      [bob, alicesLine],
      [bob, visitorsLine],
      [visitor, alicesLine],
      [guest(), visitorsLine],
      [bob, "no-such-line"],
    ] as const) {
      expect((await refusal(updateCartLine(owner, lineId, 1))).code).toBe("NOT_FOUND");
      expect((await refusal(updateCartLine(owner, lineId, 0))).code).toBe("NOT_FOUND");
    }
    expect(await cartSnapshot()).toEqual(before);
  });
});

describe("removeCartLine", () => {
  it("removes the line and says what it held (for an undo)", async () => {
    const { honey, owner, lineId } = await cartWithHoney();
    expect(await removeCartLine(owner, lineId)).toEqual({ productId: honey.id, quantity: 2 });
    expect(await linesOf(owner)).toEqual([]);
  });

  it("refuses someone else's line and an unknown one, changing nothing", async () => {
    const { lineId } = await cartWithHoney();
    const bob = await shopper();
    const before = await cartSnapshot();
    for (const [owner, id] of [
      [bob, lineId],
      [guest(), lineId],
      [bob, ""],
      [bob, "x".repeat(65)],
    ] as const) {
      expect(["NOT_FOUND", "VALIDATION"]).toContain((await refusal(removeCartLine(owner, id))).code);
    }
    expect((await refusal(removeCartLine(bob, lineId))).code).toBe("NOT_FOUND");
    expect(await cartSnapshot()).toEqual(before);
  });
});
