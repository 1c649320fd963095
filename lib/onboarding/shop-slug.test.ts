import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { firstFreeSlug, MAX_SLUG_LENGTH, slugifyShopName } from "./shop-slug";

describe("slugifyShopName", () => {
  it.each([
    ["Brûlerie du Quai", "brulerie-du-quai"],
    ["  L'Œuf à la Coque !! ", "loeuf-a-la-coque"],
    ["Café & Crème — Saint-Étienne", "cafe-creme-saint-etienne"],
    ["Straße 12", "strasse-12"],
    ["متجر", "boutique"],
  ])("%s → %s", (name, slug) => {
    expect(slugifyShopName(name)).toBe(slug);
  });

  it("always gives lower-case ASCII words joined by single hyphens, within the length", () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 200 }), (name) => {
        const slug = slugifyShopName(name);
        expect(slug).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
        expect(slug.length).toBeLessThanOrEqual(MAX_SLUG_LENGTH);
      }),
    );
  });
});

describe("firstFreeSlug", () => {
  it("keeps the base when free, else the first free numbered suffix", () => {
    expect(firstFreeSlug("fournil", [])).toBe("fournil");
    expect(firstFreeSlug("fournil", ["fournil"])).toBe("fournil-2");
    expect(firstFreeSlug("fournil", ["fournil", "fournil-2", "fournil-4"])).toBe("fournil-3");
  });
});
