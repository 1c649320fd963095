import "server-only";
import type { getDb } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { ReviewEligibilityFacts } from "./review-eligibility";

type Db = ReturnType<typeof getDb> | Prisma.TransactionClient;

/** What judging and writing a review of a part needs (docs/trust.md, reviews). */
export const REVIEW_PART_SELECT = {
  id: true,
  status: true,
  shopId: true,
  order: { select: { id: true, number: true, userId: true } },
  shop: {
    select: { name: true, ownerId: true, email: true, owner: { select: { email: true, locale: true } } },
  },
  lines: { select: { id: true, productId: true, titleSnapshot: true }, orderBy: { id: "asc" } },
  events: { where: { toStatus: "CONFIRMED" }, select: { id: true }, take: 1 },
  review: { select: { id: true } },
} satisfies Prisma.ShopOrderSelect;

export type ReviewPart = Prisma.ShopOrderGetPayload<{ select: typeof REVIEW_PART_SELECT }>;

/** The facts of reviewEligibility, from a part read with REVIEW_PART_SELECT. */
export function eligibilityFacts(part: ReviewPart, viewerId: string | null): ReviewEligibilityFacts {
  return {
    viewerId,
    orderUserId: part.order.userId,
    shopOwnerId: part.shop.ownerId,
    status: part.status,
    confirmedInTimeline: part.events.length > 0,
    reviewed: part.review !== null,
  };
}

/** One of the viewer's own parts (the tenant is the order's account): someone else's is null. */
export function findOwnPart(db: Db, viewerId: string, shopOrderId: string): Promise<ReviewPart | null> {
  return db.shopOrder.findFirst({
    where: { id: shopOrderId, order: { userId: viewerId } },
    select: REVIEW_PART_SELECT,
  });
}
