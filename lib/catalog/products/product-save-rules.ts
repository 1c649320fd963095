import "server-only";
import { z } from "zod";
import { AppError } from "@/lib/errors";
import { isUniqueViolation } from "@/lib/db-errors";
import { Prisma } from "@/lib/generated/prisma/client";
import { parseInput } from "@/lib/forms/parse-input";
import { assertCategoryAllowed } from "../assert-category-allowed";
import { productFieldsSchema, type ProductFields, type ProductFieldsInput } from "../product-schema";
import { missingForPublish } from "../publish-rule";
import { withStockDefault } from "./stock-default";

// The checks shared by creating and updating a product from the editor: field rules, references
// that only the database can check (category, shipping class, SKU) and the publish rule.

export const EDITOR_STATUSES = ["DRAFT", "ACTIVE", "ARCHIVED"] as const;
export type EditorStatus = (typeof EDITOR_STATUSES)[number];

const statusSchema = z.object({
  status: z.preprocess(
    (v: string | null | undefined) => (v === undefined || v === null || v === "" ? "DRAFT" : String(v).toUpperCase()),
    z.enum(EDITOR_STATUSES, { error: "products.errors.statusInvalid" }),
  ),
});

/** The editor's status as the form sends it (DRAFT, ACTIVE or ARCHIVED; empty is DRAFT), before parsing. */
export type EditorStatusInput = z.input<typeof statusSchema>["status"];

/**
 * The form's fields and status, parsed in the viewer's locale (VALIDATION before any read). Typed
 * for callers, parsed all the same: a server action is a public POST endpoint. A service or
 * digital product without a stock is untracked rather than refused (withStockDefault).
 */
export function parseProductForm(
  locale: string,
  fields: ProductFieldsInput,
  status: EditorStatusInput,
): { fields: ProductFields; status: EditorStatus } {
  const lang = locale.length <= 10 ? locale : "fr";
  const parsedFields = parseInput(productFieldsSchema(lang), withStockDefault(fields ?? {}));
  return { fields: parsedFields, status: parseInput(statusSchema, { status }).status };
}

/** Category allowed (exists, not prohibited) and shipping class of this shop; else VALIDATION on the field. */
export async function assertProductReferences(
  tx: Prisma.TransactionClient,
  shopId: string,
  fields: Pick<ProductFields, "categoryId" | "shippingClassId">,
  { checkCategory = true }: { checkCategory?: boolean } = {},
): Promise<void> {
  if (fields.categoryId && checkCategory) await assertCategoryAllowed(tx, fields.categoryId);
  if (fields.shippingClassId) {
    const shippingClass = await tx.shippingClass.findFirst({
      where: { id: fields.shippingClassId, shopId },
      select: { id: true },
    });
    if (!shippingClass)
      throw new AppError("VALIDATION", "shipping class not in shop", {
        shippingClassId: "products.errors.shippingClassUnknown",
      });
  }
}

const SKU_TAKEN = () => new AppError("VALIDATION", "sku taken", { sku: "products.errors.skuTaken" });

/** A SKU is unique within a shop (two shops may share one). */
export async function assertSkuFree(
  tx: Prisma.TransactionClient,
  shopId: string,
  sku: string | null,
  exceptProductId?: string,
): Promise<void> {
  if (!sku) return;
  const other = await tx.product.findFirst({
    where: { shopId, sku, ...(exceptProductId ? { id: { not: exceptProductId } } : {}) },
    select: { id: true },
  });
  if (other) throw SKU_TAKEN();
}

/**
 * The publish rule for a product saved as online: VALIDATION with a form-level message and one
 * entry per missing item ("missing.<item>" → products.publish.missing.<item>), which the editor
 * lists after "To put this product online, add:".
 */
export function assertPublishable(
  fields: Pick<ProductFields, "title" | "shortDescription" | "priceAmount">,
  imageCount: number,
): void {
  const missing = missingForPublish({ ...fields, imageCount });
  if (missing.length === 0) return;
  const fieldErrors: Record<string, string> = { form: "products.publish.missingIntro" };
  for (const item of missing) fieldErrors[`missing.${item}`] = `products.publish.missing.${item}`;
  throw new AppError("VALIDATION", `publish refused: ${missing.join(", ")}`, fieldErrors);
}

/** The product's columns from parsed fields (no price yet is stored as 0: the publish rule refuses it). */
export function productColumns(fields: ProductFields) {
  return {
    title: fields.title,
    shortDescription: fields.shortDescription,
    description: fields.description,
    kind: fields.kind,
    categoryId: fields.categoryId,
    priceAmount: fields.priceAmount ?? 0,
    compareAtAmount: fields.compareAtAmount,
    estimatedPrice: fields.estimatedPrice,
    priceUnit: fields.priceUnit,
    stockTracked: fields.stockTracked,
    stock: fields.stock,
    hideWhenOutOfStock: fields.hideWhenOutOfStock,
    sku: fields.sku,
    weightGrams: fields.weightGrams,
    shippingClassId: fields.shippingClassId,
  };
}

export const isSlugCollision = (error: unknown) => isUniqueViolation(error, "slug");

/** Two saves racing for one SKU: the unique index refuses the second, shown like the check. */
export function rethrowSkuCollision(error: unknown): never {
  if (isUniqueViolation(error, "sku")) throw SKU_TAKEN();
  throw error;
}
