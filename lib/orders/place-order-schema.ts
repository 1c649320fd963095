import { z } from "zod";
import { ADDRESS_LIMITS } from "@/lib/addresses/address-schema";
import { idSchema } from "@/lib/parse-id";

// The checkout form as placeOrder reads it. Only the shopper's own choices come from the client:
// who they are, where it goes, that they accept the terms, and the total they were shown (checked
// against the total recomputed from the database, never used as a price).

const trimmed = (value: unknown) => (typeof value === "string" ? value.trim() : value);
const blankToUndefined = (value: unknown) =>
  typeof value === "string" && value.trim() !== "" ? value.trim() : value === "" || value === null ? undefined : value;
const checkbox = (value: unknown) => value === true || value === "on" || value === "true" || value === "yes";

export const placeOrderSchema = z.object({
  idempotencyKey: z.uuid({ error: "checkout.errors.staleForm" }),
  contact: z.object({
    email: z.preprocess(
      blankToUndefined,
      z.email({ error: "checkout.errors.emailInvalid" }).max(254, "forms.errors.tooLong").optional(),
    ),
    name: z.preprocess(
      trimmed,
      z
        .string({ error: "forms.errors.required" })
        .min(1, "forms.errors.required")
        .max(ADDRESS_LIMITS.name, "forms.errors.tooLong"),
    ),
    phone: z.preprocess(
      blankToUndefined,
      z
        .string()
        .max(ADDRESS_LIMITS.phone, "forms.errors.tooLong")
        .regex(/^[+0-9 ().-]{6,}$/, "checkout.errors.phoneInvalid")
        .optional(),
    ),
  }),
  /** one of the signed-in shopper's saved addresses… */
  addressId: z.preprocess(blankToUndefined, idSchema().optional()),
  /** …or a typed one (parsed with the address schema when no saved address is chosen) */
  address: z.record(z.string(), z.unknown()).optional(),
  saveAddress: z.preprocess(checkbox, z.boolean()),
  termsAccepted: z.preprocess(checkbox, z.literal(true, { error: "checkout.errors.termsRequired" })),
  expectedTotalAmount: z.preprocess(
    (value) => (typeof value === "string" && /^\d+$/.test(value) ? Number(value) : value),
    z.number({ error: "checkout.errors.staleForm" }).int().min(0),
  ),
});

export type PlaceOrderFields = z.output<typeof placeOrderSchema>;
