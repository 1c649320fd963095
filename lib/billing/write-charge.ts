import "server-only";
import { randomUUID } from "node:crypto";
import { chargeAmounts } from "@/lib/fees/plan-charges";
import type { Prisma } from "@/lib/generated/prisma/client";

export type ChargeToWrite = {
  shopId: string;
  subscriptionId: string | null;
  planId: string;
  kind: "MONTHLY_FEE" | "PRORATED_FEE" | "UPGRADE" | "RENT";
  periodKey: string;
  periodStart: Date;
  periodEnd: Date;
  amountExclVat: number;
  feesVatBps: number;
  currency: string;
  /** names the period on the shop's ledger */
  memo: string;
  now: Date;
};

/**
 * Writes a charge paid from the shop's earnings: the BillingCharge and its SUBSCRIPTION_FEE ledger
 * entry of −(amount + VAT), available at once, in one statement. The charge is inserted with
 * ON CONFLICT (shopId, periodKey) DO NOTHING, and the entry only for a charge actually inserted:
 * a run repeated, or two workers at once, charge once (docs/business-models.md, subscriptions and billing).
 * Returns the charge's id, or null when that period was already charged.
 */
export async function writeBalanceCharge(tx: Prisma.TransactionClient, charge: ChargeToWrite): Promise<string | null> {
  const { vatRateBps, vatAmount, totalAmount } = chargeAmounts(charge.amountExclVat, charge.feesVatBps);
  const chargeId = randomUUID();
  const entryId = randomUUID();
  const rows = await tx.$queryRaw<{ id: string }[]>`
    WITH inserted AS (
      INSERT INTO "BillingCharge" (
        "id", "shopId", "subscriptionId", "planId", "kind", "periodKey", "periodStart", "periodEnd",
        "amountExclVat", "vatRateBps", "vatAmount", "totalAmount", "currency", "status", "paidWith",
        "ledgerEntryId", "createdAt"
      ) VALUES (
        ${chargeId}, ${charge.shopId}, ${charge.subscriptionId}, ${charge.planId},
        ${charge.kind}::"BillingChargeKind", ${charge.periodKey}, ${charge.periodStart}, ${charge.periodEnd},
        ${charge.amountExclVat}, ${vatRateBps}, ${vatAmount}, ${totalAmount}, ${charge.currency},
        'PAID'::"BillingChargeStatus", 'BALANCE'::"BillingPaidWith", ${entryId}, ${charge.now}
      )
      ON CONFLICT ("shopId", "periodKey") DO NOTHING
      RETURNING "id", "shopId", "totalAmount", "currency", "ledgerEntryId"
    ), entry AS (
      INSERT INTO "LedgerEntry" ("id", "shopId", "type", "amount", "currency", "availableAt", "memo", "createdAt")
      SELECT "ledgerEntryId", "shopId", 'SUBSCRIPTION_FEE'::"LedgerEntryType", -"totalAmount", "currency",
             ${charge.now}, ${charge.memo}, ${charge.now}
      FROM inserted
    )
    SELECT "id" FROM inserted`;
  return rows[0]?.id ?? null;
}
