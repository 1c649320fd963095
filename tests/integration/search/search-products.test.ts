import { beforeAll, describe, expect, it } from "vitest";
import { getDb } from "@/lib/db";
import { searchProducts } from "@/lib/search/search-products";
import type { ProductSearchInput, ProductSearchResult } from "@/lib/search/search-types";
import { listSearchCategories } from "@/lib/search/list-search-categories";
import { suggestProducts } from "@/lib/search/suggest-products";
import { createJams, createSearchMarketplace, LA_ROCHELLE, SAINTES } from "./search-fixtures";

let market: Awaited<ReturnType<typeof createSearchMarketplace>>;
let jamIds: string[];

beforeAll(async () => {
  market = await createSearchMarketplace();
  jamIds = await createJams([market.shops.saintes.id, market.shops.rochelle.id, market.shops.paris.id], 31);
});

const search = (input: Partial<ProductSearchInput>) => searchProducts({ locale: "fr", pageSize: 48, ...input });
const ids = (result: ProductSearchResult) => result.hits.map((hit) => hit.id);

/** Every hit of a search, page after page. */
async function allHits(input: Partial<ProductSearchInput>) {
  const first = await search({ ...input, page: 1 });
  const hits = [...first.hits];
  for (let page = 2; page <= first.pageCount; page += 1) hits.push(...(await search({ ...input, page })).hits);
  return { hits, total: first.total };
}

describe("searchProducts: text", () => {
  it("ranks a nearby exact match above a far one, from wherever the shopper is", async () => {
    const fromSaintes = ids(await search({ query: "miel de fleurs", near: SAINTES }));
    expect(fromSaintes[0]).toBe(market.visible.saintesHoney.id);
    expect(fromSaintes.indexOf(market.visible.rochelleHoney.id)).toBeGreaterThan(0);

    const fromLaRochelle = ids(await search({ query: "miel de fleurs", near: LA_ROCHELLE }));
    expect(fromLaRochelle[0]).toBe(market.visible.rochelleHoney.id);
    expect(fromLaRochelle.indexOf(market.visible.saintesHoney.id)).toBeGreaterThan(0);
  });

  it("ignores accents and case", async () => {
    for (const query of ["creme fraiche", "CRÈME", "crème fraîche"]) {
      expect(ids(await search({ query }))).toContain(market.visible.saintesCream.id);
    }
  });

  it("tolerates a typo", async () => {
    const typo = await search({ query: "chocolt" });
    expect(ids(typo)).toContain(market.visible.saintesChocolate.id);
    expect(typo.approximate).toBe(true);
    expect((await search({ query: "chocolat" })).approximate).toBe(false);
    expect(ids(await search({ query: "chocolt", near: SAINTES, radiusKm: 10 }))).toContain(
      market.visible.saintesChocolate.id,
    );
    expect(ids(await search({ query: "Tablete de chocolat", near: SAINTES }))).toContain(
      market.visible.saintesChocolate.id,
    );
  });

  it("learns the words of products written later (the vocabulary follows the catalogue)", async () => {
    expect((await search({ query: "kouignamann" })).total).toBe(0);
    const cake = await getDb().product.create({
      data: {
        shopId: market.shops.saintes.id,
        title: "Kouignamann au beurre salé",
        slug: `kouign-${Date.now()}`,
        priceAmount: 900,
        stock: 3,
        status: "ACTIVE",
      },
    });
    try {
      const typo = await search({ query: "kuoignamann", near: SAINTES, radiusKm: 10 });
      expect(ids(typo)).toEqual([cake.id]);
      expect(typo.approximate).toBe(true);
    } finally {
      await getDb().product.delete({ where: { id: cake.id } });
    }
  });

  it("widens a typo to the closest spellings only (« bierre » is beer, not the butcher Saint-Pierre)", async () => {
    const db = getDb();
    const butcher = await db.shop.create({
      data: {
        slug: `pierre-${Date.now()}`,
        name: "Boucherie Saint-Pierre",
        trade: "Boucherie",
        status: "APPROVED",
        ownerId: market.shops.saintes.ownerId,
        latitude: SAINTES.latitude,
        longitude: SAINTES.longitude,
      },
    });
    const sausage = await db.product.create({
      data: {
        shopId: butcher.id,
        title: "Saucisse de Toulouse",
        slug: `saucisse-${Date.now()}`,
        priceAmount: 700,
        stock: 5,
        status: "ACTIVE",
      },
    });
    const beer = await db.product.create({
      data: {
        shopId: market.shops.saintes.id,
        title: "Bière blonde de Saintonge",
        slug: `biere-${Date.now()}`,
        priceAmount: 400,
        stock: 5,
        status: "ACTIVE",
      },
    });
    try {
      const typo = await search({ query: "bierre", near: SAINTES, radiusKm: 10 });
      expect(typo.approximate).toBe(true);
      expect(ids(typo)).toEqual([beer.id]);
      expect(ids(await search({ query: "saint-piere", near: SAINTES, radiusKm: 10 }))).toContain(sausage.id);
    } finally {
      await db.product.deleteMany({ where: { id: { in: [sausage.id, beer.id] } } });
      await db.shop.delete({ where: { id: butcher.id } });
    }
  });

  it("does not stretch a known word to close spellings just because nothing is nearby", async () => {
    // "lavande" exists (in Paris): around Saintes there is none, not a typo to correct into "lavandin"
    expect((await search({ query: "lavande", near: SAINTES, radiusKm: 10 })).total).toBe(0);
    expect(ids(await search({ query: "lavandn", near: SAINTES, radiusKm: 10 }))).toEqual([
      market.visible.saintesSoap.id,
    ]);
  });

  it("matches the beginning of a word (type-ahead)", async () => {
    expect(ids(await search({ query: "mie" }))).toContain(market.visible.saintesHoney.id);
    expect(ids(await search({ query: "choco noi" }))).toContain(market.visible.saintesChocolate.id);
  });

  it("finds a word from its French plural, and by shop name and short description", async () => {
    expect(ids(await search({ query: "miels" }))).toContain(market.visible.saintesHoney.id);
    expect(ids(await search({ query: "saintonge" }))).toEqual(
      expect.arrayContaining([market.visible.saintesHoney.id, market.visible.saintesCandle.id]),
    );
    expect(ids(await search({ query: "abeille" }))).toContain(market.visible.saintesCandle.id);
  });

  it("does not break on search syntax or symbols", async () => {
    for (const query of ['"miel', "miel & | ! :* (", "-", '\'; DROP TABLE "Product"; --']) {
      await expect(search({ query })).resolves.toMatchObject({ page: 1 });
    }
  });
});

describe("searchProducts: visibility", () => {
  it("follows changes to a product and to its shop at once (stock, price, status, delivery modes)", async () => {
    const db = getDb();
    const shop = await db.shop.create({
      data: {
        slug: `follow-${Date.now()}`,
        name: "Fromagerie Suivie",
        trade: "Fromagerie",
        status: "APPROVED",
        ownerId: market.shops.saintes.ownerId,
        latitude: SAINTES.latitude,
        longitude: SAINTES.longitude,
        clickAndCollect: true,
      },
    });
    const cheese = await db.product.create({
      data: {
        shopId: shop.id,
        title: "Tomme de brebis",
        slug: `tomme-${Date.now()}`,
        priceAmount: 1500,
        stock: 2,
        status: "ACTIVE",
        hideWhenOutOfStock: true,
      },
    });
    const find = async (input: Partial<ProductSearchInput> = {}) =>
      (await search({ query: "tomme brebis", near: SAINTES, radiusKm: 10, ...input })).hits.find(
        (hit) => hit.id === cheese.id,
      );
    try {
      expect(await find({ delivery: "CLICK_AND_COLLECT", maxPriceAmount: 1500 })).toMatchObject({
        priceAmount: 1500,
        delivery: ["CLICK_AND_COLLECT"],
      });

      await db.product.update({ where: { id: cheese.id }, data: { priceAmount: 1800 } });
      expect(await find({ maxPriceAmount: 1500 })).toBeUndefined();
      expect(await find({ minPriceAmount: 1800 })).toMatchObject({ priceAmount: 1800 });

      await db.shop.update({ where: { id: shop.id }, data: { clickAndCollect: false, postalEnabled: true } });
      expect(await find({ delivery: "CLICK_AND_COLLECT" })).toBeUndefined();
      expect(await find({ delivery: "POSTAL" })).toMatchObject({ delivery: ["POSTAL"] });

      await db.product.update({ where: { id: cheese.id }, data: { stock: 0 } });
      expect(await find()).toBeUndefined(); // hidden when out of stock
      await db.product.update({ where: { id: cheese.id }, data: { stock: 1 } });
      expect(await find()).toBeDefined();

      // A new title is searchable at once, the old one no longer finds it.
      await db.product.update({ where: { id: cheese.id }, data: { title: "Tomme de brebis affinée au foin" } });
      expect((await search({ query: "foin", near: SAINTES, radiusKm: 10 })).hits.map((hit) => hit.id)).toEqual([
        cheese.id,
      ]);
      await db.product.update({ where: { id: cheese.id }, data: { title: "Tomme de chèvre" } });
      expect((await search({ query: "foin", near: SAINTES, radiusKm: 10 })).total).toBe(0);
      await db.product.update({ where: { id: cheese.id }, data: { title: "Tomme de brebis" } });

      await db.shop.update({ where: { id: shop.id }, data: { status: "SUSPENDED" } });
      expect(await find()).toBeUndefined();
      await db.shop.update({ where: { id: shop.id }, data: { status: "APPROVED" } });
      expect(await find()).toBeDefined();
    } finally {
      await db.product.delete({ where: { id: cheese.id } });
      await db.shop.delete({ where: { id: shop.id } });
    }
  });

  it("never returns drafts, archived products, suspended shops, prohibited categories or products hidden when out of stock", async () => {
    const hiddenIds = Object.values(market.hidden).map((product) => product.id);
    const browsed = await allHits({});
    const searched = await allHits({ query: "miel", near: SAINTES });
    const suggested = await suggestProducts("miel", "fr");
    for (const id of hiddenIds) {
      expect(browsed.hits.map((hit) => hit.id)).not.toContain(id);
      expect(searched.hits.map((hit) => hit.id)).not.toContain(id);
    }
    for (const title of Object.values(market.hidden).map((product) => product.title))
      expect(suggested).not.toContain(title);
    expect(browsed.total).toBe(Object.keys(market.visible).length + jamIds.length);
  });
});

describe("searchProducts: filters", () => {
  it("filters by category, including its subcategories", async () => {
    const food = await allHits({ categorySlug: market.categories.food.slug });
    expect(food.hits.map((hit) => hit.id)).toEqual(
      expect.arrayContaining([
        market.visible.saintesCream.id,
        market.visible.saintesHoney.id,
        market.visible.parisLavender.id,
      ]),
    );
    expect(food.hits.map((hit) => hit.id)).not.toContain(market.visible.saintesCandle.id);
    const honey = await allHits({ categorySlug: market.categories.honey.slug });
    expect(honey.hits.map((hit) => hit.id)).not.toContain(market.visible.saintesCream.id);
    expect(honey.total).toBe(5);
    expect((await search({ categorySlug: "no-such-category" })).total).toBe(0);
  });

  it("keeps to the radius around the shopper", async () => {
    const close = await allHits({ near: SAINTES, radiusKm: 10 });
    expect(close.hits.length).toBeGreaterThan(0);
    for (const hit of close.hits) expect(hit.distanceKm).toBeLessThanOrEqual(10);
    expect(close.hits.map((hit) => hit.shop.name)).not.toContain("Épicerie du Port");
    const region = await allHits({ query: "miel", near: SAINTES, radiusKm: 100 });
    expect(region.hits.map((hit) => hit.id)).toEqual(
      expect.arrayContaining([market.visible.saintesHoney.id, market.visible.rochelleHoney.id]),
    );
    expect(region.hits.map((hit) => hit.id)).not.toContain(market.visible.parisLavender.id);
    expect(region.hits.map((hit) => hit.id)).not.toContain(market.visible.nowhereHoney.id);
  });

  it("filters by delivery mode, the courier only within its radius of the shopper", async () => {
    const collect = await allHits({ query: "miel", delivery: "CLICK_AND_COLLECT" });
    expect(collect.hits.map((hit) => hit.id)).toEqual([market.visible.saintesHoney.id]);
    const post = await allHits({ query: "miel", delivery: "POSTAL" });
    expect(post.hits.map((hit) => hit.id).sort()).toEqual(
      [
        market.visible.rochelleHoney.id,
        market.visible.rochelleAcacia.id,
        market.visible.parisLavender.id,
        market.visible.nowhereHoney.id,
      ].sort(),
    );
    for (const hit of post.hits) expect(hit.delivery).toContain("POSTAL");

    const courierAnywhere = await allHits({ query: "miel", delivery: "LOCAL_COURIER" });
    expect(courierAnywhere.total).toBe(3);
    const courierInSaintes = await allHits({ query: "miel", delivery: "LOCAL_COURIER", near: SAINTES });
    expect(courierInSaintes.hits.map((hit) => hit.id)).toEqual([market.visible.saintesHoney.id]);
    const courierInLaRochelle = await allHits({ query: "miel", delivery: "LOCAL_COURIER", near: LA_ROCHELLE });
    expect(courierInLaRochelle.hits.map((hit) => hit.id).sort()).toEqual(
      [market.visible.rochelleHoney.id, market.visible.rochelleAcacia.id].sort(),
    );
    // the badges follow the same rule
    const fromSaintes = await search({ query: "miel de fleurs", near: SAINTES });
    expect(fromSaintes.hits.find((hit) => hit.id === market.visible.rochelleHoney.id)?.delivery).toEqual(["POSTAL"]);
  });

  it("keeps only what is in stock when asked (untracked stock counts as available)", async () => {
    const all = ids(await search({ categorySlug: market.categories.food.slug, pageSize: 48 }));
    expect(all).toContain(market.visible.saintesChocolate.id);
    const chocolate = (await search({ query: "chocolat" })).hits.find(
      (hit) => hit.id === market.visible.saintesChocolate.id,
    );
    expect(chocolate?.inStock).toBe(false);
    const inStock = await allHits({ inStockOnly: true });
    expect(inStock.hits.map((hit) => hit.id)).not.toContain(market.visible.saintesChocolate.id);
    expect(inStock.hits.map((hit) => hit.id)).toContain(market.visible.untracked.id);
    for (const hit of inStock.hits) expect(hit.inStock).toBe(true);
  });

  it("filters by price range, bounds included", async () => {
    const everything = await allHits({});
    const expected = everything.hits
      .filter((hit) => hit.priceAmount >= 900 && hit.priceAmount <= 1300)
      .map((hit) => hit.id)
      .sort();
    const ranged = await allHits({ minPriceAmount: 900, maxPriceAmount: 1300 });
    expect(ranged.hits.map((hit) => hit.id).sort()).toEqual(expected);
    expect(expected).toContain(market.visible.rochelleAcacia.id);
    expect(expected).toContain(market.visible.nowhereHoney.id);
  });
});

describe("searchProducts: facets", () => {
  it("counts top-level categories and delivery modes over the filtered set, without their own filter", async () => {
    const result = await search({ query: "miel", categorySlug: market.categories.honey.slug, delivery: "POSTAL" });
    const postal = await allHits({ query: "miel", delivery: "POSTAL" });
    const honeyOnly = await allHits({ query: "miel", categorySlug: market.categories.honey.slug });

    // category facet: computed with the delivery filter, without the category filter
    const food = result.facets.categories.find((facet) => facet.key === market.categories.food.slug);
    expect(food).toMatchObject({ label: "Alimentation" });
    expect(food?.count).toBe(postal.hits.filter((hit) => hit.title.startsWith("Miel")).length);
    // delivery facet: with the category filter, without the delivery filter
    for (const mode of ["CLICK_AND_COLLECT", "LOCAL_COURIER", "POSTAL"] as const) {
      const facet = result.facets.delivery.find((entry) => entry.key === mode);
      expect(facet?.count).toBe(honeyOnly.hits.filter((hit) => hit.delivery.includes(mode)).length);
      expect(facet?.label).toBeTruthy();
    }
    expect(result.total).toBe(honeyOnly.hits.filter((hit) => hit.delivery.includes("POSTAL")).length);
  });

  it("labels categories in the viewer's language", async () => {
    const result = await search({ query: "miel", locale: "en" });
    expect(result.facets.categories.find((facet) => facet.key === market.categories.food.slug)?.label).toBe("Food");
    expect(result.facets.delivery.map((facet) => facet.label)).not.toEqual(
      (await search({ query: "miel", locale: "fr" })).facets.delivery.map((facet) => facet.label),
    );
  });
});

describe("searchProducts: order and pages", () => {
  it.each([
    ["relevance with a location", { near: SAINTES }],
    ["relevance without a location", {}],
    ["distance", { near: SAINTES, sort: "distance" as const }],
    ["price", { sort: "price-asc" as const }],
    ["newest", { sort: "newest" as const }],
  ])("pages are stable (%s): no overlap, nothing missing, same order again", async (_label, extra) => {
    const input = { query: "confiture", pageSize: 7, ...extra };
    const first = await allHits(input);
    const again = await allHits(input);
    const seen = first.hits.map((hit) => hit.id);
    expect(first.total).toBe(jamIds.length);
    expect(new Set(seen).size).toBe(seen.length);
    expect([...seen].sort()).toEqual([...jamIds].sort());
    expect(again.hits.map((hit) => hit.id)).toEqual(seen);
  });

  it("shows the last page for a page past the end, and caps the page size", async () => {
    const last = await search({ query: "confiture", pageSize: 7, page: 99 });
    expect(last.page).toBe(last.pageCount);
    expect(last.hits.length).toBe(jamIds.length - 7 * (last.pageCount - 1));
    expect((await search({ pageSize: 500 })).hits.length).toBeLessThanOrEqual(48);
    const empty = await search({ query: "introuvablexyz", page: 3 });
    expect(empty).toMatchObject({ total: 0, page: 1, pageCount: 1, hits: [] });
  });

  it("sorts by distance and by price", async () => {
    const byDistance = (await search({ query: "miel", near: SAINTES, sort: "distance" })).hits.map(
      (hit) => hit.distanceKm ?? Infinity,
    );
    expect(byDistance).toEqual([...byDistance].sort((a, b) => a - b));
    const byPrice = (await search({ query: "miel", sort: "price-desc" })).hits.map((hit) => hit.priceAmount);
    expect(byPrice).toEqual([...byPrice].sort((a, b) => b - a));
  });

  it("gives distances only when the shopper's location is known, and measures database time", async () => {
    const without = await search({ query: "miel" });
    expect(without.hits.length).toBeGreaterThan(0);
    for (const hit of without.hits) expect(hit.distanceKm).toBeNull();
    const withLocation = await search({ query: "miel de fleurs", near: SAINTES });
    const here = withLocation.hits.find((hit) => hit.id === market.visible.saintesHoney.id);
    const there = withLocation.hits.find((hit) => hit.id === market.visible.rochelleHoney.id);
    expect(here?.distanceKm).toBeLessThan(1);
    expect(there?.distanceKm).toBeGreaterThan(50);
    expect(there?.distanceKm).toBeLessThan(80);
    expect(withLocation.dbMs).toBeGreaterThan(0);
  });
});

describe("suggestProducts", () => {
  it("suggests titles for the beginning of a word or a close spelling, at most eight", async () => {
    expect(await suggestProducts("mie", "fr")).toContain("Miel de fleurs");
    expect(await suggestProducts("chocolt", "fr")).toContain("Tablette de chocolat noir");
    expect((await suggestProducts("confiture", "fr")).length).toBeLessThanOrEqual(8);
    expect(await suggestProducts(" ", "fr")).toEqual([]);
  });
});

describe("listSearchCategories", () => {
  it("offers allowed top-level categories, each followed by its allowed children, never a prohibited one", async () => {
    const { food, honey, banned, bannedChild } = market.categories;
    const options = await listSearchCategories("en");
    const slugs = options.map((option) => option.slug);
    expect(options[slugs.indexOf(food.slug)]).toMatchObject({ name: "Food", depth: 0 });
    expect(slugs.indexOf(honey.slug)).toBe(slugs.indexOf(food.slug) + 1);
    expect(options[slugs.indexOf(honey.slug)]).toMatchObject({ name: "Honey", depth: 1 });
    expect(slugs).not.toContain(banned.slug);
    expect(slugs).not.toContain(bannedChild.slug);
  });
});
