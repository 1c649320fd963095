import { describe, expect, it } from "vitest";
import { parseSearchParams, searchHref } from "./search-params";

describe("parseSearchParams", () => {
  it("reads every field of the form", () => {
    const { input, values, invalid } = parseSearchParams(
      {
        q: "  miel  ",
        category: "alimentation",
        radius: "25",
        delivery: "POSTAL",
        stock: "1",
        min: "2,50",
        max: "1 234,5",
        rating: "4.5",
        sort: "price-asc",
        page: "3",
      },
      "fr",
      true,
    );
    expect(input).toEqual({
      query: "miel",
      categorySlug: "alimentation",
      radiusKm: 25,
      delivery: "POSTAL",
      inStockOnly: true,
      minPriceAmount: 250,
      maxPriceAmount: 123450,
      minRatingTenths: 45,
      sort: "price-asc",
      page: 3,
    });
    expect(values.q).toBe("miel");
    expect(invalid).toEqual({ min: false, max: false });
  });

  it("reads prices in the viewer's locale", () => {
    expect(parseSearchParams({ min: "12.50" }, "en", false).input.minPriceAmount).toBe(1250);
    expect(parseSearchParams({ min: "12,50" }, "fr", false).input.minPriceAmount).toBe(1250);
  });

  it("ignores values it does not know, and flags unreadable prices", () => {
    const { input, values, invalid } = parseSearchParams(
      { radius: "7", delivery: "DRONE", sort: "random", page: "-2", min: "abc", q: ["a", "b"] },
      "fr",
      true,
    );
    expect(input).toMatchObject({
      radiusKm: null,
      delivery: null,
      sort: "relevance",
      page: 1,
      minPriceAmount: null,
      query: "a",
    });
    expect(values).toMatchObject({ radius: "", delivery: "", sort: "relevance" });
    expect(invalid.min).toBe(true);
  });

  // docs/trust.md, reviews: the search filter "min rating" offers 3, 4 and 4.5 stars.
  it.each([
    ["3", 30, "3"],
    ["4", 40, "4"],
    ["4.5", 45, "4.5"],
    ["5", null, ""],
    ["4,5", null, ""],
    ["", null, ""],
    ["abc", null, ""],
  ])("reads rating=%j as %j tenths (shown back as %j)", (rating, tenths, shown) => {
    const { input, values } = parseSearchParams({ rating }, "fr", false);
    expect(input.minRatingTenths).toBe(tenths);
    expect(values.rating).toBe(shown);
  });

  it("knows the rating order, with or without a location", () => {
    expect(parseSearchParams({ sort: "rating" }, "fr", false).input.sort).toBe("rating");
    expect(parseSearchParams({ sort: "rating" }, "fr", true).values.sort).toBe("rating");
  });

  it("drops the radius and the distance order without a location", () => {
    const { input } = parseSearchParams({ radius: "25", sort: "distance" }, "fr", false);
    expect(input.radiusKm).toBeNull();
    expect(input.sort).toBe("relevance");
  });
});

describe("searchHref", () => {
  const values = {
    q: "miel",
    category: "",
    radius: "10",
    delivery: "",
    stock: "",
    min: "",
    max: "",
    rating: "",
    sort: "relevance",
    page: "2",
  };

  it("keeps the search, leaves out empty values and goes back to page 1 when a filter changes", () => {
    expect(searchHref(values, { delivery: "POSTAL" })).toBe("/search?q=miel&radius=10&delivery=POSTAL");
  });

  it("changes the page and keeps everything else", () => {
    expect(searchHref(values, { page: "3" })).toBe("/search?q=miel&radius=10&page=3");
    expect(searchHref(values, { page: "1" })).toBe("/search?q=miel&radius=10");
  });

  it("keeps the least rating and the rating order", () => {
    expect(searchHref(values, { rating: "4", sort: "rating" })).toBe("/search?q=miel&radius=10&rating=4&sort=rating");
    expect(searchHref({ ...values, rating: "4.5" }, { page: "3" })).toBe("/search?q=miel&radius=10&rating=4.5&page=3");
  });

  it("encodes what the shopper typed", () => {
    expect(searchHref({ ...values, q: "pain & miel", radius: "" }, {})).toBe("/search?q=pain+%26+miel");
  });
});
