import "server-only";
import { assertRole, type Actor } from "@/lib/auth/actor";
import { getDb } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import { isDebtorReady } from "./sepa-debtor";
import { maskIbanTail, PAYOUT_PAYEE_SELECT, payeeOf, SEPA_PAGE_SIZE, type PayoutPayee } from "./sepa-batch-rules";

export type PayoutToPay = {
  id: string;
  payee: Omit<PayoutPayee, "iban"> & { maskedIban: string };
  amount: number;
  currency: string;
  periodKey: string;
  scheduledFor: Date;
  /** due (scheduledFor ≤ now) with a valid IBAN, in euros: the next SEPA file takes it */
  payableNow: boolean;
};

export type PayoutsToPay = {
  items: PayoutToPay[];
  page: number;
  pageCount: number;
  /** every bank-transfer payout waiting for a file */
  total: number;
  /** what the next file would hold: count and sum of the payouts payable now */
  due: { count: number; amount: number };
  /** the marketplace's legal name and debtor account are set: a file can be generated */
  debtorReady: boolean;
};

const TO_PAY: Prisma.PayoutWhereInput = { method: "BANK_TRANSFER", status: "SCHEDULED", sepaBatchId: null };

/**
 * The operator's "to pay" list (docs/payouts.md, SEPA): bank-transfer payouts SCHEDULED and in no file
 * yet, shops' and ambassadors', the oldest due first, a page at a time; with what the next file would
 * hold. Operators only.
 */
export async function listPayoutsToPay(
  actor: Actor | null,
  options: { page?: number } = {},
  now: Date = new Date(),
): Promise<PayoutsToPay> {
  assertRole(actor, "OPERATOR");
  const db = getDb();
  const total = await db.payout.count({ where: TO_PAY });
  const pageCount = Math.max(1, Math.ceil(total / SEPA_PAGE_SIZE));
  const page = Math.min(Math.max(1, Math.trunc(options.page ?? 1) || 1), pageCount);
  const [rows, dueRows, settings] = await Promise.all([
    db.payout.findMany({
      where: TO_PAY,
      orderBy: [{ scheduledFor: "asc" }, { createdAt: "asc" }, { id: "asc" }],
      skip: (page - 1) * SEPA_PAGE_SIZE,
      take: SEPA_PAGE_SIZE,
      select: { id: true, amount: true, currency: true, periodKey: true, scheduledFor: true, ...PAYOUT_PAYEE_SELECT },
    }),
    // the IBAN check is ours (mod 97), not SQL's: read the due ones' accounts, nothing else
    db.payout.findMany({
      where: { ...TO_PAY, currency: "EUR", scheduledFor: { lte: now }, amount: { gt: 0 } },
      select: { amount: true, ...PAYOUT_PAYEE_SELECT },
    }),
    db.marketplaceSettings.findUnique({
      where: { id: 1 },
      select: { legalName: true, payoutDebtorIban: true, payoutDebtorBic: true },
    }),
  ]);
  const payableDue = dueRows.filter((row) => payeeOf(row).ibanValid);
  return {
    page,
    pageCount,
    total,
    debtorReady: isDebtorReady(settings),
    due: { count: payableDue.length, amount: payableDue.reduce((sum, row) => sum + row.amount, 0) },
    items: rows.map((row) => {
      const { iban, ...payee } = payeeOf(row);
      return {
        id: row.id,
        payee: { ...payee, maskedIban: maskIbanTail(iban) },
        amount: row.amount,
        currency: row.currency,
        periodKey: row.periodKey,
        scheduledFor: row.scheduledFor,
        payableNow: payee.ibanValid && row.currency === "EUR" && row.amount > 0 && row.scheduledFor <= now,
      };
    }),
  };
}
