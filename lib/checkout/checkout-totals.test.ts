import { describe, expect, it } from "vitest";
import type { CartShopGroup, CartView } from "@/lib/cart/load-cart";
import { computeCheckoutTotals } from "./checkout-totals";
import type { ShippingQuote } from "./rules/shipping-fee";

const group = (
  shopId: string,
  itemsAmount: number,
  deliveryMethod: CartShopGroup["deliveryMethod"],
  quotes: ShippingQuote[],
): CartShopGroup =>
  ({
    shopId,
    shopName: shopId,
    itemsAmount,
    deliveryMethod,
    quotes,
    lines: [],
    shopApproved: true,
  }) as unknown as CartShopGroup;
const cart = (...groups: CartShopGroup[]): CartView => ({
  id: "c",
  groups,
  lineCount: groups.length,
  itemCount: groups.length,
  currency: "EUR",
});

describe("computeCheckoutTotals", () => {
  it("items plus each shop's chosen delivery fee; postage due on delivery adds nothing but is stated", () => {
    const totals = computeCheckoutTotals(
      cart(
        group("a", 2500, "POSTAL", [
          { available: true, method: "POSTAL", feeAmount: 690, postageDue: false, freeByThreshold: false },
        ]),
        group("b", 999, "CLICK_AND_COLLECT", [
          { available: true, method: "CLICK_AND_COLLECT", feeAmount: 0, postageDue: false, freeByThreshold: false },
        ]),
        group("c", 1000, "POSTAL", [
          { available: true, method: "POSTAL", feeAmount: 0, postageDue: true, freeByThreshold: false },
        ]),
      ),
    );
    expect(totals).toMatchObject({ itemsAmount: 4499, shippingAmount: 690, totalAmount: 5189, postageDue: true });
    expect(totals.parts.map((p) => p.totalAmount)).toEqual([3190, 999, 1000]);
    expect(totals.parts.every((p) => p.deliveryProblem === null)).toBe(true);
  });

  it("a shop without a method, or whose method is unavailable here, has a problem and no fee", () => {
    const totals = computeCheckoutTotals(
      cart(
        group("a", 500, null, []),
        group("b", 700, "LOCAL_COURIER", [{ available: false, method: "LOCAL_COURIER", reason: "OUT_OF_RADIUS" }]),
      ),
    );
    expect(totals.parts.map((p) => p.deliveryProblem)).toEqual(["METHOD_MISSING", "OUT_OF_RADIUS"]);
    expect(totals).toMatchObject({ shippingAmount: 0, totalAmount: 1200 });
  });

  it("needs a delivery address only when some part is delivered (courier or post)", () => {
    const collect = group("a", 500, "CLICK_AND_COLLECT", [
      { available: true, method: "CLICK_AND_COLLECT", feeAmount: 0, postageDue: false, freeByThreshold: false },
    ]);
    expect(computeCheckoutTotals(cart(collect)).deliveryAddressNeeded).toBe(false);
    // A shop with no method chosen yet is refused for that, not asked for an address.
    expect(computeCheckoutTotals(cart(collect, group("b", 500, null, []))).deliveryAddressNeeded).toBe(false);
    const post = group("c", 500, "POSTAL", [
      { available: true, method: "POSTAL", feeAmount: 690, postageDue: false, freeByThreshold: false },
    ]);
    expect(computeCheckoutTotals(cart(collect, post)).deliveryAddressNeeded).toBe(true);
    const courier = group("d", 500, "LOCAL_COURIER", [
      { available: false, method: "LOCAL_COURIER", reason: "ADDRESS_NEEDED" },
    ]);
    expect(computeCheckoutTotals(cart(courier)).deliveryAddressNeeded).toBe(true);
  });
});
