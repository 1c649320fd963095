import { describe, expect, it } from "vitest";
import { readQuery } from "@/lib/api/read-query";
import { searchQuerySchema, shopsQuerySchema } from "@/lib/api/schemas";

// docs/api.md, parameters: read strictly, refused by name, never thrown.
const search = (query: string) => readQuery(new URLSearchParams(query), searchQuerySchema);
const shops = (query: string) => readQuery(new URLSearchParams(query), shopsQuerySchema);

describe("readQuery", () => {
  it("reads the search parameters into numbers and choices", () => {
    expect(search("q=miel&lat=45.74&lng=-0.63&radius=25&minPrice=100&maxPrice=2000&page=2&pageSize=10")).toEqual({
      ok: true,
      value: { q: "miel", lat: 45.74, lng: -0.63, radius: 25, minPrice: 100, maxPrice: 2000, page: 2, pageSize: 10 },
    });
    expect(search("sort=price-asc&delivery=POSTAL&stock=1&rating=4.5&lang=fa")).toMatchObject({
      ok: true,
      value: { sort: "price-asc", delivery: "POSTAL", stock: "1", rating: "4.5", lang: "fa" },
    });
  });

  it("takes the first of repeated values, ignores unknown names and empty values", () => {
    expect(search("page=2&page=3&foo=bar&category=&q=")).toEqual({ ok: true, value: { page: 2 } });
  });

  it("drops NUL bytes and control characters before anything reads them", () => {
    expect(search("q=mi%00el%01")).toEqual({ ok: true, value: { q: "miel" } });
    expect(search("q=%00")).toEqual({ ok: true, value: {} });
  });

  it("refuses nonsense by name: words for numbers, huge numbers, exponents, out of range, unknown choices", () => {
    for (const [query, field] of [
      ["page=abc", "page"],
      ["page=0", "page"],
      ["page=-1", "page"],
      ["page=1.5", "page"],
      ["page=1e3", "page"],
      ["page=0x10", "page"],
      ["page=99999999999999999999", "page"],
      ["page=10001", "page"],
      ["pageSize=49", "pageSize"],
      ["lat=91&lng=0", "lat"],
      ["lat=NaN&lng=0", "lat"],
      ["lat=Infinity&lng=0", "lat"],
      ["lat=1&lng=181", "lng"],
      ["radius=7&lat=1&lng=1", "radius"],
      ["minPrice=12.50", "minPrice"],
      ["minPrice=-1", "minPrice"],
      ["maxPrice=2147483648", "maxPrice"],
      ["sort=cheapest", "sort"],
      ["delivery=DRONE", "delivery"],
      ["stock=yes", "stock"],
      ["rating=5", "rating"],
      ["lang=de", "lang"],
      [`q=${"a".repeat(201)}`, "q"],
      [`q=${"a".repeat(5000)}`, "q"],
    ] as const) {
      expect(search(query), query).toEqual({ ok: false, fields: [field] });
    }
  });

  it("refuses what needs a position without one, and prices the wrong way round", () => {
    expect(search("lat=45")).toEqual({ ok: false, fields: ["lng"] });
    expect(search("lng=1")).toEqual({ ok: false, fields: ["lat"] });
    expect(search("radius=10")).toEqual({ ok: false, fields: ["radius"] });
    expect(search("sort=distance")).toEqual({ ok: false, fields: ["sort"] });
    expect(search("sort=distance&lat=45&lng=1")).toMatchObject({ ok: true });
    expect(search("minPrice=500&maxPrice=100")).toEqual({ ok: false, fields: ["maxPrice"] });
  });

  it("reads the shop directory's parameters: any radius up to 1000 km, with a position", () => {
    expect(shops("lat=45.7&lng=-0.6&radius=7.5&trade=Boulangerie&open=1")).toEqual({
      ok: true,
      value: { lat: 45.7, lng: -0.6, radius: 7.5, trade: "Boulangerie", open: "1" },
    });
    expect(shops("lat=45.7&lng=-0.6&radius=0")).toEqual({ ok: false, fields: ["radius"] });
    expect(shops("lat=45.7&lng=-0.6&radius=1001")).toEqual({ ok: false, fields: ["radius"] });
    expect(shops("radius=5")).toEqual({ ok: false, fields: ["radius"] });
    expect(shops("page=abc&pageSize=0")).toEqual({ ok: false, fields: ["page", "pageSize"] });
  });
});
