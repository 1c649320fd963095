import { beforeAll, describe, expect, it } from "vitest";
import type { Actor } from "@/lib/auth/actor";
import { getDb } from "@/lib/db";
import { createShippingClass } from "@/lib/shops/shipping-classes/create-shipping-class";
import { selectCurrentShop } from "@/lib/shops/select-current-shop";
import { listShippingClasses } from "@/lib/shops/shipping-classes/list-shipping-classes";
import { createShop, createUser, refusal } from "../sellers/fixtures";

// A cancelled shop's dashboard closes when its grace period ends (docs/domain.md, Shop: CLOSED):
// its vendor can no longer read or change it, and its data is kept.
let vendor: Actor;

beforeAll(async () => {
  vendor = await createUser("VENDOR");
});

const valid = { name: "Colis", localCourierFee: "2.50", postalFee: "4.90" };

describe("a closed shop", () => {
  it("is closed to its vendor, reading and writing, with its data kept", async () => {
    const shop = await createShop(vendor, { status: "LAPSED" });
    // Lapsed (off the storefront, within the grace period): the dashboard still works.
    await createShippingClass(vendor, shop.id, valid, "fr");
    expect(await listShippingClasses(vendor, shop.id)).toHaveLength(1);

    await getDb().shop.update({ where: { id: shop.id }, data: { status: "CLOSED" } });
    expect((await refusal(listShippingClasses(vendor, shop.id))).code).toBe("NOT_FOUND");
    expect((await refusal(createShippingClass(vendor, shop.id, { ...valid, name: "Palette" }, "fr"))).code).toBe(
      "NOT_FOUND",
    );
    expect(await getDb().shippingClass.count({ where: { shopId: shop.id } })).toBe(1);
    // Its vendor may still switch to it, to read that it is closed.
    expect(await selectCurrentShop(vendor, shop.id)).toEqual({ id: shop.id });
  });
});
