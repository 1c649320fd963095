import "server-only";
import type { Actor } from "@/lib/auth/actor";
import { recordAudit } from "@/lib/audit/record-audit";
import { getDb } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { getOwnedProductOrThrow } from "./owned-products";
import { addPhotoRows, checkPhotoUploads } from "./photo-uploads";

/**
 * Adds photos after a product's existing ones (8 at most in all). Every file is checked before
 * any is written: one bad file refuses the batch. The tenant is the product's own shop.
 */
export async function addProductImages(
  actor: Actor | null,
  input: { productId: string; files: Uint8Array[] },
): Promise<{ added: string[] }> {
  return getDb().$transaction(
    async (tx) => {
      const product = await getOwnedProductOrThrow(tx, actor, input.productId, { id: true, shopId: true });
      await tx.$executeRaw`SELECT 1 FROM "Product" WHERE id = ${product.id} FOR UPDATE`;
      const files = Array.isArray(input.files) ? input.files : [];
      if (files.length === 0) throw new AppError("VALIDATION", "no photo", { photos: "products.errors.photoRequired" });
      const existing = await tx.productImage.aggregate({
        where: { productId: product.id },
        _count: { _all: true },
        _max: { position: true },
      });
      await checkPhotoUploads(files, existing._count._all);
      const added = await addPhotoRows(tx, product.shopId, product.id, files, (existing._max.position ?? -1) + 1);
      await recordAudit(tx, {
        actorId: actor!.id,
        action: "product.images-added",
        entityType: "Product",
        entityId: product.id,
        data: { imageIds: added },
      });
      return { added };
    },
    { timeout: 60_000, maxWait: 10_000 },
  );
}
