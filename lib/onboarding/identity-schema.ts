import "server-only";
import { z } from "zod";

const optionalText = (schema: z.ZodString) =>
  z
    .string()
    .optional()
    .transform((value) => value?.trim() ?? "")
    .pipe(schema)
    .transform((value) => (value === "" ? null : value));

/**
 * Step 4 (identity). The registration number is optional (traders without a licence are welcome)
 * and loosely formatted (SIRET, RCS, trade register numbers of other countries…); the VAT number is
 * letters and digits, spaces ignored. The document is checked separately (check-document.ts).
 */
export const identitySchema = z.object({
  legalType: z.enum(["INDIVIDUAL", "COMPANY"], { message: "onboarding.errors.legalTypeRequired" }),
  legalName: z
    .string({ message: "onboarding.errors.legalNameRequired" })
    .trim()
    .min(2, "onboarding.errors.legalNameTooShort")
    .max(120, "onboarding.errors.legalNameTooLong"),
  registrationNumber: optionalText(
    z
      .string()
      .max(40, "onboarding.errors.registrationNumberTooLong")
      .regex(/^[\p{L}\p{N} .\-/]*$/u, "onboarding.errors.registrationNumberInvalid"),
  ),
  vatNumber: z
    .string()
    .optional()
    .transform((value) => (value ?? "").replace(/[\s.-]/g, "").toUpperCase())
    .pipe(
      z
        .string()
        .max(20, "onboarding.errors.vatNumberTooLong")
        .regex(/^[A-Z0-9]*$/, "onboarding.errors.vatNumberInvalid"),
    )
    .transform((value) => (value === "" ? null : value)),
});

/** What a form sends: anything, checked by the schema. */
export type IdentityInput = { legalType?: string; legalName?: string; registrationNumber?: string; vatNumber?: string };
export type IdentityValues = z.output<typeof identitySchema>;
