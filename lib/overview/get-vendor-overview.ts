import "server-only";
import type { Actor } from "@/lib/auth/actor";
import { getDb } from "@/lib/db";
import { Prisma, type ShopOrderStatus } from "@/lib/generated/prisma/client";
import { isFlaggedLate, timeLeft, type TimeLeft } from "@/lib/orders/rules/deadlines";
import { getOwnedShopOrThrow } from "@/lib/shops/get-owned-shop";
import {
  averageBasket,
  earliestFigureStart,
  OVERVIEW_TIME_ZONE,
  overviewPeriods,
  zeroFillDays,
  type DaySales,
} from "./periods";

// The vendor's overview (docs/trust.md, the vendor's overview): the figures of today, this week and
// this month, the parts waiting for the vendor, 90 days of daily sales, the best sellers and the low
// stock of one shop, in a handful of aggregate queries whatever the shop's size.

/** the parts waiting for the vendor, soonest deadline first */
export const NEEDING_ACTION_STATUSES = [
  "AWAITING_ACCEPTANCE",
  "ACCEPTED",
  "RETURN_REQUESTED",
  "READY_FOR_PICKUP",
] as const satisfies readonly ShopOrderStatus[];
export const NEEDING_ACTION_SHOWN = 10;
export const BEST_SELLERS_SHOWN = 5;
export const LOW_STOCK_SHOWN = 10;
/** MarketplaceSettings.lowStockThreshold's default, for a marketplace whose settings were never saved */
export const DEFAULT_LOW_STOCK_THRESHOLD = 3;

/**
 * What a shop earned: its sales and delivery fees less the marketplace's fees and their VAT, refunds
 * and operators' corrections. Not PAYOUT / PAYOUT_REVERSAL (money moving to the bank, not earned) nor
 * SUBSCRIPTION_FEE (the plan's monthly fee, not tied to sales).
 */
export const NET_EARNED_TYPES = [
  "SALE",
  "SHIPPING",
  "COMMISSION",
  "PAYMENT_FEE",
  "FEE_VAT",
  "REFUND",
  "ADJUSTMENT",
] as const;

export type PeriodFigures = {
  orders: number;
  /** items + delivery, gross, minor units */
  sales: number;
  /** null without orders */
  averageBasket: number | null;
  netEarned: number;
};

export type NeedingActionPart = {
  id: string;
  orderNumber: string;
  customerName: string;
  status: (typeof NEEDING_ACTION_STATUSES)[number];
  /** acceptBy (to accept) or shipBy (to ship); none for a return to answer or a part to hand over */
  deadline: { kind: "accept" | "ship"; at: Date; left: TimeLeft } | null;
  /** the deadline has passed, or the deadline job flagged it late */
  overdue: boolean;
  amount: number;
};

export type BestSeller = { productId: string | null; title: string; quantity: number; sales: number };
export type LowStockProduct = { id: string; title: string; stock: number };

export type VendorOverview = {
  shop: { id: string; name: string };
  currency: string;
  timeZone: string;
  today: PeriodFigures;
  week: PeriodFigures;
  month: PeriodFigures;
  needingAction: { parts: NeedingActionPart[]; total: number };
  dailySales: DaySales[];
  bestSellers: BestSeller[];
  lowStock: { threshold: number; products: LowStockProduct[] };
};

type FigureRow = Record<`${"today" | "week" | "month"}${"Orders" | "Sales" | "Net"}`, bigint | number | null>;

const num = (value: bigint | number | null | undefined) => Number(value ?? 0);

/** A part's sales: its items and its delivery fee (gross, what the shopper paid for it). */
// (added in 64 bits: docs/security.md, "Correctness at the edges"; sum() of a bigint is cast back to bigint)
const partSales = Prisma.sql`(so."itemsAmount"::bigint + so."deliveryFeeAmount")`;
/** The deadline the vendor works to in the part's state (docs/domain.md, deadlines). */
const deadlineOf = Prisma.sql`CASE so."status"::text WHEN 'AWAITING_ACCEPTANCE' THEN so."acceptBy"
  WHEN 'ACCEPTED' THEN so."shipBy" END`;
const parisDay = (column: Prisma.Sql) =>
  Prisma.sql`to_char((${column} AT TIME ZONE 'UTC') AT TIME ZONE ${OVERVIEW_TIME_ZONE}, 'YYYY-MM-DD')`;

/**
 * The overview of one of the vendor's shops. The owner only: another vendor's shop NOT_FOUND, anyone
 * but a vendor FORBIDDEN, signed out UNAUTHENTICATED.
 */
export async function getVendorOverview(
  actor: Actor | null,
  shopId: string,
  options: { now?: Date } = {},
): Promise<VendorOverview> {
  const db = getDb();
  const shop = await getOwnedShopOrThrow(db, actor, shopId, { id: true, name: true });
  const periods = overviewPeriods(options.now ?? new Date());
  const { now, todayStart, weekStart, monthStart } = periods;
  // The owner is in every where too, not only in the shop's lookup.
  const ownedBy = (alias: string) =>
    Prisma.sql`${Prisma.raw(alias)}."shopId" = ${shop.id}
      AND ${Prisma.raw(alias)}."shopId" IN (SELECT "id" FROM "Shop" WHERE "ownerId" = ${actor!.id})`;
  const owned = ownedBy("so");
  const paidIn = (from: Date) => Prisma.sql`o."paidAt" >= ${from}`;
  const since = earliestFigureStart(periods);
  const needingStatuses = Prisma.join(NEEDING_ACTION_STATUSES.map((status) => Prisma.sql`${status}`));
  const netTypes = Prisma.join(NET_EARNED_TYPES.map((type) => Prisma.sql`${type}`));

  const [settings, [sales], [net], daily, bestSellers, lowStockRows, needingRows, needingTotal] = await Promise.all([
    db.marketplaceSettings.findUnique({ where: { id: 1 }, select: { currency: true, lowStockThreshold: true } }),
    db.$queryRaw<FigureRow[]>`
      SELECT count(*) FILTER (WHERE ${paidIn(todayStart)}) AS "todayOrders",
             (sum(${partSales}) FILTER (WHERE ${paidIn(todayStart)}))::bigint AS "todaySales",
             count(*) FILTER (WHERE ${paidIn(weekStart)}) AS "weekOrders",
             (sum(${partSales}) FILTER (WHERE ${paidIn(weekStart)}))::bigint AS "weekSales",
             count(*) FILTER (WHERE ${paidIn(monthStart)}) AS "monthOrders",
             (sum(${partSales}) FILTER (WHERE ${paidIn(monthStart)}))::bigint AS "monthSales"
      FROM "ShopOrder" so JOIN "Order" o ON o."id" = so."orderId"
      WHERE ${owned} AND so."status" <> 'AWAITING_PAYMENT' AND o."paidAt" >= ${since} AND o."paidAt" <= ${now}`,
    db.$queryRaw<FigureRow[]>`
      SELECT sum("amount") FILTER (WHERE "createdAt" >= ${todayStart}) AS "todayNet",
             sum("amount") FILTER (WHERE "createdAt" >= ${weekStart}) AS "weekNet",
             sum("amount") FILTER (WHERE "createdAt" >= ${monthStart}) AS "monthNet"
      FROM "LedgerEntry" e
      WHERE ${ownedBy("e")} AND e."type"::text IN (${netTypes}) AND e."createdAt" >= ${since} AND e."createdAt" <= ${now}`,
    db.$queryRaw<{ day: string; orders: bigint; sales: bigint | null }[]>`
      SELECT ${parisDay(Prisma.sql`o."paidAt"`)} AS "day", count(*) AS "orders", sum(${partSales})::bigint AS "sales"
      FROM "ShopOrder" so JOIN "Order" o ON o."id" = so."orderId"
      WHERE ${owned} AND so."status" <> 'AWAITING_PAYMENT'
        AND o."paidAt" >= ${periods.chartStart} AND o."paidAt" <= ${now}
      GROUP BY 1`,
    db.$queryRaw<{ productId: string | null; title: string; quantity: bigint; sales: bigint | null }[]>`
      SELECT l."productId", coalesce(max(p."title"), max(l."titleSnapshot")) AS "title",
             sum(l."quantity") AS "quantity", sum(coalesce(l."finalLineAmount", l."lineAmount")) AS "sales"
      FROM "OrderLine" l
        JOIN "ShopOrder" so ON so."id" = l."shopOrderId"
        JOIN "Order" o ON o."id" = so."orderId"
        LEFT JOIN "Product" p ON p."id" = l."productId"
      WHERE ${owned} AND so."status" <> 'AWAITING_PAYMENT'
        AND o."paidAt" >= ${periods.bestSellersStart} AND o."paidAt" <= ${now}
      GROUP BY l."productId", CASE WHEN l."productId" IS NULL THEN l."titleSnapshot" END
      ORDER BY 3 DESC, 4 DESC, 2 ASC
      LIMIT ${BEST_SELLERS_SHOWN}`,
    db.$queryRaw<LowStockProduct[]>`
      SELECT p."id", p."title", p."stock"
      FROM "Product" p
      WHERE ${ownedBy("p")} AND p."status" = 'ACTIVE' AND p."stockTracked"
        AND p."stock" <= coalesce(
          (SELECT "lowStockThreshold" FROM "MarketplaceSettings" WHERE "id" = 1),
          ${DEFAULT_LOW_STOCK_THRESHOLD}
        )
      ORDER BY p."stock" ASC, p."title" ASC, p."id" ASC
      LIMIT ${LOW_STOCK_SHOWN}`,
    db.$queryRaw<NeedingRow[]>`
      SELECT so."id", so."status"::text AS "status", so."acceptBy", so."shipBy", so."lateFlaggedAt",
             so."itemsAmount" + so."deliveryFeeAmount" AS "amount", o."number" AS "orderNumber", o."customerName"
      FROM "ShopOrder" so JOIN "Order" o ON o."id" = so."orderId"
      WHERE ${owned} AND so."status"::text IN (${needingStatuses})
      ORDER BY ${deadlineOf} ASC NULLS LAST, so."statusChangedAt" ASC, so."id" ASC
      LIMIT ${NEEDING_ACTION_SHOWN}`,
    db.$queryRaw<{ count: bigint }[]>`
      SELECT count(*) AS "count" FROM "ShopOrder" so WHERE ${owned} AND so."status"::text IN (${needingStatuses})`,
  ]);

  const figures = (period: "today" | "week" | "month"): PeriodFigures => {
    const orders = num(sales[`${period}Orders`]);
    const amount = num(sales[`${period}Sales`]);
    return { orders, sales: amount, averageBasket: averageBasket(amount, orders), netEarned: num(net[`${period}Net`]) };
  };

  return {
    shop: { id: shop.id, name: shop.name },
    currency: settings?.currency ?? "EUR",
    timeZone: OVERVIEW_TIME_ZONE,
    today: figures("today"),
    week: figures("week"),
    month: figures("month"),
    needingAction: { parts: needingRows.map((row) => needingActionPart(row, now)), total: num(needingTotal[0]?.count) },
    dailySales: zeroFillDays(
      periods.days,
      daily.map((row) => ({ day: row.day, orders: num(row.orders), sales: num(row.sales) })),
    ),
    bestSellers: bestSellers.map((row) => ({
      productId: row.productId,
      title: row.title,
      quantity: num(row.quantity),
      sales: num(row.sales),
    })),
    lowStock: { threshold: settings?.lowStockThreshold ?? DEFAULT_LOW_STOCK_THRESHOLD, products: lowStockRows },
  };
}

type NeedingRow = {
  id: string;
  status: NeedingActionPart["status"];
  acceptBy: Date | null;
  shipBy: Date | null;
  lateFlaggedAt: Date | null;
  amount: number;
  orderNumber: string;
  customerName: string;
};

function needingActionPart(row: NeedingRow, now: Date): NeedingActionPart {
  const at = row.status === "AWAITING_ACCEPTANCE" ? row.acceptBy : row.status === "ACCEPTED" ? row.shipBy : null;
  const deadline = at
    ? {
        kind: row.status === "AWAITING_ACCEPTANCE" ? ("accept" as const) : ("ship" as const),
        at,
        left: timeLeft(now, at),
      }
    : null;
  return {
    id: row.id,
    orderNumber: row.orderNumber,
    customerName: row.customerName,
    status: row.status,
    deadline,
    overdue: (deadline?.left.overdue ?? false) || isFlaggedLate(row),
    amount: num(row.amount),
  };
}
