import "server-only";
import { assertRole, type Actor } from "@/lib/auth/actor";
import { getDb } from "@/lib/db";
import { maskOrderNumber } from "./ambassador-code";
import { clampPage } from "./pagination";

export const EARNINGS_PAGE_SIZE = 20;
const DAY_MS = 24 * 60 * 60 * 1000;

/** pending: the part is not confirmed yet; available: confirmed; reversed: taken back by a refund. */
export type EarningStatus = "pending" | "available" | "reversed";

export type AmbassadorEarning = {
  id: string;
  createdAt: Date;
  shopName: string;
  /** masked: the ambassador never learns who bought, nor can look the order up */
  orderNumber: string;
  amount: number;
  currency: string;
  status: EarningStatus;
};

export type AmbassadorDashboard = {
  code: string;
  joinedAt: Date;
  clicks: { total: number; last30Days: number };
  /** paid orders that came through the ambassador's links */
  attributedOrders: number;
  earnings: { pending: number; available: number; reversed: number; currency: string };
  recent: { entries: AmbassadorEarning[]; page: number; pages: number; total: number };
};

/**
 * The signed-in ambassador's own figures (docs/business-models.md, ambassadors); null when the user has
 * not joined. Everything is read through the actor's own Ambassador row, so nobody sees another's.
 * Earnings are the sums of the entries: those of a part not yet CONFIRMED are pending, those of a
 * CONFIRMED part available; a reversal counts in the sum of its part, and its size is also shown
 * as "reversed".
 */
export async function getAmbassadorDashboard(
  actor: Actor | null,
  { page: requestedPage = 1, now = new Date() }: { page?: number; now?: Date } = {},
): Promise<AmbassadorDashboard | null> {
  assertRole(actor, "SHOPPER", "VENDOR", "OPERATOR");
  const db = getDb();
  const ambassador = await db.ambassador.findUnique({
    where: { userId: actor.id },
    select: { id: true, code: true, createdAt: true },
  });
  if (!ambassador) return null;
  const mine = { ambassadorId: ambassador.id };

  const [clicksTotal, clicksRecent, attributedOrders, pending, available, reversed, entryCount, settings] =
    await Promise.all([
      db.ambassadorClick.count({ where: mine }),
      db.ambassadorClick.count({ where: { ...mine, createdAt: { gte: new Date(now.getTime() - 30 * DAY_MS) } } }),
      db.order.count({ where: { ...mine, paidAt: { not: null } } }),
      db.ambassadorEntry.aggregate({
        where: { ...mine, shopOrder: { status: { not: "CONFIRMED" } } },
        _sum: { amount: true },
      }),
      db.ambassadorEntry.aggregate({ where: { ...mine, shopOrder: { status: "CONFIRMED" } }, _sum: { amount: true } }),
      db.ambassadorEntry.aggregate({ where: { ...mine, type: "AMBASSADOR_REVERSAL" }, _sum: { amount: true } }),
      db.ambassadorEntry.count({ where: mine }),
      db.marketplaceSettings.findUnique({ where: { id: 1 }, select: { currency: true } }),
    ]);

  const { page, pages, skip } = clampPage(requestedPage, entryCount, EARNINGS_PAGE_SIZE);
  const rows = await db.ambassadorEntry.findMany({
    where: mine,
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    skip,
    take: EARNINGS_PAGE_SIZE,
    select: {
      id: true,
      type: true,
      amount: true,
      currency: true,
      createdAt: true,
      shopOrder: { select: { status: true, shop: { select: { name: true } }, order: { select: { number: true } } } },
    },
  });

  return {
    code: ambassador.code,
    joinedAt: ambassador.createdAt,
    clicks: { total: clicksTotal, last30Days: clicksRecent },
    attributedOrders,
    earnings: {
      pending: pending._sum.amount ?? 0,
      available: available._sum.amount ?? 0,
      reversed: Math.abs(reversed._sum.amount ?? 0),
      currency: settings?.currency ?? "EUR",
    },
    recent: {
      page,
      pages,
      total: entryCount,
      entries: rows.map((row) => ({
        id: row.id,
        createdAt: row.createdAt,
        shopName: row.shopOrder?.shop.name ?? "",
        orderNumber: row.shopOrder ? maskOrderNumber(row.shopOrder.order.number) : "",
        amount: row.amount,
        currency: row.currency,
        status:
          row.type === "AMBASSADOR_REVERSAL"
            ? "reversed"
            : row.shopOrder?.status === "CONFIRMED"
              ? "available"
              : "pending",
      })),
    },
  };
}
