import "server-only";
import { appUrl } from "@/lib/app-url";
import { assertRole, type Actor } from "@/lib/auth/actor";
import { recordAudit } from "@/lib/audit/record-audit";
import { getDb } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { queueEmail } from "@/lib/notifications/queue-email";
import { emailLocaleOf } from "@/lib/notifications/recipients";
import { vendorInbox } from "@/lib/orders/vendor-inbox";

/**
 * Hides a published review, or shows a hidden one again (docs/trust.md, reviews): operators only.
 * One transaction: the conditional status change (two operators at once: one changes it, the
 * other gets CONFLICT and writes nothing), the published averages of the shop and of the
 * review's products (−/+ once), the audit row, and on hiding the e-mails to the shopper (when the
 * account still exists) and to the shop.
 */
export async function setReviewVisibility(
  actor: Actor | null,
  change: { reviewId: string; hide: true; reason: string } | { reviewId: string; hide: false },
): Promise<void> {
  assertRole(actor, "OPERATOR");
  await getDb().$transaction(async (tx) => {
    const review = await tx.review.findUnique({
      where: { id: change.reviewId },
      select: {
        id: true,
        rating: true,
        shopId: true,
        shop: { select: { name: true, email: true, owner: { select: { email: true, locale: true } } } },
        author: { select: { name: true, email: true, locale: true } },
        shopOrder: { select: { orderId: true } },
        productReviews: { select: { productId: true, rating: true } },
      },
    });
    if (!review) throw new AppError("NOT_FOUND");
    const now = new Date();
    const moved = await tx.review.updateMany({
      where: { id: review.id, status: change.hide ? "PUBLISHED" : "HIDDEN" },
      data: change.hide
        ? { status: "HIDDEN", hiddenReason: change.reason, hiddenAt: now, hiddenById: actor.id }
        : { status: "PUBLISHED", hiddenReason: null, hiddenAt: null, hiddenById: null },
    });
    if (moved.count === 0) {
      const key = change.hide ? "reviews.errors.alreadyHidden" : "reviews.errors.alreadyShown";
      throw new AppError("CONFLICT", key, { form: key });
    }

    const sign = change.hide ? -1 : 1;
    await tx.shop.update({
      where: { id: review.shopId },
      data: { ratingCount: { increment: sign }, ratingSum: { increment: sign * review.rating } },
    });
    for (const product of review.productReviews)
      if (product.productId)
        await tx.product.update({
          where: { id: product.productId },
          data: { ratingCount: { increment: sign }, ratingSum: { increment: sign * product.rating } },
        });
    await recordAudit(tx, {
      actorId: actor.id,
      action: change.hide ? "review.hidden" : "review.shown",
      entityType: "Review",
      entityId: review.id,
      reason: change.hide ? change.reason : null,
      data: { shopId: review.shopId, rating: review.rating },
    });
    if (!change.hide) return;

    if (review.author)
      await queueEmail(tx, {
        to: review.author.email,
        locale: emailLocaleOf(review.author.locale),
        template: "review.hidden",
        data: {
          to: "shopper",
          recipientName: review.author.name,
          shopName: review.shop.name,
          reason: change.reason,
          url: appUrl(`/account/orders/${review.shopOrder.orderId}`),
        },
      });
    await queueEmail(tx, {
      to: vendorInbox(review.shop),
      locale: emailLocaleOf(review.shop.owner.locale),
      template: "review.hidden",
      data: {
        to: "shop",
        recipientName: null,
        shopName: review.shop.name,
        reason: change.reason,
        url: appUrl("/dashboard/reviews"),
      },
    });
  });
}
