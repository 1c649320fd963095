import "server-only";
import type { Prisma, ReviewStatus } from "@/lib/generated/prisma/client";

// A review as the pages of its writer, its shop and the operators show it (docs/trust.md, reviews).

export const REVIEW_VIEW_SELECT = {
  id: true,
  rating: true,
  comment: true,
  authorName: true,
  status: true,
  hiddenReason: true,
  hiddenAt: true,
  reply: true,
  repliedAt: true,
  createdAt: true,
  shop: { select: { id: true, name: true, slug: true } },
  shopOrder: { select: { order: { select: { number: true } } } },
  productReviews: {
    select: { id: true, rating: true, comment: true, orderLine: { select: { titleSnapshot: true } } },
    orderBy: { id: "asc" },
  },
} satisfies Prisma.ReviewSelect;

export type ReviewView = {
  id: string;
  rating: number;
  comment: string;
  /** "Camille D.", empty when the account had no name */
  authorName: string;
  status: ReviewStatus;
  hiddenReason: string | null;
  hiddenAt: Date | null;
  reply: string | null;
  repliedAt: Date | null;
  createdAt: Date;
  shop: { id: string; name: string; slug: string };
  orderNumber: string;
  products: { id: string; title: string; rating: number; comment: string }[];
};

export function toReviewView(row: Prisma.ReviewGetPayload<{ select: typeof REVIEW_VIEW_SELECT }>): ReviewView {
  return {
    id: row.id,
    rating: row.rating,
    comment: row.comment,
    authorName: row.authorName,
    status: row.status,
    hiddenReason: row.hiddenReason,
    hiddenAt: row.hiddenAt,
    reply: row.reply,
    repliedAt: row.repliedAt,
    createdAt: row.createdAt,
    shop: row.shop,
    orderNumber: row.shopOrder.order.number,
    products: row.productReviews.map((product) => ({
      id: product.id,
      title: product.orderLine.titleSnapshot,
      rating: product.rating,
      comment: product.comment,
    })),
  };
}

/** A list page's numbers: 1-based, clamped to what exists. */
export function pageOf(raw: unknown, total: number, pageSize: number): { page: number; pageCount: number } {
  const pageCount = Math.max(1, Math.ceil(total / pageSize));
  const asked = typeof raw === "string" && /^\d{1,6}$/.test(raw) ? Number(raw) : 1;
  return { page: Math.min(Math.max(1, asked), pageCount), pageCount };
}
