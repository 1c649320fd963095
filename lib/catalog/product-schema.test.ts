import { describe, expect, it } from "vitest";
import { fieldErrorsOf } from "@/lib/forms/parse-input";
import { productFieldsSchema } from "./product-schema";

const fr = productFieldsSchema("fr");
const base = { title: "Miel d'acacia", shortDescription: "500 g", price: "8,90", stockTracked: "on", stock: "12" };

function errorsOf(input: Record<string, unknown>) {
  const result = fr.safeParse(input);
  return result.success ? {} : fieldErrorsOf(result.error);
}

describe("productFieldsSchema", () => {
  it("reads a French form into clean values in minor units", () => {
    expect(fr.parse({ ...base, compareAtPrice: "10,50", sku: "MIEL-500", weightGrams: "520" })).toMatchObject({
      title: "Miel d'acacia",
      priceAmount: 890,
      compareAtAmount: 1050,
      stockTracked: true,
      stock: 12,
      sku: "MIEL-500",
      weightGrams: 520,
      kind: "PHYSICAL",
      estimatedPrice: false,
      priceUnit: null,
    });
  });

  it("reads a stock, a weight and a price typed in Persian digits", () => {
    expect(fr.parse({ ...base, price: "۸٫۹۰", stock: "۱۲", weightGrams: "٥٢٠" })).toMatchObject({
      priceAmount: 890,
      stock: 12,
      weightGrams: 520,
    });
    expect(errorsOf({ ...base, stock: "۱٫۵" })).toEqual({ stock: "products.errors.stockInvalid" });
  });

  it("accepts CSV words for booleans and an untracked stock", () => {
    expect(fr.parse({ ...base, stockTracked: "non", stock: "", hideWhenOutOfStock: "oui" })).toMatchObject({
      stockTracked: false,
      stock: 0,
      hideWhenOutOfStock: true,
    });
  });

  it("refuses absurd or malformed values, each on its field", () => {
    expect(errorsOf({ ...base, price: "-3" })).toEqual({ price: "products.errors.priceInvalid" });
    expect(errorsOf({ ...base, price: "99999999" })).toEqual({ price: "products.errors.priceInvalid" });
    expect(errorsOf({ ...base, stock: "-1" })).toEqual({ stock: "products.errors.stockInvalid" });
    expect(errorsOf({ ...base, stock: "2000000" })).toEqual({ stock: "products.errors.stockInvalid" });
    expect(errorsOf({ ...base, title: "x".repeat(10_000) })).toEqual({ title: "products.errors.titleTooLong" });
    expect(errorsOf({ ...base, title: "  " })).toEqual({ title: "products.errors.titleRequired" });
    expect(errorsOf({ ...base, shortDescription: "y".repeat(161) })).toEqual({
      shortDescription: "products.errors.shortDescriptionTooLong",
    });
    expect(errorsOf({ ...base, kind: "weapon" })).toEqual({ kind: "products.errors.kindInvalid" });
    expect(errorsOf({ ...base, sku: "<script>" })).toEqual({ sku: "products.errors.skuInvalid" });
    expect(errorsOf({ ...base, stockTracked: "peut-être" })).toEqual({
      stockTracked: "products.errors.booleanInvalid",
    });
  });

  it("needs a unit with an estimated price, a compare-at price above the price, a stock when tracked", () => {
    expect(errorsOf({ ...base, estimatedPrice: "on" })).toEqual({ priceUnit: "products.errors.priceUnitRequired" });
    expect(fr.parse({ ...base, estimatedPrice: "on", priceUnit: "kg" })).toMatchObject({
      estimatedPrice: true,
      priceUnit: "kg",
    });
    expect(errorsOf({ ...base, compareAtPrice: "8,90" })).toEqual({
      compareAtPrice: "products.errors.compareAtNotHigher",
    });
    expect(errorsOf({ ...base, stock: "" })).toEqual({ stock: "products.errors.stockRequired" });
  });

  it("keeps HTML in the description as text (rendering escapes it)", () => {
    expect(fr.parse({ ...base, description: "<script>alert(1)</script>" }).description).toBe(
      "<script>alert(1)</script>",
    );
  });

  it("allows a draft without a price", () => {
    expect(fr.parse({ ...base, price: "" }).priceAmount).toBeNull();
  });
});
