import { beforeAll, describe, expect, it } from "vitest";
import type { z } from "zod";
import { GET as getCategories } from "@/app/api/v1/categories/route";
import { GET as getOpenApi } from "@/app/api/v1/openapi.json/route";
import { GET as getProduct } from "@/app/api/v1/products/[slug]/route";
import { GET as search } from "@/app/api/v1/search/route";
import { GET as getShop } from "@/app/api/v1/shops/[slug]/route";
import { GET as listShops } from "@/app/api/v1/shops/route";
import { API_ROUTES } from "@/lib/api/api-routes";
import { appUrl } from "@/lib/app-url";
import {
  categoriesResponseSchema,
  productResponseSchema,
  searchResponseSchema,
  shopResponseSchema,
  shopsResponseSchema,
} from "@/lib/api/schemas";
import { parseSearchParams, type RawSearchParams } from "@/lib/search/search-params";
import { searchProducts } from "@/lib/search/search-products";
import { createJams } from "../search/search-fixtures";
import { apiRequest, createApiMarketplace, SAINTES, slugParams, type ApiMarketplace } from "./api-fixtures";

// docs/api.md: each route's answer, checked against its response schema (strict: no field the
// contract does not name), so the OpenAPI document generated from them cannot drift.
let market: ApiMarketplace;

beforeAll(async () => {
  market = await createApiMarketplace();
  await createJams([market.shops.saintes.id, market.shops.rochelle.id, market.shops.paris.id], 30);
});

async function json<S extends z.ZodType>(response: Response, schema: S): Promise<z.output<S>> {
  expect(response.status).toBe(200);
  expect(response.headers.get("content-type")).toContain("application/json");
  expect(response.headers.get("access-control-allow-origin")).toBe("*");
  return schema.parse(await response.json());
}

const near = `lat=${SAINTES.latitude}&lng=${SAINTES.longitude}`;

describe("GET /api/v1/search", () => {
  it("answers the search with prices in minor units and their currency, absolute links, pagination", async () => {
    const response = await search(apiRequest(`/api/v1/search?q=miel+de+fleurs&${near}`));
    expect(response.headers.get("cache-control")).toBe("public, max-age=30, stale-while-revalidate=60");
    const body = await json(response, searchResponseSchema);
    const honey = body.products.find((hit) => hit.id === market.visible.saintesHoney.id)!;
    expect(body.products[0]!.id).toBe(market.visible.saintesHoney.id);
    expect(honey).toMatchObject({
      price: { amount: 1200, currency: "EUR" },
      url: appUrl(`/p/${market.visible.saintesHoney.slug}`),
      image: { url: appUrl("/files/products/miel.webp"), alt: "Pot de miel" },
      inStock: true,
      shop: { slug: market.shops.saintes.slug, name: "Le Rucher de Saintonge", premium: false },
      delivery: ["CLICK_AND_COLLECT", "LOCAL_COURIER"],
    });
    expect(honey.distanceKm).toBeLessThan(1);
    expect(body.pagination).toMatchObject({ page: 1, pageSize: 24 });
    expect(body.pagination.total).toBeGreaterThanOrEqual(2);
    expect(body.facets.delivery.map((facet) => facet.key)).toEqual(["CLICK_AND_COLLECT", "LOCAL_COURIER", "POSTAL"]);
  });

  it("returns the products of the /search page, in its order, for the same parameters", async () => {
    const cases: [RawSearchParams, string][] = [
      [{ q: "miel" }, "q=miel"],
      [{ q: "miel", sort: "price-asc" }, "q=miel&sort=price-asc"],
      [
        { category: market.categories.honey.slug, radius: "100" },
        `category=${market.categories.honey.slug}&radius=100`,
      ],
      [{ q: "confiture", page: "2" }, "q=confiture&page=2"],
      [{ delivery: "POSTAL", stock: "1", sort: "newest" }, "delivery=POSTAL&stock=1&sort=newest"],
      [{ sort: "distance" }, "sort=distance"],
      [{ q: "chocolt" }, "q=chocolt"],
    ];
    for (const [pageParams, query] of cases) {
      // what app/(storefront)/search/page.tsx does with a location cookie at Saintes
      const { input } = parseSearchParams(pageParams, "fr", true);
      const page = await searchProducts({ ...input, near: SAINTES, locale: "fr" });
      const body = await json(
        await search(apiRequest(`/api/v1/search?${query}&${near}&lang=fr`)),
        searchResponseSchema,
      );
      expect(
        body.products.map((hit) => hit.id),
        query,
      ).toEqual(page.hits.map((hit) => hit.id));
      expect(body.pagination, query).toEqual({
        page: page.page,
        pageSize: 24,
        total: page.total,
        pageCount: page.pageCount,
      });
      expect(body.approximate).toBe(page.approximate);
      expect(body.products.length, query).toBeGreaterThan(0);
    }
  });

  it("filters by price in minor units, and pages with pageSize", async () => {
    const body = await json(
      await search(apiRequest("/api/v1/search?q=miel&minPrice=1000&maxPrice=1200")),
      searchResponseSchema,
    );
    expect(body.products.length).toBeGreaterThan(0);
    expect(body.products.every((hit) => hit.price.amount >= 1000 && hit.price.amount <= 1200)).toBe(true);
    const paged = await json(
      await search(apiRequest("/api/v1/search?q=confiture&pageSize=7&page=2")),
      searchResponseSchema,
    );
    expect(paged.pagination).toMatchObject({ page: 2, pageSize: 7, total: 30, pageCount: 5 });
    expect(paged.products).toHaveLength(7);
  });

  it("names categories and facets in the request's language (?lang, else Accept-Language)", async () => {
    const facet = async (request: Request) =>
      (await json(await search(request), searchResponseSchema)).facets.categories.find(
        (category) => category.key === market.categories.food.slug,
      )?.name;
    expect(await facet(apiRequest("/api/v1/search?q=miel&lang=en"))).toBe("Food");
    expect(await facet(apiRequest("/api/v1/search?q=miel", { "accept-language": "en-GB,en;q=0.9" }))).toBe("Food");
    expect(await facet(apiRequest("/api/v1/search?q=miel&lang=fr", { "accept-language": "en" }))).toBe("Alimentation");
  });
});

describe("GET /api/v1/products/<slug>", () => {
  it("answers the product as its page shows it", async () => {
    const { saintesHoney } = market.visible;
    const response = await getProduct(
      apiRequest(`/api/v1/products/${saintesHoney.slug}`),
      slugParams(saintesHoney.slug),
    );
    expect(response.headers.get("cache-control")).toBe("public, max-age=60, stale-while-revalidate=300");
    const body = await json(response, productResponseSchema);
    expect(body).toMatchObject({
      id: saintesHoney.id,
      title: "Miel de fleurs",
      price: { amount: 1200, currency: "EUR" },
      compareAtPrice: { amount: 1500, currency: "EUR" },
      stock: "IN_STOCK",
      description: "Un **miel** de fleurs.",
      images: [
        {
          url: appUrl("/files/products/miel.webp"),
          width: 800,
          variants: [{ width: 320, url: appUrl("/files/products/miel-320.webp") }],
        },
      ],
      categories: [
        { slug: market.categories.food.slug, name: "Alimentation" },
        { slug: market.categories.honey.slug, name: "Miels" },
      ],
      rating: { count: 0, average: null },
      shop: {
        slug: market.shops.saintes.slug,
        city: "Saintes",
        logoUrl: appUrl("/files/logos/rucher.webp"),
        location: { latitude: SAINTES.latitude, longitude: SAINTES.longitude },
        delivery: { clickAndCollect: true, courier: true, courierRadiusKm: 10, postal: false },
      },
    });
    expect(typeof body.shop.openNow).toBe("boolean");
  });

  it("says the stock as the page does, never a count", async () => {
    const stock = async (slug: string) =>
      (await json(await getProduct(apiRequest(`/api/v1/products/${slug}`), slugParams(slug)), productResponseSchema))
        .stock;
    expect(await stock(market.visible.saintesChocolate.slug)).toBe("OUT_OF_STOCK");
    expect(await stock(market.visible.untracked.slug)).toBe("NOT_TRACKED");
  });

  it("answers 304 to a client holding the same answer (If-None-Match)", async () => {
    const { slug } = market.visible.saintesCream;
    const first = await getProduct(apiRequest(`/api/v1/products/${slug}`), slugParams(slug));
    const tag = first.headers.get("etag")!;
    expect(tag).toMatch(/^W\//);
    const again = await getProduct(apiRequest(`/api/v1/products/${slug}`, { "if-none-match": tag }), slugParams(slug));
    expect(again.status).toBe(304);
    expect(await again.text()).toBe("");
  });
});

describe("GET /api/v1/shops/<slug> and /api/v1/shops", () => {
  it("answers the shop with its public contact details and its products online", async () => {
    const { saintes } = market.shops;
    const body = await json(
      await getShop(apiRequest(`/api/v1/shops/${saintes.slug}`), slugParams(saintes.slug)),
      shopResponseSchema,
    );
    expect(body).toMatchObject({
      id: saintes.id,
      name: "Le Rucher de Saintonge",
      url: appUrl(`/shops/${saintes.slug}`),
      address: { line: "3 rue des Abeilles", postalCode: "17100", city: "Saintes", country: "FR" },
      contact: { phone: "05 46 00 00 00", email: "bonjour@rucher.test", website: null, socials: {} },
      openingHours: { timeZone: "Europe/Paris", days: [[{ open: "09:00", close: "18:00" }], [], [], [], [], [], []] },
    });
    expect(body.products.map((product) => product.title)).toEqual(
      [...body.products.map((product) => product.title)].sort((a, b) => a.localeCompare(b)),
    );
    expect(body.products.map((product) => product.id)).toEqual(
      expect.arrayContaining([market.visible.saintesHoney.id, market.visible.saintesSoap.id]),
    );
  });

  it("lists approved shops nearest first from a point, within a radius, paged", async () => {
    const body = await json(await listShops(apiRequest(`/api/v1/shops?${near}&radius=100`)), shopsResponseSchema);
    const slugs = body.shops.map((shop) => shop.slug);
    expect(slugs).toEqual([market.shops.saintes.slug, market.shops.rochelle.slug]);
    expect(body.shops[0]!.distanceKm).toBeLessThan(1);
    expect(body.shops[1]!.distanceKm).toBeGreaterThan(50);
    expect(body.pagination).toEqual({ page: 1, pageSize: 24, total: 2, pageCount: 1 });
    const all = await json(await listShops(apiRequest(`/api/v1/shops?${near}&pageSize=2&page=2`)), shopsResponseSchema);
    expect(all.pagination).toMatchObject({ page: 2, pageSize: 2, total: 4 });
    expect(all.shops).toHaveLength(2);
    const byName = await json(await listShops(apiRequest("/api/v1/shops")), shopsResponseSchema);
    expect(byName.shops.every((shop) => shop.distanceKm === null)).toBe(true);
  });
});

describe("GET /api/v1/categories and /api/v1/openapi.json", () => {
  it("answers the tree shoppers browse, named in the language asked, prohibited ones left out", async () => {
    const body = await json(await getCategories(apiRequest("/api/v1/categories?lang=en")), categoriesResponseSchema);
    const food = body.categories.find((category) => category.slug === market.categories.food.slug)!;
    expect(food).toMatchObject({ name: "Food", url: appUrl(`/c/${market.categories.food.slug}`) });
    expect(food.children.map((child) => child.slug)).toEqual([market.categories.honey.slug]);
    const slugs = JSON.stringify(body);
    expect(slugs).not.toContain(market.categories.banned.slug);
    expect(slugs).not.toContain(market.categories.bannedChild.slug);
  });

  it("serves the OpenAPI document with every route", async () => {
    const response = await getOpenApi(apiRequest("/api/v1/openapi.json"));
    expect(response.status).toBe(200);
    expect(response.headers.get("cache-control")).toBe("public, max-age=3600");
    const document = await response.json();
    expect(document.openapi).toBe("3.1.0");
    expect(document.servers).toEqual([{ url: appUrl("/").replace(/\/$/, "") }]);
    expect(Object.keys(document.paths).sort()).toEqual(API_ROUTES.map((route) => route.path).sort());
  });
});
