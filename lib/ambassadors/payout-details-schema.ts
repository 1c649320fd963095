import "server-only";
import { z } from "zod";
import { isValidIban, normalizeIban } from "@/lib/payouts/iban";

/**
 * An ambassador's bank details (docs/payouts.md, ambassadors): where their payouts are sent by bank
 * transfer. A blank IBAN keeps the one stored (the form shows it only masked); the domain function
 * refuses a blank one when none is stored yet.
 */
export const payoutDetailsSchema = z.object({
  holderName: z
    .string({ message: "ambassadors.errors.holderNameRequired" })
    .trim()
    .min(1, "ambassadors.errors.holderNameRequired")
    .min(2, "ambassadors.errors.holderNameTooShort")
    .max(120, "ambassadors.errors.holderNameTooLong"),
  iban: z
    .string()
    .optional()
    .transform((value) => normalizeIban(value ?? ""))
    .refine((iban) => iban === "" || isValidIban(iban), "ambassadors.errors.ibanInvalid")
    .transform((iban) => (iban === "" ? null : iban)),
});

/** What a form sends: anything, checked by the schema. */
export type PayoutDetailsInput = { holderName?: string; iban?: string };
