import { describe, expect, it } from "vitest";
import { getShopPickup } from "@/lib/shops/get-shop-pickup";
import { createShop, createUser, refusal } from "../sellers/fixtures";

describe("getShopPickup", () => {
  it("gives the vendor their shop's pickup address and instructions", async () => {
    const vendor = await createUser("VENDOR");
    const shop = await createShop(vendor, {
      addressLine: "12 rue Saint-Michel",
      postalCode: "17100",
      city: "Saintes",
      pickupInstructions: "Au comptoir",
    });
    expect(await getShopPickup(vendor, shop.id)).toEqual({
      address: "12 rue Saint-Michel, 17100 Saintes",
      instructions: "Au comptoir",
    });
  });

  it("another vendor's shop is NOT_FOUND; a shopper or a visitor is refused", async () => {
    const owner = await createUser("VENDOR");
    const shop = await createShop(owner);
    expect((await refusal(getShopPickup(await createUser("VENDOR"), shop.id))).code).toBe("NOT_FOUND");
    expect((await refusal(getShopPickup(await createUser("SHOPPER"), shop.id))).code).toBe("FORBIDDEN");
    expect((await refusal(getShopPickup(null, shop.id))).code).toBe("UNAUTHENTICATED");
  });
});
