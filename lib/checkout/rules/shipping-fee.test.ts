import { describe, expect, it } from "vitest";
import { quoteShipping, type ShippingLine, type ShopShippingPolicy } from "./shipping-fee";

const policy = (overrides: Partial<ShopShippingPolicy> = {}): ShopShippingPolicy => ({
  clickAndCollect: true,
  courierEnabled: true,
  courierRadiusKm: 10,
  postalEnabled: true,
  postageDueOnDelivery: false,
  shippingFeeMode: "PER_CLASS",
  freeShippingThresholdAmount: null,
  classes: [
    { id: "small", fees: { LOCAL_COURIER: 300, POSTAL: 490 } },
    { id: "bulky", fees: { LOCAL_COURIER: 800, POSTAL: 1290 } },
    { id: "fresh", fees: { LOCAL_COURIER: 500 } },
  ],
  ...overrides,
});
const line = (
  shippingClassId: string | null,
  lineAmount = 1000,
  kind: ShippingLine["kind"] = "PHYSICAL",
): ShippingLine => ({ shippingClassId, lineAmount, kind });

describe("quoteShipping", () => {
  it("click & collect is free when offered, refused when not", () => {
    expect(quoteShipping(policy(), [line("bulky")], "CLICK_AND_COLLECT", null)).toMatchObject({
      available: true,
      feeAmount: 0,
    });
    expect(quoteShipping(policy({ clickAndCollect: false }), [line("small")], "CLICK_AND_COLLECT", null)).toEqual({
      available: false,
      method: "CLICK_AND_COLLECT",
      reason: "NOT_OFFERED",
    });
  });

  it("per class: the fee of each class present, once per class", () => {
    const lines = [line("small"), line("small"), line("bulky")];
    expect(quoteShipping(policy(), lines, "POSTAL", null)).toMatchObject({ available: true, feeAmount: 490 + 1290 });
  });

  it("per order: the fee of the most expensive class present", () => {
    const lines = [line("small"), line("bulky"), line("small")];
    expect(quoteShipping(policy({ shippingFeeMode: "PER_ORDER" }), lines, "POSTAL", null)).toMatchObject({
      available: true,
      feeAmount: 1290,
    });
  });

  it("products without a class ship free; services and digital products are not shipped", () => {
    expect(quoteShipping(policy(), [line(null), line("small")], "POSTAL", null)).toMatchObject({ feeAmount: 490 });
    expect(quoteShipping(policy(), [line("bulky", 5000, "SERVICE")], "POSTAL", null)).toMatchObject({
      available: true,
      feeAmount: 0,
    });
  });

  it("a free-shipping threshold on the items amount makes the fee zero from the threshold on", () => {
    const shop = policy({ freeShippingThresholdAmount: 5000 });
    expect(quoteShipping(shop, [line("small", 4999)], "POSTAL", null)).toMatchObject({
      feeAmount: 490,
      freeByThreshold: false,
    });
    expect(quoteShipping(shop, [line("small", 5000)], "POSTAL", null)).toMatchObject({
      feeAmount: 0,
      freeByThreshold: true,
    });
    expect(
      quoteShipping(
        policy({ freeShippingThresholdAmount: 5000, shippingFeeMode: "PER_ORDER" }),
        [line("small", 3000), line("bulky", 2500)],
        "POSTAL",
        null,
      ),
    ).toMatchObject({ feeAmount: 0, freeByThreshold: true });
  });

  it("a class that leaves a method empty cannot go that way", () => {
    expect(quoteShipping(policy(), [line("fresh"), line("small")], "POSTAL", null)).toEqual({
      available: false,
      method: "POSTAL",
      reason: "CLASS_NOT_SHIPPABLE",
    });
    expect(quoteShipping(policy(), [line("fresh")], "LOCAL_COURIER", 2)).toMatchObject({
      available: true,
      feeAmount: 500,
    });
  });

  it("courier only within the shop's radius of the delivery address", () => {
    expect(quoteShipping(policy(), [line("small")], "LOCAL_COURIER", 9.9)).toMatchObject({
      available: true,
      feeAmount: 300,
    });
    expect(quoteShipping(policy(), [line("small")], "LOCAL_COURIER", 10.1)).toEqual({
      available: false,
      method: "LOCAL_COURIER",
      reason: "OUT_OF_RADIUS",
    });
    expect(quoteShipping(policy(), [line("small")], "LOCAL_COURIER", null)).toEqual({
      available: false,
      method: "LOCAL_COURIER",
      reason: "ADDRESS_NEEDED",
    });
    expect(quoteShipping(policy({ courierEnabled: false }), [line("small")], "LOCAL_COURIER", 1)).toMatchObject({
      available: false,
      reason: "NOT_OFFERED",
    });
  });

  it("postage paid on delivery: nothing at checkout, stated as due", () => {
    expect(quoteShipping(policy({ postageDueOnDelivery: true }), [line("bulky")], "POSTAL", null)).toEqual({
      available: true,
      method: "POSTAL",
      feeAmount: 0,
      postageDue: true,
      freeByThreshold: false,
    });
    expect(quoteShipping(policy({ postalEnabled: false }), [line("bulky")], "POSTAL", null)).toMatchObject({
      available: false,
      reason: "NOT_OFFERED",
    });
  });
});
