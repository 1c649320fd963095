import "server-only";
import type { Actor } from "@/lib/auth/actor";
import { getDb } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { parseIdOrThrow } from "@/lib/parse-id";
import { reviewEligibility } from "./review-eligibility";
import { eligibilityFacts, REVIEW_PART_SELECT } from "./review-part";
import { REVIEW_VIEW_SELECT, toReviewView, type ReviewView } from "./review-view";

export type MyPartReview = {
  /** the shopper may write the part's review now (the form is shown) */
  canReview: boolean;
  /** their review, once written (hidden ones too: they are told why) */
  review: ReviewView | null;
  /** the lines they may rate, their product still on sale or not: lines whose product still exists */
  lines: { id: string; title: string }[];
};

/**
 * The review side of one of the signed-in shopper's orders (their order page, docs/trust.md,
 * reviews), by part id: whether they may review it, and their review. Another's order: NOT_FOUND.
 */
export async function getMyOrderReviews(actor: Actor | null, orderId: string): Promise<Record<string, MyPartReview>> {
  if (!actor) throw new AppError("UNAUTHENTICATED");
  const id = parseIdOrThrow(orderId);
  const db = getDb();
  const order = await db.order.findFirst({ where: { id, userId: actor.id }, select: { id: true } });
  if (!order) throw new AppError("NOT_FOUND");
  const parts = await db.shopOrder.findMany({
    where: { orderId: order.id, order: { userId: actor.id } },
    select: { ...REVIEW_PART_SELECT, review: { select: REVIEW_VIEW_SELECT } },
  });
  return Object.fromEntries(
    parts.map((part) => {
      const facts = eligibilityFacts(part, actor.id);
      return [
        part.id,
        {
          canReview: reviewEligibility(facts).eligible,
          review: part.review ? toReviewView(part.review) : null,
          lines: part.lines
            .filter((line) => line.productId !== null)
            .map((line) => ({ id: line.id, title: line.titleSnapshot })),
        },
      ];
    }),
  );
}
