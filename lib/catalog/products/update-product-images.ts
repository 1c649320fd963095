import "server-only";
import { z } from "zod";
import type { Actor } from "@/lib/auth/actor";
import { recordAudit } from "@/lib/audit/record-audit";
import { getDb } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { parseInput } from "@/lib/forms/parse-input";
import { idSchema } from "@/lib/parse-id";
import { PRODUCT_LIMITS } from "../product-schema";
import { getOwnedProductOrThrow } from "./owned-products";

export const MAX_ALT_LENGTH = 200;

const imageId = idSchema();
const schema = z.object({
  /** every kept image, in the new order */
  order: z.array(imageId).max(PRODUCT_LIMITS.images),
  /** image id → alt text */
  alt: z.record(imageId, z.string().trim().max(MAX_ALT_LENGTH, "products.errors.altTooLong")).default({}),
  remove: z.array(imageId).max(PRODUCT_LIMITS.images).default([]),
});

export type UpdateProductImagesInput = z.input<typeof schema>;

/**
 * Reorders, describes (alt text) and removes a product's photos in one go. `order` must name
 * exactly the images that stay. An online product keeps at least one photo.
 */
export async function updateProductImages(
  actor: Actor | null,
  productId: string,
  input: UpdateProductImagesInput,
): Promise<void> {
  await getDb().$transaction(async (tx) => {
    const product = await getOwnedProductOrThrow(tx, actor, productId, { id: true, status: true });
    await tx.$executeRaw`SELECT 1 FROM "Product" WHERE id = ${product.id} FOR UPDATE`;
    const { order, alt, remove } = parseInput(schema, input);
    const current = await tx.productImage.findMany({ where: { productId: product.id }, select: { id: true } });
    const currentIds = new Set(current.map((image) => image.id));
    const removed = new Set(remove);
    const kept = current.filter((image) => !removed.has(image.id)).map((image) => image.id);
    const sameSet =
      order.length === kept.length &&
      new Set(order).size === order.length &&
      order.every((id) => currentIds.has(id) && !removed.has(id));
    if (!sameSet || [...removed].some((id) => !currentIds.has(id)))
      throw new AppError("CONFLICT", "images changed meanwhile");
    if (Object.keys(alt).some((id) => !currentIds.has(id))) throw new AppError("CONFLICT", "unknown image");
    if (product.status === "ACTIVE" && order.length === 0) {
      throw new AppError("VALIDATION", "last photo of an online product", {
        photos: "products.errors.lastPhotoOnline",
      });
    }
    if (removed.size > 0)
      await tx.productImage.deleteMany({ where: { productId: product.id, id: { in: [...removed] } } });
    for (const [position, id] of order.entries()) {
      await tx.productImage.update({
        where: { id, productId: product.id },
        data: { position, ...(alt[id] !== undefined ? { alt: alt[id] } : {}) },
      });
    }
    await recordAudit(tx, {
      actorId: actor!.id,
      action: "product.images-updated",
      entityType: "Product",
      entityId: product.id,
      data: { order, removed: [...removed] },
    });
  });
}
