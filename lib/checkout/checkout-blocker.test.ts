import { describe, expect, it } from "vitest";
import type { CartShopGroup, CartView } from "@/lib/cart/load-cart";
import { findCheckoutBlocker } from "./checkout-blocker";
import { computeCheckoutTotals } from "./checkout-totals";
import type { ShippingQuote } from "./rules/shipping-fee";

const group = (shopName: string, method: CartShopGroup["deliveryMethod"], quotes: ShippingQuote[]): CartShopGroup =>
  ({
    shopId: shopName,
    shopName,
    itemsAmount: 500,
    deliveryMethod: method,
    quotes,
    lines: [],
    shopApproved: true,
  }) as unknown as CartShopGroup;
const totalsOf = (...groups: CartShopGroup[]) =>
  computeCheckoutTotals({ id: "c", groups, lineCount: 1, itemCount: 1, currency: "EUR" } satisfies CartView);

const collect = group("Miellerie", "CLICK_AND_COLLECT", [
  { available: true, method: "CLICK_AND_COLLECT", feeAmount: 0, postageDue: false, freeByThreshold: false },
]);

describe("findCheckoutBlocker", () => {
  it("nothing against a buyable cart", () => {
    expect(findCheckoutBlocker(totalsOf(collect))).toBeNull();
  });

  it("a courier out of its radius at the address is a refusal naming the shop, on the page as in placeOrder", () => {
    const far = group("Fournil", "LOCAL_COURIER", [
      { available: false, method: "LOCAL_COURIER", reason: "OUT_OF_RADIUS" },
    ]);
    const expected = { reason: "COURIER_OUT_OF_RADIUS", names: ["Fournil"] };
    expect(findCheckoutBlocker(totalsOf(collect, far))).toEqual(expected);
    expect(findCheckoutBlocker(totalsOf(collect, far), { addressPending: true })).toEqual(expected);
  });

  it("a courier waiting for an address blocks placeOrder, not the page (the shopper types it and pays)", () => {
    const waiting = group("Fournil", "LOCAL_COURIER", [
      { available: false, method: "LOCAL_COURIER", reason: "ADDRESS_NEEDED" },
    ]);
    expect(findCheckoutBlocker(totalsOf(waiting), { addressPending: true })).toBeNull();
    expect(findCheckoutBlocker(totalsOf(waiting))).toEqual({ reason: "COURIER_OUT_OF_RADIUS", names: ["Fournil"] });
  });

  it("a shop without a method, or a method no longer offered", () => {
    expect(findCheckoutBlocker(totalsOf(group("Sans choix", null, [])))).toEqual({
      reason: "DELIVERY_METHOD_MISSING",
      names: ["Sans choix"],
    });
    const gone = group("Poste", "POSTAL", [{ available: false, method: "POSTAL", reason: "NOT_OFFERED" }]);
    expect(findCheckoutBlocker(totalsOf(gone), { addressPending: true })).toEqual({
      reason: "DELIVERY_UNAVAILABLE",
      names: ["Poste"],
    });
  });
});
