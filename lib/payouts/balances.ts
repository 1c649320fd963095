// A payee's balances (docs/payouts.md, balances): sums of the append-only entries, never a stored
// counter. At `now`, of the unsettled entries (payoutId null): available = those available at or
// before now, pending = those held or available only later. A payout's settled entries and its
// PAYOUT entry carry its id and add up to zero, so the total of every entry = available + pending.
// Aggregates over the (payee, payoutId, availableAt) index: a shop with 50,000 entries, most of them
// settled, reads only its unsettled ones.
import "server-only";
import type { getDb } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { ShopOrderStatus } from "@/lib/generated/prisma/enums";
import { holdOf, type Hold, type HoldSettings } from "./hold";

type Db = ReturnType<typeof getDb> | Prisma.TransactionClient;

export type Balances = {
  /** what the next payout may settle (may be negative: refunds and fees after a payout are carried) */
  available: number;
  /** held by a part's hold, or available only later */
  pending: number;
  /** the payee's PAID payouts */
  paidOut: number;
  /** payouts written and not paid yet (SCHEDULED, PROCESSING) */
  inTransit: number;
  /** every entry's sum: available + pending */
  total: number;
  /** the entries' currency; null before the first entry */
  currency: string | null;
};

type Row = { available: bigint; pending: bigint; paidOut: bigint; inTransit: bigint; currency: string | null };

function balancesOf(row: Row): Balances {
  const available = Number(row.available);
  const pending = Number(row.pending);
  return {
    available,
    pending,
    paidOut: Number(row.paidOut),
    inTransit: Number(row.inTransit),
    total: available + pending,
    currency: row.currency,
  };
}

/** A shop's balances at `now`. No authorization: the caller has checked who may see the shop. */
export async function shopBalancesOf(db: Db, shopId: string, now: Date): Promise<Balances> {
  const [row] = await db.$queryRaw<Row[]>`
    SELECT
      COALESCE(SUM(e.amount) FILTER (WHERE e."availableAt" <= ${now}), 0)::bigint AS available,
      COALESCE(SUM(e.amount) FILTER (WHERE e."availableAt" IS NULL OR e."availableAt" > ${now}), 0)::bigint AS pending,
      (SELECT COALESCE(SUM(p.amount), 0) FROM "Payout" p
        WHERE p."shopId" = ${shopId} AND p.status = 'PAID')::bigint AS "paidOut",
      (SELECT COALESCE(SUM(p.amount), 0) FROM "Payout" p
        WHERE p."shopId" = ${shopId} AND p.status IN ('SCHEDULED', 'PROCESSING'))::bigint AS "inTransit",
      (SELECT c.currency FROM "LedgerEntry" c WHERE c."shopId" = ${shopId} LIMIT 1) AS currency
    FROM "LedgerEntry" e
    WHERE e."shopId" = ${shopId} AND e."payoutId" IS NULL`;
  return balancesOf(row);
}

/** An ambassador's balances at `now`, the same sums over AmbassadorEntry. No authorization. */
export async function ambassadorBalancesOf(db: Db, ambassadorId: string, now: Date): Promise<Balances> {
  const [row] = await db.$queryRaw<Row[]>`
    SELECT
      COALESCE(SUM(e.amount) FILTER (WHERE e."availableAt" <= ${now}), 0)::bigint AS available,
      COALESCE(SUM(e.amount) FILTER (WHERE e."availableAt" IS NULL OR e."availableAt" > ${now}), 0)::bigint AS pending,
      (SELECT COALESCE(SUM(p.amount), 0) FROM "Payout" p
        WHERE p."ambassadorId" = ${ambassadorId} AND p.status = 'PAID')::bigint AS "paidOut",
      (SELECT COALESCE(SUM(p.amount), 0) FROM "Payout" p
        WHERE p."ambassadorId" = ${ambassadorId} AND p.status IN ('SCHEDULED', 'PROCESSING'))::bigint AS "inTransit",
      (SELECT c.currency FROM "AmbassadorEntry" c WHERE c."ambassadorId" = ${ambassadorId} LIMIT 1) AS currency
    FROM "AmbassadorEntry" e
    WHERE e."ambassadorId" = ${ambassadorId} AND e."payoutId" IS NULL`;
  return balancesOf(row);
}

export type PendingPart = {
  id: string;
  orderId: string;
  orderNumber: string;
  status: ShopOrderStatus;
  createdAt: Date;
  deliveredAt: Date | null;
  fundsAvailableAt: Date | null;
  currency: string;
  /** Σ the part's unsettled entries held or available only later (its net, less any refund) */
  pendingAmount: number;
  /** why it is held and until when (a released part whose late entries await the next pass: ends then) */
  hold: Hold;
};

type PendingRow = Omit<PendingPart, "pendingAmount" | "hold"> & {
  statusChangedAt: Date;
  autoConfirmAt: Date | null;
  buyerIsBusiness: boolean;
  pendingAmount: bigint;
};

/**
 * The shop's parts holding pending money, newest first, at most `limit`: each with its pending net
 * and its hold (holdOf under `settings`). No authorization: the caller has checked the shop.
 */
export async function pendingPartsOf(
  db: Db,
  shopId: string,
  now: Date,
  settings: HoldSettings,
  options: { limit: number },
): Promise<PendingPart[]> {
  const rows = await db.$queryRaw<PendingRow[]>`
    SELECT so.id, so."orderId", o.number AS "orderNumber", so.status, so."createdAt", so."deliveredAt",
           so."fundsAvailableAt", so.currency, so."statusChangedAt", so."autoConfirmAt", o."buyerIsBusiness",
           held.amount AS "pendingAmount"
    FROM (
      SELECT e."shopOrderId", SUM(e.amount)::bigint AS amount
      FROM "LedgerEntry" e
      WHERE e."shopId" = ${shopId} AND e."payoutId" IS NULL AND e."shopOrderId" IS NOT NULL
        AND (e."availableAt" IS NULL OR e."availableAt" > ${now})
      GROUP BY e."shopOrderId"
    ) held
    JOIN "ShopOrder" so ON so.id = held."shopOrderId"
    JOIN "Order" o ON o.id = so."orderId"
    ORDER BY so."createdAt" DESC, so.id DESC
    LIMIT ${Math.max(0, Math.trunc(options.limit))}`;
  return rows.map(({ statusChangedAt, autoConfirmAt, buyerIsBusiness, pendingAmount, ...part }) => ({
    ...part,
    pendingAmount: Number(pendingAmount),
    hold:
      part.fundsAvailableAt !== null
        ? { endsAt: part.fundsAvailableAt, expectedAt: null, reason: "ends" }
        : holdOf(
            { status: part.status, deliveredAt: part.deliveredAt, statusChangedAt, autoConfirmAt, buyerIsBusiness },
            settings,
          ),
  }));
}
