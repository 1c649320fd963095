import "server-only";
import type { Actor } from "@/lib/auth/actor";
import { recordAudit } from "@/lib/audit/record-audit";
import { getDb } from "@/lib/db";
import { buildCategoryIndex } from "@/lib/search/category-index";
import { isOnModerationHold } from "../moderation/moderation-hold";
import { missingForPublish, type PublishRequirement } from "../publish-rule";
import { lockOwnedProducts, type ProductIdsInput } from "./owned-products";

export type ProductStatusTarget = "ACTIVE" | "DRAFT" | "ARCHIVED";
export type RefusedReason = PublishRequirement | "categoryProhibited";
export type SetProductsStatusResult = {
  updated: string[];
  refused: { id: string; title: string; reasons: RefusedReason[] }[];
  /** products an operator put on hold: never published by their vendor (docs/security.md, moderation) */
  held: { id: string; title: string }[];
};

/**
 * Publishes, moves to draft or archives the vendor's products (one or many). Publishing checks
 * each product against the publish rule and its category; those that fail are left as they were
 * and reported with what they lack, the others change. A product on moderation hold is skipped
 * and reported in `held`: only an operator lifts a hold (docs/security.md, moderation); moving it
 * to draft or archive keeps the hold and its reason. Ownership is all-or-nothing.
 */
export async function setProductsStatus(
  actor: Actor | null,
  input: ProductIdsInput & { status: ProductStatusTarget },
): Promise<SetProductsStatusResult> {
  return getDb().$transaction(async (tx) => {
    const products = await lockOwnedProducts(
      tx,
      actor,
      { productIds: input.productIds },
      {
        id: true,
        title: true,
        shortDescription: true,
        priceAmount: true,
        status: true,
        categoryId: true,
        publishedAt: true,
        moderationReason: true,
        _count: { select: { images: true } },
      },
    );
    const result: SetProductsStatusResult = { updated: [], refused: [], held: [] };
    // One read of the (small) category tree for the whole selection, not a walk per product.
    const blocked =
      input.status === "ACTIVE" && products.some((product) => product.categoryId)
        ? new Set(
            buildCategoryIndex(
              await tx.category.findMany({
                select: { id: true, slug: true, parentId: true, prohibited: true, names: true, position: true },
              }),
            ).blockedIds,
          )
        : new Set<string>();
    for (const product of products) {
      if (product.status === input.status) continue;
      if (input.status === "ACTIVE" && isOnModerationHold(product)) {
        result.held.push({ id: product.id, title: product.title });
        continue;
      }
      if (input.status === "ACTIVE") {
        const reasons: RefusedReason[] = missingForPublish({ ...product, imageCount: product._count.images });
        if (product.categoryId && blocked.has(product.categoryId)) reasons.push("categoryProhibited");
        if (reasons.length > 0) {
          result.refused.push({ id: product.id, title: product.title, reasons });
          continue;
        }
      }
      await tx.product.update({
        where: { id: product.id },
        data: {
          status: input.status,
          ...(input.status === "ACTIVE" ? { publishedAt: product.publishedAt ?? new Date() } : {}),
        },
      });
      result.updated.push(product.id);
    }
    if (result.updated.length > 0) {
      await recordAudit(tx, {
        actorId: actor!.id,
        action: `products.status-${input.status.toLowerCase()}`,
        entityType: "Product",
        entityId: result.updated.length === 1 ? result.updated[0] : "bulk",
        data: { productIds: result.updated },
      });
    }
    return result;
  });
}
