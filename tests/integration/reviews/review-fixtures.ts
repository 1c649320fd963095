// Test data for reviews (docs/trust.md, reviews): a paid order of the two shops of order-fixtures
// whose posted pottery part (1 bowl) was delivered and, unless told, confirmed by its shopper
// through the real CONFIRM step; and everything a review action may write, to assert a refusal
// changed nothing.
import type { Actor } from "@/lib/auth/actor";
import { getDb } from "@/lib/db";
import { transitionShopOrder } from "@/lib/orders/transition-shop-order";
import { writeReview } from "@/lib/reviews/write-review";
import type { Shops } from "../orders/order-fixtures";
import { deliveredPottery } from "../orders/return-fixtures";

export async function confirmedPottery(shops: Shops, options: { confirmed?: boolean; shopper?: Actor | null } = {}) {
  const delivered = await deliveredPottery(shops, { shopper: options.shopper });
  if (options.confirmed !== false)
    await transitionShopOrder(delivered.shopper, { shopOrderId: delivered.part.id, action: "CONFIRM" });
  const line = await getDb().orderLine.findFirstOrThrow({ where: { shopOrderId: delivered.part.id } });
  return { ...delivered, line };
}

/** A confirmed pottery part reviewed by its shopper: 4 stars for the shop, 5 for the bowl. */
export async function reviewedPottery(shops: Shops) {
  const confirmed = await confirmedPottery(shops);
  const review = await writeReview(confirmed.shopper, {
    shopOrderId: confirmed.part.id,
    rating: 4,
    comment: "Bol superbe, bien emballé",
    products: [{ orderLineId: confirmed.line.id, rating: 5, comment: "Magnifique" }],
  });
  return { ...confirmed, reviewId: review.id };
}

/** Everything a review action may write. */
export async function reviewSnapshot(shops: Shops) {
  const db = getDb();
  return {
    reviews: await db.review.findMany({ orderBy: { id: "asc" } }),
    productReviews: await db.productReview.findMany({ orderBy: { id: "asc" } }),
    shops: await db.shop.findMany({
      where: { id: { in: [shops.bakery.id, shops.pottery.id] } },
      orderBy: { id: "asc" },
      select: { id: true, ratingCount: true, ratingSum: true },
    }),
    products: await db.product.findMany({
      orderBy: { id: "asc" },
      select: { id: true, ratingCount: true, ratingSum: true },
    }),
    emails: await db.emailMessage.count(),
    audits: await db.auditLog.count({ where: { entityType: "Review" } }),
  };
}

export async function counters(shopId: string, productId: string) {
  const db = getDb();
  const shop = await db.shop.findUniqueOrThrow({
    where: { id: shopId },
    select: { ratingCount: true, ratingSum: true },
  });
  const product = await db.product.findUniqueOrThrow({
    where: { id: productId },
    select: { ratingCount: true, ratingSum: true },
  });
  return { shop, product };
}
