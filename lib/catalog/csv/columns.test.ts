import { describe, expect, it } from "vitest";
import { CSV_COLUMNS, matchHeaders, normalizeHeader } from "./columns";

describe("matchHeaders", () => {
  it("accepts the English headers the export writes", () => {
    const result = matchHeaders(CSV_COLUMNS.map((column) => column.header));
    expect(result.ok).toBe(true);
    if (result.ok) expect(result.columns.map((column) => column.key)).toEqual(CSV_COLUMNS.map((column) => column.key));
  });

  it("accepts French headers whatever their case and accents, in any order", () => {
    const result = matchHeaders([
      "Titre",
      "PRIX",
      "Référence",
      "Prix Barré",
      "masquer_si_epuise",
      "Catégorie",
      "statut",
      "unite",
    ]);
    expect(result.ok).toBe(true);
    if (result.ok) {
      expect(result.columns.map((column) => [column.key, column.index])).toEqual([
        ["title", 0],
        ["price", 1],
        ["sku", 2],
        ["compareAtPrice", 3],
        ["hideWhenOutOfStock", 4],
        ["category", 5],
        ["status", 6],
        ["priceUnit", 7],
      ]);
      // the vendor's own spelling is kept to name the column in errors
      expect(result.columns[0].header).toBe("Titre");
    }
  });

  it("names unknown, duplicate and missing required columns, processing nothing", () => {
    const result = matchHeaders(["sku", "titre", "title", "couleur", "taille"]);
    expect(result).toEqual({
      ok: false,
      errors: [
        { message: "catalogImport.errors.unknownColumns", values: { columns: "couleur, taille" } },
        { message: "catalogImport.errors.duplicateColumns", values: { columns: "title" } },
        { message: "catalogImport.errors.missingColumns", values: { columns: "price" } },
      ],
    });
  });

  it("ignores empty header cells (a trailing separator)", () => {
    expect(matchHeaders(["sku", "title", "price", ""]).ok).toBe(true);
  });

  it("normalizes spaces, hyphens, case and accents", () => {
    expect(normalizeHeader("  Prix-Estimé ")).toBe("prix_estime");
    expect(normalizeHeader("En ligne")).toBe("en_ligne");
  });
});
