import { z } from "zod";
import { idSchema } from "@/lib/parse-id";

// The vendor's billing forms (docs/business-models.md, subscriptions and billing): the messages are catalogue keys.
const planIdSchema = idSchema({ invalid: "billing.errors.planUnavailable", required: "billing.errors.planRequired" });

export const changePlanSchema = z.object({ planId: planIdSchema });
export type ChangePlanInput = z.input<typeof changePlanSchema>;

export const RENT_PAYMENT_METHODS = ["BALANCE", "CARD"] as const;
export type RentPaymentMethod = (typeof RENT_PAYMENT_METHODS)[number];

export const payRentSchema = z.object({
  planId: planIdSchema,
  method: z.enum(RENT_PAYMENT_METHODS, { error: "billing.errors.methodRequired" }),
});
export type PayRentInput = z.input<typeof payRentSchema>;

export const CHARGES_PAGE_SIZE = 20;
