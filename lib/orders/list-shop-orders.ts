import "server-only";
import { z } from "zod";
import { assertRole, type Actor } from "@/lib/auth/actor";
import { getDb } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { Prisma } from "@/lib/generated/prisma/client";
import {
  countTabs,
  ROW_SELECT,
  searchSql,
  searchWhere,
  shopOrderListFields,
  tabWhere,
  toRow,
  type ShopOrderListRow,
  type ShopOrderTab,
} from "./shop-order-list-query";

// The tabs, the search and the row are shared with the operator's list (shop-order-list-query.ts).
export { SEARCH_MAX_LENGTH, SHOP_ORDER_TABS, type ShopOrderListRow, type ShopOrderTab } from "./shop-order-list-query";

export const SHOP_ORDERS_PAGE_SIZE = 20;

// URL search parameters: anything may come in, so a wrong value falls back to the default.
export const shopOrderListQuerySchema = z.object(shopOrderListFields);

export type ShopOrderListQuery = z.output<typeof shopOrderListQuerySchema>;

export type ShopOrdersPage = {
  rows: ShopOrderListRow[];
  page: number;
  pageCount: number;
  /** rows in the tab (with the search) */
  total: number;
  /** per tab, with the search */
  counts: Record<ShopOrderTab, number>;
  shopHasOrders: boolean;
  query: ShopOrderListQuery;
};

/**
 * The paid parts of orders placed at one of the vendor's shops, newest first, in one tab, optionally
 * searched by order number or customer name or e-mail; with every tab's count (one grouped query).
 * A shop that is not theirs: NOT_FOUND. Unpaid parts (still awaiting payment) are never shown.
 */
export async function listShopOrders(
  actor: Actor | null,
  shopId: string,
  rawQuery: unknown,
  now: Date = new Date(),
): Promise<ShopOrdersPage> {
  assertRole(actor, "VENDOR");
  const db = getDb();
  const shop = await db.shop.findFirst({ where: { id: shopId, ownerId: actor.id }, select: { id: true } });
  if (!shop) throw new AppError("NOT_FOUND");
  const query = shopOrderListQuerySchema.parse(rawQuery ?? {});
  const where: Prisma.ShopOrderWhereInput = {
    AND: [
      { shopId: shop.id, shop: { ownerId: actor.id }, status: { not: "AWAITING_PAYMENT" } },
      searchWhere(query.q),
      tabWhere(query.tab, now),
    ],
  };
  const { counts, unfiltered } = await countTabs(
    Prisma.sql`so."shopId" = ${shop.id} AND s."ownerId" = ${actor.id}`,
    searchSql(query.q),
    now,
  );
  const total = counts[query.tab];
  const pageCount = Math.max(1, Math.ceil(total / SHOP_ORDERS_PAGE_SIZE));
  const page = Math.min(query.page, pageCount);
  const rows =
    total === 0
      ? []
      : await db.shopOrder.findMany({
          where,
          orderBy: [{ createdAt: "desc" }, { id: "desc" }],
          skip: (page - 1) * SHOP_ORDERS_PAGE_SIZE,
          take: SHOP_ORDERS_PAGE_SIZE,
          select: ROW_SELECT,
        });
  return {
    rows: rows.map((row) => toRow(row, now)),
    page,
    pageCount,
    total,
    counts,
    shopHasOrders: unfiltered > 0,
    query: { ...query, page },
  };
}
