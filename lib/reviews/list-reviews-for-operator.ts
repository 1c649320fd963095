import "server-only";
import { assertRole, type Actor } from "@/lib/auth/actor";
import { getDb } from "@/lib/db";
import type { Prisma, ReviewStatus } from "@/lib/generated/prisma/client";
import { parseId } from "@/lib/parse-id";
import { pageOf, REVIEW_VIEW_SELECT, toReviewView, type ReviewView } from "./review-view";

export const OPERATOR_REVIEWS_PAGE_SIZE = 20;

export type OperatorReviewQuery = {
  status: ReviewStatus | null;
  shopId: string | null;
  stars: number | null;
};

export type OperatorReviewList = {
  query: OperatorReviewQuery;
  rows: ReviewView[];
  page: number;
  pageCount: number;
  matching: number;
  /** the shops that have reviews, for the filter */
  shops: { id: string; name: string }[];
};

/**
 * Every shop's reviews for the operators (`/admin/reviews`, docs/trust.md, reviews), newest first,
 * 20 a page, filtered by status, shop and stars. `raw` is the page's URL parameters, untyped.
 */
export async function listReviewsForOperator(
  actor: Actor | null,
  raw: Record<string, unknown>,
): Promise<OperatorReviewList> {
  assertRole(actor, "OPERATOR");
  const db = getDb();
  const query: OperatorReviewQuery = {
    status: raw.status === "PUBLISHED" || raw.status === "HIDDEN" ? raw.status : null,
    shopId: parseId(raw.shop),
    stars: typeof raw.stars === "string" && /^[1-5]$/.test(raw.stars) ? Number(raw.stars) : null,
  };
  const where: Prisma.ReviewWhereInput = {
    ...(query.status ? { status: query.status } : {}),
    ...(query.shopId ? { shopId: query.shopId } : {}),
    ...(query.stars ? { rating: query.stars } : {}),
  };
  const [matching, shops] = await Promise.all([
    db.review.count({ where }),
    db.shop.findMany({
      where: { reviews: { some: {} } },
      select: { id: true, name: true },
      orderBy: [{ name: "asc" }, { id: "asc" }],
      take: 500,
    }),
  ]);
  const { page, pageCount } = pageOf(raw.page, matching, OPERATOR_REVIEWS_PAGE_SIZE);
  const rows = await db.review.findMany({
    where,
    select: REVIEW_VIEW_SELECT,
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    skip: (page - 1) * OPERATOR_REVIEWS_PAGE_SIZE,
    take: OPERATOR_REVIEWS_PAGE_SIZE,
  });
  return { query, rows: rows.map(toReviewView), page, pageCount, matching, shops };
}
