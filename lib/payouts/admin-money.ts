import "server-only";
import { assertRole, type Actor } from "@/lib/auth/actor";
import { getDb } from "@/lib/db";
import { Prisma } from "@/lib/generated/prisma/client";
import { BILLING_TIME_ZONE, periodKeyOf, zonedInstant } from "@/lib/fees/plan-charges";

// The marketplace's money by period (docs/payouts.md, the operator's money page): what went through
// it (GMV), what it earned (commission, its VAT, payment fees passed on, subscriptions and rent),
// what it gave away (ambassador shares) and what it paid out. Months are calendar months in
// Europe/Paris. Every figure is one set-based aggregate grouped by month, whatever the volume.

const TIME_ZONE = BILLING_TIME_ZONE;
/** the months of the table: the current one and the 11 before */
export const TABLE_MONTHS = 12;

export type Count = { count: number; amount: number };

export type MoneyFigures = {
  /** items + shipping of the parts of orders paid in the period (Order.paidAt) */
  gmv: Count;
  /** what went back to shoppers: −Σ REFUND entries written in the period */
  refunds: number;
  /** −Σ COMMISSION entries (taken less given back on refunds), VAT excluded */
  commission: number;
  /** −Σ FEE_VAT entries: VAT on the commission */
  feesVat: number;
  /** −Σ PAYMENT_FEE entries: the payment fee passed on to shops */
  paymentFees: number;
  /** BillingCharge PAID, VAT excluded: monthly fees, prorated months and upgrades */
  subscriptions: number;
  /** BillingCharge PAID, VAT excluded: fixed terms */
  rent: number;
  /** Σ AMBASSADOR_SHARE + AMBASSADOR_REVERSAL: the part of the commission that goes to ambassadors */
  ambassadorShares: number;
  /** commission − ambassador shares */
  commissionKept: number;
  /** Σ ADJUSTMENT entries: + credited to shops, − debited */
  adjustments: number;
  /** payouts SCHEDULED or PROCESSING, by the date they are due (scheduledFor) */
  payoutsDue: Count;
  /** payouts PAID, by paidAt */
  payoutsPaid: Count;
};

export type MonthFigures = MoneyFigures & { month: string };

export type MarketplaceMoney = {
  /** "2026-11" or "2026" */
  period: string;
  periodStart: Date;
  periodEnd: Date;
  currency: string;
  figures: MoneyFigures;
  /** the last 12 months, newest first */
  months: MonthFigures[];
  /** every payout not yet paid, whatever its date */
  outstanding: Count;
  /** the periods the selector offers: the last 12 months, then this year and the last */
  periods: string[];
};

const emptyFigures = (): MoneyFigures => ({
  gmv: { count: 0, amount: 0 },
  refunds: 0,
  commission: 0,
  feesVat: 0,
  paymentFees: 0,
  subscriptions: 0,
  rent: 0,
  ambassadorShares: 0,
  commissionKept: 0,
  adjustments: 0,
  payoutsDue: { count: 0, amount: 0 },
  payoutsPaid: { count: 0, amount: 0 },
});

type Month = { year: number; month: number };
const keyOf = ({ year, month }: Month) => `${year}-${String(month).padStart(2, "0")}`;
const shiftMonth = ({ year, month }: Month, by: number): Month => {
  const index = year * 12 + month - 1 + by;
  return { year: Math.floor(index / 12), month: (index % 12) + 1 };
};
const startOf = (month: Month) => zonedInstant(month.year, month.month, 1, TIME_ZONE);

/** "2026-11" → that month, "2026" → that year, anything else → null. */
export function parsePeriod(period: string): { start: Month; months: number } | null {
  const match = /^(\d{4})(?:-(\d{2}))?$/.exec(period);
  if (!match) return null;
  const year = Number(match[1]);
  if (year < 2000 || year > 2100) return null;
  if (match[2] === undefined) return { start: { year, month: 1 }, months: 12 };
  const month = Number(match[2]);
  return month >= 1 && month <= 12 ? { start: { year, month }, months: 1 } : null;
}

/** The periods the selector offers at `now`: the last 12 months, newest first, then this year and the last. */
export function periodChoices(now: Date): string[] {
  const [year, month] = periodKeyOf(now, TIME_ZONE).split("-").map(Number);
  const months = Array.from({ length: TABLE_MONTHS }, (_, back) => keyOf(shiftMonth({ year, month }, -back)));
  return [...months, String(year), String(year - 1)];
}

type Grouped = { month: string; key: string; count: bigint; amount: bigint | null };

const monthOf = (column: Prisma.Sql) =>
  Prisma.sql`to_char((${column} AT TIME ZONE 'UTC') AT TIME ZONE ${TIME_ZONE}, 'YYYY-MM')`;

async function groupedFigures(from: Date, to: Date): Promise<Map<string, MoneyFigures>> {
  const db = getDb();
  const [sales, ledger, billing, shares, due, paid] = await Promise.all([
    db.$queryRaw<Grouped[]>`
      SELECT ${monthOf(Prisma.sql`o."paidAt"`)} AS "month", 'gmv' AS "key", COUNT(*) AS "count",
             SUM(so."itemsAmount"::bigint + so."deliveryFeeAmount")::bigint AS "amount"
      FROM "ShopOrder" so JOIN "Order" o ON o."id" = so."orderId"
      WHERE o."paidAt" >= ${from} AND o."paidAt" < ${to} AND so."status" <> 'AWAITING_PAYMENT'
      GROUP BY 1`,
    db.$queryRaw<Grouped[]>`
      SELECT ${monthOf(Prisma.sql`"createdAt"`)} AS "month", "type"::text AS "key", COUNT(*) AS "count",
             SUM("amount") AS "amount"
      FROM "LedgerEntry"
      WHERE "createdAt" >= ${from} AND "createdAt" < ${to}
        AND "type" IN ('REFUND', 'COMMISSION', 'FEE_VAT', 'PAYMENT_FEE', 'ADJUSTMENT')
      GROUP BY 1, 2`,
    db.$queryRaw<Grouped[]>`
      SELECT ${monthOf(Prisma.sql`"createdAt"`)} AS "month",
             CASE WHEN "kind" = 'RENT' THEN 'rent' ELSE 'subscriptions' END AS "key",
             COUNT(*) AS "count", SUM("amountExclVat") AS "amount"
      FROM "BillingCharge"
      WHERE "status" = 'PAID' AND "createdAt" >= ${from} AND "createdAt" < ${to}
      GROUP BY 1, 2`,
    db.$queryRaw<Grouped[]>`
      SELECT ${monthOf(Prisma.sql`"createdAt"`)} AS "month", 'shares' AS "key", COUNT(*) AS "count",
             SUM("amount") AS "amount"
      FROM "AmbassadorEntry"
      WHERE "type" IN ('AMBASSADOR_SHARE', 'AMBASSADOR_REVERSAL') AND "createdAt" >= ${from} AND "createdAt" < ${to}
      GROUP BY 1`,
    db.$queryRaw<Grouped[]>`
      SELECT ${monthOf(Prisma.sql`"scheduledFor"`)} AS "month", 'due' AS "key", COUNT(*) AS "count",
             SUM("amount") AS "amount"
      FROM "Payout"
      WHERE "status" IN ('SCHEDULED', 'PROCESSING') AND "scheduledFor" >= ${from} AND "scheduledFor" < ${to}
      GROUP BY 1`,
    db.$queryRaw<Grouped[]>`
      SELECT ${monthOf(Prisma.sql`"paidAt"`)} AS "month", 'paid' AS "key", COUNT(*) AS "count",
             SUM("amount") AS "amount"
      FROM "Payout"
      WHERE "status" = 'PAID' AND "paidAt" >= ${from} AND "paidAt" < ${to}
      GROUP BY 1`,
  ]);
  const byMonth = new Map<string, MoneyFigures>();
  for (const row of [...sales, ...ledger, ...billing, ...shares, ...due, ...paid]) {
    const figures = byMonth.get(row.month) ?? emptyFigures();
    byMonth.set(row.month, figures);
    const amount = Number(row.amount ?? 0);
    const count = { count: Number(row.count), amount };
    switch (row.key) {
      case "gmv":
        figures.gmv = count;
        break;
      case "REFUND":
        figures.refunds = -amount;
        break;
      case "COMMISSION":
        figures.commission = -amount;
        break;
      case "FEE_VAT":
        figures.feesVat = -amount;
        break;
      case "PAYMENT_FEE":
        figures.paymentFees = -amount;
        break;
      case "ADJUSTMENT":
        figures.adjustments = amount;
        break;
      case "subscriptions":
        figures.subscriptions = amount;
        break;
      case "rent":
        figures.rent = amount;
        break;
      case "shares":
        figures.ambassadorShares = amount;
        break;
      case "due":
        figures.payoutsDue = count;
        break;
      case "paid":
        figures.payoutsPaid = count;
        break;
    }
  }
  for (const figures of byMonth.values()) figures.commissionKept = figures.commission - figures.ambassadorShares;
  return byMonth;
}

function add(total: MoneyFigures, month: MoneyFigures): MoneyFigures {
  const sum = (a: Count, b: Count) => ({ count: a.count + b.count, amount: a.amount + b.amount });
  return {
    gmv: sum(total.gmv, month.gmv),
    refunds: total.refunds + month.refunds,
    commission: total.commission + month.commission,
    feesVat: total.feesVat + month.feesVat,
    paymentFees: total.paymentFees + month.paymentFees,
    subscriptions: total.subscriptions + month.subscriptions,
    rent: total.rent + month.rent,
    ambassadorShares: total.ambassadorShares + month.ambassadorShares,
    commissionKept: total.commissionKept + month.commissionKept,
    adjustments: total.adjustments + month.adjustments,
    payoutsDue: sum(total.payoutsDue, month.payoutsDue),
    payoutsPaid: sum(total.payoutsPaid, month.payoutsPaid),
  };
}

/**
 * The marketplace's figures for `period` (a month "2026-11" or a year "2026"; an unknown one is the
 * current month) and for each of the last 12 months. Operators only.
 */
export async function getMarketplaceMoney(
  actor: Actor | null,
  options: { period?: string; now?: Date } = {},
): Promise<MarketplaceMoney> {
  assertRole(actor, "OPERATOR");
  const now = options.now ?? new Date();
  const current = periodKeyOf(now, TIME_ZONE);
  const parsed = parsePeriod(options.period ?? "") ?? parsePeriod(current)!;
  const period = parsed.months === 12 ? String(parsed.start.year) : keyOf(parsed.start);
  const [year, month] = current.split("-").map(Number);
  const tableStart = shiftMonth({ year, month }, -(TABLE_MONTHS - 1));
  const tableEnd = shiftMonth({ year, month }, 1);
  const periodEnd = shiftMonth(parsed.start, parsed.months);
  const from = new Date(Math.min(startOf(tableStart).getTime(), startOf(parsed.start).getTime()));
  const to = new Date(Math.max(startOf(tableEnd).getTime(), startOf(periodEnd).getTime()));

  const db = getDb();
  const [byMonth, settings, outstanding] = await Promise.all([
    groupedFigures(from, to),
    db.marketplaceSettings.findUnique({ where: { id: 1 }, select: { currency: true } }),
    db.payout.aggregate({
      where: { status: { in: ["SCHEDULED", "PROCESSING"] } },
      _count: { _all: true },
      _sum: { amount: true },
    }),
  ]);
  let figures = emptyFigures();
  for (let index = 0; index < parsed.months; index += 1)
    figures = add(figures, byMonth.get(keyOf(shiftMonth(parsed.start, index))) ?? emptyFigures());
  const months = Array.from({ length: TABLE_MONTHS }, (_, back) => {
    const key = keyOf(shiftMonth({ year, month }, -back));
    return { month: key, ...(byMonth.get(key) ?? emptyFigures()) };
  });
  return {
    period,
    periodStart: startOf(parsed.start),
    periodEnd: startOf(periodEnd),
    currency: settings?.currency ?? "EUR",
    figures,
    months,
    outstanding: { count: outstanding._count._all, amount: outstanding._sum.amount ?? 0 },
    periods: periodChoices(now),
  };
}
