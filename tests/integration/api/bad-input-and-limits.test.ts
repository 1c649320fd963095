import { beforeAll, describe, expect, it } from "vitest";
import { GET as getCategories } from "@/app/api/v1/categories/route";
import { GET as getProduct } from "@/app/api/v1/products/[slug]/route";
import { GET as search } from "@/app/api/v1/search/route";
import { GET as getShop } from "@/app/api/v1/shops/[slug]/route";
import { GET as listShops } from "@/app/api/v1/shops/route";
import { errorResponseSchema } from "@/lib/api/schemas";
import { getDb } from "@/lib/db";
import { rateLimitWindow } from "@/lib/rate-limit/consume-rate-limit";
import { RATE_LIMITS, rateLimitRule } from "@/lib/rate-limit/limits";
import { apiRequest, createApiMarketplace, slugParams, type ApiMarketplace } from "./api-fixtures";

// docs/api.md, errors and limits: bad parameters 400, unknown slugs 404, past the limit 429; hostile
// input never a 500.
let market: ApiMarketplace;

beforeAll(async () => {
  market = await createApiMarketplace();
});

async function error(response: Response, status: number) {
  expect(response.status).toBe(status);
  expect(response.headers.get("cache-control")).toBe("no-store");
  expect(response.headers.get("access-control-allow-origin")).toBe("*");
  return errorResponseSchema.parse(await response.json()).error;
}

describe("bad parameters: 400 with each one named, in the request's language", () => {
  it("search", async () => {
    const refused = await error(await search(apiRequest("/api/v1/search?page=abc&sort=cheapest&lang=en")), 400);
    expect(refused).toEqual({
      code: "BAD_REQUEST",
      message: "Some parameters are not valid.",
      fields: {
        page: "a whole number from 1 to 10000",
        sort: "relevance, distance (with lat and lng), price-asc, price-desc, newest or rating",
      },
    });
    const french = await error(await search(apiRequest("/api/v1/search?radius=10", { "accept-language": "fr" })), 400);
    expect(french.message).toBe("Certains paramètres ne sont pas valides.");
    expect(Object.keys(french.fields!)).toEqual(["radius"]);
    const persian = await error(
      await search(apiRequest("/api/v1/search?minPrice=-5", { "accept-language": "fa-IR" })),
      400,
    );
    expect(persian.message).toBe("برخی از پارامترها معتبر نیستند.");
  });

  it("shops and the language itself", async () => {
    const shops = await error(await listShops(apiRequest("/api/v1/shops?lat=45&lng=1&radius=-3&lang=en")), 400);
    expect(shops.fields).toEqual({ radius: "a radius in kilometres, over 0 and at most 1000, with lat and lng" });
    const lang = await error(await getCategories(apiRequest("/api/v1/categories?lang=de")), 400);
    expect(Object.keys(lang.fields!)).toEqual(["lang"]);
  });

  it("hostile values: 400 or an answer, never a 500", async () => {
    const headers = { "x-halle-client-address": "192.0.2.50" };
    const values = [
      "%00",
      "a%00b",
      "2147483648",
      "99999999999999999999",
      "-2147483649",
      "1.5",
      "1e308",
      "NaN",
      "Infinity",
      "..%2F..%2Fetc",
      "%EF%BF%BD",
      "%ED%A0%80",
      "'%20OR%201=1--",
      "%3Cscript%3E",
      "x".repeat(3000),
      "%5B%5D",
      "%7B%22a%22%3A1%7D",
    ];
    const names = [
      "q",
      "category",
      "lat",
      "lng",
      "radius",
      "delivery",
      "stock",
      "minPrice",
      "maxPrice",
      "rating",
      "sort",
      "page",
      "pageSize",
      "lang",
    ];
    for (const value of values) {
      for (const name of names) {
        const response = await search(apiRequest(`/api/v1/search?${name}=${value}`, headers));
        expect([200, 400], `${name}=${value.slice(0, 20)}`).toContain(response.status);
      }
      const all = await search(
        apiRequest(`/api/v1/search?${names.map((name) => `${name}=${value}`).join("&")}`, headers),
      );
      expect([200, 400]).toContain(all.status);
      for (const name of ["lat", "lng", "radius", "trade", "open", "page", "pageSize"]) {
        const response = await listShops(apiRequest(`/api/v1/shops?lat=45&lng=1&${name}=${value}`, headers));
        expect([200, 400], `shops ${name}=${value.slice(0, 20)}`).toContain(response.status);
      }
    }
    expect((await search(apiRequest("/api/v1/search?q=%00"))).status).toBe(200);
    expect((await search(apiRequest("/api/v1/search?page=2147483648"))).status).toBe(400);
  });
});

describe("unknown slugs: 404 JSON", () => {
  it("product and shop, including slugs no row could have", async () => {
    for (const slug of ["nothing-here", "a\u0000b", "x".repeat(300), "../etc/passwd", "\ud800"]) {
      const product = await error(await getProduct(apiRequest("/api/v1/products/x?lang=en"), slugParams(slug)), 404);
      expect(product).toEqual({ code: "NOT_FOUND", message: "Nothing matches this address." });
      expect((await getShop(apiRequest("/api/v1/shops/x"), slugParams(slug))).status).toBe(404);
    }
    // a bad parameter on a known slug is still 400
    const { slug } = market.visible.saintesHoney;
    expect((await getProduct(apiRequest(`/api/v1/products/${slug}?lang=xx`), slugParams(slug))).status).toBe(400);
  });
});

describe("rate limit per client address (docs/security.md, rate limits)", () => {
  const bucket = (address: string) => rateLimitRule("publicApiPerAddress", address).key;

  it("counts every route against the address scripts/server.ts set, whatever X-Forwarded-For says", async () => {
    const address = "198.51.100.23";
    const headers = { "x-halle-client-address": address, "x-forwarded-for": "203.0.113.99" };
    const { slug } = market.visible.saintesCream;
    await search(apiRequest("/api/v1/search?q=miel", headers));
    await search(apiRequest("/api/v1/search?page=abc", headers));
    await getProduct(apiRequest(`/api/v1/products/${slug}`, headers), slugParams(slug));
    await getCategories(apiRequest("/api/v1/categories", headers));
    const rows = await getDb().rateLimitBucket.findMany({ where: { key: bucket(address) } });
    expect(rows.reduce((sum, row) => sum + row.count, 0)).toBe(4);
    expect(await getDb().rateLimitBucket.count({ where: { key: bucket("203.0.113.99") } })).toBe(0);
  });

  it("answers 429 JSON with Retry-After past 600 a minute, and nothing else for that address", async () => {
    const address = "203.0.113.7";
    const { limit, windowMs } = RATE_LIMITS.publicApiPerAddress;
    expect(limit).toBe(600);
    // the address has used its minute (this window and the next, should the minute turn meanwhile)
    const now = new Date();
    for (const at of [now, new Date(now.getTime() + windowMs)]) {
      const { start, end } = rateLimitWindow(at, windowMs);
      await getDb().rateLimitBucket.create({
        data: { key: bucket(address), windowStart: start, count: limit, expiresAt: end },
      });
    }
    const headers = { "x-halle-client-address": address, "accept-language": "en" };
    const response = await search(apiRequest("/api/v1/search?q=miel", headers));
    const refused = await error(response, 429);
    expect(refused.code).toBe("RATE_LIMITED");
    expect(refused.message).toMatch(/^Too many requests from your address: try again in \d+ s\.$/);
    const retryAfter = Number(response.headers.get("retry-after"));
    expect(retryAfter).toBeGreaterThanOrEqual(1);
    expect(retryAfter).toBeLessThanOrEqual(60);
    const { slug } = market.shops.saintes;
    expect((await getShop(apiRequest(`/api/v1/shops/${slug}`, headers), slugParams(slug))).status).toBe(429);
    expect((await search(apiRequest("/api/v1/search?page=abc", headers))).status).toBe(429);
    // another address is not affected
    const other = await search(apiRequest("/api/v1/search?q=miel", { "x-halle-client-address": "203.0.113.8" }));
    expect(other.status).toBe(200);
  });
});
