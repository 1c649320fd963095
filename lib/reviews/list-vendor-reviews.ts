import "server-only";
import { assertRole, type Actor } from "@/lib/auth/actor";
import { getDb } from "@/lib/db";
import { AppError } from "@/lib/errors";
import type { Prisma } from "@/lib/generated/prisma/client";
import { parseIdOrThrow } from "@/lib/parse-id";
import { pageOf, REVIEW_VIEW_SELECT, toReviewView, type ReviewView } from "./review-view";

export const VENDOR_REVIEWS_PAGE_SIZE = 20;

export type VendorReviewFilter = "all" | "awaitingReply";

export type VendorReviewList = {
  filter: VendorReviewFilter;
  rows: ReviewView[];
  page: number;
  pageCount: number;
  /** every review of the shop, hidden ones included (the empty state) */
  total: number;
  /** published reviews without a reply */
  awaitingReply: number;
};

/**
 * The reviews of one of the vendor's shops, newest first, 20 a page (`/dashboard/reviews`,
 * docs/trust.md, reviews), optionally only those awaiting a reply. Another's shop: NOT_FOUND.
 * `query` is the page's URL parameters, untyped: `filter` and `page`.
 */
export async function listVendorReviews(
  actor: Actor | null,
  shopId: string,
  query: Record<string, unknown>,
): Promise<VendorReviewList> {
  assertRole(actor, "VENDOR");
  const db = getDb();
  const shop = await db.shop.findFirst({
    where: { id: parseIdOrThrow(shopId), ownerId: actor.id },
    select: { id: true },
  });
  if (!shop) throw new AppError("NOT_FOUND");
  const filter: VendorReviewFilter = query.filter === "awaitingReply" ? "awaitingReply" : "all";
  const owned = { shopId: shop.id, shop: { ownerId: actor.id } } satisfies Prisma.ReviewWhereInput;
  const awaitingWhere = { ...owned, status: "PUBLISHED", reply: null } satisfies Prisma.ReviewWhereInput;
  const where = filter === "awaitingReply" ? awaitingWhere : owned;
  const [total, awaitingReply, matching] = await Promise.all([
    db.review.count({ where: owned }),
    db.review.count({ where: awaitingWhere }),
    db.review.count({ where }),
  ]);
  const { page, pageCount } = pageOf(query.page, matching, VENDOR_REVIEWS_PAGE_SIZE);
  const rows = await db.review.findMany({
    where,
    select: REVIEW_VIEW_SELECT,
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    skip: (page - 1) * VENDOR_REVIEWS_PAGE_SIZE,
    take: VENDOR_REVIEWS_PAGE_SIZE,
  });
  return { filter, rows: rows.map(toReviewView), page, pageCount, total, awaitingReply };
}
