// The public lists of reviews (docs/trust.md, reviews): published reviews only, newest first, 10 a
// page, with their product ratings and the vendor's reply; a hidden review never shows, nor its
// product ratings. Reviews are written directly here (their rules are the write side's tests).
import { beforeAll, describe, expect, it } from "vitest";
import { getDb } from "@/lib/db";
import { listProductReviews, listShopReviews } from "@/lib/reviews/list-public-reviews";
import { placedOrder, twoShops, type Shops } from "../orders/order-fixtures";

const DAY_MS = 24 * 60 * 60 * 1000;
const START = new Date("2026-06-01T10:00:00Z");
const day = (n: number) => new Date(START.getTime() + n * DAY_MS);

let shops: Shops;
/** the bakery's reviews by day written (1 = oldest … 12 = newest published; 13 hidden) */
const reviewIdByDay = new Map<number, string>();
let shopperEmail = "";

/** A part at the bakery (bread ×2) and at the pottery (bowl), and a review of the bakery's part. */
async function reviewedPart(
  n: number,
  options: { status?: "PUBLISHED" | "HIDDEN"; breadRating?: number; reply?: string; potteryToo?: boolean } = {},
) {
  const db = getDb();
  const { order, shopper } = await placedOrder(shops);
  shopperEmail = shopper!.email;
  const bakeryPart = order.shopOrders.find((part) => part.shopId === shops.bakery.id)!;
  const breadLine = await db.orderLine.findFirstOrThrow({ where: { shopOrderId: bakeryPart.id } });
  const review = await db.review.create({
    data: {
      shopOrderId: bakeryPart.id,
      shopId: shops.bakery.id,
      authorId: shopper!.id,
      authorName: `Client ${n}`,
      rating: (n % 5) + 1,
      comment: `Avis numéro ${n}`,
      createdAt: day(n),
      status: options.status ?? "PUBLISHED",
      ...(options.status === "HIDDEN" ? { hiddenReason: "Propos injurieux", hiddenAt: day(n + 1) } : {}),
      ...(options.reply ? { reply: options.reply, repliedAt: day(n + 2) } : {}),
      ...(options.breadRating
        ? {
            productReviews: {
              create: {
                orderLineId: breadLine.id,
                productId: shops.bread.id,
                rating: options.breadRating,
                comment: `Pain, avis ${n}`,
                createdAt: day(n),
              },
            },
          }
        : {}),
    },
  });
  reviewIdByDay.set(n, review.id);
  if (options.potteryToo) {
    const potteryPart = order.shopOrders.find((part) => part.shopId === shops.pottery.id)!;
    await db.review.create({
      data: {
        shopOrderId: potteryPart.id,
        shopId: shops.pottery.id,
        authorName: `Client ${n}`,
        rating: 2,
        createdAt: day(n),
      },
    });
  }
}

beforeAll(async () => {
  shops = await twoShops();
  for (let n = 1; n <= 12; n++) {
    await reviewedPart(n, {
      breadRating: n % 3 === 0 ? 4 : undefined, // days 3, 6, 9, 12 rate the bread
      reply: n === 12 ? "Merci beaucoup !" : undefined,
      potteryToo: n === 1,
    });
  }
  // The newest of all, hidden by an operator, with a bread rating of its own.
  await reviewedPart(13, { status: "HIDDEN", breadRating: 1 });
});

describe("listShopReviews", () => {
  it("lists the published reviews newest first, 10 a page, without the hidden one", async () => {
    const first = await listShopReviews(shops.bakery.id, 1);
    expect(first).toMatchObject({ total: 12, page: 1, pageCount: 2 });
    expect(first.reviews.map((review) => review.authorName)).toEqual([
      "Client 12",
      "Client 11",
      "Client 10",
      "Client 9",
      "Client 8",
      "Client 7",
      "Client 6",
      "Client 5",
      "Client 4",
      "Client 3",
    ]);
    const second = await listShopReviews(shops.bakery.id, 2);
    expect(second).toMatchObject({ total: 12, page: 2, pageCount: 2 });
    expect(second.reviews.map((review) => review.id)).toEqual([reviewIdByDay.get(2), reviewIdByDay.get(1)]);
    const all = [...first.reviews, ...second.reviews].map((review) => review.id);
    expect(all).not.toContain(reviewIdByDay.get(13));
  });

  it.each([
    [undefined, 1],
    [0, 1],
    [-3, 1],
    [1.5, 1],
    [99, 2],
  ])("reads page %j as page %i", async (requested, page) => {
    expect((await listShopReviews(shops.bakery.id, requested)).page).toBe(page);
  });

  it("shows what the page shows: stars, comment, product ratings with a link, the reply and its date", async () => {
    const [newest, , , ninth] = (await listShopReviews(shops.bakery.id)).reviews;
    expect(newest).toEqual({
      id: reviewIdByDay.get(12),
      authorName: "Client 12",
      rating: 3, // (12 % 5) + 1
      comment: "Avis numéro 12",
      createdAt: day(12),
      reply: { text: "Merci beaucoup !", at: day(14) },
      products: [{ slug: shops.bread.slug, title: "Pain de campagne", rating: 4, comment: "Pain, avis 12" }],
    });
    expect(ninth).toMatchObject({ authorName: "Client 9", reply: null });
  });

  it("never gives the author's account", async () => {
    const serialized = JSON.stringify(await listShopReviews(shops.bakery.id));
    expect(serialized).not.toContain(shopperEmail);
    expect(serialized).not.toContain("authorId");
    expect(serialized).not.toContain("Propos injurieux");
  });

  it("keeps a product rating without its link once the product is no longer on sale", async () => {
    await getDb().product.update({ where: { id: shops.bread.id }, data: { status: "ARCHIVED" } });
    try {
      const [newest] = (await listShopReviews(shops.bakery.id)).reviews;
      expect(newest.products).toEqual([{ slug: null, title: "Pain de campagne", rating: 4, comment: "Pain, avis 12" }]);
    } finally {
      await getDb().product.update({ where: { id: shops.bread.id }, data: { status: "ACTIVE" } });
    }
  });

  it("lists only the shop's own reviews", async () => {
    const pottery = await listShopReviews(shops.pottery.id);
    expect(pottery.total).toBe(1);
    expect(pottery.reviews.map((review) => review.rating)).toEqual([2]);
  });

  it("shows nothing of a shop that is not approved", async () => {
    await getDb().shop.update({ where: { id: shops.pottery.id }, data: { status: "SUSPENDED" } });
    try {
      expect(await listShopReviews(shops.pottery.id)).toEqual({ reviews: [], total: 0, page: 1, pageCount: 1 });
    } finally {
      await getDb().shop.update({ where: { id: shops.pottery.id }, data: { status: "APPROVED" } });
    }
  });

  it("shows an empty first page for a shop without reviews", async () => {
    const other = await twoShops();
    expect(await listShopReviews(other.bakery.id, 3)).toEqual({ reviews: [], total: 0, page: 1, pageCount: 1 });
  });
});

describe("listProductReviews", () => {
  it("lists the product's ratings from published reviews only, newest first, with the shop's reply", async () => {
    const page = await listProductReviews(shops.bread.id);
    expect(page).toMatchObject({ total: 4, page: 1, pageCount: 1 });
    expect(page.reviews.map((review) => [review.authorName, review.rating, review.comment])).toEqual([
      ["Client 12", 4, "Pain, avis 12"],
      ["Client 9", 4, "Pain, avis 9"],
      ["Client 6", 4, "Pain, avis 6"],
      ["Client 3", 4, "Pain, avis 3"],
    ]);
    expect(page.reviews[0].reply).toEqual({ text: "Merci beaucoup !", at: day(14) });
    expect(page.reviews[1].reply).toBeNull();
  });

  it("pages by 10", async () => {
    // 11 more bread ratings on one new part each, all newer than the others
    for (let n = 20; n < 31; n++) await reviewedPart(n, { breadRating: 5 });
    const first = await listProductReviews(shops.bread.id, 1);
    const second = await listProductReviews(shops.bread.id, 2);
    expect(first).toMatchObject({ total: 15, page: 1, pageCount: 2 });
    expect(first.reviews).toHaveLength(10);
    expect(first.reviews[0].authorName).toBe("Client 30");
    // 30 … 21 on the first page; 20, then the four older ones
    expect(first.reviews.at(-1)?.authorName).toBe("Client 21");
    expect(second.reviews.map((review) => review.authorName)).toEqual([
      "Client 20",
      "Client 12",
      "Client 9",
      "Client 6",
      "Client 3",
    ]);
    expect((await listProductReviews(shops.bread.id, 7)).page).toBe(2);
  });

  it("lists nothing for a product without ratings, nor for one no longer on sale", async () => {
    expect((await listProductReviews(shops.croissant.id)).total).toBe(0);
    await getDb().product.update({ where: { id: shops.bread.id }, data: { status: "ARCHIVED" } });
    try {
      expect(await listProductReviews(shops.bread.id)).toEqual({ reviews: [], total: 0, page: 1, pageCount: 1 });
    } finally {
      await getDb().product.update({ where: { id: shops.bread.id }, data: { status: "ACTIVE" } });
    }
  });
});
