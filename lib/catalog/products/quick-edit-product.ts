import "server-only";
import { z } from "zod";
import { assertRole, type Actor } from "@/lib/auth/actor";
import { recordAudit } from "@/lib/audit/record-audit";
import { getDb } from "@/lib/db";
import { AppError } from "@/lib/errors";
import type { ProductStatus } from "@/lib/generated/prisma/client";
import { parseInput } from "@/lib/forms/parse-input";
import { toLatinDigits } from "@/lib/i18n/digits";
import { parseMoney } from "@/lib/money/parse-money";
import { parseIdOrThrow } from "@/lib/parse-id";
import { isOnModerationHold, moderationHoldError } from "../moderation/moderation-hold";
import { PRODUCT_LIMITS } from "../product-schema";
import { missingForPublish } from "../publish-rule";
import { categoryBlocked } from "./category-blocked";
import { lockOwnedProducts } from "./owned-products";
import { MAX_UNIT_PRICE_AMOUNT } from "@/lib/money/amount-limits";

export type QuickEditResult = {
  id: string;
  priceAmount: number;
  stock: number;
  status: ProductStatus;
  updatedAt: Date;
};

const blankToUndefined = (value: string | null | undefined) =>
  value === undefined || value === null || String(value).trim() === "" ? undefined : String(value).trim();

// Each field empty or absent: unchanged.
const quickEditSchema = z.object({
  /** price as typed in the locale ("12,50") */
  price: z.preprocess(blankToUndefined, z.string().max(32, "products.errors.priceInvalid").optional()),
  /** whole number 0..1,000,000, as typed (Latin or Persian digits) or as a number */
  stock: z.preprocess(
    (value: string | number | null | undefined) =>
      blankToUndefined(typeof value === "number" ? String(value) : value && toLatinDigits(value)),
    z
      .string()
      .regex(/^\d{1,7}$/, "products.errors.stockInvalid")
      .transform(Number)
      .refine((n) => n <= PRODUCT_LIMITS.stock, "products.errors.stockInvalid")
      .optional(),
  ),
  /** DRAFT | ACTIVE | ARCHIVED */
  status: z.preprocess(
    blankToUndefined,
    z.enum(["DRAFT", "ACTIVE", "ARCHIVED"], { error: "forms.errors.invalid" }).optional(),
  ),
  /** the row's updatedAt as the vendor saw it: a product changed since is not overwritten */
  updatedAt: z.preprocess(
    (value: Date | string | null | undefined) =>
      value instanceof Date ? value.toISOString() : blankToUndefined(value),
    z.iso
      .datetime({ error: "forms.errors.invalid" })
      .transform((text) => new Date(text))
      .optional(),
  ),
});

/** A quick edit from the product list: the product, the viewer's locale (for the price) and the changed fields. */
export type QuickEditInput = { productId: string; locale: string } & z.input<typeof quickEditSchema>;

/**
 * Changes a product's price, stock and/or status from the product list, in one transaction.
 * Publishing follows the publish rule (refused as VALIDATION naming what is missing, under
 * `publishMissing.<item>`); a product changed since the vendor loaded it is refused as CONFLICT.
 * Nothing is written unless everything is valid.
 */
export async function quickEditProduct(actor: Actor | null, input: QuickEditInput): Promise<QuickEditResult> {
  assertRole(actor, "VENDOR");
  const productId = parseIdOrThrow(input.productId);
  return getDb().$transaction(async (tx) => {
    const [product] = await lockOwnedProducts(
      tx,
      actor,
      { productIds: [productId] },
      {
        id: true,
        title: true,
        shortDescription: true,
        priceAmount: true,
        currency: true,
        stockTracked: true,
        stock: true,
        status: true,
        categoryId: true,
        publishedAt: true,
        moderationReason: true,
        updatedAt: true,
        _count: { select: { images: true } },
      },
    );
    const fields = parseInput(quickEditSchema, {
      price: input.price,
      stock: input.stock,
      status: input.status,
      updatedAt: input.updatedAt,
    });
    if (fields.updatedAt && fields.updatedAt.getTime() !== product.updatedAt.getTime()) {
      throw new AppError("CONFLICT", "product changed meanwhile", { form: "productList.errors.changedMeanwhile" });
    }

    let priceAmount = product.priceAmount;
    if (fields.price !== undefined) {
      const parsed = parseMoney(fields.price, input.locale, product.currency);
      if (parsed === null) throw new AppError("VALIDATION", "invalid price", { price: "products.errors.priceInvalid" });
      if (parsed > MAX_UNIT_PRICE_AMOUNT)
        throw new AppError("VALIDATION", "price too high", { price: "security.edges.priceTooHigh" });
      priceAmount = parsed;
    }
    if (fields.stock !== undefined && !product.stockTracked && fields.stock !== product.stock) {
      throw new AppError("VALIDATION", "stock not tracked", { stock: "productList.errors.stockNotTracked" });
    }
    const stock = fields.stock ?? product.stock;
    const status = fields.status ?? product.status;

    if (status === "ACTIVE" && product.status !== "ACTIVE" && isOnModerationHold(product)) {
      throw moderationHoldError(product.id);
    }
    if (status === "ACTIVE") {
      const missing: string[] = missingForPublish({ ...product, priceAmount, imageCount: product._count.images });
      if (product.categoryId && (await categoryBlocked(tx, product.categoryId))) missing.push("categoryProhibited");
      if (missing.length > 0) {
        // An online product whose new price would break the rule: say so on the price field.
        const field = product.status === "ACTIVE" && fields.status === undefined ? "price" : "status";
        const fieldErrors: Record<string, string> = {
          [field]: field === "price" ? "products.errors.priceInvalid" : "productList.errors.cannotPublish",
        };
        for (const item of missing) fieldErrors[`publishMissing.${item}`] = `products.publish.missing.${item}`;
        throw new AppError("VALIDATION", "publish refused", fieldErrors);
      }
    }

    const changes: Record<string, { from: string | number; to: string | number }> = {};
    if (priceAmount !== product.priceAmount) changes.priceAmount = { from: product.priceAmount, to: priceAmount };
    if (stock !== product.stock) changes.stock = { from: product.stock, to: stock };
    if (status !== product.status) changes.status = { from: product.status, to: status };
    if (Object.keys(changes).length === 0) {
      return { id: product.id, priceAmount, stock, status, updatedAt: product.updatedAt };
    }
    const updated = await tx.product.update({
      where: { id: product.id },
      data: {
        priceAmount,
        stock,
        status,
        ...(status === "ACTIVE" && product.status !== "ACTIVE"
          ? { publishedAt: product.publishedAt ?? new Date() }
          : {}),
      },
      select: { id: true, priceAmount: true, stock: true, status: true, updatedAt: true },
    });
    await recordAudit(tx, {
      actorId: actor.id,
      action: "product.quick-edited",
      entityType: "Product",
      entityId: product.id,
      data: changes,
    });
    return updated;
  });
}
