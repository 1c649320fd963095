// Writing a review (docs/trust.md, reviews): who may, when, once; what one transaction writes
// (the review, its product ratings, the shop's and products' counters, the shop's e-mail); what a
// refusal leaves (nothing).
import { beforeEach, describe, expect, it } from "vitest";
import { getDb } from "@/lib/db";
import { getMyOrderReviews } from "@/lib/reviews/get-my-order-reviews";
import { writeReview } from "@/lib/reviews/write-review";
import { createShop, createUser, paidOrder, refusal, twoShops, type Shops } from "../orders/order-fixtures";
import { confirmedPottery, counters, reviewSnapshot } from "./review-fixtures";

let shops: Shops;
beforeEach(async () => {
  shops = await twoShops();
});

describe("writeReview", () => {
  it("writes the review and its product rating, and counts them in the shop's and the product's averages", async () => {
    const { shopper, part, line } = await confirmedPottery(shops);
    const before = await counters(shops.pottery.id, shops.bowl.id);

    const { id } = await writeReview(shopper, {
      shopOrderId: part.id,
      rating: 4,
      comment: "  Bol superbe, bien emballé \n",
      locale: "en",
      products: [{ orderLineId: line.id, rating: 5, comment: " Magnifique " }],
    });

    const review = await getDb().review.findUniqueOrThrow({ where: { id }, include: { productReviews: true } });
    expect(review).toMatchObject({
      shopOrderId: part.id,
      shopId: shops.pottery.id,
      authorId: shopper.id,
      authorName: "Marc P.",
      locale: "en",
      rating: 4,
      comment: "Bol superbe, bien emballé",
      status: "PUBLISHED",
      reply: null,
    });
    expect(review.productReviews).toMatchObject([
      { orderLineId: line.id, productId: shops.bowl.id, rating: 5, comment: "Magnifique" },
    ]);
    expect(await counters(shops.pottery.id, shops.bowl.id)).toEqual({
      shop: { ratingCount: before.shop.ratingCount + 1, ratingSum: before.shop.ratingSum + 4 },
      product: { ratingCount: before.product.ratingCount + 1, ratingSum: before.product.ratingSum + 5 },
    });

    // The shop is told, at its inbox (the pottery has no e-mail of its own: its owner's).
    const emails = await getDb().emailMessage.findMany({
      where: { template: "review.received", to: shops.potterVendor.email },
    });
    expect(emails).toHaveLength(1);
    expect(emails[0].to).toBe(shops.potterVendor.email);
    expect(emails[0].subject).toBe(`Nouvel avis sur ${shops.pottery.name} : 4 sur 5`);
    expect(emails[0].text).toContain("Marc P.");
    expect(emails[0].text).toContain("Bol superbe, bien emballé");
    expect(emails[0].text).toContain("/dashboard/reviews");
  });

  it("takes the shop's stars alone: no comment, no product rating, the product's counters unchanged", async () => {
    const { shopper, part } = await confirmedPottery(shops);
    await writeReview(shopper, { shopOrderId: part.id, rating: 2 });
    expect(await counters(shops.pottery.id, shops.bowl.id)).toEqual({
      shop: { ratingCount: 1, ratingSum: 2 },
      product: { ratingCount: 0, ratingSum: 0 },
    });
    expect(await getDb().productReview.count({ where: { review: { shopOrderId: part.id } } })).toBe(0);
  });

  it("keeps the right after a return asked for once confirmed", async () => {
    const { shopper, part } = await confirmedPottery(shops);
    await getDb().shopOrder.update({ where: { id: part.id }, data: { status: "RETURN_REQUESTED" } });
    await writeReview(shopper, { shopOrderId: part.id, rating: 3 });
    expect(await getDb().review.count({ where: { shopOrderId: part.id } })).toBe(1);
  });

  it("takes one review per part: a second attempt is CONFLICT and writes nothing", async () => {
    const { shopper, part } = await confirmedPottery(shops);
    await writeReview(shopper, { shopOrderId: part.id, rating: 5 });
    const before = await reviewSnapshot(shops);
    const second = await refusal(writeReview(shopper, { shopOrderId: part.id, rating: 1 }));
    expect(second).toMatchObject({ code: "CONFLICT", fieldErrors: { form: "reviews.errors.alreadyReviewed" } });
    expect(await reviewSnapshot(shops)).toEqual(before);
  });

  it("takes one review of two sent at the same instant: counters +1 once, one e-mail", async () => {
    const { shopper, part, line } = await confirmedPottery(shops);
    const attempt = (rating: number) =>
      writeReview(shopper, {
        shopOrderId: part.id,
        rating,
        products: [{ orderLineId: line.id, rating }],
      }).then(
        () => "written",
        (error: { code?: string }) => error.code,
      );
    const outcomes = await Promise.all([attempt(5), attempt(3), attempt(4)]);
    expect(outcomes.filter((outcome) => outcome === "written")).toHaveLength(1);
    expect(outcomes.filter((outcome) => outcome === "CONFLICT")).toHaveLength(2);
    const review = await getDb().review.findUniqueOrThrow({ where: { shopOrderId: part.id } });
    expect(await counters(shops.pottery.id, shops.bowl.id)).toEqual({
      shop: { ratingCount: 1, ratingSum: review.rating },
      product: { ratingCount: 1, ratingSum: review.rating },
    });
    expect(await getDb().productReview.count({ where: { review: { shopOrderId: part.id } } })).toBe(1);
    expect(
      await getDb().emailMessage.count({ where: { template: "review.received", to: shops.potterVendor.email } }),
    ).toBe(1);
  });

  describe("refuses, with nothing written", () => {
    it("a part not confirmed yet (delivered only)", async () => {
      const { shopper, part } = await confirmedPottery(shops, { confirmed: false });
      const before = await reviewSnapshot(shops);
      expect(await refusal(writeReview(shopper, { shopOrderId: part.id, rating: 5 }))).toMatchObject({
        code: "CONFLICT",
        fieldErrors: { form: "reviews.errors.notConfirmed" },
      });
      expect(await reviewSnapshot(shops)).toEqual(before);
    });

    it("a part only paid", async () => {
      const paid = await paidOrder(shops);
      const before = await reviewSnapshot(shops);
      expect(await refusal(writeReview(paid.shopper, { shopOrderId: paid.potteryPart.id, rating: 5 }))).toMatchObject({
        code: "CONFLICT",
      });
      expect(await reviewSnapshot(shops)).toEqual(before);
    });

    it("a guest order, someone else's order, a signed-out visitor, an unknown part", async () => {
      const guest = await confirmedPottery(shops, { shopper: null, confirmed: false });
      await getDb().shopOrder.update({ where: { id: guest.part.id }, data: { status: "CONFIRMED" } });
      const someone = await confirmedPottery(shops);
      const stranger = await createUser("SHOPPER", "Inès Voisine");
      const operator = await createUser("OPERATOR");
      const before = await reviewSnapshot(shops);
      const cases = [
        [stranger, guest.part.id, "NOT_FOUND"],
        [stranger, someone.part.id, "NOT_FOUND"],
        [operator, someone.part.id, "NOT_FOUND"],
        [shops.potterVendor, someone.part.id, "NOT_FOUND"],
        [null, someone.part.id, "UNAUTHENTICATED"],
        [someone.shopper, "cm0doesnotexist000000000000", "NOT_FOUND"],
      ] as const;
      for (const [actor, shopOrderId, code] of cases)
        expect((await refusal(writeReview(actor, { shopOrderId, rating: 5 }))).code).toBe(code);
      expect(await reviewSnapshot(shops)).toEqual(before);
    });

    it("the shop's own owner reviewing a part they bought from their shop", async () => {
      const owner = shops.potterVendor;
      const own = await confirmedPottery(shops, { shopper: owner });
      const before = await reviewSnapshot(shops);
      expect(await refusal(writeReview(owner, { shopOrderId: own.part.id, rating: 5 }))).toMatchObject({
        code: "FORBIDDEN",
        fieldErrors: { form: "reviews.errors.ownShop" },
      });
      expect(await reviewSnapshot(shops)).toEqual(before);
    });

    it.each([
      ["0 stars", { rating: 0 }, { rating: "reviews.errors.ratingRequired" }],
      ["6 stars", { rating: 6 }, { rating: "reviews.errors.ratingRequired" }],
      ["a comment too long", { rating: 4, comment: "a".repeat(2001) }, { comment: "reviews.errors.commentTooLong" }],
    ])("bad input: %s", async (_, fields, expected) => {
      const { shopper, part } = await confirmedPottery(shops);
      const before = await reviewSnapshot(shops);
      const error = await refusal(writeReview(shopper, { shopOrderId: part.id, ...fields }));
      expect(error).toEqual(expect.objectContaining({ code: "VALIDATION", fieldErrors: expected }));
      expect(await reviewSnapshot(shops)).toEqual(before);
    });

    it("a product line of another part, or a line whose product is gone", async () => {
      const { shopper, part, order } = await confirmedPottery(shops);
      const bakeryLine = await getDb().orderLine.findFirstOrThrow({
        where: { shopOrder: { orderId: order.id, shopId: shops.bakery.id } },
      });
      const ownLine = await getDb().orderLine.findFirstOrThrow({ where: { shopOrderId: part.id } });
      const before = await reviewSnapshot(shops);
      const other = await refusal(
        writeReview(shopper, {
          shopOrderId: part.id,
          rating: 4,
          products: [{ orderLineId: bakeryLine.id, rating: 5 }],
        }),
      );
      expect(other).toMatchObject({
        code: "VALIDATION",
        fieldErrors: { "products.0.orderLineId": "reviews.errors.lineInvalid" },
      });
      expect(await reviewSnapshot(shops)).toEqual(before);

      await getDb().orderLine.update({ where: { id: ownLine.id }, data: { productId: null } });
      const gone = await refusal(
        writeReview(shopper, { shopOrderId: part.id, rating: 4, products: [{ orderLineId: ownLine.id, rating: 5 }] }),
      );
      expect(gone).toMatchObject({
        code: "VALIDATION",
        fieldErrors: { "products.0.orderLineId": "reviews.errors.lineInvalid" },
      });
      expect(await getDb().review.count({ where: { shopOrderId: part.id } })).toBe(0);
    });
  });
});

describe("getMyOrderReviews", () => {
  it("offers the form on a confirmed part only, then shows the review instead", async () => {
    const { shopper, part, order, line } = await confirmedPottery(shops);
    const bakeryPartId = order.shopOrders.find((entry) => entry.shopId === shops.bakery.id)!.id;
    const before = await getMyOrderReviews(shopper, order.id);
    expect(before[part.id]).toEqual({ canReview: true, review: null, lines: [{ id: line.id, title: "Bol en grès" }] });
    expect(before[bakeryPartId]).toMatchObject({ canReview: false, review: null });

    await writeReview(shopper, { shopOrderId: part.id, rating: 5, comment: "Parfait" });
    const after = await getMyOrderReviews(shopper, order.id);
    expect(after[part.id].canReview).toBe(false);
    expect(after[part.id].review).toMatchObject({ rating: 5, comment: "Parfait", status: "PUBLISHED", reply: null });
  });

  it("is NOT_FOUND for someone else's order, UNAUTHENTICATED signed out", async () => {
    const { order } = await confirmedPottery(shops);
    const stranger = await createUser("SHOPPER");
    expect((await refusal(getMyOrderReviews(stranger, order.id))).code).toBe("NOT_FOUND");
    expect((await refusal(getMyOrderReviews(null, order.id))).code).toBe("UNAUTHENTICATED");
  });

  it("refuses the shop owner's form on their own shop's part they bought", async () => {
    const owner = shops.potterVendor;
    await createShop(owner, { status: "APPROVED" });
    const own = await confirmedPottery(shops, { shopper: owner });
    expect((await getMyOrderReviews(owner, own.order.id))[own.part.id].canReview).toBe(false);
  });
});
