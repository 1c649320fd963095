import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { buildBreadcrumbJsonLd, buildProductJsonLd, decimalPrice, serializeJsonLd } from "./json-ld";

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
