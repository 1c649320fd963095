import { describe, expect, it } from "vitest";
import { categoryName } from "./category-name";

describe("categoryName", () => {
  const names = { fr: "Boulangerie", en: "Bakery" };

  it("picks the viewer's locale", () => {
    expect(categoryName(names, "en")).toBe("Bakery");
    expect(categoryName(names, "fr")).toBe("Boulangerie");
  });

  it("falls back to French when the locale is missing or blank", () => {
    expect(categoryName(names, "fa")).toBe("Boulangerie");
    expect(categoryName({ fr: "Fromagerie", en: " " }, "en")).toBe("Fromagerie");
  });

  it("returns null for malformed names", () => {
    expect(categoryName(null, "fr")).toBeNull();
    expect(categoryName(["Boulangerie"], "fr")).toBeNull();
    expect(categoryName({ de: "Bäckerei" }, "fr")).toBeNull();
  });
});
