import "server-only";
import { randomBytes, randomUUID } from "node:crypto";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { ImportedProductData, PlannedRow } from "./validate-rows";

// Writes an import's rows in batches: one INSERT … SELECT FROM unnest(arrays) per 1,000 new
// products and one UPDATE … FROM unnest(arrays) per 1,000 changed ones. Ten thousand rows are
// ~20 statements instead of ten thousand, and no ORM objects per row are kept in memory.
const BATCH = 1_000;

export function productSlug(title: string): string {
  const base = title
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "")
    .slice(0, 60)
    .replace(/-+$/, "");
  return `${base || "produit"}-${randomBytes(5).toString("hex")}`;
}

function columnsOf(rows: { data: ImportedProductData }[]) {
  const pick = <K extends keyof ImportedProductData>(key: K) => rows.map((row) => row.data[key]);
  return {
    title: pick("title"),
    shortDescription: pick("shortDescription"),
    description: pick("description"),
    kind: pick("kind"),
    status: pick("status"),
    categoryId: pick("categoryId"),
    priceAmount: pick("priceAmount"),
    compareAtAmount: pick("compareAtAmount"),
    estimatedPrice: pick("estimatedPrice"),
    priceUnit: pick("priceUnit"),
    stockTracked: pick("stockTracked"),
    stock: pick("stock"),
    hideWhenOutOfStock: pick("hideWhenOutOfStock"),
    weightGrams: pick("weightGrams"),
    shippingClassId: pick("shippingClassId"),
  };
}

export async function insertPlannedRows(
  tx: Prisma.TransactionClient,
  shopId: string,
  rows: Extract<PlannedRow, { action: "create" }>[],
  now: Date,
): Promise<void> {
  for (let start = 0; start < rows.length; start += BATCH) {
    const batch = rows.slice(start, start + BATCH);
    const c = columnsOf(batch);
    const ids = batch.map(() => randomUUID());
    const skus = batch.map((row) => row.sku);
    const slugs = batch.map((row) => productSlug(row.data.title));
    await tx.$executeRaw`
      INSERT INTO "Product" ("id", "shopId", "slug", "sku", "title", "shortDescription", "description", "kind", "status", "categoryId",
        "priceAmount", "compareAtAmount", "estimatedPrice", "priceUnit", "stockTracked", "stock", "hideWhenOutOfStock", "weightGrams",
        "shippingClassId", "createdAt", "updatedAt")
      SELECT v.id, ${shopId}, v.slug, v.sku, v.title, v.short, v.description, v.kind::"ProductKind", v.status::"ProductStatus", v.category,
        v.price, v.compare_at, v.estimated, v.unit, v.tracked, v.stock, v.hide, v.weight, v.shipping, ${now}, ${now}
      FROM unnest(${ids}::text[], ${slugs}::text[], ${skus}::text[], ${c.title}::text[], ${c.shortDescription}::text[], ${c.description}::text[],
        ${c.kind}::text[], ${c.status}::text[], ${c.categoryId}::text[], ${c.priceAmount}::int[], ${c.compareAtAmount}::int[],
        ${c.estimatedPrice}::boolean[], ${c.priceUnit}::text[], ${c.stockTracked}::boolean[], ${c.stock}::int[], ${c.hideWhenOutOfStock}::boolean[],
        ${c.weightGrams}::int[], ${c.shippingClassId}::text[])
        AS v(id, slug, sku, title, short, description, kind, status, category, price, compare_at, estimated, unit, tracked, stock, hide, weight, shipping)`;
  }
}

export async function updatePlannedRows(
  tx: Prisma.TransactionClient,
  shopId: string,
  rows: Extract<PlannedRow, { productId: string }>[],
  now: Date,
): Promise<void> {
  for (let start = 0; start < rows.length; start += BATCH) {
    const batch = rows.slice(start, start + BATCH);
    const c = columnsOf(batch);
    const ids = batch.map((row) => row.productId);
    const publishes = batch.map((row) => row.publishes);
    // A product on moderation hold stays as it is (docs/security.md, moderation): an import never
    // puts it online and never clears its reason; the plan reports such rows, and this guard
    // holds even for a hold set between the preview and the commit.
    await tx.$executeRaw`
      UPDATE "Product" AS p SET
        "title" = v.title, "shortDescription" = v.short, "description" = v.description, "kind" = v.kind::"ProductKind",
        "status" = CASE WHEN p."moderationReason" IS NOT NULL AND v.status = 'ACTIVE' THEN p."status" ELSE v.status::"ProductStatus" END,
        "categoryId" = v.category, "priceAmount" = v.price, "compareAtAmount" = v.compare_at,
        "estimatedPrice" = v.estimated, "priceUnit" = v.unit, "stockTracked" = v.tracked, "stock" = v.stock,
        "hideWhenOutOfStock" = v.hide, "weightGrams" = v.weight, "shippingClassId" = v.shipping, "updatedAt" = ${now},
        "publishedAt" = CASE WHEN v.publishes AND p."moderationReason" IS NULL THEN COALESCE(p."publishedAt", ${now}) ELSE p."publishedAt" END
      FROM unnest(${ids}::text[], ${c.title}::text[], ${c.shortDescription}::text[], ${c.description}::text[],
        ${c.kind}::text[], ${c.status}::text[], ${c.categoryId}::text[], ${c.priceAmount}::int[], ${c.compareAtAmount}::int[],
        ${c.estimatedPrice}::boolean[], ${c.priceUnit}::text[], ${c.stockTracked}::boolean[], ${c.stock}::int[], ${c.hideWhenOutOfStock}::boolean[],
        ${c.weightGrams}::int[], ${c.shippingClassId}::text[], ${publishes}::boolean[])
        AS v(id, title, short, description, kind, status, category, price, compare_at, estimated, unit, tracked, stock, hide, weight, shipping, publishes)
      WHERE p.id = v.id AND p."shopId" = ${shopId}`;
  }
}
