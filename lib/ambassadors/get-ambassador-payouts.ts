import "server-only";
import type { getDb } from "@/lib/db";
import type { PayoutStatus } from "@/lib/generated/prisma/enums";
import { maskIban } from "@/lib/payouts/iban";
import { clampPage } from "./pagination";

export const PAYOUTS_PAGE_SIZE = 10;

export type AmbassadorPayoutRow = {
  id: string;
  /** when it is due (its run's date) */
  scheduledFor: Date;
  paidAt: Date | null;
  failedAt: Date | null;
  amount: number;
  currency: string;
  status: PayoutStatus;
  /** the account it was sent to, masked */
  maskedIban: string | null;
};

export type AmbassadorPayoutPage = { payouts: AmbassadorPayoutRow[]; page: number; pages: number; total: number };

/** One ambassador's payouts, newest first, 10 per page; the caller has found the ambassador from its actor. */
export async function getAmbassadorPayouts(
  db: ReturnType<typeof getDb>,
  ambassadorId: string,
  requestedPage: number,
): Promise<AmbassadorPayoutPage> {
  const total = await db.payout.count({ where: { ambassadorId } });
  const { page, pages, skip } = clampPage(requestedPage, total, PAYOUTS_PAGE_SIZE);
  const rows = await db.payout.findMany({
    where: { ambassadorId },
    orderBy: [{ scheduledFor: "desc" }, { createdAt: "desc" }, { id: "desc" }],
    skip,
    take: PAYOUTS_PAGE_SIZE,
    select: {
      id: true,
      scheduledFor: true,
      paidAt: true,
      failedAt: true,
      amount: true,
      currency: true,
      status: true,
      accountIban: true,
    },
  });
  return {
    page,
    pages,
    total,
    payouts: rows.map(({ accountIban, ...row }) => ({
      ...row,
      maskedIban: accountIban ? maskIban(accountIban) : null,
    })),
  };
}
