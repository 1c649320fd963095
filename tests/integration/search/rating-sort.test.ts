// The rating order and the least-rating filter of product search (docs/trust.md, reviews), over
// hand-made shops whose counters (ratingSum / ratingCount, published reviews only) are set by hand.
// Averages are to one decimal, half up: what the cards show is what the filter and order use.
import { randomBytes } from "node:crypto";
import { beforeAll, describe, expect, it } from "vitest";
import { getDb } from "@/lib/db";
import { searchProducts } from "@/lib/search/search-products";
import type { ProductSearchInput, ProductSearchResult } from "@/lib/search/search-types";

const unique = () => randomBytes(4).toString("hex");
const VIEWER = { latitude: 45.7464, longitude: -0.6333 };
// earthdistance's sphere: one degree of latitude is 111.32 km.
const north = (km: number) => ({ latitude: VIEWER.latitude + km / 111.32, longitude: VIEWER.longitude });

async function shop(name: string, ratingSum: number, ratingCount: number, km: number) {
  const db = getDb();
  const owner = await db.user.create({
    data: { email: `v-${unique()}@example.test`, name: "Vendor", passwordHash: "x", role: "VENDOR" },
  });
  return db.shop.create({
    data: {
      slug: `shop-${unique()}`,
      name,
      trade: "Confiserie",
      status: "APPROVED",
      ownerId: owner.id,
      ratingSum,
      ratingCount,
      ...north(km),
    },
  });
}

async function product(shopId: string, title: string) {
  return getDb().product.create({
    data: { shopId, title, slug: `p-${unique()}`, priceAmount: 500, stock: 5, status: "ACTIVE", shortDescription: "" },
  });
}

type Key = "five" | "manyHalf" | "fewHalf" | "fewHalfOlder" | "almostFour" | "threeNine" | "three" | "two";
type UnratedKey = "unratedFar" | "unratedNear";
let p: Record<Key | UnratedKey, { id: string }>;

beforeAll(async () => {
  // [sum, count] → average in tenths (hand-computed): 5/1 → 50; 45/10 → 45; 9/2 → 45; 399/100 = 3.99 → 40;
  // 394/100 = 3.94 → 39; 3/1 → 30; 2/1 → 20; 0/0 → none.
  const five = await shop("Cinq étoiles", 5, 1, 30);
  const manyHalf = await shop("Quatre et demi, dix avis", 45, 10, 20);
  const fewHalf = await shop("Quatre et demi, deux avis", 9, 2, 10);
  const almostFour = await shop("Presque quatre", 399, 100, 5);
  const threeNine = await shop("Trois virgule neuf", 394, 100, 5);
  const three = await shop("Trois", 3, 1, 5);
  const two = await shop("Deux", 2, 1, 1);
  const unratedFar = await shop("Sans avis, loin", 0, 0, 25);
  const unratedNear = await shop("Sans avis, près", 0, 0, 3);
  // Created first, so newer-first puts it after its shop's second product.
  const fewHalfOlder = await product(fewHalf.id, "Nougat tendre");
  p = {
    unratedFar: await product(unratedFar.id, "Nougat tendre"),
    five: await product(five.id, "Nougat tendre"),
    manyHalf: await product(manyHalf.id, "Nougat tendre"),
    fewHalfOlder,
    fewHalf: await product(fewHalf.id, "Nougat tendre"),
    almostFour: await product(almostFour.id, "Nougat tendre"),
    threeNine: await product(threeNine.id, "Nougat tendre"),
    three: await product(three.id, "Nougat tendre"),
    two: await product(two.id, "Nougat tendre"),
    unratedNear: await product(unratedNear.id, "Nougat tendre"),
  };
});

const search = (input: Partial<ProductSearchInput>) => searchProducts({ locale: "fr", pageSize: 48, ...input });
const ids = (result: ProductSearchResult) => result.hits.map((hit) => hit.id);

describe("searchProducts: sort by rating", () => {
  it("puts the best rated shops first, more reviews first at the same average, unrated last, newest first after that", async () => {
    // Without a position: unrated by newest (unratedNear was created after unratedFar).
    expect(ids(await search({ sort: "rating" }))).toEqual([
      p.five.id,
      p.manyHalf.id,
      p.fewHalf.id,
      p.fewHalfOlder.id,
      p.almostFour.id,
      p.threeNine.id,
      p.three.id,
      p.two.id,
      p.unratedNear.id,
      p.unratedFar.id,
    ]);
  });

  it("with the shopper's position, breaks ties by distance before age", async () => {
    const result = await search({ sort: "rating", near: VIEWER, query: "nougat" });
    const order = ids(result);
    expect(order.slice(-2)).toEqual([p.unratedNear.id, p.unratedFar.id]);
    expect(order.slice(0, 3)).toEqual([p.five.id, p.manyHalf.id, p.fewHalf.id]);
  });

  it("pages in the same order", async () => {
    const whole = ids(await search({ sort: "rating" }));
    const pages = await Promise.all([1, 2, 3, 4].map((page) => search({ sort: "rating", page, pageSize: 3 })));
    expect(pages.flatMap(ids)).toEqual(whole);
    expect(pages[0].total).toBe(10);
  });

  it("gives every hit its shop's counters", async () => {
    const result = await search({ sort: "rating" });
    const ratingOf = new Map(result.hits.map((hit) => [hit.id, hit.shop.rating]));
    expect(ratingOf.get(p.manyHalf.id)).toEqual({ count: 10, sum: 45 });
    expect(ratingOf.get(p.unratedFar.id)).toEqual({ count: 0, sum: 0 });
  });
});

describe("searchProducts: least rating", () => {
  it.each([
    // [rating filter in tenths, products kept] — 3.99 shows as "4,0" and is kept by "4 or more"; 3.94 is not
    [40, ["five", "manyHalf", "fewHalf", "fewHalfOlder", "almostFour"]],
    [45, ["five", "manyHalf", "fewHalf", "fewHalfOlder"]],
    [30, ["five", "manyHalf", "fewHalf", "fewHalfOlder", "almostFour", "threeNine", "three"]],
  ] as const)("rating ≥ %i tenths keeps %j (unrated shops never)", async (minRatingTenths, kept) => {
    const result = await search({ minRatingTenths, sort: "rating" });
    expect(ids(result)).toEqual(kept.map((key) => p[key].id));
    expect(result.total).toBe(kept.length);
  });

  it("counts the facets over the filtered products", async () => {
    const count = (result: ProductSearchResult) =>
      Object.fromEntries(result.facets.delivery.map((facet) => [facet.key, facet.count]));
    const all = await search({});
    const filtered = await search({ minRatingTenths: 45 });
    expect(all.total).toBe(10);
    expect(filtered.total).toBe(4);
    // the shops offer the schema's default modes: every product counts under each mode it has
    for (const [mode, n] of Object.entries(count(all))) {
      expect(count(filtered)[mode]).toBe(n === 0 ? 0 : 4);
    }
  });

  it("combines with words and other filters", async () => {
    expect(ids(await search({ query: "nougat", minRatingTenths: 45, sort: "rating" }))).toEqual([
      p.five.id,
      p.manyHalf.id,
      p.fewHalf.id,
      p.fewHalfOlder.id,
    ]);
    // within 15 km, of the shops rated 4.5 or more only "Quatre et demi, deux avis" (10 km, two products)
    const near = await search({ query: "nougat", minRatingTenths: 45, near: VIEWER, radiusKm: 15, sort: "rating" });
    expect(ids(near)).toEqual([p.fewHalf.id, p.fewHalfOlder.id]);
  });
});
