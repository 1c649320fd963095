// Test data for statements and invoices (docs/payouts.md, statements and invoices): the
// marketplace's legal details, shops with legal details, and ledger entries written at chosen
// instants (entries are append-only rows: a test writes them as the ledger would, dated).
import { getDb } from "@/lib/db";
import type { LedgerEntryType } from "@/lib/generated/prisma/client";
import type { Actor } from "@/lib/auth/actor";
import { createShop, createUser } from "../sellers/fixtures";

export { createShop, createUser, refusal } from "../sellers/fixtures";

/** Paris local time, written with its offset so the tests read like the calendar. */
export const at = (iso: string) => new Date(iso);

export async function marketplaceSettings() {
  const data = {
    name: "Halle",
    currency: "EUR",
    feesVatBps: 2000,
    legalName: "Halle SAS",
    legalAddress: "1 place du Marché\n69001 Lyon\nFrance",
    legalRegistrationNumber: "RCS Lyon 912 345 678",
    legalVatNumber: "FR12912345678",
  };
  await getDb().marketplaceSettings.upsert({ where: { id: 1 }, create: { id: 1, ...data }, update: data });
}

export async function vendorShop(owner?: Actor) {
  const vendor = owner ?? (await createUser("VENDOR", "Léa Vendeuse"));
  const shop = await createShop(vendor, {
    status: "APPROVED",
    approvedAt: new Date("2026-01-01T00:00:00Z"),
    legalType: "COMPANY",
    legalName: "SARL Fournil Léa",
    registrationNumber: "123 456 789 00012",
    vatNumber: "FR45123456789",
    addressLine: "4 rue des Boulangers",
    postalCode: "69002",
  });
  return { vendor, shop };
}

export async function entry(shopId: string, type: LedgerEntryType, amount: number, createdAt: Date, payoutId?: string) {
  return getDb().ledgerEntry.create({
    data: { shopId, type, amount, createdAt, availableAt: createdAt, payoutId: payoutId ?? null },
    select: { id: true },
  });
}

/** A month's PAID plan charge paid from the balance, with its SUBSCRIPTION_FEE entry, as billing writes them. */
export async function planCharge(
  shopId: string,
  planId: string,
  createdAt: Date,
  amounts: { amountExclVat: number; vatAmount: number },
  periodKey: string,
  period: { start: Date; end: Date },
) {
  const total = amounts.amountExclVat + amounts.vatAmount;
  const fee = await entry(shopId, "SUBSCRIPTION_FEE", -total, createdAt);
  await getDb().billingCharge.create({
    data: {
      shopId,
      planId,
      kind: "MONTHLY_FEE",
      periodKey,
      periodStart: period.start,
      periodEnd: period.end,
      ...amounts,
      vatRateBps: 2000,
      totalAmount: total,
      ledgerEntryId: fee.id,
      createdAt,
    },
  });
}

export async function premiumPlan() {
  return getDb().plan.create({
    data: { code: `premium-${Math.random().toString(36).slice(2, 8)}`, name: "Premium", monthlyFeeAmount: 3999 },
  });
}

export async function invoicesOf(shopId: string) {
  return getDb().commissionInvoice.findMany({ where: { shopId }, orderBy: { number: "asc" } });
}

/** The text a PDF shows: its content streams' strings (written uncompressed, WinAnsi), one per line drawn. */
export function pdfTextOf(pdf: Buffer): string {
  const source = pdf.toString("latin1");
  const lines: string[] = [];
  for (const match of source.matchAll(/\[((?:<[0-9a-fA-F]*>\s*-?[\d.]*\s*)+)\]\s*TJ/g)) {
    const hex = [...match[1].matchAll(/<([0-9a-fA-F]*)>/g)].map((part) => part[1]).join("");
    lines.push(
      [...Buffer.from(hex, "hex")]
        .map((byte) => (byte === 0x80 ? "€" : byte === 0xa0 ? " " : String.fromCharCode(byte)))
        .join(""),
    );
  }
  return lines.join("\n");
}

export function pdfPageCount(pdf: Buffer): number {
  return (pdf.toString("latin1").match(/\/Type \/Page\b/g) ?? []).length;
}
