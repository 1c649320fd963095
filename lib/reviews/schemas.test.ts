import { describe, expect, it } from "vitest";
import { fieldErrorsOf } from "@/lib/forms/parse-input";
import { hideReviewSchema, replyToReviewSchema, writeReviewSchema } from "./schemas";

// The reviews' inputs (docs/trust.md, reviews): what passes, trimmed, and the message key of
// each refusal, by field.

const LINE = "cm0line0000000000000000001";
const OTHER_LINE = "cm0line0000000000000000002";
const base = { shopOrderId: "cm0part0000000000000000001", rating: 4, comment: "Très bon accueil" };

function errorsOf(
  schema: typeof writeReviewSchema | typeof replyToReviewSchema | typeof hideReviewSchema,
  input: unknown,
) {
  const result = schema.safeParse(input);
  return result.success ? null : fieldErrorsOf(result.error);
}

describe("writeReviewSchema", () => {
  it.each([
    ["1 star", { ...base, rating: 1 }],
    ["5 stars", { ...base, rating: 5 }],
    ["no comment", { shopOrderId: base.shopOrderId, rating: 3 }],
    ["a comment of 2,000 characters", { ...base, comment: "a".repeat(2000) }],
    ["2,000 characters once trimmed", { ...base, comment: `  ${"a".repeat(2000)}  ` }],
    ["a product line", { ...base, products: [{ orderLineId: LINE, rating: 5, comment: "b".repeat(1000) }] }],
    [
      "two product lines",
      {
        ...base,
        products: [
          { orderLineId: LINE, rating: 5 },
          { orderLineId: OTHER_LINE, rating: 2 },
        ],
      },
    ],
  ])("accepts %s", (_, input) => {
    expect(errorsOf(writeReviewSchema, input)).toBeNull();
  });

  it.each([
    ["0 stars", { ...base, rating: 0 }, { rating: "reviews.errors.ratingRequired" }],
    ["6 stars", { ...base, rating: 6 }, { rating: "reviews.errors.ratingRequired" }],
    ["2.5 stars", { ...base, rating: 2.5 }, { rating: "reviews.errors.ratingRequired" }],
    ["no stars", { ...base, rating: Number.NaN }, { rating: "reviews.errors.ratingRequired" }],
    ["missing stars", { shopOrderId: base.shopOrderId }, { rating: "reviews.errors.ratingRequired" }],
    [
      "a comment of 2,001 characters",
      { ...base, comment: "a".repeat(2001) },
      { comment: "reviews.errors.commentTooLong" },
    ],
    ["a bad part id", { ...base, shopOrderId: "../x" }, { shopOrderId: "forms.errors.invalid" }],
    [
      "a product line without stars",
      { ...base, products: [{ orderLineId: LINE, rating: Number.NaN, comment: "Bon" }] },
      { "products.0.rating": "reviews.errors.productRatingRequired" },
    ],
    [
      "a product comment of 1,001 characters",
      { ...base, products: [{ orderLineId: LINE, rating: 4, comment: "b".repeat(1001) }] },
      { "products.0.comment": "reviews.errors.productCommentTooLong" },
    ],
    [
      "the same line twice",
      {
        ...base,
        products: [
          { orderLineId: LINE, rating: 4 },
          { orderLineId: LINE, rating: 5 },
        ],
      },
      { products: "reviews.errors.lineTwice" },
    ],
    [
      "a bad line id",
      { ...base, products: [{ orderLineId: "no way", rating: 4 }] },
      { "products.0.orderLineId": "reviews.errors.lineInvalid" },
    ],
  ])("refuses %s", (_, input, expected) => {
    expect(errorsOf(writeReviewSchema, input)).toEqual(expected);
  });

  it("trims the comments and defaults the language to French", () => {
    const parsed = writeReviewSchema.parse({
      ...base,
      comment: "  Parfait \n",
      products: [{ orderLineId: LINE, rating: 5, comment: "  Croustillant " }],
    });
    expect(parsed).toEqual({
      ...base,
      comment: "Parfait",
      locale: "fr",
      products: [{ orderLineId: LINE, rating: 5, comment: "Croustillant" }],
    });
  });
});

describe("replyToReviewSchema and hideReviewSchema", () => {
  const reviewId = "cm0review00000000000000001";
  it.each([
    [replyToReviewSchema, { reviewId, reply: "Merci !" }, null],
    [replyToReviewSchema, { reviewId, reply: "r".repeat(2000) }, null],
    [replyToReviewSchema, { reviewId, reply: "   " }, { reply: "reviews.errors.replyRequired" }],
    [replyToReviewSchema, { reviewId, reply: "r".repeat(2001) }, { reply: "reviews.errors.replyTooLong" }],
    [hideReviewSchema, { reviewId, reason: "Propos injurieux" }, null],
    [hideReviewSchema, { reviewId, reason: "x".repeat(500) }, null],
    [hideReviewSchema, { reviewId, reason: "" }, { reason: "reviews.errors.reasonRequired" }],
    [hideReviewSchema, { reviewId }, { reason: "reviews.errors.reasonRequired" }],
    [hideReviewSchema, { reviewId, reason: "x".repeat(501) }, { reason: "reviews.errors.reasonTooLong" }],
  ] as const)("%#", (schema, input, expected) => {
    expect(errorsOf(schema, input)).toEqual(expected);
  });
});
