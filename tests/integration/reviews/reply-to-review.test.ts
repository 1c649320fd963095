// The shop's reply to a review (docs/trust.md, reviews): its owner, once, published reviews only;
// the shopper e-mailed; anyone else refused with nothing changed.
import { beforeEach, describe, expect, it } from "vitest";
import { getDb } from "@/lib/db";
import { hideReview } from "@/lib/reviews/hide-review";
import { replyToReview } from "@/lib/reviews/reply-to-review";
import { createShop, createUser, refusal, twoShops, type Shops } from "../orders/order-fixtures";
import { reviewedPottery, reviewSnapshot } from "./review-fixtures";

let shops: Shops;
beforeEach(async () => {
  shops = await twoShops();
});

describe("replyToReview", () => {
  it("publishes the owner's reply once and e-mails the shopper", async () => {
    const { reviewId, shopper, order } = await reviewedPottery(shops);
    await replyToReview(shops.potterVendor, { reviewId, reply: "  Merci Marc, à bientôt !  " });

    const review = await getDb().review.findUniqueOrThrow({ where: { id: reviewId } });
    expect(review).toMatchObject({ reply: "Merci Marc, à bientôt !", repliedById: shops.potterVendor.id });
    expect(review.repliedAt).toBeInstanceOf(Date);
    const emails = await getDb().emailMessage.findMany({ where: { to: shopper.email, template: "review.replied" } });
    expect(emails).toHaveLength(1);
    expect(emails[0].subject).toBe(`${shops.pottery.name} a répondu à votre avis`);
    expect(emails[0].text).toContain("Merci Marc, à bientôt !");
    expect(emails[0].text).toContain(`/account/orders/${order.id}`);

    // Once: a second reply is CONFLICT and changes nothing.
    const before = await reviewSnapshot(shops);
    expect(await refusal(replyToReview(shops.potterVendor, { reviewId, reply: "Autre chose" }))).toMatchObject({
      code: "CONFLICT",
      fieldErrors: { form: "reviews.errors.cannotReply" },
    });
    expect(await reviewSnapshot(shops)).toEqual(before);
  });

  it("takes one reply of two sent at the same instant", async () => {
    const { reviewId } = await reviewedPottery(shops);
    const outcomes = await Promise.all(
      ["Première", "Seconde"].map((reply) =>
        replyToReview(shops.potterVendor, { reviewId, reply }).then(
          () => "written",
          (error: { code?: string }) => error.code,
        ),
      ),
    );
    expect(outcomes.sort()).toEqual(["CONFLICT", "written"]);
  });

  it("refuses a hidden review", async () => {
    const { reviewId } = await reviewedPottery(shops);
    await hideReview(await createUser("OPERATOR"), { reviewId, reason: "Propos injurieux" });
    const before = await reviewSnapshot(shops);
    expect((await refusal(replyToReview(shops.potterVendor, { reviewId, reply: "Merci" }))).code).toBe("CONFLICT");
    expect(await reviewSnapshot(shops)).toEqual(before);
  });

  it("refuses an empty or too long reply", async () => {
    const { reviewId } = await reviewedPottery(shops);
    const before = await reviewSnapshot(shops);
    for (const [reply, key] of [
      ["   ", "reviews.errors.replyRequired"],
      ["r".repeat(2001), "reviews.errors.replyTooLong"],
    ] as const)
      expect(await refusal(replyToReview(shops.potterVendor, { reviewId, reply }))).toMatchObject({
        code: "VALIDATION",
        fieldErrors: { reply: key },
      });
    expect(await reviewSnapshot(shops)).toEqual(before);
  });

  it("refuses another shop's vendor, the shopper, an operator and a signed-out visitor", async () => {
    const { reviewId, shopper } = await reviewedPottery(shops);
    const otherVendor = await createUser("VENDOR");
    await createShop(otherVendor, { status: "APPROVED" });
    const operator = await createUser("OPERATOR");
    const before = await reviewSnapshot(shops);
    for (const [actor, code] of [
      [shops.bakerVendor, "NOT_FOUND"],
      [otherVendor, "NOT_FOUND"],
      [shopper, "FORBIDDEN"],
      [operator, "FORBIDDEN"],
      [null, "UNAUTHENTICATED"],
    ] as const)
      expect((await refusal(replyToReview(actor, { reviewId, reply: "Merci" }))).code).toBe(code);
    expect(await reviewSnapshot(shops)).toEqual(before);
  });
});
