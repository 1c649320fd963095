import { describe, expect, it } from "vitest";
import { DEMO_SHOPS, planDemoOrders } from "./demo-orders";
import { DEMO_REVIEWED_SHOPS, demoRatingCounters, planDemoReviews, publicAuthorName } from "./demo-reviews";
import { planDemo } from "./plan-demo";

const NOW = new Date("2026-12-05T11:00:00Z");

describe("planDemoReviews", () => {
  const plan = planDemo(NOW);
  const reviews = planDemoReviews(NOW, plan.products);

  it("reviews three shops that are not the demo vendor's, with order numbers of their own", () => {
    expect(new Set(reviews.map((review) => review.shopSlug))).toEqual(new Set(DEMO_REVIEWED_SHOPS));
    for (const slug of Object.values(DEMO_SHOPS)) expect(DEMO_REVIEWED_SHOPS).not.toContain(slug);
    // no number of the demo orders is reused
    const orderNumbers = new Set(planDemoOrders(NOW, plan.products).map((order) => order.number));
    const numbers = reviews.map((review) => review.number);
    expect(new Set(numbers).size).toBe(numbers.length);
    expect(numbers.every((number) => /^H-\d{4}-AVIS\d{2}$/.test(number) && !orderNumbers.has(number))).toBe(true);
  });

  it("has a timeline in order, confirmed before the review, all before now", () => {
    for (const review of reviews) {
      const times = [review.paidAt, review.acceptedAt, review.readyAt, review.handedOverAt, review.confirmedAt];
      expect(times.map(Number)).toEqual([...times].map(Number).sort((a, b) => a - b));
      expect(review.reviewedAt.getTime()).toBeGreaterThan(review.confirmedAt.getTime());
      for (const later of [review.reviewedAt, review.reply?.at, review.hidden?.at])
        if (later) expect(later.getTime()).toBeLessThan(NOW.getTime());
      expect(review.rating).toBeGreaterThanOrEqual(1);
      expect(review.rating).toBeLessThanOrEqual(5);
      for (const item of review.productRatings) expect(review.lines[item.line]).toBeDefined();
      expect(review.lines.every((line) => line.product.shopSlug === review.shopSlug)).toBe(true);
    }
  });

  it("has a hidden review, replies and product ratings", () => {
    expect(reviews.filter((review) => review.hidden)).toHaveLength(1);
    expect(reviews.filter((review) => review.reply).length).toBeGreaterThanOrEqual(2);
    expect(reviews.some((review) => review.productRatings.length > 1)).toBe(true);
  });

  it("counts the published reviews only (hand-computed)", () => {
    const { shops, products } = demoRatingCounters(reviews);
    expect(Object.fromEntries(shops)).toEqual({
      "fleurs-de-l-arsenal": { count: 5, sum: 23 }, // 5 + 5 + 4 + 5 + 4; the hidden 1 left out
      "les-jardins-de-la-charente": { count: 4, sum: 16 }, // 4 + 3 + 5 + 4
      "la-maree-de-l-estuaire": { count: 3, sum: 14 }, // 5 + 4 + 5
    });
    const productTotal = [...products.values()].reduce((sum, counters) => sum + counters.count, 0);
    // fleurs 1 + 2, jardins 1 + 1, marée 1 + 1 (the hidden review has none)
    expect(productTotal).toBe(7);
  });

  it("is deterministic", () => {
    expect(planDemoReviews(NOW, plan.products)).toEqual(reviews);
  });
});

describe("publicAuthorName", () => {
  it.each([
    ["Léa Fontaine", "Léa F."],
    ["Jean Pierre de la Roche", "Jean R."],
    ["Chloé", "Chloé"],
    ["  Inès   marchand ", "Inès M."],
  ])("%j → %j", (name, shown) => {
    expect(publicAuthorName(name)).toBe(shown);
  });
});
