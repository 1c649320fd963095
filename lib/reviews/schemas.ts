import { z } from "zod";
import { LOCALES } from "@/lib/i18n/config";
import { idSchema } from "@/lib/parse-id";

// The inputs of the reviews' mutations (docs/trust.md, reviews). Messages are catalogue keys.

export const REVIEW_LIMITS = {
  comment: 2000,
  productComment: 1000,
  reply: 2000,
  hiddenReason: 500,
  /** a part never has more lines than this worth rating in one post */
  productLines: 100,
} as const;

/** Stars: a whole number from 1 to 5 (the database checks it too). */
const stars = (key: "reviews.errors.ratingRequired" | "reviews.errors.productRatingRequired") =>
  z.number({ error: key }).int(key).min(1, key).max(5, key);

const productReviewSchema = z.object({
  orderLineId: idSchema({ invalid: "reviews.errors.lineInvalid" }),
  rating: stars("reviews.errors.productRatingRequired"),
  comment: z.string().trim().max(REVIEW_LIMITS.productComment, "reviews.errors.productCommentTooLong").default(""),
});

export const writeReviewSchema = z.object({
  shopOrderId: idSchema(),
  rating: stars("reviews.errors.ratingRequired"),
  comment: z.string().trim().max(REVIEW_LIMITS.comment, "reviews.errors.commentTooLong").default(""),
  locale: z.enum(LOCALES).default("fr"),
  products: z
    .array(productReviewSchema)
    .max(REVIEW_LIMITS.productLines, "reviews.errors.lineInvalid")
    .default([])
    .refine(
      (lines) => new Set(lines.map((line) => line.orderLineId)).size === lines.length,
      "reviews.errors.lineTwice",
    ),
});
export type WriteReviewInput = z.input<typeof writeReviewSchema>;

export const replyToReviewSchema = z.object({
  reviewId: idSchema(),
  reply: z
    .string({ error: "reviews.errors.replyRequired" })
    .trim()
    .min(1, "reviews.errors.replyRequired")
    .max(REVIEW_LIMITS.reply, "reviews.errors.replyTooLong"),
});
export type ReplyToReviewInput = z.input<typeof replyToReviewSchema>;

export const hideReviewSchema = z.object({
  reviewId: idSchema(),
  reason: z
    .string({ error: "reviews.errors.reasonRequired" })
    .trim()
    .min(1, "reviews.errors.reasonRequired")
    .max(REVIEW_LIMITS.hiddenReason, "reviews.errors.reasonTooLong"),
});
export type HideReviewInput = z.input<typeof hideReviewSchema>;

export const showReviewSchema = z.object({ reviewId: idSchema() });
export type ShowReviewInput = z.input<typeof showReviewSchema>;
