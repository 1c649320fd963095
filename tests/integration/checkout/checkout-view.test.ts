import { beforeAll, describe, expect, it } from "vitest";
import { EMPTY_DRAFT, NEW_ADDRESS, type CheckoutDraft } from "@/lib/checkout/checkout-draft";
import { getCheckoutView } from "@/lib/checkout/get-checkout-view";
import { getDb } from "@/lib/db";
import { cartWith, createUser, lyonShop, marketplace, product } from "./place-order-fixtures";

beforeAll(async () => {
  await marketplace();
});

const typed = (postalCode: string, city: string): CheckoutDraft => ({
  ...EMPTY_DRAFT,
  addressId: NEW_ADDRESS,
  address: { name: "", line1: "1 rue de Rivoli", line2: "", postalCode, city },
});

async function courierCart(userId?: string) {
  const { shop } = await lyonShop({ name: "Coursier lyonnais" });
  const item = await product(shop.id, { priceAmount: 500 });
  const cart = await cartWith(
    { lines: [{ productId: item.id, quantity: 1 }], choices: [{ shopId: shop.id, deliveryMethod: "LOCAL_COURIER" }] },
    userId,
  );
  return { shop, cart };
}

describe("getCheckoutView", () => {
  it("flags a courier out of its radius at the typed address before anyone clicks Pay", async () => {
    const { cart } = await courierCart();
    const view = await getCheckoutView(null, cart.guestToken, typed("75001", "Paris"));
    expect(view?.destination).toEqual({ kind: "known", place: "75001 Paris" });
    expect(view?.totals.parts[0].deliveryProblem).toBe("OUT_OF_RADIUS");
    expect(view?.blocker).toEqual({ reason: "COURIER_OUT_OF_RADIUS", names: ["Coursier lyonnais"] });
    expect(view?.totals.deliveryAddressNeeded).toBe(true);

    // Within the radius, nothing against paying; with no address yet, the shopper may still type one and pay.
    expect((await getCheckoutView(null, cart.guestToken, typed("69002", "Lyon")))?.blocker).toBeNull();
    const unknown = await getCheckoutView(null, cart.guestToken, EMPTY_DRAFT);
    expect(unknown?.totals.parts[0].deliveryProblem).toBe("ADDRESS_NEEDED");
    expect(unknown?.blocker).toBeNull();
  });

  it("flags it for a saved address chosen by default too", async () => {
    const shopper = await createUser("SHOPPER");
    await getDb().address.create({
      data: {
        userId: shopper.id,
        name: "Paris",
        line1: "1 rue de Rivoli",
        postalCode: "75001",
        city: "Paris",
        latitude: 48.86,
        longitude: 2.34,
      },
    });
    await courierCart(shopper.id);
    const view = await getCheckoutView(shopper, undefined, EMPTY_DRAFT);
    expect(view?.blocker).toEqual({ reason: "COURIER_OUT_OF_RADIUS", names: ["Coursier lyonnais"] });
  });

  it("asks for no address when every part is click & collect", async () => {
    const { shop } = await lyonShop();
    const item = await product(shop.id, { priceAmount: 500 });
    const cart = await cartWith({
      lines: [{ productId: item.id, quantity: 1 }],
      choices: [{ shopId: shop.id, deliveryMethod: "CLICK_AND_COLLECT" }],
    });
    const view = await getCheckoutView(null, cart.guestToken, EMPTY_DRAFT);
    expect(view?.totals.deliveryAddressNeeded).toBe(false);
    expect(view?.blocker).toBeNull();
  });
});
