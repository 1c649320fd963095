import "server-only";
import { assertRole, type Actor } from "@/lib/auth/actor";
import { getDb } from "@/lib/db";
import { AppError } from "@/lib/errors";
import type { Prisma } from "@/lib/generated/prisma/client";
import { parseIdOrThrow } from "@/lib/parse-id";
import { maskIban } from "./iban";
import { LEDGER_ROW_SELECT, toLedgerRow } from "./list-ledger-entries";

// One of a shop's payouts as its vendor sees it (docs/payouts.md, paying): its status, when it is
// due or was paid, where it goes, and the entries it settles, which add up to its amount.

export const PAYOUT_ENTRIES_PAGE_SIZE = 50;

/** A payout as the vendor's lists show it. */
export const PAYOUT_ROW_SELECT = {
  id: true,
  periodKey: true,
  amount: true,
  currency: true,
  method: true,
  status: true,
  scheduledFor: true,
  paidAt: true,
  failedAt: true,
  nextAttemptAt: true,
  createdAt: true,
} as const satisfies Prisma.PayoutSelect;

export type PayoutRow = Prisma.PayoutGetPayload<{ select: typeof PAYOUT_ROW_SELECT }>;

export type ShopPayout = Awaited<ReturnType<typeof getShopPayout>>;

/**
 * A payout of one of the actor's shops (a closed shop's too) with a page of the entries it settles,
 * newest first. An ambassador's payout, another vendor's or junk: NOT_FOUND.
 */
export async function getShopPayout(
  actor: Actor | null,
  payoutId: string,
  options: { page?: number; now?: Date } = {},
) {
  assertRole(actor, "VENDOR");
  const id = parseIdOrThrow(payoutId);
  const db = getDb();
  const payout = await db.payout.findFirst({
    where: { id, shop: { ownerId: actor.id } },
    select: {
      id: true,
      shopId: true,
      periodKey: true,
      cutoffAt: true,
      amount: true,
      currency: true,
      method: true,
      status: true,
      scheduledFor: true,
      paidAt: true,
      reference: true,
      accountHolderName: true,
      accountIban: true,
      attempts: true,
      nextAttemptAt: true,
      failedAt: true,
      failureReason: true,
      createdAt: true,
      shop: { select: { name: true } },
    },
  });
  if (!payout) throw new AppError("NOT_FOUND");
  // The settled entries: everything it pays, not its own PAYOUT entry.
  const where = { shopId: payout.shopId as string, payoutId: payout.id, type: { not: "PAYOUT" as const } };
  const [count, settled] = await Promise.all([
    db.ledgerEntry.count({ where }),
    db.ledgerEntry.aggregate({ where, _sum: { amount: true } }),
  ]);
  const pageCount = Math.max(1, Math.ceil(count / PAYOUT_ENTRIES_PAGE_SIZE));
  const page = Math.min(Math.max(1, Math.trunc(Number(options.page ?? 1)) || 1), pageCount);
  const entries = await db.ledgerEntry.findMany({
    where,
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    skip: (page - 1) * PAYOUT_ENTRIES_PAGE_SIZE,
    take: PAYOUT_ENTRIES_PAGE_SIZE,
    select: LEDGER_ROW_SELECT,
  });
  const now = options.now ?? new Date();
  const { accountIban, shop, ...rest } = payout;
  return {
    ...rest,
    shopName: shop?.name ?? "",
    /** enough of the account to recognise it */
    accountIban: accountIban ? maskIban(accountIban) : null,
    requested: payout.periodKey.startsWith("request:"),
    entries: {
      rows: entries.map((entry) => toLedgerRow(entry, now)),
      count,
      total: settled._sum.amount ?? 0,
      page,
      pageCount,
    },
  };
}
