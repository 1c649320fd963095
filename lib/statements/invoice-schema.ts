// The JSON columns of a CommissionInvoice (lines, seller, buyer), read back through zod: what was
// stored when the invoice was issued is shown as it is (docs/payouts.md, invoices).
import { z } from "zod";
import type { InvoiceLine } from "./statement-arithmetic";

const amount = z.number().int();

const lineSchema = z.discriminatedUnion("kind", [
  z.object({ kind: z.literal("COMMISSION"), amountExclVat: amount, vatAmount: amount }),
  z.object({ kind: z.literal("PAYMENT_FEE"), amountExclVat: amount, vatAmount: amount }),
  z.object({
    kind: z.literal("PLAN_CHARGE"),
    chargeKind: z.enum(["MONTHLY_FEE", "PRORATED_FEE", "UPGRADE", "RENT"]),
    planName: z.string(),
    periodStart: z.string(),
    periodEnd: z.string(),
    amountExclVat: amount,
    vatAmount: amount,
  }),
]);

export const partySchema = z.object({
  name: z.string(),
  tradeName: z.string(),
  address: z.string(),
  registrationNumber: z.string(),
  vatNumber: z.string(),
});

/** A party to an invoice as snapshotted: the marketplace (seller) or the shop (buyer). */
export type InvoiceParty = z.infer<typeof partySchema>;

export function readInvoiceLines(value: unknown): InvoiceLine[] {
  return z.array(lineSchema).parse(value);
}

export function readInvoiceParty(value: unknown): InvoiceParty {
  return partySchema.parse(value);
}

/** The shop's legal details as an invoice's buyer. */
export function shopPartyOf(shop: {
  name: string;
  legalName: string | null;
  registrationNumber: string | null;
  vatNumber: string | null;
  addressLine: string | null;
  postalCode: string | null;
  city: string | null;
  country: string;
}): InvoiceParty {
  const town = [shop.postalCode, shop.city].filter(Boolean).join(" ");
  return {
    name: shop.legalName || shop.name,
    tradeName: shop.name,
    address: [shop.addressLine, town, shop.country].filter(Boolean).join("\n"),
    registrationNumber: shop.registrationNumber ?? "",
    vatNumber: shop.vatNumber ?? "",
  };
}

export const SHOP_PARTY_SELECT = {
  name: true,
  legalName: true,
  registrationNumber: true,
  vatNumber: true,
  addressLine: true,
  postalCode: true,
  city: true,
  country: true,
} as const;
