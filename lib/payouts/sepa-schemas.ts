import { z } from "zod";
import { idSchema } from "@/lib/parse-id";
import { REJECTION_REASON_MAX } from "./sepa-batch-rules";

// The operator's SEPA forms (docs/payouts.md, SEPA): message keys are the sepa catalogue's.

export const sepaBatchInputSchema = z.object({
  batchId: idSchema({ invalid: "sepa.errors.batchInvalid" }),
});

export const rejectedTransferInputSchema = z.object({
  payoutId: idSchema({ invalid: "sepa.errors.payoutInvalid" }),
  reason: z
    .string({ error: "sepa.errors.reasonRequired" })
    .trim()
    .min(1, "sepa.errors.reasonRequired")
    .max(REJECTION_REASON_MAX, "sepa.errors.reasonTooLong"),
});

export type SepaBatchInput = z.input<typeof sepaBatchInputSchema>;
export type RejectedTransferInput = z.input<typeof rejectedTransferInputSchema>;
