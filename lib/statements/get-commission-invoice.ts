import "server-only";
import type { Actor } from "@/lib/auth/actor";
import { getDb } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { readInvoiceLines, readInvoiceParty } from "./invoice-schema";
import { statementPeriodOrThrow } from "./monthly-statement";
import { documentKindOf } from "./statement-arithmetic";
import { getStatementShopOrThrow } from "./statement-shop";

export type CommissionInvoiceView = Awaited<ReturnType<typeof getCommissionInvoice>>;

/**
 * A shop's commission invoice (or credit note) for a month, as issued (docs/payouts.md, invoices):
 * its lines and both parties' details are the snapshot taken then. The shop's owner or an
 * operator; NOT_FOUND when that month has none.
 */
export async function getCommissionInvoice(actor: Actor | null, shopId: string, periodKey: string) {
  const db = getDb();
  const shop = await getStatementShopOrThrow(db, actor, shopId, { id: true });
  const period = statementPeriodOrThrow(periodKey);
  const invoice = await db.commissionInvoice.findUnique({
    where: { shopId_periodKey: { shopId: shop.id, periodKey: period } },
    select: {
      id: true,
      number: true,
      periodKey: true,
      periodStart: true,
      periodEnd: true,
      lines: true,
      amountExclVat: true,
      vatRateBps: true,
      vatAmount: true,
      totalAmount: true,
      currency: true,
      seller: true,
      buyer: true,
      issuedAt: true,
    },
  });
  if (!invoice) throw new AppError("NOT_FOUND");
  return {
    ...invoice,
    kind: documentKindOf(invoice.totalAmount),
    lines: readInvoiceLines(invoice.lines),
    seller: readInvoiceParty(invoice.seller),
    buyer: readInvoiceParty(invoice.buyer),
  };
}

export const INVOICES_PAGE_SIZE = 24;

/** A shop's invoices, newest month first, paginated. The shop's owner or an operator. */
export async function listInvoices(actor: Actor | null, shopId: string, options: { page?: number } = {}) {
  const db = getDb();
  const shop = await getStatementShopOrThrow(db, actor, shopId, { id: true });
  const total = await db.commissionInvoice.count({ where: { shopId: shop.id } });
  const pageCount = Math.max(1, Math.ceil(total / INVOICES_PAGE_SIZE));
  const page = Math.min(Math.max(1, Math.trunc(options.page ?? 1) || 1), pageCount);
  const rows = await db.commissionInvoice.findMany({
    where: { shopId: shop.id },
    orderBy: [{ periodKey: "desc" }, { id: "desc" }],
    skip: (page - 1) * INVOICES_PAGE_SIZE,
    take: INVOICES_PAGE_SIZE,
    select: { number: true, periodKey: true, totalAmount: true, currency: true, issuedAt: true },
  });
  return {
    items: rows.map((row) => ({ ...row, kind: documentKindOf(row.totalAmount) })),
    page,
    pageCount,
    total,
  };
}
