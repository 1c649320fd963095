import { z } from "zod";
import { toLatinDigits } from "@/lib/i18n/digits";
import { parseMoney } from "@/lib/money/parse-money";
import { MAX_UNIT_PRICE_AMOUNT } from "@/lib/money/amount-limits";

// The rules of a product's fields, shared by the product form, quick edit and the CSV import:
// raw text in (as typed or as read from a cell), clean values out, messages as catalogue keys.

export const PRODUCT_LIMITS = {
  title: 120,
  shortDescription: 160,
  description: 20_000,
  priceUnit: 20,
  sku: 64,
  stock: 1_000_000,
  weightGrams: 1_000_000,
  images: 8,
} as const;

export const PRODUCT_KINDS = ["PHYSICAL", "SERVICE", "DIGITAL"] as const;

/** A field as the form sends it or a CSV cell holds it; null or undefined when it is left out. */
type FieldText = string | null | undefined;

const TRUE_WORDS = new Set(["1", "true", "on", "yes", "oui", "y", "o", "vrai", "x"]);
const FALSE_WORDS = new Set(["", "0", "false", "off", "no", "non", "n", "faux"]);

/** A checkbox ("on"), a CSV cell ("oui", "1", "true"…) or a boolean. Unknown words are an error. */
export const booleanish = z.preprocess(
  (value: FieldText | boolean) => {
    if (typeof value === "boolean") return value;
    if (value === undefined || value === null) return false;
    const word = String(value).trim().toLowerCase();
    if (TRUE_WORDS.has(word)) return true;
    if (FALSE_WORDS.has(word)) return false;
    return word;
  },
  z.boolean({ error: "products.errors.booleanInvalid" }),
);

const optionalText = (max: number, tooLong: string) =>
  z.preprocess(
    (value: FieldText) => (value === undefined || value === null ? "" : String(value)),
    z.string().trim().max(max, tooLong),
  );

/** Empty → null; otherwise a whole number within [min, max], in Latin or Persian digits. */
const optionalInteger = (max: number, invalid: string) =>
  z.preprocess(
    (value: FieldText) =>
      value === undefined || value === null || String(value).trim() === "" ? null : toLatinDigits(String(value).trim()),
    z
      .string()
      .regex(/^\d{1,9}$/, invalid)
      .transform(Number)
      .refine((n) => n <= max, invalid)
      .nullable(),
  );

/** Price text in the viewer's locale ("12,50") → minor units; empty → null (allowed for drafts). */
export const moneyText = (locale: string, currency: string) =>
  z.preprocess(
    (value: FieldText) => (value === undefined || value === null ? "" : String(value)),
    z.string().transform((text, context) => {
      if (text.trim() === "") return null;
      const amount = parseMoney(text, locale, currency);
      if (amount === null) {
        context.addIssue({ code: "custom", message: "products.errors.priceInvalid" });
        return z.NEVER;
      }
      // A price fits its 32-bit column; an order too large is refused at checkout (lib/money/amount-limits.ts).
      if (amount > MAX_UNIT_PRICE_AMOUNT) {
        context.addIssue({ code: "custom", message: "security.edges.priceTooHigh" });
        return z.NEVER;
      }
      return amount;
    }),
  );

export function productFieldsSchema(locale: string, currency = "EUR") {
  return z
    .object({
      title: z.preprocess(
        (v: FieldText) => (v === undefined || v === null ? "" : String(v)),
        z
          .string()
          .trim()
          .min(1, "products.errors.titleRequired")
          .max(PRODUCT_LIMITS.title, "products.errors.titleTooLong"),
      ),
      shortDescription: optionalText(PRODUCT_LIMITS.shortDescription, "products.errors.shortDescriptionTooLong"),
      description: optionalText(PRODUCT_LIMITS.description, "products.errors.descriptionTooLong"),
      kind: z.preprocess(
        (v: FieldText) => (v === undefined || v === null || v === "" ? "PHYSICAL" : String(v).trim().toUpperCase()),
        z.enum(PRODUCT_KINDS, { error: "products.errors.kindInvalid" }),
      ),
      categoryId: z.preprocess(
        (v: FieldText) => (v === undefined || v === null || String(v).trim() === "" ? null : String(v).trim()),
        z.string().max(64).nullable(),
      ),
      price: moneyText(locale, currency),
      compareAtPrice: moneyText(locale, currency),
      estimatedPrice: booleanish,
      priceUnit: optionalText(PRODUCT_LIMITS.priceUnit, "products.errors.priceUnitTooLong"),
      stockTracked: booleanish,
      stock: optionalInteger(PRODUCT_LIMITS.stock, "products.errors.stockInvalid"),
      hideWhenOutOfStock: booleanish,
      sku: z.preprocess(
        (v: FieldText) => (v === undefined || v === null || String(v).trim() === "" ? null : String(v).trim()),
        z
          .string()
          .max(PRODUCT_LIMITS.sku, "products.errors.skuTooLong")
          .regex(/^[A-Za-z0-9][A-Za-z0-9._\-/]*$/, "products.errors.skuInvalid")
          .nullable(),
      ),
      weightGrams: optionalInteger(PRODUCT_LIMITS.weightGrams, "products.errors.weightInvalid"),
      shippingClassId: z.preprocess(
        (v: FieldText) => (v === undefined || v === null || String(v).trim() === "" ? null : String(v).trim()),
        z.string().max(64).nullable(),
      ),
    })
    .superRefine((product, context) => {
      if (product.estimatedPrice && product.priceUnit === "") {
        context.addIssue({ code: "custom", path: ["priceUnit"], message: "products.errors.priceUnitRequired" });
      }
      if (product.compareAtPrice !== null && (product.price === null || product.compareAtPrice <= product.price)) {
        context.addIssue({ code: "custom", path: ["compareAtPrice"], message: "products.errors.compareAtNotHigher" });
      }
      if (product.stockTracked && product.stock === null) {
        context.addIssue({ code: "custom", path: ["stock"], message: "products.errors.stockRequired" });
      }
    })
    .transform(({ price, compareAtPrice, priceUnit, stock, ...product }) => ({
      ...product,
      priceAmount: price,
      compareAtAmount: compareAtPrice,
      priceUnit: product.estimatedPrice ? priceUnit : priceUnit || null,
      stock: product.stockTracked ? (stock ?? 0) : 0,
    }));
}

/** The product's fields as the editor's form sends them (text, checkboxes as booleans), before parsing. */
export type ProductFieldsInput = z.input<ReturnType<typeof productFieldsSchema>>;
export type ProductFields = z.output<ReturnType<typeof productFieldsSchema>>;
