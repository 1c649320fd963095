import { z } from "zod";
import { idSchema } from "@/lib/parse-id";

// Shared by the moderation action and its form: the reason the vendor will read.
export const MODERATION_REASON_MIN = 3;
export const MODERATION_REASON_MAX = 1000;

export const unpublishProductSchema = z.object({
  productId: idSchema({ invalid: "forms.errors.invalid" }),
  reason: z
    .string({ error: "moderation.errors.reasonRequired" })
    .trim()
    .min(1, "moderation.errors.reasonRequired")
    .min(MODERATION_REASON_MIN, "moderation.errors.reasonTooShort")
    .max(MODERATION_REASON_MAX, "moderation.errors.reasonTooLong"),
});
export type UnpublishProductInput = z.input<typeof unpublishProductSchema>;

export const liftProductHoldSchema = z.object({
  productId: idSchema({ invalid: "forms.errors.invalid" }),
});
export type LiftProductHoldInput = z.input<typeof liftProductHoldSchema>;

/** The operator's product filters: online (default), draft, moderated (whatever the status), every product. */
export const MODERATION_FILTERS = ["ACTIVE", "DRAFT", "MODERATED", "ALL"] as const;
export type ModerationFilter = (typeof MODERATION_FILTERS)[number];

/** `value` is the page's `status` search parameter: untyped, anything a URL may hold. */
export function parseModerationFilter(value: unknown): ModerationFilter {
  const upper = typeof value === "string" ? value.toUpperCase() : "";
  return (MODERATION_FILTERS as readonly string[]).includes(upper) ? (upper as ModerationFilter) : "ACTIVE";
}
