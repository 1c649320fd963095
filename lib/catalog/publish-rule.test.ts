import { describe, expect, it } from "vitest";
import { missingForPublish } from "./publish-rule";

const ready = { title: "Miel d'acacia", shortDescription: "Récolte 2026, 500 g", priceAmount: 890, imageCount: 1 };

describe("missingForPublish", () => {
  it("lets a complete product go online", () => {
    expect(missingForPublish(ready)).toEqual([]);
  });

  it("names everything that is missing, in the form's order", () => {
    expect(missingForPublish({ title: " ", shortDescription: "", priceAmount: null, imageCount: 0 })).toEqual([
      "title",
      "shortDescription",
      "price",
      "photo",
    ]);
    expect(missingForPublish({ ...ready, priceAmount: 0 })).toEqual(["price"]);
    expect(missingForPublish({ ...ready, imageCount: 0 })).toEqual(["photo"]);
  });
});
