import "server-only";
import { assertRole, type Actor } from "@/lib/auth/actor";
import { appUrl } from "@/lib/app-url";
import { recordAudit } from "@/lib/audit/record-audit";
import { getDb } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { parseInput } from "@/lib/forms/parse-input";
import { isLocale } from "@/lib/i18n/config";
import { queueEmail } from "@/lib/notifications/queue-email";
import { unpublishProductSchema, type UnpublishProductInput } from "./schemas";

/**
 * Moderation: an operator takes an online product offline (back to draft) with a reason, in one
 * transaction with the audit row and the e-mail to the shop's owner. The update is conditional:
 * a product that is no longer online (already unpublished, withdrawn by its vendor) is CONFLICT
 * and nothing is written. The product stays on moderation hold until an operator lifts it
 * (`liftProductHold`): its vendor cannot publish it meanwhile (docs/security.md, moderation).
 */
export async function unpublishProduct(actor: Actor | null, input: UnpublishProductInput): Promise<void> {
  assertRole(actor, "OPERATOR");
  const { productId, reason } = parseInput(unpublishProductSchema, input);
  await getDb().$transaction(async (tx) => {
    const product = await tx.product.findUnique({
      where: { id: productId },
      select: {
        id: true,
        title: true,
        status: true,
        shop: { select: { id: true, name: true, owner: { select: { name: true, email: true, locale: true } } } },
      },
    });
    if (!product) throw new AppError("NOT_FOUND");
    const moderatedAt = new Date();
    const { count } = await tx.product.updateMany({
      where: { id: product.id, status: "ACTIVE" },
      data: { status: "DRAFT", moderationReason: reason, moderatedAt, moderatedById: actor.id },
    });
    if (count !== 1)
      throw new AppError("CONFLICT", `product ${product.id} is ${product.status}`, {
        form: "moderation.errors.notActive",
      });
    await recordAudit(tx, {
      actorId: actor.id,
      action: "product.unpublished",
      entityType: "Product",
      entityId: product.id,
      reason,
      data: { shopId: product.shop.id, from: "ACTIVE", to: "DRAFT" },
    });
    const { owner } = product.shop;
    await queueEmail(tx, {
      to: owner.email,
      locale: isLocale(owner.locale) ? owner.locale : "fr",
      template: "product.unpublished",
      data: {
        vendorName: owner.name,
        shopName: product.shop.name,
        productTitle: product.title,
        reason,
        productUrl: appUrl(`/dashboard/products/${product.id}`),
      },
    });
  });
}
