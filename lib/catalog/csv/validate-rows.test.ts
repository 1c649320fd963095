import { describe, expect, it } from "vitest";
import { matchHeaders } from "./columns";
import { validateRows, type ExistingProduct, type ImportContext } from "./validate-rows";

function context(existing: ExistingProduct[] = []): ImportContext {
  return {
    existing: new Map(existing.map((product) => [product.sku, product])),
    categories: new Map([
      ["pains", { id: "cat-pains", allowed: true }],
      ["tabac", { id: "cat-tabac", allowed: false }],
    ]),
    categorySlugById: new Map([
      ["cat-pains", "pains"],
      ["cat-tabac", "tabac"],
    ]),
    shippingClasses: new Map([["Colis léger", "ship-1"]]),
    shippingClassNameById: new Map([["ship-1", "Colis léger"]]),
  };
}

const existingProduct = (overrides: Partial<ExistingProduct> = {}): ExistingProduct => ({
  id: "prod-1",
  sku: "PAIN-1",
  title: "Baguette",
  shortDescription: "Croustillante",
  description: "",
  kind: "PHYSICAL",
  status: "DRAFT",
  categoryId: "cat-pains",
  priceAmount: 120,
  compareAtAmount: null,
  estimatedPrice: false,
  priceUnit: null,
  stockTracked: true,
  stock: 10,
  hideWhenOutOfStock: false,
  weightGrams: 250,
  shippingClassId: null,
  imageCount: 0,
  ...overrides,
});

function run(headers: string[], rows: string[][], ctx = context()) {
  const match = matchHeaders(headers);
  if (!match.ok) throw new Error("bad headers");
  return validateRows(match.columns, rows, ctx, headers.length);
}

describe("validateRows", () => {
  it("plans a create for a new SKU, reading French prices and words", () => {
    const result = run(
      ["référence", "titre", "prix", "type", "catégorie", "stock_suivi", "stock", "classe_livraison"],
      [["NEW-1", "Pain de seigle", "4,50", "physique", "pains", "oui", "12", "Colis léger"]],
    );
    expect(result.errors).toEqual([]);
    expect(result.planned).toEqual([
      {
        line: 2,
        sku: "NEW-1",
        action: "create",
        data: expect.objectContaining({
          title: "Pain de seigle",
          priceAmount: 450,
          kind: "PHYSICAL",
          categoryId: "cat-pains",
          stockTracked: true,
          stock: 12,
          shippingClassId: "ship-1",
          status: "DRAFT",
        }),
      },
    ]);
  });

  it("accepts 12.50 and 12,50 alike", () => {
    const result = run(
      ["sku", "title", "price"],
      [
        ["A", "A", "12.50"],
        ["B", "B", "12,50"],
      ],
    );
    expect(result.planned.map((row) => row.data.priceAmount)).toEqual([1250, 1250]);
  });

  it("reports each bad cell with its spreadsheet line and the file's column name", () => {
    const result = run(
      ["sku", "titre", "prix", "stock_suivi", "stock", "statut", "catégorie", "classe_livraison"],
      [
        ["OK-1", "Bon", "3", "non", "", "brouillon", "", ""],
        ["BAD-1", "", "-3", "peut-être", "", "", "", ""],
        ["BAD-2", "x".repeat(10_000), "3", "oui", "-1", "publié", "inconnue", "Express"],
        ["", "Sans référence", "3", "", "", "", "", ""],
        ["OK-1", "Doublon", "3", "", "", "", "tabac", ""],
      ],
    );
    expect(result.rowCount).toBe(5);
    expect(result.planned.map((row) => row.sku)).toEqual(["OK-1"]);
    expect(result.errors).toEqual(
      expect.arrayContaining([
        { line: 3, column: "titre", message: "products.errors.titleRequired" },
        { line: 3, column: "prix", message: "products.errors.priceInvalid" },
        { line: 3, column: "stock_suivi", message: "products.errors.booleanInvalid" },
        { line: 4, column: "titre", message: "products.errors.titleTooLong" },
        { line: 4, column: "stock", message: "products.errors.stockInvalid" },
        { line: 4, column: "statut", message: "catalogImport.errors.statusInvalid" },
        { line: 5, column: "sku", message: "catalogImport.errors.skuRequired" },
        { line: 6, column: "sku", message: "catalogImport.errors.skuDuplicate", values: { line: 2 } },
        { line: 6, column: "catégorie", message: "catalogImport.errors.categoryProhibited", values: { slug: "tabac" } },
      ]),
    );
    expect(result.errors.every((error) => error.line >= 3)).toBe(true);
  });

  it("checks categories and shipping classes, alongside the row's other errors", () => {
    const result = run(
      ["sku", "title", "price", "category", "shipping_class"],
      [["A", "A", "-3", "inconnue", "Express"]],
    );
    expect(result.errors).toEqual([
      { line: 2, column: "category", message: "catalogImport.errors.categoryUnknown", values: { slug: "inconnue" } },
      {
        line: 2,
        column: "shipping_class",
        message: "catalogImport.errors.shippingClassUnknown",
        values: { name: "Express" },
      },
      { line: 2, column: "price", message: "products.errors.priceInvalid" },
    ]);
  });

  it("counts empty lines for the numbering but not as rows", () => {
    const result = run(
      ["sku", "title", "price"],
      [
        ["A", "A", "1"],
        ["", "", ""],
        ["B", "", "1"],
      ],
    );
    expect(result.rowCount).toBe(2);
    expect(result.errors).toEqual([{ line: 4, column: "title", message: "products.errors.titleRequired" }]);
  });

  it("refuses a new product online: it has no photo yet", () => {
    const result = run(
      ["sku", "title", "price", "short_description", "status"],
      [["A", "A", "1", "Court", "en ligne"]],
    );
    expect(result.errors).toEqual([
      { line: 2, column: "status", message: "catalogImport.errors.publishMissing.photo" },
    ]);
  });

  it("publishes an existing product that has photos, and names what a product lacks", () => {
    const ctx = context([
      existingProduct({ imageCount: 2 }),
      existingProduct({ id: "prod-2", sku: "PAIN-2", shortDescription: "" }),
    ]);
    const result = run(
      ["sku", "title", "price", "status"],
      [
        ["PAIN-1", "Baguette", "1,20", "online"],
        ["PAIN-2", "Baguette", "1,20", "online"],
      ],
      ctx,
    );
    expect(result.planned).toEqual([expect.objectContaining({ sku: "PAIN-1", action: "update", publishes: true })]);
    expect(result.errors).toEqual([
      { line: 3, column: "status", message: "catalogImport.errors.publishMissing.shortDescription" },
      { line: 3, column: "status", message: "catalogImport.errors.publishMissing.photo" },
    ]);
  });

  it("updates by SKU only the columns in the file, and sees unchanged rows", () => {
    const ctx = context([existingProduct()]);
    const same = run(["sku", "title", "price"], [["PAIN-1", "Baguette", "1,20"]], ctx);
    expect(same.planned).toEqual([expect.objectContaining({ action: "unchanged", productId: "prod-1" })]);
    const changed = run(["sku", "title", "price"], [["PAIN-1", "Baguette tradition", "1.30"]], ctx);
    expect(changed.planned).toEqual([
      expect.objectContaining({
        action: "update",
        data: expect.objectContaining({
          title: "Baguette tradition",
          priceAmount: 130,
          stock: 10,
          weightGrams: 250,
          categoryId: "cat-pains",
          shortDescription: "Croustillante",
        }),
      }),
    ]);
  });

  it("flags cells beyond the header", () => {
    const result = run(["sku", "title", "price"], [["A", "A", "1", "surplus"]]);
    expect(result.errors).toEqual([{ line: 2, column: "", message: "catalogImport.errors.tooManyCells" }]);
  });
});
