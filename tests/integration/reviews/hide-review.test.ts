// Hiding a review and showing it again (docs/trust.md, reviews): operators only, with a reason;
// the averages of the shop and its products change once, the audit row, the e-mails to the
// shopper and the shop; two operators at once change it once.
import { beforeEach, describe, expect, it } from "vitest";
import type { Actor } from "@/lib/auth/actor";
import { getDb } from "@/lib/db";
import { hideReview } from "@/lib/reviews/hide-review";
import { showReview } from "@/lib/reviews/show-review";
import { createUser, refusal, twoShops, type Shops } from "../orders/order-fixtures";
import { counters, reviewedPottery, reviewSnapshot } from "./review-fixtures";

let shops: Shops;
let operator: Actor;
beforeEach(async () => {
  shops = await twoShops();
  operator = await createUser("OPERATOR", "Nora Opératrice");
});

const audits = (reviewId: string) =>
  getDb().auditLog.findMany({ where: { entityType: "Review", entityId: reviewId }, orderBy: { createdAt: "asc" } });

describe("hideReview and showReview", () => {
  it("hides with the reason: out of the averages, audited, the shopper and the shop told; shown again: back in", async () => {
    const { reviewId, shopper } = await reviewedPottery(shops);
    expect(await counters(shops.pottery.id, shops.bowl.id)).toEqual({
      shop: { ratingCount: 1, ratingSum: 4 },
      product: { ratingCount: 1, ratingSum: 5 },
    });

    await hideReview(operator, { reviewId, reason: "  Propos injurieux envers le vendeur " });
    const hidden = await getDb().review.findUniqueOrThrow({ where: { id: reviewId } });
    expect(hidden).toMatchObject({
      status: "HIDDEN",
      hiddenReason: "Propos injurieux envers le vendeur",
      hiddenById: operator.id,
    });
    expect(await counters(shops.pottery.id, shops.bowl.id)).toEqual({
      shop: { ratingCount: 0, ratingSum: 0 },
      product: { ratingCount: 0, ratingSum: 0 },
    });
    expect(await audits(reviewId)).toMatchObject([
      { action: "review.hidden", actorId: operator.id, reason: "Propos injurieux envers le vendeur" },
    ]);
    const toShopper = await getDb().emailMessage.findMany({ where: { to: shopper.email, template: "review.hidden" } });
    const toShop = await getDb().emailMessage.findMany({
      where: { to: shops.potterVendor.email, template: "review.hidden" },
    });
    expect(toShopper).toHaveLength(1);
    expect(toShop).toHaveLength(1);
    expect(toShopper[0].text).toContain("votre avis");
    expect(toShopper[0].text).toContain("Propos injurieux envers le vendeur");
    expect(toShop[0].text).toContain("Propos injurieux envers le vendeur");
    expect(toShop[0].subject).toBe(`Avis masqué — ${shops.pottery.name}`);

    await showReview(operator, { reviewId });
    expect(await getDb().review.findUniqueOrThrow({ where: { id: reviewId } })).toMatchObject({
      status: "PUBLISHED",
      hiddenReason: null,
      hiddenAt: null,
    });
    expect(await counters(shops.pottery.id, shops.bowl.id)).toEqual({
      shop: { ratingCount: 1, ratingSum: 4 },
      product: { ratingCount: 1, ratingSum: 5 },
    });
    expect((await audits(reviewId)).map((row) => row.action)).toEqual(["review.hidden", "review.shown"]);
  });

  it("tells the shop only when the shopper's account is gone", async () => {
    const { reviewId, shopper } = await reviewedPottery(shops);
    await getDb().user.delete({ where: { id: shopper.id } });
    await hideReview(operator, { reviewId, reason: "Faux avis" });
    expect(await getDb().emailMessage.count({ where: { to: shopper.email, template: "review.hidden" } })).toBe(0);
    expect(
      await getDb().emailMessage.count({ where: { to: shops.potterVendor.email, template: "review.hidden" } }),
    ).toBe(1);
  });

  it("changes the counters once when two operators hide at the same instant", async () => {
    const { reviewId } = await reviewedPottery(shops);
    const second = await createUser("OPERATOR");
    const outcomes = await Promise.all(
      [operator, second].map((actor) =>
        hideReview(actor, { reviewId, reason: "Hors sujet" }).then(
          () => "hidden",
          (error: { code?: string }) => error.code,
        ),
      ),
    );
    expect(outcomes.sort()).toEqual(["CONFLICT", "hidden"]);
    expect(await counters(shops.pottery.id, shops.bowl.id)).toEqual({
      shop: { ratingCount: 0, ratingSum: 0 },
      product: { ratingCount: 0, ratingSum: 0 },
    });
    expect(await audits(reviewId)).toHaveLength(1);
  });

  it("refuses hiding a hidden review and showing a published one, changing nothing", async () => {
    const { reviewId } = await reviewedPottery(shops);
    const before = await reviewSnapshot(shops);
    expect(await refusal(showReview(operator, { reviewId }))).toMatchObject({
      code: "CONFLICT",
      fieldErrors: { form: "reviews.errors.alreadyShown" },
    });
    expect(await reviewSnapshot(shops)).toEqual(before);
    await hideReview(operator, { reviewId, reason: "Hors sujet" });
    const hidden = await reviewSnapshot(shops);
    expect(await refusal(hideReview(operator, { reviewId, reason: "Encore" }))).toMatchObject({
      code: "CONFLICT",
      fieldErrors: { form: "reviews.errors.alreadyHidden" },
    });
    expect(await reviewSnapshot(shops)).toEqual(hidden);
  });

  it("requires a reason of 500 characters at most", async () => {
    const { reviewId } = await reviewedPottery(shops);
    const before = await reviewSnapshot(shops);
    for (const [reason, key] of [
      ["  ", "reviews.errors.reasonRequired"],
      ["x".repeat(501), "reviews.errors.reasonTooLong"],
    ] as const)
      expect(await refusal(hideReview(operator, { reviewId, reason }))).toMatchObject({
        code: "VALIDATION",
        fieldErrors: { reason: key },
      });
    expect(await reviewSnapshot(shops)).toEqual(before);
  });

  it("refuses the shop's vendor, the shopper and a signed-out visitor, hiding or showing", async () => {
    const { reviewId, shopper } = await reviewedPottery(shops);
    const published = await reviewSnapshot(shops);
    for (const [actor, code] of [
      [shops.potterVendor, "FORBIDDEN"],
      [shopper, "FORBIDDEN"],
      [null, "UNAUTHENTICATED"],
    ] as const)
      expect((await refusal(hideReview(actor, { reviewId, reason: "Je n'aime pas" }))).code).toBe(code);
    expect(await reviewSnapshot(shops)).toEqual(published);

    await hideReview(operator, { reviewId, reason: "Hors sujet" });
    const hidden = await reviewSnapshot(shops);
    for (const [actor, code] of [
      [shops.potterVendor, "FORBIDDEN"],
      [shopper, "FORBIDDEN"],
      [null, "UNAUTHENTICATED"],
    ] as const)
      expect((await refusal(showReview(actor, { reviewId }))).code).toBe(code);
    expect(await reviewSnapshot(shops)).toEqual(hidden);
    expect((await refusal(showReview(operator, { reviewId: "cm0doesnotexist000000000000" }))).code).toBe("NOT_FOUND");
  });
});
