import "server-only";
import { getDb } from "@/lib/db";
import { monthStartOf, nextMonthStartOf, periodKeyOf } from "@/lib/fees/plan-charges";

/**
 * The 1st's charges (docs/business-models.md, subscriptions and billing), in one statement whatever the number of
 * shops: a MONTHLY_FEE charge (periodKey "YYYY-MM") for every APPROVED shop whose ACTIVE
 * subscription is on a monthly plan with a fee, started before the month began (a subscription
 * started during the month paid it prorated), with its SUBSCRIPTION_FEE ledger entry of
 * −(fee + VAT) available at once. VAT is applyRate's half-up rounding written in SQL. The charges
 * are inserted ON CONFLICT (shopId, periodKey) DO NOTHING and the entries only for the charges
 * inserted: a repeated run, or two workers at once, charge each shop once. A SUSPENDED shop is not
 * billed; a run missed for a whole month does not bill it afterwards. Returns the charges written.
 */
export async function billMonthlyFees(now: Date): Promise<number> {
  const periodKey = periodKeyOf(now);
  const periodStart = monthStartOf(now);
  const periodEnd = nextMonthStartOf(now);
  const rows = await getDb().$queryRaw<{ count: bigint }[]>`
    WITH settings AS (
      SELECT COALESCE((SELECT "feesVatBps" FROM "MarketplaceSettings" WHERE "id" = 1), 0)::bigint AS vat_bps
    ), due AS (
      SELECT s."id" AS shop_id, sub."id" AS subscription_id, p."id" AS plan_id, p."code" AS plan_code,
             p."monthlyFeeAmount"::bigint AS fee, p."currency" AS currency,
             ((p."monthlyFeeAmount"::bigint * settings.vat_bps + 5000) / 10000) AS vat,
             settings.vat_bps AS vat_bps
      FROM "Subscription" sub
      JOIN "Shop" s ON s."id" = sub."shopId"
      JOIN "Plan" p ON p."id" = sub."planId"
      CROSS JOIN settings
      WHERE sub."status" = 'ACTIVE'
        AND sub."startedAt" <= ${periodStart}
        AND s."status" = 'APPROVED'
        AND p."billing" = 'MONTHLY'
        AND p."monthlyFeeAmount" > 0
        AND NOT EXISTS (
          SELECT 1 FROM "BillingCharge" c
          WHERE c."shopId" = s."id" AND c."kind" = 'PRORATED_FEE'
            AND c."periodStart" >= ${periodStart} AND c."periodStart" < ${periodEnd}
        )
    ), inserted AS (
      INSERT INTO "BillingCharge" (
        "id", "shopId", "subscriptionId", "planId", "kind", "periodKey", "periodStart", "periodEnd",
        "amountExclVat", "vatRateBps", "vatAmount", "totalAmount", "currency", "status", "paidWith",
        "ledgerEntryId", "createdAt"
      )
      SELECT gen_random_uuid()::text, shop_id, subscription_id, plan_id, 'MONTHLY_FEE'::"BillingChargeKind",
             ${periodKey}, ${periodStart}, ${periodEnd}, fee, vat_bps, vat, fee + vat, currency,
             'PAID'::"BillingChargeStatus", 'BALANCE'::"BillingPaidWith", gen_random_uuid()::text, ${now}
      FROM due
      ON CONFLICT ("shopId", "periodKey") DO NOTHING
      RETURNING "shopId", "planId", "totalAmount", "currency", "ledgerEntryId"
    ), entries AS (
      INSERT INTO "LedgerEntry" ("id", "shopId", "type", "amount", "currency", "availableAt", "memo", "createdAt")
      SELECT i."ledgerEntryId", i."shopId", 'SUBSCRIPTION_FEE'::"LedgerEntryType", -i."totalAmount", i."currency",
             ${now}, p."code" || ' ' || ${periodKey}, ${now}
      FROM inserted i JOIN "Plan" p ON p."id" = i."planId"
      RETURNING 1
    )
    SELECT count(*) AS count FROM entries`;
  return Number(rows[0]?.count ?? 0);
}
