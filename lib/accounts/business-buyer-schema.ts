// "I buy for a company" (docs/domain.md, business buyer): the company's name and VAT number, both
// required when ticked. The VAT number is checked loosely (two letters, then 2 to 13 letters or
// digits, once spaces, dots and dashes are dropped): the tax office, not Halle, vouches for it.
import { z } from "zod";

export const BUSINESS_LIMITS = { companyName: 200 } as const;

export const VAT_NUMBER_PATTERN = /^[A-Z]{2}[A-Z0-9]{2,13}$/;

/** "fr 123.456-78901" → "FR12345678901" */
export function normalizeVatNumber(value: string): string {
  return value.replace(/[\s.\-]/g, "").toUpperCase();
}

const ticked = (value: unknown) => value === true || value === "on" || value === "true" || value === "1";
const trimmed = (value: unknown) => (typeof value === "string" ? value.trim() : value);

export const businessBuyerSchema = z
  .object({
    isBusiness: z.preprocess(ticked, z.boolean()),
    companyName: z.preprocess(trimmed, z.string().optional()),
    vatNumber: z.preprocess(
      (value) => (typeof value === "string" ? normalizeVatNumber(value) : value),
      z.string().optional(),
    ),
  })
  .superRefine((value, context) => {
    if (!value.isBusiness) return;
    if (!value.companyName)
      context.addIssue({
        code: "custom",
        path: ["companyName"],
        message: "orders.business.errors.companyNameRequired",
      });
    else if (value.companyName.length > BUSINESS_LIMITS.companyName)
      context.addIssue({ code: "custom", path: ["companyName"], message: "orders.business.errors.companyNameTooLong" });
    if (!value.vatNumber)
      context.addIssue({ code: "custom", path: ["vatNumber"], message: "orders.business.errors.vatNumberRequired" });
    else if (!VAT_NUMBER_PATTERN.test(value.vatNumber))
      context.addIssue({ code: "custom", path: ["vatNumber"], message: "orders.business.errors.vatNumberInvalid" });
  })
  .transform((value) =>
    value.isBusiness
      ? { isBusiness: true, companyName: value.companyName!, vatNumber: value.vatNumber! }
      : { isBusiness: false, companyName: null, vatNumber: null },
  );

/** As a form sends it: an unticked checkbox sends nothing. */
export type BusinessBuyerInput = { isBusiness?: unknown; companyName?: unknown; vatNumber?: unknown };
export type BusinessBuyer = { isBusiness: boolean; companyName: string | null; vatNumber: string | null };
