// Premium plans in product search (docs/business-models.md, premium plans): a badge on every hit, and a
// bounded boost in relevance ordering only. Shops at known distances north and east of Saintes.
import { randomBytes } from "node:crypto";
import { beforeAll, describe, expect, it } from "vitest";
import { getDb } from "@/lib/db";
import { searchProducts } from "@/lib/search/search-products";
import type { ProductSearchInput, ProductSearchResult } from "@/lib/search/search-types";

const unique = () => randomBytes(4).toString("hex");
const VIEWER = { latitude: 45.7464, longitude: -0.6333 };
// earthdistance's sphere (radius 6,378,168 m): one degree of latitude is 111.32 km.
const north = (km: number) => ({ latitude: VIEWER.latitude + km / 111.32, longitude: VIEWER.longitude });
const east = (km: number) => ({
  latitude: VIEWER.latitude,
  longitude: VIEWER.longitude + km / (111.32 * Math.cos((VIEWER.latitude * Math.PI) / 180)),
});

async function plan(premium: boolean) {
  return getDb().plan.create({ data: { code: `plan-${unique()}`, name: premium ? "Premium" : "Standard", premium } });
}

async function shop(name: string, place: { latitude: number; longitude: number }, planId: string | null) {
  const db = getDb();
  const owner = await db.user.create({
    data: { email: `v-${unique()}@example.test`, name: "Vendor", passwordHash: "x", role: "VENDOR" },
  });
  return db.shop.create({
    data: {
      slug: `shop-${unique()}`,
      name,
      trade: "Épicerie",
      status: "APPROVED",
      ownerId: owner.id,
      planId,
      ...place,
    },
  });
}

async function product(shopId: string, title: string, priceAmount: number) {
  return getDb().product.create({
    data: { shopId, title, slug: `p-${unique()}`, priceAmount, stock: 5, status: "ACTIVE", shortDescription: "" },
  });
}

let p: Record<
  "jamNear" | "jamFar" | "twinStandard" | "twinPremium" | "soapNear" | "soapPremium" | "noPlan",
  { id: string }
>;

beforeAll(async () => {
  const premium = await plan(true);
  const standard = await plan(false);
  const standardNear = await shop("Épicerie de la Gare", north(2), standard.id);
  const premiumFar = await shop("Grande Épicerie", north(40), premium.id);
  const twinStandard = await shop("Rucher Est", east(5), standard.id);
  const twinPremium = await shop("Rucher Ouest", east(5), premium.id);
  const soapPremium = await shop("Savonnerie Premium", east(2.4), premium.id);
  const noPlan = await shop("Boutique sans formule", east(30), null);
  // The standard twin's product is created first: its id sorts first, so only the boost can put
  // the premium twin ahead.
  const twinStandardProduct = await product(twinStandard.id, "Miel de bruyère", 900);
  p = {
    jamNear: await product(standardNear.id, "Confiture de coings", 500),
    jamFar: await product(premiumFar.id, "Confiture de coings", 450),
    twinStandard: twinStandardProduct,
    twinPremium: await product(twinPremium.id, "Miel de bruyère", 900),
    soapNear: await product(standardNear.id, "Savon au lait", 400),
    soapPremium: await product(soapPremium.id, "Savon à l'huile d'olive", 600),
    noPlan: await product(noPlan.id, "Bougie de soja", 1500),
  };
});

const search = (input: Partial<ProductSearchInput>) => searchProducts({ locale: "fr", pageSize: 48, ...input });
const ids = (result: ProductSearchResult) => result.hits.map((hit) => hit.id);
const before = (result: ProductSearchResult, first: { id: string }, second: { id: string }) => {
  const order = ids(result);
  expect(order).toContain(first.id);
  expect(order).toContain(second.id);
  return order.indexOf(first.id) < order.indexOf(second.id);
};

describe("searchProducts: premium shops", () => {
  it("says which hits come from a premium shop (a shop without a plan is not premium)", async () => {
    const result = await search({ near: VIEWER, radiusKm: 50 });
    const premiumOf = new Map(result.hits.map((hit) => [hit.id, hit.shop.premium]));
    expect(premiumOf.get(p.jamFar.id)).toBe(true);
    expect(premiumOf.get(p.twinPremium.id)).toBe(true);
    expect(premiumOf.get(p.jamNear.id)).toBe(false);
    expect(premiumOf.get(p.twinStandard.id)).toBe(false);
    expect(premiumOf.get(p.noPlan.id)).toBe(false);
  });

  it("ranks the same product 2 km away above a premium shop's 40 km away", async () => {
    const result = await search({ query: "confiture de coings", near: VIEWER });
    expect(ids(result)).toEqual([p.jamNear.id, p.jamFar.id]);
    expect(result.hits[1].distanceKm).toBeGreaterThan(39);
  });

  it("ranks a premium shop above an equal standard shop at the same distance", async () => {
    expect(p.twinStandard.id < p.twinPremium.id).toBe(true);
    expect(ids(await search({ query: "miel de bruyère", near: VIEWER }))).toEqual([
      p.twinPremium.id,
      p.twinStandard.id,
    ]);
  });

  it("without the shopper's position, puts the premium shop first among equal relevance", async () => {
    expect(ids(await search({ query: "miel de bruyère" }))).toEqual([p.twinPremium.id, p.twinStandard.id]);
    // Browsing without text: every premium shop's product before the others, newest first within each.
    const browse = await search({});
    const flags = browse.hits.map((hit) => hit.shop.premium);
    expect(flags).toEqual([...flags].sort((a, b) => Number(b) - Number(a)));
    expect(flags.filter(Boolean)).toHaveLength(3);
  });

  it("browsing around a position: a premium shop 2.4 km away comes before a standard one 2 km away, one 40 km away does not", async () => {
    const result = await search({ near: VIEWER, radiusKm: 50 });
    expect(before(result, p.soapPremium, p.soapNear)).toBe(true);
    expect(before(result, p.jamNear, p.jamFar)).toBe(true);
    // The distances shown are the real ones.
    const shown = new Map(result.hits.map((hit) => [hit.id, hit.distanceKm ?? 0]));
    expect(shown.get(p.soapPremium.id)).toBeGreaterThan(shown.get(p.soapNear.id)!);
  });

  it("keeps the sorts the shopper chose exactly: distance, price, newest", async () => {
    const byDistance = await search({ near: VIEWER, radiusKm: 50, sort: "distance" });
    const distances = byDistance.hits.map((hit) => hit.distanceKm ?? Infinity);
    expect(distances).toEqual([...distances].sort((a, b) => a - b));
    expect(before(byDistance, p.soapNear, p.soapPremium)).toBe(true);

    const byPrice = await search({ near: VIEWER, sort: "price-asc" });
    const prices = byPrice.hits.map((hit) => hit.priceAmount);
    expect(prices).toEqual([...prices].sort((a, b) => a - b));
    const jams = await search({ query: "confiture", near: VIEWER, sort: "price-asc" });
    expect(ids(jams)).toEqual([p.jamFar.id, p.jamNear.id]);

    const newest = await search({ sort: "newest" });
    expect(ids(newest)[0]).toBe(p.noPlan.id);
  });
});
