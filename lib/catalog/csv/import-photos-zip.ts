import "server-only";
import { unzipSync, type UnzipFileInfo } from "fflate";
import type { Actor } from "@/lib/auth/actor";
import { recordAudit } from "@/lib/audit/record-audit";
import { getDb } from "@/lib/db";
import { AppError, isAppError } from "@/lib/errors";
import { getOwnedShopOrThrow } from "@/lib/shops/get-owned-shop";
import { PRODUCT_LIMITS } from "../product-schema";
import { discardProductImage, storeProductImage } from "../products/product-image-files";

export const MAX_ZIP_UNCOMPRESSED_BYTES = 200 * 1024 * 1024;
export const MAX_ZIP_FILES = 500;

export type PhotoOutcome = "attached" | "unknownSku" | "notAnImage" | "productFull" | "unsafePath";
export type PhotoReport = { files: { name: string; sku: string | null; outcome: PhotoOutcome }[]; attached: number };

const IMAGE_NAME = /^(.+)\.(jpe?g|png|webp)$/i;

/** A path that would leave the folder it is unpacked in (zip-slip), or an absolute one. */
export function unsafeZipPath(name: string): boolean {
  return (
    name.includes("\\") ||
    name.startsWith("/") ||
    /^[a-zA-Z]:/.test(name) ||
    name.split("/").some((part) => part === "..") ||
    name.includes("\u0000")
  );
}

function listEntries(bytes: Uint8Array): UnzipFileInfo[] {
  const entries: UnzipFileInfo[] = [];
  try {
    unzipSync(bytes, {
      filter: (info) => {
        entries.push(info);
        if (entries.length > MAX_ZIP_FILES)
          throw new AppError("VALIDATION", "too many files", { zip: "catalogImport.photos.errors.tooManyFiles" });
        return false;
      },
    });
  } catch (error) {
    if (isAppError(error)) throw error;
    throw new AppError("VALIDATION", "not a zip", { zip: "catalogImport.photos.errors.notAZip" });
  }
  return entries;
}

/** "PAIN-001-2" → SKU "PAIN-001", 2nd photo — unless "PAIN-001-2" is itself a SKU. */
function skuOfStem(stem: string, skus: Map<string, string>): { sku: string; position: number } | null {
  const exact = skus.get(stem) ?? skus.get(stem.toLowerCase());
  if (exact) return { sku: exact, position: 1 };
  const numbered = /^(.+)-(\d{1,2})$/.exec(stem);
  if (!numbered) return null;
  const sku = skus.get(numbered[1]) ?? skus.get(numbered[1].toLowerCase());
  return sku ? { sku, position: Number(numbered[2]) } : null;
}

/**
 * Adds photos to the vendor's products from a ZIP of images named by SKU (`<SKU>.jpg`,
 * `<SKU>-2.jpg`…). Each image is checked by its content and attached after the product's current
 * photos, at most 8 per product; the report says what happened to each file.
 */
export async function importPhotosZip(
  actor: Actor | null,
  input: { shopId: string; bytes: Uint8Array },
): Promise<PhotoReport> {
  const db = getDb();
  const shop = await getOwnedShopOrThrow(db, actor, input.shopId, { id: true });
  if (!(input.bytes instanceof Uint8Array) || input.bytes.byteLength === 0)
    throw new AppError("VALIDATION", "no file", { zip: "catalogImport.errors.noFile" });
  const entries = listEntries(input.bytes).filter(
    (entry) =>
      !entry.name.endsWith("/") && !entry.name.startsWith("__MACOSX/") && !entry.name.split("/").pop()!.startsWith("."),
  );
  if (entries.reduce((total, entry) => total + entry.originalSize, 0) > MAX_ZIP_UNCOMPRESSED_BYTES) {
    throw new AppError("VALIDATION", "zip too large", { zip: "catalogImport.photos.errors.tooLarge" });
  }

  const products = await db.product.findMany({
    where: { shopId: shop.id, sku: { not: null } },
    select: { id: true, sku: true, _count: { select: { images: true } } },
  });
  const skus = new Map<string, string>();
  for (const product of products) skus.set(product.sku!, product.sku!);
  for (const product of products)
    if (!skus.has(product.sku!.toLowerCase())) skus.set(product.sku!.toLowerCase(), product.sku!);
  const bySku = new Map(products.map((product) => [product.sku!, product]));

  const report: PhotoReport = { files: [], attached: 0 };
  const candidates: { name: string; sku: string; position: number }[] = [];
  for (const entry of entries) {
    if (unsafeZipPath(entry.name)) {
      report.files.push({ name: entry.name, sku: null, outcome: "unsafePath" });
      continue;
    }
    const match = IMAGE_NAME.exec(entry.name.split("/").pop()!);
    if (!match) {
      report.files.push({ name: entry.name, sku: null, outcome: "notAnImage" });
      continue;
    }
    const found = skuOfStem(match[1], skus);
    if (!found) report.files.push({ name: entry.name, sku: match[1], outcome: "unknownSku" });
    else candidates.push({ name: entry.name, ...found });
  }
  candidates.sort((a, b) => a.sku.localeCompare(b.sku) || a.position - b.position || a.name.localeCompare(b.name));

  for (const candidate of candidates) {
    const product = bySku.get(candidate.sku)!;
    const outcome = await attachPhoto(shop.id, product.id, input.bytes, candidate.name);
    report.files.push({ name: candidate.name, sku: candidate.sku, outcome });
    if (outcome === "attached") report.attached += 1;
  }
  if (report.attached > 0) {
    await recordAudit(db, {
      actorId: actor!.id,
      action: "catalog.photos-imported",
      entityType: "Shop",
      entityId: shop.id,
      data: { attached: report.attached, files: entries.length },
    });
  }
  return report;
}

async function attachPhoto(shopId: string, productId: string, zip: Uint8Array, name: string): Promise<PhotoOutcome> {
  const db = getDb();
  if ((await db.productImage.count({ where: { productId } })) >= PRODUCT_LIMITS.images) return "productFull";
  // One file at a time, so a large archive is never held unpacked in memory.
  const bytes = unzipSync(zip, { filter: (info) => info.name === name })[name];
  let stored;
  try {
    stored = await storeProductImage(shopId, bytes, "zip");
  } catch (error) {
    if (isAppError(error, "VALIDATION")) return "notAnImage";
    throw error;
  }
  // No file without its row (docs/architecture.md, files): a full product or a failed row deletes it.
  const outcome = await db
    .$transaction(async (tx) => {
      await tx.$queryRaw`SELECT id FROM "Product" WHERE id = ${productId} AND "shopId" = ${shopId} FOR UPDATE`;
      const images = await tx.productImage.findMany({ where: { productId }, select: { position: true } });
      if (images.length >= PRODUCT_LIMITS.images) return "productFull" as const;
      const position = images.reduce((max, image) => Math.max(max, image.position + 1), 0);
      await tx.productImage.create({
        data: {
          productId,
          url: stored.url,
          width: stored.width,
          height: stored.height,
          variants: stored.variants,
          position,
        },
      });
      return "attached" as const;
    })
    .catch(async (error: unknown) => {
      await discardProductImage(stored);
      throw error;
    });
  if (outcome !== "attached") await discardProductImage(stored);
  return outcome;
}
