import "server-only";
import { appUrl } from "@/lib/app-url";
import { assertRole, type Actor } from "@/lib/auth/actor";
import { getDb } from "@/lib/db";
import { isUniqueViolation } from "@/lib/db-errors";
import { AppError } from "@/lib/errors";
import { parseInput } from "@/lib/forms/parse-input";
import { queueEmail } from "@/lib/notifications/queue-email";
import { emailLocaleOf } from "@/lib/notifications/recipients";
import { vendorInbox } from "@/lib/orders/vendor-inbox";
import { reviewAuthorName, reviewEligibility, type ReviewRefusal } from "./review-eligibility";
import { eligibilityFacts, findOwnPart } from "./review-part";
import { writeReviewSchema, type WriteReviewInput } from "./schemas";

/** The message key of each refusal a signed-in buyer may meet (the others are NOT_FOUND). */
const REFUSALS: Partial<Record<ReviewRefusal, { code: "FORBIDDEN" | "CONFLICT"; key: string }>> = {
  OWN_SHOP: { code: "FORBIDDEN", key: "reviews.errors.ownShop" },
  NOT_CONFIRMED: { code: "CONFLICT", key: "reviews.errors.notConfirmed" },
  ALREADY_REVIEWED: { code: "CONFLICT", key: "reviews.errors.alreadyReviewed" },
};

function refuse(refusal: ReviewRefusal): never {
  const known = REFUSALS[refusal];
  if (!known) throw new AppError("NOT_FOUND");
  throw new AppError(known.code, known.key, { form: known.key });
}

/**
 * A shopper's review of a shop for one part they bought (docs/trust.md, reviews): the part's
 * order is theirs (someone else's, a guest order or an unknown id: NOT_FOUND), the part was
 * confirmed, they do not own the shop, and the part has no review yet. Optional stars per line of
 * the part, for the lines whose product still exists. One transaction: the Review and its
 * ProductReviews, the published averages of the shop and the products (+1 and +stars), and the
 * shop's e-mail. A second review of the part, even at the same instant, is CONFLICT (the unique
 * shopOrderId) and writes nothing.
 */
export async function writeReview(actor: Actor | null, input: WriteReviewInput): Promise<{ id: string }> {
  assertRole(actor, "SHOPPER", "VENDOR", "OPERATOR");
  const data = parseInput(writeReviewSchema, input);
  const db = getDb();
  try {
    return await db.$transaction(async (tx) => {
      const part = await findOwnPart(tx, actor.id, data.shopOrderId);
      if (!part) throw new AppError("NOT_FOUND");
      const eligibility = reviewEligibility(eligibilityFacts(part, actor.id));
      if (!eligibility.eligible) refuse(eligibility.refusal);

      const lines = new Map(part.lines.map((line) => [line.id, line]));
      const products = data.products.map((entry, index) => {
        const line = lines.get(entry.orderLineId);
        if (!line || !line.productId)
          throw new AppError("VALIDATION", "not a line of the part", {
            [`products.${index}.orderLineId`]: "reviews.errors.lineInvalid",
          });
        return { ...entry, productId: line.productId };
      });
      const author = await tx.user.findUniqueOrThrow({ where: { id: actor.id }, select: { name: true } });

      const review = await tx.review.create({
        data: {
          shopOrderId: part.id,
          shopId: part.shopId,
          authorId: actor.id,
          authorName: reviewAuthorName(author.name) ?? "",
          locale: data.locale,
          rating: data.rating,
          comment: data.comment,
          productReviews: {
            create: products.map((entry) => ({
              orderLineId: entry.orderLineId,
              productId: entry.productId,
              rating: entry.rating,
              comment: entry.comment,
            })),
          },
        },
        select: { id: true, authorName: true },
      });
      await tx.shop.update({
        where: { id: part.shopId },
        data: { ratingCount: { increment: 1 }, ratingSum: { increment: data.rating } },
      });
      for (const entry of products)
        await tx.product.update({
          where: { id: entry.productId },
          data: { ratingCount: { increment: 1 }, ratingSum: { increment: entry.rating } },
        });
      await queueEmail(tx, {
        to: vendorInbox(part.shop),
        locale: emailLocaleOf(part.shop.owner.locale),
        template: "review.received",
        data: {
          shopName: part.shop.name,
          authorName: review.authorName || author.name,
          orderNumber: part.order.number,
          rating: data.rating,
          comment: data.comment,
          url: appUrl("/dashboard/reviews"),
        },
      });
      return { id: review.id };
    });
  } catch (error) {
    // Two posts at the same instant: the second waits on the unique index, then finds the first.
    if (isUniqueViolation(error, "shopOrderId") || isUniqueViolation(error, "orderLineId"))
      throw new AppError("CONFLICT", "reviews.errors.alreadyReviewed", { form: "reviews.errors.alreadyReviewed" });
    throw error;
  }
}
