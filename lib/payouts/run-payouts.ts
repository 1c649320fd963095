import "server-only";
import { ambassadorPayoutCalendar, hasBankAccount } from "@/lib/ambassadors/payout-rules";
import { getDb } from "@/lib/db";
import { Prisma } from "@/lib/generated/prisma/client";
import type { PayoutSchedule, ShopStatus } from "@/lib/generated/prisma/enums";
import { isStripeConfigured } from "@/lib/payments/stripe-client";
import { payoutBlockersOf, payoutMethodOf } from "./blockers";
import { createPayout, createShopPayouts, type ShopPayoutRequest } from "./create-payout";
import { normalizeIban } from "./iban";
import { releaseHeldFunds } from "./release-held-funds";
import { cutoffOf, latestRunDate, type PayoutCalendar } from "./schedule";
import { transferDuePayouts, type TransferReport } from "./transfer-payouts";

// The payout job (docs/payouts.md, the run), run every minute by the jobs runner; `now` is its clock.
// 1. the release pass makes held money available once its hold is over;
// 2. every shop whose schedule has a current period (latestRunDate) with no payout yet, and money
//    available before that period's cutoff, gets its payout unless a blocker applies — written by
//    batches of shops (createShopPayouts: the shops' rows locked, the (shop, periodKey) unique),
//    one by one (createPayout) when a batch fails;
// 3. ambassadors the same, on the marketplace's calendar (MONTHLY when the marketplace pays shops
//    on request), by bank transfer;
// 4. Stripe payouts due are transferred (transfer-payouts.ts).
// A late, repeated or restarted run finds the same periods and cutoffs, so it pays the same
// entries, and a period already paid is skipped: each payee is paid once per period.

export type PayoutRunReport = {
  released: { parts: number; entries: number; ambassadorEntries: number };
  /** payouts written for shops, and shops with money before the cutoff that a blocker stopped */
  shopPayouts: number;
  blockedShops: number;
  ambassadorPayouts: number;
  /** ambassadors with money before the cutoff but no valid IBAN */
  blockedAmbassadors: number;
  /** payouts whose writing failed (logged; tried again at the next run) */
  errors: number;
  transfers: TransferReport;
};

type RunSettings = {
  currency: string;
  payoutSchedule: PayoutSchedule;
  payoutWeekday: number;
  payoutMinimumAmount: number;
};

type Period = { schedule: PayoutSchedule; periodKey: string; cutoffAt: Date };

type ShopCandidate = {
  id: string;
  status: ShopStatus;
  approvedAt: Date | null;
  reviewPending: boolean;
  stripeAccountId: string | null;
  payoutIban: string | null;
  payoutHolderName: string | null;
  periodKey: string;
  cutoffAt: Date;
  amount: bigint;
  hasLateOrder: boolean;
};

type AmbassadorCandidate = {
  id: string;
  payoutIban: string | null;
  payoutHolderName: string | null;
  amount: bigint;
};

const SCHEDULED_KINDS = ["TWICE_MONTHLY", "WEEKLY", "MONTHLY"] as const;

async function loadRunSettings(): Promise<RunSettings> {
  const row = await getDb().marketplaceSettings.findUnique({
    where: { id: 1 },
    select: { currency: true, payoutSchedule: true, payoutWeekday: true, payoutMinimumAmount: true },
  });
  return row ?? { currency: "EUR", payoutSchedule: "TWICE_MONTHLY", payoutWeekday: 1, payoutMinimumAmount: 0 };
}

/** The current period of each calendar: its run date (the period key) and cutoff. */
function currentPeriods(settings: RunSettings, now: Date): Period[] {
  return SCHEDULED_KINDS.map((schedule) => {
    const calendar: PayoutCalendar = { schedule, weekday: settings.payoutWeekday };
    const periodKey = latestRunDate(calendar, now)!;
    return { schedule, periodKey, cutoffAt: cutoffOf(periodKey) };
  });
}

const periodRows = (periods: Period[]) =>
  Prisma.join(
    periods.map(
      (period) => Prisma.sql`(${period.schedule}::text, ${period.periodKey}::text, ${period.cutoffAt}::timestamp(3))`,
    ),
  );

/**
 * In one statement for all shops: each shop whose effective schedule (its plan's, else the
 * marketplace's) has a current period without a payout, with the sum of its unsettled entries
 * available before the cutoff when it reaches the minimum, and what its blockers need.
 */
async function shopCandidates(settings: RunSettings, periods: Period[], now: Date): Promise<ShopCandidate[]> {
  const minimum = Math.max(settings.payoutMinimumAmount, 1);
  return getDb().$queryRaw<ShopCandidate[]>`
    WITH periods ("schedule", "periodKey", "cutoffAt") AS (VALUES ${periodRows(periods)}),
    due AS (
      SELECT s."id", s."status", s."approvedAt", s."reviewPending", s."stripeAccountId",
             s."payoutIban", s."payoutHolderName", pe."periodKey", pe."cutoffAt"
      FROM "Shop" s
      LEFT JOIN "Plan" pl ON pl."id" = s."planId"
      JOIN periods pe ON pe."schedule" = COALESCE(pl."payoutSchedule"::text, ${settings.payoutSchedule}::text)
      WHERE NOT EXISTS (
        SELECT 1 FROM "Payout" po WHERE po."shopId" = s."id" AND po."periodKey" = pe."periodKey"
      )
    )
    SELECT due.*, money."amount",
           EXISTS (
             SELECT 1 FROM "ShopOrder" so
             WHERE so."shopId" = due."id" AND so."status" = 'ACCEPTED' AND so."shipBy" < ${now}
           ) AS "hasLateOrder"
    FROM due
    CROSS JOIN LATERAL (
      SELECT COALESCE(SUM(le."amount"), 0)::bigint AS "amount" FROM "LedgerEntry" le
      WHERE le."shopId" = due."id" AND le."payoutId" IS NULL AND le."availableAt" < due."cutoffAt"
    ) money
    WHERE money."amount" >= ${minimum}
    ORDER BY due."id"`;
}

async function ambassadorCandidates(period: Period, minimum: number): Promise<AmbassadorCandidate[]> {
  return getDb().$queryRaw<AmbassadorCandidate[]>`
    SELECT a."id", a."payoutIban", a."payoutHolderName", money."amount"
    FROM "Ambassador" a
    CROSS JOIN LATERAL (
      SELECT COALESCE(SUM(e."amount"), 0)::bigint AS "amount" FROM "AmbassadorEntry" e
      WHERE e."ambassadorId" = a."id" AND e."payoutId" IS NULL AND e."availableAt" < ${period.cutoffAt}
    ) money
    WHERE money."amount" >= ${Math.max(minimum, 1)}
      AND NOT EXISTS (
        SELECT 1 FROM "Payout" po WHERE po."ambassadorId" = a."id" AND po."periodKey" = ${period.periodKey}
      )
    ORDER BY a."id"`;
}

/**
 * Transactions of payouts written at once (batches of shops, or ambassadors one by one): they lock
 * different payees, so they never wait on each other; a few at a time hide the round trips.
 */
const CONCURRENT_PAYOUTS = 4;
/** Shops whose payouts are written in one transaction by the run (createShopPayouts). */
const SHOPS_PER_BATCH = 50;

async function eachConcurrently<T>(items: T[], act: (item: T) => Promise<void>): Promise<void> {
  let next = 0;
  const lane = async () => {
    while (next < items.length) await act(items[next++]);
  };
  await Promise.all(Array.from({ length: Math.min(CONCURRENT_PAYOUTS, items.length) }, lane));
}

/** Runs `write` in its own transaction; a failure is logged and counted, and the next run tries again. */
async function inOwnTransaction(
  label: string,
  write: (tx: Prisma.TransactionClient) => Promise<unknown>,
): Promise<"done" | "none" | "error"> {
  try {
    return (await getDb().$transaction(write)) ? "done" : "none";
  } catch (error) {
    console.error(`[payouts] ${label} failed:`, error);
    return "error";
  }
}

export async function runPayouts(now: Date): Promise<PayoutRunReport> {
  const released = await releaseHeldFunds(now);
  const settings = await loadRunSettings();
  const report: PayoutRunReport = {
    released,
    shopPayouts: 0,
    blockedShops: 0,
    ambassadorPayouts: 0,
    blockedAmbassadors: 0,
    errors: 0,
    transfers: { paid: 0, retrying: 0, failed: 0 },
  };
  const stripeConfigured = isStripeConfigured();

  const payable: ShopPayoutRequest[] = [];
  for (const shop of await shopCandidates(settings, currentPeriods(settings, now), now)) {
    const method = payoutMethodOf(shop, stripeConfigured);
    const blockers = payoutBlockersOf({
      status: shop.status,
      approvedAt: shop.approvedAt,
      reviewPending: shop.reviewPending,
      method,
      hasLateOrder: shop.hasLateOrder,
      available: Number(shop.amount),
      minimum: settings.payoutMinimumAmount,
    });
    if (blockers.length > 0 || method === null) {
      report.blockedShops += 1;
      continue;
    }
    payable.push({
      shopId: shop.id,
      periodKey: shop.periodKey,
      cutoffAt: shop.cutoffAt,
      scheduledFor: shop.cutoffAt,
      method,
      account:
        method === "BANK_TRANSFER"
          ? { holderName: shop.payoutHolderName, iban: normalizeIban(shop.payoutIban!) }
          : null,
    });
  }
  const options = { minimum: settings.payoutMinimumAmount, currency: settings.currency, now };
  const batches = Array.from({ length: Math.ceil(payable.length / SHOPS_PER_BATCH) }, (_, index) =>
    payable.slice(index * SHOPS_PER_BATCH, (index + 1) * SHOPS_PER_BATCH),
  );
  await eachConcurrently(batches, async (batch) => {
    try {
      const written = await getDb().$transaction((tx) => createShopPayouts(tx, batch, options));
      report.shopPayouts += written.length;
      return;
    } catch (error) {
      console.error(`[payouts] a batch of ${batch.length} payouts failed; writing them one by one:`, error);
    }
    // One shop's failure must not hold back the others: each on its own.
    for (const request of batch) {
      const outcome = await inOwnTransaction(`payout of shop ${request.shopId} for ${request.periodKey}`, (tx) =>
        createPayout(tx, { shopId: request.shopId }, { ...request, ...options }),
      );
      if (outcome === "done") report.shopPayouts += 1;
      if (outcome === "error") report.errors += 1;
    }
  });

  const calendar = ambassadorPayoutCalendar(settings);
  const periodKey = latestRunDate(calendar, now)!;
  const period: Period = { schedule: calendar.schedule, periodKey, cutoffAt: cutoffOf(periodKey) };
  const ambassadors = await ambassadorCandidates(period, settings.payoutMinimumAmount);
  await eachConcurrently(ambassadors, async (ambassador) => {
    if (!hasBankAccount(ambassador) || !ambassador.payoutIban) {
      report.blockedAmbassadors += 1;
      return;
    }
    const iban = normalizeIban(ambassador.payoutIban);
    const outcome = await inOwnTransaction(`payout of ambassador ${ambassador.id} for ${periodKey}`, (tx) =>
      createPayout(
        tx,
        { ambassadorId: ambassador.id },
        {
          periodKey,
          cutoffAt: period.cutoffAt,
          scheduledFor: period.cutoffAt,
          method: "BANK_TRANSFER",
          minimum: settings.payoutMinimumAmount,
          currency: settings.currency,
          account: { holderName: ambassador.payoutHolderName, iban },
          now,
        },
      ),
    );
    if (outcome === "done") report.ambassadorPayouts += 1;
    if (outcome === "error") report.errors += 1;
  });

  report.transfers = await transferDuePayouts(now);
  return report;
}
