import "server-only";
import { getDb } from "@/lib/db";
import { VISIBLE_PRODUCT_WHERE } from "@/lib/catalog/product-card";

// The public lists of reviews (docs/trust.md, reviews): published ones only (a review an operator
// hid never shows, nor its product ratings), newest first, 10 a page. Read by anyone, signed in or
// not: only what the pages show is selected (the author's display name, never their account).

export const PUBLIC_REVIEWS_PAGE_SIZE = 10;

export type PublicProductRating = {
  /** the product's page, or null when the product is gone or no longer visible */
  slug: string | null;
  /** the title at the time of the order */
  title: string;
  rating: number;
  comment: string;
};

export type PublicShopReview = {
  id: string;
  authorName: string;
  rating: number;
  comment: string;
  createdAt: Date;
  products: PublicProductRating[];
  /** the vendor's public reply and when it was given, null until then */
  reply: { text: string; at: Date } | null;
};

export type PublicProductReview = {
  id: string;
  authorName: string;
  rating: number;
  comment: string;
  createdAt: Date;
  /** the vendor's reply to the whole review this product rating belongs to */
  reply: { text: string; at: Date } | null;
};

export type PublicReviewPage<T> = { reviews: T[]; total: number; page: number; pageCount: number };

/** A requested page (any value) → 1…pageCount: a page past the end shows the last one. */
function pageOf(requested: number | undefined, total: number): { page: number; pageCount: number } {
  const pageCount = Math.max(1, Math.ceil(total / PUBLIC_REVIEWS_PAGE_SIZE));
  const wanted = Number.isSafeInteger(requested) && (requested as number) >= 1 ? (requested as number) : 1;
  return { page: Math.min(wanted, pageCount), pageCount };
}

function replyOf(review: { reply: string | null; repliedAt: Date | null }): { text: string; at: Date } | null {
  return review.reply && review.repliedAt ? { text: review.reply, at: review.repliedAt } : null;
}

/** An approved shop's published reviews, with their product ratings and the vendor's reply. */
export async function listShopReviews(
  shopId: string,
  requestedPage?: number,
): Promise<PublicReviewPage<PublicShopReview>> {
  const db = getDb();
  const where = { shopId, status: "PUBLISHED", shop: { status: "APPROVED" } } as const;
  const total = await db.review.count({ where });
  const { page, pageCount } = pageOf(requestedPage, total);
  if (total === 0) return { reviews: [], total, page, pageCount };
  const rows = await db.review.findMany({
    where,
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    skip: (page - 1) * PUBLIC_REVIEWS_PAGE_SIZE,
    take: PUBLIC_REVIEWS_PAGE_SIZE,
    select: {
      id: true,
      authorName: true,
      rating: true,
      comment: true,
      createdAt: true,
      reply: true,
      repliedAt: true,
      productReviews: {
        orderBy: [{ createdAt: "asc" }, { id: "asc" }],
        select: {
          rating: true,
          comment: true,
          orderLine: { select: { titleSnapshot: true } },
          product: { select: { slug: true } },
        },
      },
    },
  });
  const visibleSlugs = await visibleProductSlugs(
    rows.flatMap((row) => row.productReviews.flatMap((item) => (item.product ? [item.product.slug] : []))),
  );
  return {
    reviews: rows.map((row) => ({
      id: row.id,
      authorName: row.authorName,
      rating: row.rating,
      comment: row.comment,
      createdAt: row.createdAt,
      reply: replyOf(row),
      products: row.productReviews.map((item) => ({
        slug: item.product && visibleSlugs.has(item.product.slug) ? item.product.slug : null,
        title: item.orderLine.titleSnapshot,
        rating: item.rating,
        comment: item.comment,
      })),
    })),
    total,
    page,
    pageCount,
  };
}

/** The slugs among these whose product a shopper may see (the others are shown without a link). */
async function visibleProductSlugs(slugs: string[]): Promise<Set<string>> {
  if (slugs.length === 0) return new Set();
  const rows = await getDb().product.findMany({
    where: { ...VISIBLE_PRODUCT_WHERE, slug: { in: [...new Set(slugs)] } },
    select: { slug: true },
  });
  return new Set(rows.map((row) => row.slug));
}

/** A visible product's ratings from published reviews, newest first. */
export async function listProductReviews(
  productId: string,
  requestedPage?: number,
): Promise<PublicReviewPage<PublicProductReview>> {
  const db = getDb();
  const where = { productId, review: { status: "PUBLISHED" }, product: VISIBLE_PRODUCT_WHERE } as const;
  const total = await db.productReview.count({ where });
  const { page, pageCount } = pageOf(requestedPage, total);
  if (total === 0) return { reviews: [], total, page, pageCount };
  const rows = await db.productReview.findMany({
    where,
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    skip: (page - 1) * PUBLIC_REVIEWS_PAGE_SIZE,
    take: PUBLIC_REVIEWS_PAGE_SIZE,
    select: {
      id: true,
      rating: true,
      comment: true,
      createdAt: true,
      review: { select: { authorName: true, reply: true, repliedAt: true } },
    },
  });
  return {
    reviews: rows.map((row) => ({
      id: row.id,
      authorName: row.review.authorName,
      rating: row.rating,
      comment: row.comment,
      createdAt: row.createdAt,
      reply: replyOf(row.review),
    })),
    total,
    page,
    pageCount,
  };
}
