import { beforeAll, describe, expect, it } from "vitest";
import type { Actor } from "@/lib/auth/actor";
import { listProductsForModeration } from "@/lib/catalog/moderation/list-products-for-moderation";
import { getDb } from "@/lib/db";
import { listShopsForAdjustment } from "@/lib/payouts/adjust-balance";
import { listSellers } from "@/lib/sellers/list-sellers";
import { createShop, createUser } from "./fixtures";

// The back office's searches read `?q=` from the address (docs/security.md, "Correctness at the
// edges"): a NUL byte or a lone surrogate in it must be cleaned before PostgreSQL, which refuses a
// NUL in text ("invalid byte sequence … 0x00") and answered the sellers' queue, the moderation
// list and the adjustments' shop search with a 500. Found by tests/security/fuzz.spec.ts.

let operator: Actor;
let shopId: string;

beforeAll(async () => {
  operator = await createUser("OPERATOR");
  const vendor = await createUser("VENDOR");
  const shop = await createShop(vendor, { status: "APPROVED", name: "Torréfaction Nulle", city: "Niort" });
  shopId = shop.id;
  await getDb().product.create({
    data: { shopId, slug: `cafe-${shopId}`, title: "Café moulu Nulle", priceAmount: 900, status: "ACTIVE" },
  });
});

const HOSTILE = ["\u0000", "Torré\u0000faction", "a\u0000b\u0001c\u007f", "\ud800Nulle", "Nulle\udfff"];

describe("back-office searches with control characters and broken text", () => {
  it("the sellers' queue searches the cleaned text", async () => {
    for (const query of HOSTILE) await expect(listSellers(operator, { filter: "all", query })).resolves.toBeDefined();
    const found = await listSellers(operator, { filter: "all", query: "Torré\u0000faction" });
    expect(found.query).toBe("Torréfaction");
    expect(found.shops.map((shop) => shop.id)).toEqual([shopId]);
  });

  it("the moderation list searches the cleaned text", async () => {
    for (const query of HOSTILE)
      await expect(listProductsForModeration(operator, { filter: "all", query })).resolves.toBeDefined();
    const found = await listProductsForModeration(operator, { filter: "all", query: "Café\u0000 moulu" });
    expect(found.query).toBe("Café moulu");
    expect(found.products.map((product) => product.title)).toEqual(["Café moulu Nulle"]);
  });

  it("the adjustments' shop search searches the cleaned text", async () => {
    for (const query of HOSTILE) await expect(listShopsForAdjustment(operator, query)).resolves.toBeDefined();
    const found = await listShopsForAdjustment(operator, "Torré\u0000faction");
    expect(found.map((shop) => shop.id)).toEqual([shopId]);
  });
});
