import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { quoteShipping, DELIVERY_METHODS, type ShopShippingPolicy } from "@/lib/checkout/rules/shipping-fee";
import type { DeliveryMethod } from "@/lib/generated/prisma/enums";
import type { CartLineView, CartShopGroup, CartView } from "./load-cart";
import { summarizeCart, summarizeShop } from "./summarize-cart";

const POLICY: ShopShippingPolicy = {
  clickAndCollect: true,
  courierEnabled: true,
  courierRadiusKm: 5,
  postalEnabled: false,
  postageDueOnDelivery: false,
  shippingFeeMode: "PER_CLASS",
  freeShippingThresholdAmount: null,
  classes: [{ id: "parcel", fees: { LOCAL_COURIER: 400, POSTAL: 690 } }],
};

function line(overrides: Partial<CartLineView> = {}): CartLineView {
  const quantity = overrides.quantity ?? 1;
  const unitPriceAmount = overrides.unitPriceAmount ?? 1000;
  return {
    id: "l",
    productId: "p",
    slug: "p",
    title: "P",
    sku: null,
    imageUrl: null,
    imageAlt: "",
    kind: "PHYSICAL",
    categoryId: null,
    shippingClassId: "parcel",
    unitPriceAmount,
    currency: "EUR",
    estimatedPrice: false,
    priceUnit: null,
    quantity,
    lineAmount: unitPriceAmount * quantity,
    stockAvailable: null,
    problem: null,
    ...overrides,
  };
}

function group(
  lines: CartLineView[],
  deliveryMethod: DeliveryMethod | null,
  distance: number | null,
  policy = POLICY,
): CartShopGroup {
  return {
    shopId: `s${Math.random()}`,
    shopSlug: "s",
    shopName: "S",
    shopApproved: true,
    address: { line: null, postalCode: null, city: null },
    pickupInstructions: null,
    handlingDays: 1,
    policy,
    location: null,
    lines,
    itemsAmount: lines.reduce((sum, l) => sum + l.lineAmount, 0),
    deliveryMethod,
    note: null,
    quotes: DELIVERY_METHODS.map((method) => quoteShipping(policy, lines, method, distance)),
  };
}

const cart = (groups: CartShopGroup[]): CartView => ({ id: "c", groups, lineCount: 0, itemCount: 0, currency: "EUR" });

describe("summarizeShop", () => {
  it("leaves out the methods the shop does not offer, keeps the courier while the address is unknown", () => {
    const summary = summarizeShop(group([line()], null, null));
    expect(summary.options.map((quote) => quote.method)).toEqual(["CLICK_AND_COLLECT", "LOCAL_COURIER"]);
    expect(summary.delivery).toEqual({ kind: "NOT_CHOSEN" });
  });

  it("prices the chosen method, or leaves the courier to checkout", () => {
    expect(summarizeShop(group([line()], "LOCAL_COURIER", 2))).toMatchObject({
      delivery: { kind: "PRICED", feeAmount: 400 },
      subtotalAmount: 1400,
    });
    expect(summarizeShop(group([line()], "LOCAL_COURIER", null))).toMatchObject({
      delivery: { kind: "AT_CHECKOUT" },
      subtotalAmount: 1000,
    });
    expect(summarizeShop(group([line()], "LOCAL_COURIER", 9))).toMatchObject({ delivery: { kind: "AT_CHECKOUT" } });
    expect(summarizeShop(group([line()], "POSTAL", null))).toMatchObject({
      delivery: { kind: "INVALID", method: "POSTAL" },
    });
  });
});

describe("summarizeCart", () => {
  it("blocks checkout on a line problem first, then on a shop without a valid delivery choice", () => {
    expect(summarizeCart(cart([group([line({ problem: "OUT_OF_STOCK" })], "CLICK_AND_COLLECT", null)])).blocked).toBe(
      "PROBLEMS",
    );
    expect(summarizeCart(cart([group([line()], "CLICK_AND_COLLECT", null), group([line()], null, null)])).blocked).toBe(
      "DELIVERY",
    );
    expect(summarizeCart(cart([group([line()], "POSTAL", null)])).blocked).toBe("DELIVERY");
    expect(summarizeCart(cart([group([line()], "LOCAL_COURIER", null)]))).toMatchObject({
      blocked: null,
      shippingPending: true,
    });
  });

  it("says when postage is paid on delivery and when prices are estimated", () => {
    const karkareh = { ...POLICY, postalEnabled: true, postageDueOnDelivery: true };
    const summary = summarizeCart(cart([group([line({ estimatedPrice: true })], "POSTAL", null, karkareh)]));
    expect(summary).toMatchObject({ shippingAmount: 0, postageDue: true, estimatedPrices: true, blocked: null });
  });

  it("adds up: items + known shipping = total = the sum of the shops' subtotals", () => {
    const method = fc.constantFrom<DeliveryMethod | null>(null, "CLICK_AND_COLLECT", "LOCAL_COURIER", "POSTAL");
    const shop = fc.record({
      lines: fc.array(
        fc.record({ unitPriceAmount: fc.integer({ min: 0, max: 100000 }), quantity: fc.integer({ min: 1, max: 99 }) }),
        { minLength: 1, maxLength: 4 },
      ),
      method,
      distance: fc.option(fc.integer({ min: 0, max: 20 })),
      threshold: fc.option(fc.integer({ min: 0, max: 50000 })),
    });
    fc.assert(
      fc.property(fc.array(shop, { maxLength: 4 }), (shops) => {
        const groups = shops.map((s) =>
          group(
            s.lines.map((l) => line(l)),
            s.method,
            s.distance,
            { ...POLICY, postalEnabled: true, freeShippingThresholdAmount: s.threshold },
          ),
        );
        const summary = summarizeCart(cart(groups));
        expect(summary.totalAmount).toBe(summary.itemsAmount + summary.shippingAmount);
        expect(summary.shops.reduce((sum, s) => sum + s.subtotalAmount, 0)).toBe(summary.totalAmount);
        expect(summary.itemsAmount).toBe(groups.flatMap((g) => g.lines).reduce((sum, l) => sum + l.lineAmount, 0));
      }),
    );
  });
});
