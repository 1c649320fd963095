import "server-only";
import type { Actor } from "@/lib/auth/actor";
import { getDb } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { BILLING_TIME_ZONE } from "@/lib/fees/plan-charges";
import { Prisma, type LedgerEntryType } from "@/lib/generated/prisma/client";
import { SHOP_PARTY_SELECT, shopPartyOf } from "./invoice-schema";
import { balancesOf, documentKindOf, movementsOf, parseStatementPeriod, periodBounds } from "./statement-arithmetic";
import { getStatementShopOrThrow, readMarketplaceParty } from "./statement-shop";

export type MonthlyStatement = Awaited<ReturnType<typeof getMonthlyStatement>>;

/** A period key from a URL: a month ("2026-11"), else NOT_FOUND (a page that does not exist). */
export function statementPeriodOrThrow(periodKey: unknown): string {
  if (!parseStatementPeriod(periodKey)) throw new AppError("NOT_FOUND");
  return periodKey as string;
}

/**
 * A shop's statement for a calendar month of the marketplace's zone (docs/payouts.md, statements):
 * the opening balance (Σ of the entries written before the month), the month's entries by group,
 * the closing balance (opening + movements = Σ of the entries written before the next month), the
 * payouts written that month and the month's commission invoice when issued. The shop's owner
 * (a closed shop too) or an operator.
 */
export async function getMonthlyStatement(actor: Actor | null, shopId: string, periodKey: string) {
  const db = getDb();
  const shop = await getStatementShopOrThrow(db, actor, shopId, { id: true, ...SHOP_PARTY_SELECT });
  const period = statementPeriodOrThrow(periodKey);
  const { start, end } = periodBounds(period);
  const [opening, sums, payouts, invoice, marketplace] = await Promise.all([
    db.ledgerEntry.aggregate({ where: { shopId: shop.id, createdAt: { lt: start } }, _sum: { amount: true } }),
    db.ledgerEntry.groupBy({
      by: ["type"],
      where: { shopId: shop.id, createdAt: { gte: start, lt: end } },
      _sum: { amount: true },
      _count: { _all: true },
    }),
    db.payout.findMany({
      where: { shopId: shop.id, createdAt: { gte: start, lt: end } },
      orderBy: [{ createdAt: "asc" }, { id: "asc" }],
      select: {
        id: true,
        periodKey: true,
        amount: true,
        status: true,
        method: true,
        scheduledFor: true,
        paidAt: true,
        failedAt: true,
        createdAt: true,
      },
    }),
    db.commissionInvoice.findUnique({
      where: { shopId_periodKey: { shopId: shop.id, periodKey: period } },
      select: { number: true, totalAmount: true, issuedAt: true },
    }),
    readMarketplaceParty(db),
  ]);
  const sumsByType: Partial<Record<LedgerEntryType, number>> = {};
  let entryCount = 0;
  for (const row of sums) {
    sumsByType[row.type] = row._sum.amount ?? 0;
    entryCount += row._count._all;
  }
  const movements = movementsOf(sumsByType);
  return {
    shop: { id: shop.id, name: shop.name, party: shopPartyOf(shop) },
    marketplace: marketplace.party,
    periodKey: period,
    periodStart: start,
    periodEnd: end,
    currency: marketplace.currency,
    movements,
    entryCount,
    ...balancesOf(opening._sum.amount ?? 0, movements),
    payouts,
    invoice: invoice ? { ...invoice, kind: documentKindOf(invoice.totalAmount) } : null,
  };
}

export const STATEMENT_MONTHS_PAGE_SIZE = 24;

/**
 * The months a shop has a statement for (entries written, or an invoice issued: a rent paid by
 * card writes no entry), newest first, paginated; each with its invoice's number when issued.
 */
export async function listStatementMonths(actor: Actor | null, shopId: string, options: { page?: number } = {}) {
  const db = getDb();
  const shop = await getStatementShopOrThrow(db, actor, shopId, { id: true, name: true });
  const months = Prisma.sql`
    SELECT DISTINCT to_char(("createdAt" AT TIME ZONE 'UTC') AT TIME ZONE ${BILLING_TIME_ZONE}, 'YYYY-MM') AS period
      FROM "LedgerEntry" WHERE "shopId" = ${shop.id}
    UNION
    SELECT "periodKey" AS period FROM "CommissionInvoice" WHERE "shopId" = ${shop.id}`;
  const [{ count }] = await db.$queryRaw<{ count: bigint }[]>`SELECT count(*) AS count FROM (${months}) m`;
  const total = Number(count);
  const pageCount = Math.max(1, Math.ceil(total / STATEMENT_MONTHS_PAGE_SIZE));
  const page = Math.min(Math.max(1, Math.trunc(options.page ?? 1) || 1), pageCount);
  const rows = await db.$queryRaw<{ period: string; number: string | null; totalAmount: number | null }[]>`
    SELECT m.period, i."number", i."totalAmount"
      FROM (${months}) m
      LEFT JOIN "CommissionInvoice" i ON i."shopId" = ${shop.id} AND i."periodKey" = m.period
     ORDER BY m.period DESC
     LIMIT ${STATEMENT_MONTHS_PAGE_SIZE} OFFSET ${(page - 1) * STATEMENT_MONTHS_PAGE_SIZE}`;
  return {
    shop,
    items: rows.map((row) => ({
      periodKey: row.period,
      invoice:
        row.number === null
          ? null
          : {
              number: row.number,
              kind: documentKindOf(Number(row.totalAmount ?? 0)),
              totalAmount: Number(row.totalAmount),
            },
    })),
    page,
    pageCount,
    total,
  };
}

/** The month's entries, oldest first, for the statement's CSV (a month is bounded: a shop's sales of one month). */
export async function listStatementEntries(actor: Actor | null, shopId: string, periodKey: string) {
  const db = getDb();
  const shop = await getStatementShopOrThrow(db, actor, shopId, { id: true, slug: true });
  const period = statementPeriodOrThrow(periodKey);
  const { start, end } = periodBounds(period);
  const [entries, marketplace] = await Promise.all([
    db.ledgerEntry.findMany({
      where: { shopId: shop.id, createdAt: { gte: start, lt: end } },
      orderBy: [{ createdAt: "asc" }, { id: "asc" }],
      select: {
        id: true,
        createdAt: true,
        type: true,
        amount: true,
        memo: true,
        availableAt: true,
        shopOrder: { select: { order: { select: { number: true } } } },
        payout: { select: { periodKey: true } },
      },
    }),
    readMarketplaceParty(db),
  ]);
  return {
    shop,
    periodKey: period,
    currency: marketplace.currency,
    entries: entries.map((entry) => ({
      id: entry.id,
      createdAt: entry.createdAt,
      type: entry.type,
      amount: entry.amount,
      memo: entry.memo,
      availableAt: entry.availableAt,
      orderNumber: entry.shopOrder?.order.number ?? null,
      payoutPeriodKey: entry.payout?.periodKey ?? null,
    })),
  };
}
