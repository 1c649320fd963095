import "server-only";
import { z } from "zod";
import { isValidIban, normalizeIban } from "@/lib/payouts/iban";

/**
 * Step 5 (payout account). A blank IBAN means "keep the one stored" (the form only shows it
 * masked); the domain function refuses a blank one when none is stored yet.
 */
export const payoutSchema = z.object({
  holderName: z
    .string({ message: "onboarding.errors.holderNameRequired" })
    .trim()
    .min(2, "onboarding.errors.holderNameTooShort")
    .max(120, "onboarding.errors.holderNameTooLong"),
  iban: z
    .string()
    .optional()
    .transform((value) => normalizeIban(value ?? ""))
    .refine((iban) => iban === "" || isValidIban(iban), "onboarding.errors.ibanInvalid")
    .transform((iban) => (iban === "" ? null : iban)),
});

/** What a form sends: anything, checked by the schema. */
export type PayoutInput = { holderName?: string; iban?: string };
