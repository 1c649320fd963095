import { z } from "zod";
import { idSchema } from "@/lib/parse-id";

// Shared by the review actions and their forms: a reason (or message) the vendor will read.
export const REASON_MIN = 3;
export const REASON_MAX = 1000;

export const reasonSchema = z
  .string({ error: "sellers.errors.reasonRequired" })
  .trim()
  .min(1, "sellers.errors.reasonRequired")
  .min(REASON_MIN, "sellers.errors.reasonTooShort")
  .max(REASON_MAX, "sellers.errors.reasonTooLong");

export const shopIdSchema = idSchema({ invalid: "forms.errors.invalid" });

export const reviewWithReasonSchema = z.object({ shopId: shopIdSchema, reason: reasonSchema });
export const reviewWithMessageSchema = z.object({ shopId: shopIdSchema, message: reasonSchema });
export const reviewSchema = z.object({ shopId: shopIdSchema });

/** The queue's filters: one per status, every shop, and approved shops whose changes await review. */
export const SELLER_FILTERS = [
  "PENDING",
  "REVIEW",
  "APPROVED",
  "REJECTED",
  "SUSPENDED",
  "LAPSED",
  "CLOSED",
  "DRAFT",
  "ALL",
] as const;
export type SellerFilter = (typeof SELLER_FILTERS)[number];

export function parseSellerFilter(value: unknown): SellerFilter {
  const upper = typeof value === "string" ? value.toUpperCase() : "";
  return (SELLER_FILTERS as readonly string[]).includes(upper) ? (upper as SellerFilter) : "PENDING";
}
