// The reviews' lists (docs/trust.md, reviews): the vendor's (their shop only, 20 a page, "awaiting
// a reply") and the operators' (every shop, by status, shop and stars).
import { beforeAll, describe, expect, it } from "vitest";
import type { Actor } from "@/lib/auth/actor";
import { getDb } from "@/lib/db";
import { listReviewsForOperator } from "@/lib/reviews/list-reviews-for-operator";
import { listVendorReviews } from "@/lib/reviews/list-vendor-reviews";
import { createUser, refusal, twoShops, type Shops } from "../orders/order-fixtures";
import { reviewedPottery } from "./review-fixtures";

let shops: Shops;
let operator: Actor;
let reviewIds: string[];

beforeAll(async () => {
  shops = await twoShops();
  operator = await createUser("OPERATOR");
  reviewIds = [];
  for (let index = 0; index < 22; index++) reviewIds.push((await reviewedPottery(shops)).reviewId);
  const db = getDb();
  // Spread in time (newest first), one answered, one hidden, stars 1 to 5 in turn.
  for (const [index, id] of reviewIds.entries())
    await db.review.update({
      where: { id },
      data: { createdAt: new Date(Date.UTC(2026, 0, 1 + index)), rating: (index % 5) + 1 },
    });
  await db.review.update({ where: { id: reviewIds[21] }, data: { reply: "Merci", repliedAt: new Date() } });
  await db.review.update({ where: { id: reviewIds[20] }, data: { status: "HIDDEN", hiddenReason: "Hors sujet" } });
});

describe("listVendorReviews", () => {
  it("lists the shop's reviews newest first, 20 a page", async () => {
    const first = await listVendorReviews(shops.potterVendor, shops.pottery.id, {});
    expect(first).toMatchObject({ filter: "all", page: 1, pageCount: 2, total: 22, awaitingReply: 20 });
    expect(first.rows.map((row) => row.id)).toEqual([...reviewIds].reverse().slice(0, 20));
    const second = await listVendorReviews(shops.potterVendor, shops.pottery.id, { page: "2" });
    expect(second.rows.map((row) => row.id)).toEqual([reviewIds[1], reviewIds[0]]);
    expect((await listVendorReviews(shops.potterVendor, shops.pottery.id, { page: "99" })).page).toBe(2);
  });

  it("filters those awaiting a reply: published, unanswered", async () => {
    const awaiting = await listVendorReviews(shops.potterVendor, shops.pottery.id, { filter: "awaitingReply" });
    expect(awaiting.rows).toHaveLength(20);
    expect(awaiting.rows.map((row) => row.id)).not.toContain(reviewIds[21]);
    expect(awaiting.rows.map((row) => row.id)).not.toContain(reviewIds[20]);
  });

  it("refuses another vendor's shop, a shopper, an operator and a signed-out visitor", async () => {
    expect((await refusal(listVendorReviews(shops.bakerVendor, shops.pottery.id, {}))).code).toBe("NOT_FOUND");
    expect((await refusal(listVendorReviews(await createUser("SHOPPER"), shops.pottery.id, {}))).code).toBe(
      "FORBIDDEN",
    );
    expect((await refusal(listVendorReviews(operator, shops.pottery.id, {}))).code).toBe("FORBIDDEN");
    expect((await refusal(listVendorReviews(null, shops.pottery.id, {}))).code).toBe("UNAUTHENTICATED");
  });
});

describe("listReviewsForOperator", () => {
  it("filters by status, shop and stars", async () => {
    const hidden = await listReviewsForOperator(operator, { status: "HIDDEN", shop: shops.pottery.id });
    expect(hidden.rows.map((row) => row.id)).toEqual([reviewIds[20]]);
    // Stars 3: indexes 2, 7, 12, 17 (rating = index % 5 + 1).
    const three = await listReviewsForOperator(operator, { stars: "3", shop: shops.pottery.id });
    expect(three.rows.map((row) => row.id)).toEqual([reviewIds[17], reviewIds[12], reviewIds[7], reviewIds[2]]);
    expect(three.shops).toContainEqual({ id: shops.pottery.id, name: shops.pottery.name });
    const none = await listReviewsForOperator(operator, { shop: shops.bakery.id });
    expect(none.matching).toBe(0);
    // Junk parameters are ignored, not refused.
    const junk = await listReviewsForOperator(operator, { status: "DELETED", stars: "9", shop: "../x" });
    expect(junk.query).toEqual({ status: null, shopId: null, stars: null });
  });

  it("refuses vendors, shoppers and signed-out visitors", async () => {
    expect((await refusal(listReviewsForOperator(shops.potterVendor, {}))).code).toBe("FORBIDDEN");
    expect((await refusal(listReviewsForOperator(await createUser("SHOPPER"), {}))).code).toBe("FORBIDDEN");
    expect((await refusal(listReviewsForOperator(null, {}))).code).toBe("UNAUTHENTICATED");
  });
});
