import "server-only";
import { assertRole, type Actor } from "@/lib/auth/actor";
import { appUrl } from "@/lib/app-url";
import { recordAudit } from "@/lib/audit/record-audit";
import { getDb } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { parseInput } from "@/lib/forms/parse-input";
import { isLocale } from "@/lib/i18n/config";
import { queueEmail } from "@/lib/notifications/queue-email";
import { liftProductHoldSchema, type LiftProductHoldInput } from "./schemas";

/**
 * Moderation: an operator lifts the hold on a product they (or another operator) unpublished.
 * The product stays a draft; its vendor may publish it again. The update is conditional: a
 * product without a hold is CONFLICT and nothing is written. Audited with the reason lifted, and
 * the vendor e-mailed (docs/security.md, moderation).
 */
export async function liftProductHold(actor: Actor | null, input: LiftProductHoldInput): Promise<void> {
  assertRole(actor, "OPERATOR");
  const { productId } = parseInput(liftProductHoldSchema, input);
  await getDb().$transaction(async (tx) => {
    const product = await tx.product.findUnique({
      where: { id: productId },
      select: {
        id: true,
        shopId: true,
        title: true,
        moderationReason: true,
        moderatedById: true,
        shop: { select: { name: true, owner: { select: { name: true, email: true, locale: true } } } },
      },
    });
    if (!product) throw new AppError("NOT_FOUND");
    const { count } = await tx.product.updateMany({
      where: { id: product.id, moderationReason: { not: null } },
      data: { moderationReason: null, moderatedAt: null, moderatedById: null },
    });
    if (count !== 1 || product.moderationReason === null)
      throw new AppError("CONFLICT", `product ${product.id} is not on hold`, {
        form: "security.review.moderation.notHeld",
      });
    await recordAudit(tx, {
      actorId: actor.id,
      action: "product.hold-lifted",
      entityType: "Product",
      entityId: product.id,
      reason: product.moderationReason,
      data: { shopId: product.shopId, heldBy: product.moderatedById },
    });
    // The vendor is told, as they were told of the removal.
    const { owner } = product.shop;
    await queueEmail(tx, {
      to: owner.email,
      locale: isLocale(owner.locale) ? owner.locale : "fr",
      template: "product.hold-lifted",
      data: {
        vendorName: owner.name,
        shopName: product.shop.name,
        productTitle: product.title,
        productUrl: appUrl(`/dashboard/products/${product.id}`),
      },
    });
  });
}
