import { z } from "zod";
import { idSchema } from "@/lib/parse-id";

/** docs/trust.md, vendor support: what a request and its messages hold. */
export const SUPPORT_LIMITS = { subjectMin: 3, subjectMax: 150, bodyMax: 4000, orderNumberMax: 40 } as const;

/** Lists of requests: one page. */
export const SUPPORT_PAGE_SIZE = 20;

export const SUPPORT_STATUSES = ["OPEN", "ANSWERED", "CLOSED"] as const;
export type SupportStatus = (typeof SUPPORT_STATUSES)[number];

export const supportBodySchema = z
  .string({ error: "support.errors.bodyRequired" })
  .trim()
  .min(1, "support.errors.bodyRequired")
  .max(SUPPORT_LIMITS.bodyMax, "support.errors.bodyTooLong");

/** "" (nothing chosen) becomes undefined. */
const optional = <S extends z.ZodType>(schema: S) =>
  z.preprocess((value) => (typeof value === "string" && value.trim() === "" ? undefined : value), schema.optional());

/**
 * A new request's text fields; its files are checked by storeOrderAttachments. The order it
 * concerns is chosen from the select (`shopOrderId`) or typed (`orderNumber`, matched whatever its case).
 */
export const openSupportRequestSchema = z.object({
  shopId: idSchema({ invalid: "support.errors.shopRequired" }),
  subject: z
    .string({ error: "support.errors.subjectTooShort" })
    .trim()
    .min(SUPPORT_LIMITS.subjectMin, "support.errors.subjectTooShort")
    .max(SUPPORT_LIMITS.subjectMax, "support.errors.subjectTooLong"),
  body: supportBodySchema,
  shopOrderId: optional(idSchema({ invalid: "support.errors.orderNotFound" })),
  orderNumber: optional(z.string().trim().max(SUPPORT_LIMITS.orderNumberMax, "support.errors.orderNotFound")),
});
export type OpenSupportRequestFields = z.output<typeof openSupportRequestSchema>;

export const supportMessageSchema = z.object({ body: supportBodySchema });

/** The operator's queue filters, from the URL: anything unknown is dropped. */
export const supportQueueQuerySchema = z.object({
  status: z.enum(SUPPORT_STATUSES).optional().catch(undefined),
  shop: idSchema().optional().catch(undefined),
  page: z.coerce.number().int().min(1).max(10_000).catch(1),
});
export type SupportQueueQuery = z.output<typeof supportQueueQuerySchema>;

export const supportPageSchema = z.object({ page: z.coerce.number().int().min(1).max(10_000).catch(1) });

/** "S-2026-000042": the year's series and its gapless number. */
export function supportNumberOf(year: number, sequence: number): string {
  if (!Number.isSafeInteger(sequence) || sequence < 1) throw new RangeError(`bad sequence ${sequence}`);
  return `S-${year}-${String(sequence).padStart(6, "0")}`;
}

/** The DocumentSequence row of a year's support requests. */
export function supportSeriesKeyOf(year: number): string {
  return `SUPPORT-${year}`;
}
