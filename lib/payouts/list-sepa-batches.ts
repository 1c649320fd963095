import "server-only";
import { assertRole, type Actor } from "@/lib/auth/actor";
import { getDb } from "@/lib/db";
import type { SepaBatchStatus } from "@/lib/generated/prisma/enums";
import { SEPA_PAGE_SIZE } from "./sepa-batch-rules";

export type SepaBatchRow = {
  id: string;
  messageId: string;
  status: SepaBatchStatus;
  executionDate: Date;
  totalAmount: number;
  count: number;
  currency: string;
  createdAt: Date;
  paidAt: Date | null;
  /** transfers the bank rejected (payouts FAILED) */
  rejectedCount: number;
};

/** The SEPA files, newest first, a page at a time (docs/payouts.md, SEPA). Operators only. */
export async function listSepaBatches(
  actor: Actor | null,
  options: { page?: number } = {},
): Promise<{ items: SepaBatchRow[]; page: number; pageCount: number; total: number }> {
  assertRole(actor, "OPERATOR");
  const db = getDb();
  const total = await db.sepaBatch.count();
  const pageCount = Math.max(1, Math.ceil(total / SEPA_PAGE_SIZE));
  const page = Math.min(Math.max(1, Math.trunc(options.page ?? 1) || 1), pageCount);
  const rows = await db.sepaBatch.findMany({
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    skip: (page - 1) * SEPA_PAGE_SIZE,
    take: SEPA_PAGE_SIZE,
    select: {
      id: true,
      messageId: true,
      status: true,
      executionDate: true,
      totalAmount: true,
      count: true,
      currency: true,
      createdAt: true,
      paidAt: true,
      _count: { select: { payouts: { where: { status: "FAILED" } } } },
    },
  });
  return {
    page,
    pageCount,
    total,
    items: rows.map(({ _count, ...row }) => ({ ...row, rejectedCount: _count.payouts })),
  };
}
