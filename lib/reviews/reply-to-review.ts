import "server-only";
import { appUrl } from "@/lib/app-url";
import { assertRole, type Actor } from "@/lib/auth/actor";
import { getDb } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { parseInput } from "@/lib/forms/parse-input";
import { queueEmail } from "@/lib/notifications/queue-email";
import { emailLocaleOf } from "@/lib/notifications/recipients";
import { replyToReviewSchema, type ReplyToReviewInput } from "./schemas";

/**
 * The shop's public reply to a review (docs/trust.md, reviews): by the shop's owner (another
 * shop's review, or an unknown one: NOT_FOUND), once, to a published review (a hidden one or one
 * already answered: CONFLICT). The reply and the shopper's e-mail in one transaction; the
 * conditional update makes two replies at once write one.
 */
export async function replyToReview(actor: Actor | null, input: ReplyToReviewInput): Promise<void> {
  assertRole(actor, "VENDOR");
  const { reviewId, reply } = parseInput(replyToReviewSchema, input);
  await getDb().$transaction(async (tx) => {
    const review = await tx.review.findFirst({
      where: { id: reviewId, shop: { ownerId: actor.id } },
      select: {
        id: true,
        shop: { select: { name: true } },
        author: { select: { name: true, email: true, locale: true } },
        shopOrder: { select: { orderId: true } },
      },
    });
    if (!review) throw new AppError("NOT_FOUND");
    const written = await tx.review.updateMany({
      where: { id: review.id, status: "PUBLISHED", reply: null, shop: { ownerId: actor.id } },
      data: { reply, repliedAt: new Date(), repliedById: actor.id },
    });
    if (written.count === 0)
      throw new AppError("CONFLICT", "reviews.errors.cannotReply", { form: "reviews.errors.cannotReply" });
    if (review.author)
      await queueEmail(tx, {
        to: review.author.email,
        locale: emailLocaleOf(review.author.locale),
        template: "review.replied",
        data: {
          recipientName: review.author.name,
          shopName: review.shop.name,
          reply,
          url: appUrl(`/account/orders/${review.shopOrder.orderId}`),
        },
      });
  });
}
