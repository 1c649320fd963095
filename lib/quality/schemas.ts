import { z } from "zod";
import { idSchema } from "@/lib/parse-id";
import { reasonSchema } from "@/lib/sellers/schemas";
import { QUALITY_WINDOWS } from "./quality-rules";

// The operator's decisions on a flagged shop (docs/trust.md, warnings before exclusion) and the
// quality table's query (window, sort, page), read from URL parameters.

export const NOTE_MIN = 3;
export const NOTE_MAX = 1000;

const alertIdSchema = idSchema({ invalid: "forms.errors.invalid" });

/** Suspend the flagged shop: its reason is the suspension's, which the vendor reads. */
export const suspendFlaggedShopSchema = z.object({ alertId: alertIdSchema, reason: reasonSchema });
export type SuspendFlaggedShopInput = z.input<typeof suspendFlaggedShopSchema>;

export const dismissQualityFlagSchema = z.object({
  alertId: alertIdSchema,
  note: z
    .string({ error: "quality.admin.errors.noteRequired" })
    .trim()
    .min(NOTE_MIN, "quality.admin.errors.noteRequired")
    .max(NOTE_MAX, "quality.admin.errors.noteTooLong"),
});
export type DismissQualityFlagInput = z.input<typeof dismissQualityFlagSchema>;

/** The columns the operator's table sorts by: the shop's name or a ShopQuality column. */
export const QUALITY_SORTS = [
  "shop",
  "ordersCount",
  "acceptanceRateBps",
  "answerTimeMinutes",
  "expiredRateBps",
  "lateShipmentRateBps",
  "vendorCancellationRateBps",
  "claimsRateBps",
  "messageResponseMinutes",
  "ratingAverage",
] as const;
export type QualitySort = (typeof QUALITY_SORTS)[number];
export type SortDirection = "asc" | "desc";

export const QUALITY_PAGE_SIZE = 50;

export type QualityListQuery = { windowDays: number; sort: QualitySort; direction: SortDirection; page: number };

const first = (value: unknown) => (Array.isArray(value) ? value[0] : value);

/** The table's query from the URL (untyped: anything may be typed there); unknown values fall back to the defaults. */
export function parseQualityListQuery(params: Record<string, unknown>): QualityListQuery {
  const windowDays = Number(first(params.window));
  const sort = first(params.sort);
  const page = Number(first(params.page));
  return {
    windowDays: (QUALITY_WINDOWS as readonly number[]).includes(windowDays) ? windowDays : QUALITY_WINDOWS[0],
    sort: (QUALITY_SORTS as readonly unknown[]).includes(sort) ? (sort as QualitySort) : "shop",
    direction: first(params.dir) === "desc" ? "desc" : "asc",
    page: Number.isInteger(page) && page >= 1 && page <= 100_000 ? page : 1,
  };
}
