import { beforeAll, describe, expect, it } from "vitest";
import type { Actor } from "@/lib/auth/actor";
import { getDb } from "@/lib/db";
import { getShippingPolicy } from "@/lib/shops/shipping-classes/get-shipping-policy";
import { updateShippingPolicy } from "@/lib/shops/shipping-classes/update-shipping-policy";
import { createShop, createUser, refusal } from "../sellers/fixtures";

let vendor: Actor;
let otherVendor: Actor;
let shopper: Actor;
let operator: Actor;

beforeAll(async () => {
  vendor = await createUser("VENDOR");
  otherVendor = await createUser("VENDOR");
  shopper = await createUser("SHOPPER");
  operator = await createUser("OPERATOR");
});

const policyOf = (shopId: string) =>
  getDb().shop.findUniqueOrThrow({
    where: { id: shopId },
    select: { shippingFeeMode: true, freeShippingThresholdAmount: true },
  });

describe("shipping policy", () => {
  it("sets the fee calculation mode and the free-shipping threshold typed in the locale, with an audit row", async () => {
    const shop = await createShop(vendor);
    expect(await getShippingPolicy(vendor, shop.id)).toEqual({
      shippingFeeMode: "PER_CLASS",
      freeShippingThresholdAmount: null,
    });

    await updateShippingPolicy(vendor, shop.id, { shippingFeeMode: "PER_ORDER", freeShippingThreshold: "49,90" }, "fr");
    expect(await policyOf(shop.id)).toEqual({ shippingFeeMode: "PER_ORDER", freeShippingThresholdAmount: 4990 });
    expect(await getDb().auditLog.count({ where: { entityId: shop.id, action: "shop.shipping-policy.updated" } })).toBe(
      1,
    );

    await updateShippingPolicy(vendor, shop.id, { shippingFeeMode: "PER_CLASS", freeShippingThreshold: "" }, "en");
    expect(await policyOf(shop.id)).toEqual({ shippingFeeMode: "PER_CLASS", freeShippingThresholdAmount: null });
  });

  it("refuses a mode it does not know and a threshold that is not an amount, and writes nothing", async () => {
    const shop = await createShop(vendor);
    await updateShippingPolicy(vendor, shop.id, { shippingFeeMode: "PER_ORDER", freeShippingThreshold: "30" }, "fr");
    const before = await policyOf(shop.id);
    const bad = [
      [
        { shippingFeeMode: "CHEAPEST", freeShippingThreshold: "" },
        "shippingFeeMode",
        "productList.errors.shippingFeeModeInvalid",
      ],
      [
        { shippingFeeMode: null, freeShippingThreshold: "" },
        "shippingFeeMode",
        "productList.errors.shippingFeeModeInvalid",
      ],
      [
        { shippingFeeMode: "PER_CLASS", freeShippingThreshold: "-5" },
        "freeShippingThreshold",
        "productList.errors.freeShippingThresholdInvalid",
      ],
      [
        { shippingFeeMode: "PER_CLASS", freeShippingThreshold: "cinquante" },
        "freeShippingThreshold",
        "productList.errors.freeShippingThresholdInvalid",
      ],
    ] as const;
    for (const [input, field, message] of bad) {
      const error = await refusal(updateShippingPolicy(vendor, shop.id, input, "fr"));
      expect(error.code).toBe("VALIDATION");
      expect(error.fieldErrors[field]).toBe(message);
    }
    expect(await policyOf(shop.id)).toEqual(before);
  });

  it("is the shop owner's alone: signed out, a shopper, an operator or another vendor are refused and nothing changes", async () => {
    const shop = await createShop(vendor);
    const before = await policyOf(shop.id);
    for (const [actor, code] of [
      [null, "UNAUTHENTICATED"],
      [shopper, "FORBIDDEN"],
      [operator, "FORBIDDEN"],
      [otherVendor, "NOT_FOUND"],
    ] as const) {
      expect(
        (
          await refusal(
            updateShippingPolicy(actor, shop.id, { shippingFeeMode: "PER_ORDER", freeShippingThreshold: "10" }, "fr"),
          )
        ).code,
      ).toBe(code);
      expect((await refusal(getShippingPolicy(actor, shop.id))).code).toBe(code);
    }
    expect(await policyOf(shop.id)).toEqual(before);
    expect(await getDb().auditLog.count({ where: { entityId: shop.id, action: "shop.shipping-policy.updated" } })).toBe(
      0,
    );
  });
});
