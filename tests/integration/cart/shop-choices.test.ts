import { describe, expect, it } from "vitest";
import { addToCart } from "@/lib/cart/add-to-cart";
import { loadCart } from "@/lib/cart/load-cart";
import { setShopDelivery } from "@/lib/cart/set-shop-delivery";
import { setShopNote } from "@/lib/cart/set-shop-note";
import { cartSnapshot, guest, product, refusal, shopOnSale, shopper } from "./cart-fixtures";

async function cartAtOneShop(shopData = {}) {
  const { shop, parcel } = await shopOnSale(shopData);
  const honey = await product(shop.id, { shippingClassId: parcel.id });
  const owner = await shopper();
  await addToCart(owner, honey.id, 1);
  return { shop, owner };
}

describe("setShopDelivery", () => {
  it("records the method the shop offers, and a change of mind", async () => {
    const { shop, owner } = await cartAtOneShop();
    expect(await setShopDelivery(owner, shop.id, "POSTAL")).toEqual({ method: "POSTAL" });
    let group = (await loadCart(owner, null))!.groups[0];
    expect(group.deliveryMethod).toBe("POSTAL");
    expect(group.quotes.find((quote) => quote.method === "POSTAL")).toMatchObject({ available: true, feeAmount: 690 });

    await setShopDelivery(owner, shop.id, "CLICK_AND_COLLECT");
    group = (await loadCart(owner, null))!.groups[0];
    expect(group.deliveryMethod).toBe("CLICK_AND_COLLECT");
  });

  it("takes a double submit without failing", async () => {
    const { shop, owner } = await cartAtOneShop();
    await Promise.all([
      setShopDelivery(owner, shop.id, "POSTAL"),
      setShopDelivery(owner, shop.id, "POSTAL"),
      setShopNote(owner, shop.id, "Bonjour"),
    ]);
    expect((await loadCart(owner, null))!.groups[0]).toMatchObject({ deliveryMethod: "POSTAL", note: "Bonjour" });
  });

  it("accepts the courier before the address is known (the radius is checked at checkout)", async () => {
    const { shop, owner } = await cartAtOneShop({
      courierEnabled: true,
      courierRadiusKm: 5,
      latitude: 45.76,
      longitude: 4.83,
    });
    await setShopDelivery(owner, shop.id, "LOCAL_COURIER");
    expect((await loadCart(owner, null))!.groups[0].deliveryMethod).toBe("LOCAL_COURIER");
  });

  it.each([
    ["a method the shop does not offer", "LOCAL_COURIER", "VALIDATION"],
    ["an unknown method", "TELEPORT", "VALIDATION"],
    ["no method", "", "VALIDATION"],
  ])("refuses %s, changing nothing", async (_case, method, code) => {
    const { shop, owner } = await cartAtOneShop();
    const before = await cartSnapshot();
    expect((await refusal(setShopDelivery(owner, shop.id, method))).code).toBe(code);
    expect(await cartSnapshot()).toEqual(before);
  });

  it("refuses postal shipping for a product whose class has no postal fee", async () => {
    const { shop } = await shopOnSale();
    const { getDb } = await import("@/lib/db");
    const courierOnly = await getDb().shippingClass.create({
      data: { shopId: shop.id, name: "Frais", fees: { LOCAL_COURIER: 300 } },
    });
    const cheese = await product(shop.id, { shippingClassId: courierOnly.id });
    const owner = guest();
    await addToCart(owner, cheese.id, 1);
    const before = await cartSnapshot();
    expect(await refusal(setShopDelivery(owner, shop.id, "POSTAL"))).toMatchObject({
      code: "VALIDATION",
      fieldErrors: { method: "cart.errors.methodNotOffered" },
    });
    expect(await cartSnapshot()).toEqual(before);
  });

  it("refuses a shop that is not in the owner's cart, changing nothing", async () => {
    const { shop, owner } = await cartAtOneShop();
    const { shop: other } = await shopOnSale();
    const bob = await shopper();
    const before = await cartSnapshot();
    expect((await refusal(setShopDelivery(owner, other.id, "CLICK_AND_COLLECT"))).code).toBe("NOT_FOUND");
    expect((await refusal(setShopDelivery(bob, shop.id, "CLICK_AND_COLLECT"))).code).toBe("NOT_FOUND");
    expect((await refusal(setShopDelivery(guest(), shop.id, "CLICK_AND_COLLECT"))).code).toBe("NOT_FOUND");
    expect(await cartSnapshot()).toEqual(before);
  });
});

describe("setShopNote", () => {
  it("records the note, trimmed, keeps the delivery choice, and clears it when empty", async () => {
    const { shop, owner } = await cartAtOneShop();
    await setShopDelivery(owner, shop.id, "CLICK_AND_COLLECT");
    expect(await setShopNote(owner, shop.id, "  Je passe samedi matin  ")).toEqual({ note: "Je passe samedi matin" });
    let group = (await loadCart(owner, null))!.groups[0];
    expect(group).toMatchObject({ note: "Je passe samedi matin", deliveryMethod: "CLICK_AND_COLLECT" });

    await setShopNote(owner, shop.id, "");
    group = (await loadCart(owner, null))!.groups[0];
    expect(group).toMatchObject({ note: null, deliveryMethod: "CLICK_AND_COLLECT" });
  });

  it("accepts 500 characters and refuses 501, changing nothing", async () => {
    const { shop, owner } = await cartAtOneShop();
    await setShopNote(owner, shop.id, "é".repeat(500));
    const before = await cartSnapshot();
    expect(await refusal(setShopNote(owner, shop.id, "a".repeat(501)))).toMatchObject({
      code: "VALIDATION",
      fieldErrors: { note: "cart.errors.noteTooLong" },
    });
    // Deliberately malformed, as a forged POST would be.
    expect(await refusal(setShopNote(owner, shop.id, 42 as unknown as string))).toMatchObject({ code: "VALIDATION" });
    expect(await cartSnapshot()).toEqual(before);
  });

  it("refuses a shop that is not in the owner's cart, changing nothing", async () => {
    const { shop } = await cartAtOneShop();
    const bob = await shopper();
    const before = await cartSnapshot();
    expect((await refusal(setShopNote(bob, shop.id, "Bonjour"))).code).toBe("NOT_FOUND");
    expect((await refusal(setShopNote(guest(), shop.id, "Bonjour"))).code).toBe("NOT_FOUND");
    expect(await cartSnapshot()).toEqual(before);
  });
});
