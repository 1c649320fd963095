import "server-only";
import { assertRole, type Actor } from "@/lib/auth/actor";
import { getDb } from "@/lib/db";
import { AppError } from "@/lib/errors";
import type { PayoutStatus, SepaBatchStatus } from "@/lib/generated/prisma/enums";
import { parseIdOrThrow } from "@/lib/parse-id";
import { endToEndIdOf, maskIbanTail, PAYOUT_PAYEE_SELECT, payeeOf, SEPA_PAGE_SIZE } from "./sepa-batch-rules";

export type SepaBatchPayout = {
  id: string;
  endToEndId: string;
  payeeKind: "shop" | "ambassador";
  payeeName: string;
  holderName: string;
  maskedIban: string;
  amount: number;
  currency: string;
  status: PayoutStatus;
  paidAt: Date | null;
  failedAt: Date | null;
  failureReason: string | null;
};

export type SepaBatchDetail = {
  id: string;
  messageId: string;
  status: SepaBatchStatus;
  executionDate: Date;
  totalAmount: number;
  count: number;
  currency: string;
  createdAt: Date;
  createdByName: string | null;
  paidAt: Date | null;
  paidByName: string | null;
  /** what was rejected since: payouts FAILED, and their sum */
  rejected: { count: number; amount: number };
  payouts: { items: SepaBatchPayout[]; page: number; pageCount: number; total: number };
};

/**
 * One SEPA file and its payouts, a page at a time, each with its payee, the account masked but for
 * its last four characters, amount and state (docs/payouts.md, SEPA). Operators only; NOT_FOUND for
 * an unknown batch.
 */
export async function getSepaBatch(
  actor: Actor | null,
  batchId: string,
  options: { page?: number } = {},
): Promise<SepaBatchDetail> {
  assertRole(actor, "OPERATOR");
  const id = parseIdOrThrow(batchId);
  const db = getDb();
  const batch = await db.sepaBatch.findUnique({
    where: { id },
    select: {
      id: true,
      messageId: true,
      status: true,
      executionDate: true,
      totalAmount: true,
      count: true,
      currency: true,
      createdAt: true,
      createdById: true,
      paidAt: true,
      paidById: true,
    },
  });
  if (!batch) throw new AppError("NOT_FOUND");
  const [total, rejected, people] = await Promise.all([
    db.payout.count({ where: { sepaBatchId: id } }),
    db.payout.aggregate({ where: { sepaBatchId: id, status: "FAILED" }, _count: true, _sum: { amount: true } }),
    db.user.findMany({
      where: { id: { in: [batch.createdById, batch.paidById].filter((value): value is string => !!value) } },
      select: { id: true, name: true },
    }),
  ]);
  const pageCount = Math.max(1, Math.ceil(total / SEPA_PAGE_SIZE));
  const page = Math.min(Math.max(1, Math.trunc(options.page ?? 1) || 1), pageCount);
  const rows = await db.payout.findMany({
    where: { sepaBatchId: id },
    orderBy: [{ amount: "desc" }, { id: "asc" }],
    skip: (page - 1) * SEPA_PAGE_SIZE,
    take: SEPA_PAGE_SIZE,
    select: {
      id: true,
      amount: true,
      currency: true,
      status: true,
      paidAt: true,
      failedAt: true,
      failureReason: true,
      ...PAYOUT_PAYEE_SELECT,
    },
  });
  const nameOf = (userId: string | null) => people.find((person) => person.id === userId)?.name ?? null;
  const { createdById, paidById, ...fields } = batch;
  return {
    ...fields,
    createdByName: nameOf(createdById),
    paidByName: nameOf(paidById),
    rejected: { count: rejected._count, amount: rejected._sum.amount ?? 0 },
    payouts: {
      page,
      pageCount,
      total,
      items: rows.map((row) => {
        const payee = payeeOf(row);
        return {
          id: row.id,
          endToEndId: endToEndIdOf(row.id),
          payeeKind: payee.kind,
          payeeName: payee.name,
          holderName: payee.holderName,
          maskedIban: maskIbanTail(payee.iban),
          amount: row.amount,
          currency: row.currency,
          status: row.status,
          paidAt: row.paidAt,
          failedAt: row.failedAt,
          failureReason: row.failureReason,
        };
      }),
    },
  };
}

/** The file as generated, unchanged, for its download. Operators only; NOT_FOUND for an unknown batch. */
export async function getSepaBatchFile(
  actor: Actor | null,
  batchId: string,
): Promise<{ fileName: string; xml: string }> {
  assertRole(actor, "OPERATOR");
  const id = parseIdOrThrow(batchId);
  const batch = await getDb().sepaBatch.findUnique({ where: { id }, select: { messageId: true, xml: true } });
  if (!batch) throw new AppError("NOT_FOUND");
  return { fileName: `${batch.messageId}.xml`, xml: batch.xml };
}
