import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { buildBreadcrumbJsonLd, buildProductJsonLd, buildShopJsonLd, decimalPrice, serializeJsonLd } from "./json-ld";

const base = {
  url: "https://halle.example/p/miel",
  title: "Miel de lavande",
  description: "Récolte de l'été",
  imageUrls: ["https://halle.example/files/miel.webp"],
  priceAmount: 1250,
  currency: "EUR",
  inStock: true,
  seller: { name: "Le Rucher", url: "https://halle.example/shops/le-rucher" },
};

describe("decimalPrice", () => {
  it("writes minor units as a decimal string in the currency's precision", () => {
    expect(decimalPrice(1250, "EUR")).toBe("12.50");
    expect(decimalPrice(5, "EUR")).toBe("0.05");
    expect(decimalPrice(0, "EUR")).toBe("0.00");
    expect(decimalPrice(500, "JPY")).toBe("500");
  });

  it("reads back to the same number of minor units", () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 10_000_000 }), (amount) => {
        const [units, cents] = decimalPrice(amount, "EUR").split(".");
        expect(cents).toHaveLength(2);
        expect(Number(units) * 100 + Number(cents)).toBe(amount);
      }),
    );
  });

  it("refuses a fractional amount", () => {
    expect(() => decimalPrice(12.5, "EUR")).toThrow(RangeError);
  });
});

describe("buildProductJsonLd", () => {
  it("describes a Product with an Offer sold by the shop", () => {
    const data = buildProductJsonLd(base);
    expect(data).toMatchObject({
      "@context": "https://schema.org",
      "@type": "Product",
      name: base.title,
      url: base.url,
      image: base.imageUrls,
      offers: {
        "@type": "Offer",
        price: "12.50",
        priceCurrency: "EUR",
        availability: "https://schema.org/InStock",
        seller: { "@type": "Organization", name: base.seller.name, url: base.seller.url },
      },
    });
  });

  it("says OutOfStock when the product ran out", () => {
    const data = buildProductJsonLd({ ...base, inStock: false }) as { offers: { availability: string } };
    expect(data.offers.availability).toBe("https://schema.org/OutOfStock");
  });

  it("leaves out an empty description and missing images", () => {
    const data = buildProductJsonLd({ ...base, description: "", imageUrls: [] });
    expect(data).not.toHaveProperty("description");
    expect(data).not.toHaveProperty("image");
  });
});

// docs/trust.md, reviews: AggregateRating only with at least one published review.
const reviews = [
  { authorName: "Camille D.", rating: 5, comment: "Parfait", createdAt: new Date("2026-11-02T10:00:00Z") },
  { authorName: "Léo M.", rating: 4, comment: "", createdAt: new Date("2026-10-30T23:30:00Z") },
  { authorName: "Ana P.", rating: 3, comment: "Correct", createdAt: new Date("2026-10-01T08:00:00Z") },
  { authorName: "Jo R.", rating: 5, comment: "Top", createdAt: new Date("2026-09-01T08:00:00Z") },
];

describe("ratings in the structured data", () => {
  it.each([
    // [sum, count, ratingValue]
    [9, 2, "4.5"],
    [13, 3, "4.3"],
    [5, 1, "5.0"],
    [11, 4, "2.8"],
  ])("a product rated %i over %i reviews has ratingValue %s", (sum, count, ratingValue) => {
    const data = buildProductJsonLd({ ...base, rating: { sum, count } });
    expect(data.aggregateRating).toEqual({
      "@type": "AggregateRating",
      ratingValue,
      reviewCount: count,
      bestRating: 5,
      worstRating: 1,
    });
    expect(data).not.toHaveProperty("review");
  });

  it("leaves the rating out without a review", () => {
    expect(buildProductJsonLd({ ...base, rating: { sum: 0, count: 0, reviews: [] } })).not.toHaveProperty(
      "aggregateRating",
    );
    expect(buildProductJsonLd(base)).not.toHaveProperty("aggregateRating");
  });

  it("adds the first three reviews, without an empty body", () => {
    const data = buildProductJsonLd({ ...base, rating: { sum: 17, count: 4, reviews } }) as {
      review: Record<string, unknown>[];
    };
    expect(data.review).toEqual([
      {
        "@type": "Review",
        author: { "@type": "Person", name: "Camille D." },
        datePublished: "2026-11-02",
        reviewBody: "Parfait",
        reviewRating: { "@type": "Rating", ratingValue: 5, bestRating: 5, worstRating: 1 },
      },
      {
        "@type": "Review",
        author: { "@type": "Person", name: "Léo M." },
        datePublished: "2026-10-30",
        reviewRating: { "@type": "Rating", ratingValue: 4, bestRating: 5, worstRating: 1 },
      },
      {
        "@type": "Review",
        author: { "@type": "Person", name: "Ana P." },
        datePublished: "2026-10-01",
        reviewBody: "Correct",
        reviewRating: { "@type": "Rating", ratingValue: 3, bestRating: 5, worstRating: 1 },
      },
    ]);
  });
});

describe("buildShopJsonLd", () => {
  const shop = {
    url: "https://halle.example/shops/le-rucher",
    name: "Le Rucher",
    description: "Miels de Charente",
    imageUrl: "https://halle.example/files/rucher.webp",
    address: { street: "1 rue du Port", postalCode: "17300", city: "Rochefort", country: "FR" },
    geo: { latitude: 45.937, longitude: -0.961 },
    telephone: "05 46 00 00 00",
  };

  it("describes a Store with its address, position and rating", () => {
    const data = buildShopJsonLd({ ...shop, rating: { sum: 9, count: 2, reviews: reviews.slice(0, 1) } });
    expect(data).toEqual({
      "@context": "https://schema.org",
      "@type": "Store",
      name: "Le Rucher",
      url: shop.url,
      description: "Miels de Charente",
      image: shop.imageUrl,
      address: {
        "@type": "PostalAddress",
        streetAddress: "1 rue du Port",
        postalCode: "17300",
        addressLocality: "Rochefort",
        addressCountry: "FR",
      },
      geo: { "@type": "GeoCoordinates", latitude: 45.937, longitude: -0.961 },
      telephone: "05 46 00 00 00",
      aggregateRating: {
        "@type": "AggregateRating",
        ratingValue: "4.5",
        reviewCount: 2,
        bestRating: 5,
        worstRating: 1,
      },
      review: [
        {
          "@type": "Review",
          author: { "@type": "Person", name: "Camille D." },
          datePublished: "2026-11-02",
          reviewBody: "Parfait",
          reviewRating: { "@type": "Rating", ratingValue: 5, bestRating: 5, worstRating: 1 },
        },
      ],
    });
  });

  it("leaves out what the shop did not give, and the rating without reviews", () => {
    const data = buildShopJsonLd({
      ...shop,
      description: "",
      imageUrl: null,
      address: { street: null, postalCode: null, city: null, country: "FR" },
      geo: null,
      telephone: null,
      rating: { sum: 0, count: 0 },
    });
    expect(data).toEqual({ "@context": "https://schema.org", "@type": "Store", name: "Le Rucher", url: shop.url });
  });
});

describe("buildBreadcrumbJsonLd", () => {
  it("numbers the items from 1 in order", () => {
    const data = buildBreadcrumbJsonLd([
      { name: "Accueil", url: "https://h/" },
      { name: "Épicerie", url: "https://h/c/epicerie" },
    ]) as { "@type": string; itemListElement: { position: number; name: string }[] };
    expect(data["@type"]).toBe("BreadcrumbList");
    expect(data.itemListElement.map((i) => [i.position, i.name])).toEqual([
      [1, "Accueil"],
      [2, "Épicerie"],
    ]);
  });
});

describe("serializeJsonLd", () => {
  it("cannot close the script element, and parses back to the same data", () => {
    const data = buildProductJsonLd({ ...base, title: "</script><script>alert(1)</script> & co" });
    const json = serializeJsonLd(data);
    expect(json).not.toContain("<");
    expect(json).not.toContain(">");
    expect(json).toContain("\\u003c/script");
    expect(JSON.parse(json)).toEqual(data);
  });

  it("round-trips any string", () => {
    fc.assert(
      fc.property(fc.string(), (text) => {
        const json = serializeJsonLd({ text });
        expect(json).not.toMatch(/[<>]/);
        expect(JSON.parse(json)).toEqual({ text });
      }),
    );
  });
});
