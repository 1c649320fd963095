import "server-only";
import { assertRole, type Actor } from "@/lib/auth/actor";
import { recordAudit } from "@/lib/audit/record-audit";
import { getDb } from "@/lib/db";
import { isOnModerationHold, moderationHoldError } from "../moderation/moderation-hold";
import type { ProductFieldsInput } from "../product-schema";
import { getOwnedProductOrThrow } from "./owned-products";
import {
  assertProductReferences,
  assertPublishable,
  assertSkuFree,
  parseProductForm,
  productColumns,
  rethrowSkuCollision,
  type EditorStatusInput,
} from "./product-save-rules";

export type UpdateProductInput = {
  productId: string;
  locale: string;
  fields: ProductFieldsInput;
  status?: EditorStatusInput;
};

/**
 * Saves the editor's form on one of the vendor's products (the shop is the product's own; the
 * slug never changes, so links stay valid). Saving as online applies the publish rule; a product
 * on moderation hold cannot be saved as online and keeps its hold and reason whatever is edited
 * (docs/security.md, moderation). A category that became prohibited only
 * blocks the save when it is chosen anew or the product is to be online.
 */
export async function updateProduct(actor: Actor | null, input: UpdateProductInput): Promise<void> {
  assertRole(actor, "VENDOR");
  const { fields, status } = parseProductForm(input.locale, input.fields, input.status ?? "DRAFT");
  await getDb().$transaction(async (tx) => {
    const product = await getOwnedProductOrThrow(tx, actor, input.productId, {
      id: true,
      shopId: true,
      status: true,
      categoryId: true,
      publishedAt: true,
      _count: { select: { images: true } },
    });
    await tx.$executeRaw`SELECT 1 FROM "Product" WHERE id = ${product.id} FOR UPDATE`;
    const online = status === "ACTIVE";
    // Read again under the row lock: an operator's hold set meanwhile wins.
    const hold = await tx.product.findUniqueOrThrow({ where: { id: product.id }, select: { moderationReason: true } });
    if (online && isOnModerationHold(hold)) throw moderationHoldError(product.id);
    await assertProductReferences(tx, product.shopId, fields, {
      checkCategory: online || fields.categoryId !== product.categoryId,
    });
    await assertSkuFree(tx, product.shopId, fields.sku, product.id);
    if (online) assertPublishable(fields, product._count.images);
    const goingOnline = online && product.status !== "ACTIVE";
    await tx.product
      .update({
        where: { id: product.id, shopId: product.shopId },
        data: {
          ...productColumns(fields),
          status,
          ...(goingOnline ? { publishedAt: product.publishedAt ?? new Date() } : {}),
        },
      })
      .catch(rethrowSkuCollision);
    await recordAudit(tx, {
      actorId: actor.id,
      action: "product.updated",
      entityType: "Product",
      entityId: product.id,
      data: { status, previousStatus: product.status },
    });
  });
}
