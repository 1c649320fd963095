import "server-only";
import { assertRole, type Actor } from "@/lib/auth/actor";
import { getDb } from "@/lib/db";
import { clampPage } from "./pagination";

export const TOP_AMBASSADORS_PAGE_SIZE = 20;

export type TopAmbassador = {
  id: string;
  code: string;
  name: string;
  email: string;
  joinedAt: Date;
  clicks: number;
  orders: number;
  earned: number;
  net: number;
};

export type ProgrammeTotals = {
  ambassadors: number;
  clicks: number;
  attributedOrders: number;
  /** every share earned, before refunds */
  earned: number;
  /** what refunds took back (a positive amount) */
  reversed: number;
  /** earned − reversed: what the ambassadors have earned, net of refunds (payouts do not change it) */
  net: number;
  currency: string;
  top: { ambassadors: TopAmbassador[]; page: number; pages: number };
};

type TopRow = {
  id: string;
  code: string;
  name: string;
  email: string;
  createdAt: Date;
  clicks: bigint;
  orders: bigint;
  earned: bigint;
  net: bigint;
};

/**
 * The operator's view of the ambassador programme (docs/business-models.md, ambassadors): the totals, and
 * the ambassadors ranked by net earnings (then clicks, then seniority), 20 per page. Payout entries
 * (docs/payouts.md, ambassadors) are not earnings: they count in none of these figures.
 */
export async function getProgrammeTotals(
  actor: Actor | null,
  { page: requestedPage = 1 }: { page?: number } = {},
): Promise<ProgrammeTotals> {
  assertRole(actor, "OPERATOR");
  const db = getDb();
  const [ambassadors, clicks, attributedOrders, earned, reversed, settings] = await Promise.all([
    db.ambassador.count(),
    db.ambassadorClick.count(),
    db.order.count({ where: { ambassadorId: { not: null }, paidAt: { not: null } } }),
    db.ambassadorEntry.aggregate({ where: { type: "AMBASSADOR_SHARE" }, _sum: { amount: true } }),
    db.ambassadorEntry.aggregate({ where: { type: "AMBASSADOR_REVERSAL" }, _sum: { amount: true } }),
    db.marketplaceSettings.findUnique({ where: { id: 1 }, select: { currency: true } }),
  ]);
  const { page, pages, skip } = clampPage(requestedPage, ambassadors, TOP_AMBASSADORS_PAGE_SIZE);
  const rows = await db.$queryRaw<TopRow[]>`
    SELECT a.id, a.code, u.name, u.email, a."createdAt",
           COALESCE(c.clicks, 0)::bigint AS clicks,
           COALESCE(o.orders, 0)::bigint AS orders,
           COALESCE(e.earned, 0)::bigint AS earned,
           COALESCE(e.net, 0)::bigint AS net
    FROM "Ambassador" a
    JOIN "User" u ON u.id = a."userId"
    LEFT JOIN (
      SELECT "ambassadorId", SUM(amount) AS net,
             SUM(CASE WHEN type = 'AMBASSADOR_SHARE' THEN amount ELSE 0 END) AS earned
      FROM "AmbassadorEntry"
      -- earnings only: a payout (and a failed one's return) moves money, it is not earned or lost
      WHERE type IN ('AMBASSADOR_SHARE', 'AMBASSADOR_REVERSAL')
      GROUP BY "ambassadorId"
    ) e ON e."ambassadorId" = a.id
    LEFT JOIN (SELECT "ambassadorId", COUNT(*) AS clicks FROM "AmbassadorClick" GROUP BY "ambassadorId") c
      ON c."ambassadorId" = a.id
    LEFT JOIN (
      SELECT "ambassadorId", COUNT(*) AS orders FROM "Order"
      WHERE "ambassadorId" IS NOT NULL AND "paidAt" IS NOT NULL GROUP BY "ambassadorId"
    ) o ON o."ambassadorId" = a.id
    ORDER BY net DESC, clicks DESC, a."createdAt" ASC, a.id ASC
    LIMIT ${TOP_AMBASSADORS_PAGE_SIZE} OFFSET ${skip}`;

  const earnedSum = earned._sum.amount ?? 0;
  const reversedSum = Math.abs(reversed._sum.amount ?? 0);
  return {
    ambassadors,
    clicks,
    attributedOrders,
    earned: earnedSum,
    reversed: reversedSum,
    net: earnedSum - reversedSum,
    currency: settings?.currency ?? "EUR",
    top: {
      page,
      pages,
      ambassadors: rows.map((row) => ({
        id: row.id,
        code: row.code,
        name: row.name,
        email: row.email,
        joinedAt: row.createdAt,
        clicks: Number(row.clicks),
        orders: Number(row.orders),
        earned: Number(row.earned),
        net: Number(row.net),
      })),
    },
  };
}
