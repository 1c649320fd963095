import { describe, expect, it } from "vitest";
import { addToCart } from "@/lib/cart/add-to-cart";
import { mergeGuestCart } from "@/lib/cart/merge-guest-cart";
import { setShopDelivery } from "@/lib/cart/set-shop-delivery";
import { setShopNote } from "@/lib/cart/set-shop-note";
import { getDb } from "@/lib/db";
import { cartSnapshot, guest, linesOf, product, shopOnSale, shopper } from "./cart-fixtures";

const tokenOf = (owner: ReturnType<typeof guest>) => owner.guestToken;

describe("mergeGuestCart", () => {
  it("gives the guest cart to a user who has none (sign-up), choices and notes included", async () => {
    const { shop } = await shopOnSale();
    const honey = await product(shop.id);
    const visitor = guest();
    await addToCart(visitor, honey.id, 2);
    await setShopDelivery(visitor, shop.id, "CLICK_AND_COLLECT");
    await setShopNote(visitor, shop.id, "Samedi matin");
    const user = await shopper();

    expect(await mergeGuestCart(tokenOf(visitor), user.userId)).toEqual({ merged: true, lineCount: 1 });
    expect((await linesOf(user)).map((line) => line.quantity)).toEqual([2]);
    const cart = await getDb().cart.findUniqueOrThrow({
      where: { userId: user.userId },
      select: { guestToken: true, shopChoices: { select: { deliveryMethod: true, note: true } } },
    });
    expect(cart).toEqual({
      guestToken: null,
      shopChoices: [{ deliveryMethod: "CLICK_AND_COLLECT", note: "Samedi matin" }],
    });
    expect(await linesOf(visitor)).toEqual([]);
  });

  it("sums quantities, caps them by the stock, adds new lines, drops what cannot be bought, deletes the guest cart", async () => {
    const { shop } = await shopOnSale();
    const honey = await product(shop.id, { stock: 5 });
    const jam = await product(shop.id, { stock: 10 });
    const bread = await product(shop.id, { stockTracked: false });
    const gone = await product(shop.id, { stock: 4 });
    const user = await shopper();
    await addToCart(user, honey.id, 3);
    await addToCart(user, bread.id, 1);
    const visitor = guest();
    await addToCart(visitor, honey.id, 4);
    await addToCart(visitor, jam.id, 2);
    await addToCart(visitor, bread.id, 5);
    await addToCart(visitor, gone.id, 1);
    await getDb().product.update({ where: { id: gone.id }, data: { status: "DRAFT" } });

    expect(await mergeGuestCart(tokenOf(visitor), user.userId)).toEqual({ merged: true, lineCount: 3 });
    const quantities = Object.fromEntries((await linesOf(user)).map((line) => [line.productId, line.quantity]));
    expect(quantities).toEqual({ [honey.id]: 5, [bread.id]: 6, [jam.id]: 2 });
    expect(await getDb().cart.count({ where: { guestToken: tokenOf(visitor) } })).toBe(0);
  });

  it("never lowers what the user's cart already held when the stock fell meanwhile", async () => {
    const { shop } = await shopOnSale();
    const honey = await product(shop.id, { stock: 5 });
    const user = await shopper();
    await addToCart(user, honey.id, 4);
    const visitor = guest();
    await addToCart(visitor, honey.id, 1);
    await getDb().product.update({ where: { id: honey.id }, data: { stock: 2 } });
    await mergeGuestCart(tokenOf(visitor), user.userId);
    expect((await linesOf(user))[0].quantity).toBe(4);
  });

  it("keeps the user's own choices and fills only the missing ones", async () => {
    const { shop } = await shopOnSale();
    const { shop: other } = await shopOnSale();
    const honey = await product(shop.id);
    const book = await product(other.id);
    const user = await shopper();
    await addToCart(user, honey.id, 1);
    await setShopDelivery(user, shop.id, "POSTAL");
    const visitor = guest();
    await addToCart(visitor, honey.id, 1);
    await addToCart(visitor, book.id, 1);
    await setShopDelivery(visitor, shop.id, "CLICK_AND_COLLECT");
    await setShopNote(visitor, shop.id, "Sonnez deux fois");
    await setShopDelivery(visitor, other.id, "CLICK_AND_COLLECT");

    await mergeGuestCart(tokenOf(visitor), user.userId);
    const choices = await getDb().cartShopChoice.findMany({
      where: { cart: { userId: user.userId } },
      select: { shopId: true, deliveryMethod: true, note: true },
    });
    expect(choices).toHaveLength(2);
    expect(choices).toContainEqual({ shopId: shop.id, deliveryMethod: "POSTAL", note: "Sonnez deux fois" });
    expect(choices).toContainEqual({ shopId: other.id, deliveryMethod: "CLICK_AND_COLLECT", note: null });
  });

  it("is idempotent: a second merge, or a merge of an unknown token, changes nothing", async () => {
    const { shop } = await shopOnSale();
    const honey = await product(shop.id);
    const user = await shopper();
    await addToCart(user, honey.id, 1);
    const visitor = guest();
    await addToCart(visitor, honey.id, 2);

    await mergeGuestCart(tokenOf(visitor), user.userId);
    const after = await cartSnapshot();
    expect(await mergeGuestCart(tokenOf(visitor), user.userId)).toEqual({ merged: false, lineCount: 0 });
    expect(await mergeGuestCart(tokenOf(guest()), user.userId)).toEqual({ merged: false, lineCount: 0 });
    expect(await cartSnapshot()).toEqual(after);
    expect((await linesOf(user))[0].quantity).toBe(3);
  });

  it("merges once when two sign-ins race", async () => {
    const { shop } = await shopOnSale();
    const honey = await product(shop.id, { stock: 50 });
    const user = await shopper();
    await addToCart(user, honey.id, 1);
    const visitor = guest();
    await addToCart(visitor, honey.id, 2);

    const results = await Promise.all([
      mergeGuestCart(tokenOf(visitor), user.userId),
      mergeGuestCart(tokenOf(visitor), user.userId),
    ]);
    expect(results.filter((result) => result.merged)).toHaveLength(1);
    expect((await linesOf(user))[0].quantity).toBe(3);
  });
});
