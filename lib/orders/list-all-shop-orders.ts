import "server-only";
import { z } from "zod";
import { assertRole, type Actor } from "@/lib/auth/actor";
import { getDb } from "@/lib/db";
import { Prisma } from "@/lib/generated/prisma/client";
import { parseId } from "@/lib/parse-id";
import {
  countTabs,
  ESCALATED_FIRST_SQL,
  FROM_SQL,
  PAID_SQL,
  ROW_SELECT,
  searchSql,
  shopOrderListFields,
  tabSql,
  toRow,
  type ShopOrderListRow,
  type ShopOrderTab,
} from "./shop-order-list-query";

export const ALL_SHOP_ORDERS_PAGE_SIZE = 25;

// URL search parameters: anything may come in, so a wrong value falls back to the default.
export const allShopOrdersQuerySchema = z.object({
  ...shopOrderListFields,
  shop: z
    .unknown()
    .transform((value) => parseId(value) ?? undefined)
    .optional(),
});

export type AllShopOrdersQuery = z.output<typeof allShopOrdersQuerySchema>;

/** A row of the operator's list: the vendor's row, and whose shop it is. */
export type AllShopOrdersRow = ShopOrderListRow & { shopId: string; shopName: string };

export type AllShopOrdersPage = {
  rows: AllShopOrdersRow[];
  page: number;
  pageCount: number;
  /** rows in the tab (with the search and the shop) */
  total: number;
  /** per tab, with the search and the shop */
  counts: Record<ShopOrderTab, number>;
  /** any paid part at all, whatever the search (a chosen shop counts: its page says "none here") */
  anyOrders: boolean;
  /** the shops that have paid parts, by name: the shop filter's choices */
  shops: { id: string; name: string }[];
  query: AllShopOrdersQuery;
};

/**
 * Every paid part of every shop, for the operators (docs/architecture.md, authorization: they are
 * the only cross-shop readers): in one tab (the vendor's tabs), optionally one shop's, searched by
 * order number, customer name or e-mail, or shop name; the escalated parts first, then the others
 * with a problem (late, or a return to answer or to receive), then the newest; with every tab's count (one grouped query).
 */
export async function listAllShopOrders(
  actor: Actor | null,
  rawQuery: unknown,
  now: Date = new Date(),
): Promise<AllShopOrdersPage> {
  assertRole(actor, "OPERATOR");
  const db = getDb();
  const query = allShopOrdersQuerySchema.parse(rawQuery ?? {});
  const scope = query.shop ? Prisma.sql`so."shopId" = ${query.shop}` : Prisma.sql`TRUE`;
  const match = searchSql(query.q, { shopName: true });
  const [{ counts, unfiltered }, shops] = await Promise.all([
    countTabs(scope, match, now),
    db.shop.findMany({
      where: { shopOrders: { some: { status: { not: "AWAITING_PAYMENT" } } } },
      orderBy: [{ name: "asc" }, { id: "asc" }],
      select: { id: true, name: true },
    }),
  ]);
  const total = counts[query.tab];
  const pageCount = Math.max(1, Math.ceil(total / ALL_SHOP_ORDERS_PAGE_SIZE));
  const page = Math.min(query.page, pageCount);
  let rows: AllShopOrdersRow[] = [];
  if (total > 0) {
    const ids = await db.$queryRaw<{ id: string }[]>`
      SELECT so.id
      FROM ${FROM_SQL}
      WHERE ${scope} AND ${PAID_SQL} AND ${match} AND ${tabSql(query.tab, now)}
      ORDER BY ${ESCALATED_FIRST_SQL}, (${tabSql("problems", now)}) DESC, so."createdAt" DESC, so.id DESC
      LIMIT ${ALL_SHOP_ORDERS_PAGE_SIZE} OFFSET ${(page - 1) * ALL_SHOP_ORDERS_PAGE_SIZE}`;
    const found = await db.shopOrder.findMany({
      where: { id: { in: ids.map((row) => row.id) } },
      select: { ...ROW_SELECT, shop: { select: { id: true, name: true } } },
    });
    const byId = new Map(found.map((row) => [row.id, row]));
    rows = ids.flatMap(({ id }) => {
      const row = byId.get(id);
      return row ? [{ ...toRow(row, now), shopId: row.shop.id, shopName: row.shop.name }] : [];
    });
  }
  return {
    rows,
    page,
    pageCount,
    total,
    counts,
    anyOrders: unfiltered > 0 || query.shop !== undefined,
    shops,
    query: { ...query, page },
  };
}
