import { describe, expect, it } from "vitest";
import { slugify } from "./slugify";

describe("slugify", () => {
  it("folds accents, ligatures and punctuation to hyphenated ASCII", () => {
    expect(slugify("Œufs frais & Crème brûlée", { fallback: "x" })).toBe("oeufs-frais-creme-brulee");
    expect(slugify("  Miel d'acacia (500 g) ", { fallback: "x" })).toBe("miel-dacacia-500-g");
  });

  it("gives the fallback for text that folds to nothing, and cuts long text on a word edge", () => {
    expect(slugify("خبز", { fallback: "produit" })).toBe("produit");
    const long = slugify("a".repeat(50) + " " + "b".repeat(50), { fallback: "x", maxLength: 51 });
    expect(long).toBe("a".repeat(50));
  });
});
