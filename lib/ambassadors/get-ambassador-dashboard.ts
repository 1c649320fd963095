import "server-only";
import { assertRole, type Actor } from "@/lib/auth/actor";
import { getDb } from "@/lib/db";
import { maskIban } from "@/lib/payouts/iban";
import { maskOrderNumber } from "./ambassador-code";
import { readAmbassadorEarnings, type AmbassadorEarnings } from "./ambassador-earnings";
import { earningStatusOf, KIND_OF_TYPE, type EarningKind, type EarningStatus } from "./earning-status";
import { getAmbassadorPayouts, type AmbassadorPayoutPage } from "./get-ambassador-payouts";
import { nextAmbassadorPayout, payoutPlanOf, type NextAmbassadorPayout } from "./next-ambassador-payout";
import { clampPage } from "./pagination";

export const EARNINGS_PAGE_SIZE = 20;
const DAY_MS = 24 * 60 * 60 * 1000;

export type { EarningKind, EarningStatus } from "./earning-status";

export type AmbassadorEarning = {
  id: string;
  createdAt: Date;
  kind: EarningKind;
  /** a share or a reversal: its shop and masked order number; "" for a payout's entries */
  shopName: string;
  /** masked: the ambassador never learns who bought, nor can look the order up */
  orderNumber: string;
  amount: number;
  currency: string;
  status: EarningStatus;
  /** when it became (or becomes) available; null while held */
  availableAt: Date | null;
};

export type AmbassadorDashboard = {
  code: string;
  joinedAt: Date;
  clicks: { total: number; last30Days: number };
  /** paid orders that came through the ambassador's links */
  attributedOrders: number;
  earnings: AmbassadorEarnings & { currency: string };
  /** where payouts go; the IBAN only masked (its last 4 characters shown) */
  bankAccount: { holderName: string | null; maskedIban: string | null };
  nextPayout: NextAmbassadorPayout;
  recent: { entries: AmbassadorEarning[]; page: number; pages: number; total: number };
  payouts: AmbassadorPayoutPage;
};

/**
 * The signed-in ambassador's own figures (docs/payouts.md, ambassadors); null when the user has not
 * joined. Everything is read through the actor's own Ambassador row, so nobody sees another's.
 * Earnings follow their part's hold (AmbassadorEntry.availableAt, set by the release pass) and the
 * payouts that settle them: the balances (readAmbassadorEarnings), the entries newest first with
 * their state, the payouts, and the next payout on the marketplace's calendar or why there is none.
 */
export async function getAmbassadorDashboard(
  actor: Actor | null,
  {
    page: requestedPage = 1,
    payoutsPage = 1,
    now = new Date(),
  }: { page?: number; payoutsPage?: number; now?: Date } = {},
): Promise<AmbassadorDashboard | null> {
  assertRole(actor, "SHOPPER", "VENDOR", "OPERATOR");
  const db = getDb();
  const ambassador = await db.ambassador.findUnique({
    where: { userId: actor.id },
    select: { id: true, code: true, createdAt: true, payoutHolderName: true, payoutIban: true },
  });
  if (!ambassador) return null;
  const mine = { ambassadorId: ambassador.id };

  const settings = await db.marketplaceSettings.findUnique({
    where: { id: 1 },
    select: { currency: true, payoutSchedule: true, payoutWeekday: true, payoutMinimumAmount: true },
  });
  const plan = payoutPlanOf(settings, now);
  const [clicksTotal, clicksRecent, attributedOrders, money, entryCount, currentPayout, payouts] = await Promise.all([
    db.ambassadorClick.count({ where: mine }),
    db.ambassadorClick.count({ where: { ...mine, createdAt: { gte: new Date(now.getTime() - 30 * DAY_MS) } } }),
    db.order.count({ where: { ...mine, paidAt: { not: null } } }),
    readAmbassadorEarnings(db, ambassador.id, now, [plan.current.cutoffAt, plan.next.cutoffAt]),
    db.ambassadorEntry.count({ where: mine }),
    db.payout.findUnique({
      where: { ambassadorId_periodKey: { ambassadorId: ambassador.id, periodKey: plan.current.runDate } },
      select: { id: true },
    }),
    getAmbassadorPayouts(db, ambassador.id, payoutsPage),
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
      availableAt: true,
      payout: { select: { status: true } },
      shopOrder: { select: { shop: { select: { name: true } }, order: { select: { number: true } } } },
    },
  });

  const [settleableNow, settleableNext] = money.settleableBefore;
  return {
    code: ambassador.code,
    joinedAt: ambassador.createdAt,
    clicks: { total: clicksTotal, last30Days: clicksRecent },
    attributedOrders,
    earnings: { ...money.earnings, currency: settings?.currency ?? "EUR" },
    bankAccount: {
      holderName: ambassador.payoutHolderName,
      maskedIban: ambassador.payoutIban ? maskIban(ambassador.payoutIban) : null,
    },
    nextPayout: nextAmbassadorPayout(plan, ambassador, {
      currentWritten: currentPayout !== null,
      settleableNow,
      settleableNext,
    }),
    recent: {
      page,
      pages,
      total: entryCount,
      entries: rows.map((row) => ({
        id: row.id,
        createdAt: row.createdAt,
        kind: KIND_OF_TYPE[row.type],
        shopName: row.shopOrder?.shop.name ?? "",
        orderNumber: row.shopOrder ? maskOrderNumber(row.shopOrder.order.number) : "",
        amount: row.amount,
        currency: row.currency,
        status: earningStatusOf(row, now),
        availableAt: row.availableAt,
      })),
    },
    payouts,
  };
}
