import "server-only";
import { z } from "zod";
import { assertRole, type Actor } from "@/lib/auth/actor";
import { getDb } from "@/lib/db";
import { AppError } from "@/lib/errors";
import type { Prisma, ShopOrderStatus } from "@/lib/generated/prisma/client";
import { SHOP_ORDER_SELECT, toShopOrderView, type ShopOrderView } from "./shop-order-view";

export const SHOP_ORDERS_PAGE_SIZE = 20;

/** What a vendor can filter on: every status a paid part may have (unpaid parts are not theirs yet). */
export const SHOP_ORDER_FILTER_STATUSES = [
  "AWAITING_ACCEPTANCE",
  "ACCEPTED",
  "READY_FOR_PICKUP",
  "SHIPPED",
  "DELIVERED",
  "CONFIRMED",
  "REFUSED",
  "EXPIRED",
  "CANCELLED",
  "RETURN_REQUESTED",
  "RETURNED",
] as const satisfies readonly ShopOrderStatus[];

export const shopOrderListQuerySchema = z.object({
  status: z.enum(SHOP_ORDER_FILTER_STATUSES).optional().catch(undefined),
  page: z.coerce.number().int().min(1).max(10_000).catch(1).default(1),
});

export type ShopOrderListQuery = z.output<typeof shopOrderListQuerySchema>;

export type ShopOrdersPage = {
  rows: ShopOrderView[];
  page: number;
  pageCount: number;
  total: number;
  shopHasOrders: boolean;
  query: ShopOrderListQuery;
};

/**
 * The paid parts of orders placed at one of the vendor's shops, newest first, optionally by status.
 * A shop that is not theirs: NOT_FOUND. Unpaid parts (still awaiting payment) are never shown.
 */
export async function listShopOrders(actor: Actor | null, shopId: string, rawQuery: unknown): Promise<ShopOrdersPage> {
  assertRole(actor, "VENDOR");
  const db = getDb();
  const shop = await db.shop.findFirst({ where: { id: shopId, ownerId: actor.id }, select: { id: true } });
  if (!shop) throw new AppError("NOT_FOUND");
  const query = shopOrderListQuerySchema.parse(rawQuery ?? {});
  const paid: Prisma.ShopOrderWhereInput = {
    shopId: shop.id,
    shop: { ownerId: actor.id },
    status: { not: "AWAITING_PAYMENT" },
  };
  const where: Prisma.ShopOrderWhereInput = query.status ? { ...paid, status: query.status } : paid;
  const [total, all] = await Promise.all([
    db.shopOrder.count({ where }),
    query.status ? db.shopOrder.count({ where: paid }) : null,
  ]);
  const pageCount = Math.max(1, Math.ceil(total / SHOP_ORDERS_PAGE_SIZE));
  const page = Math.min(query.page, pageCount);
  const rows = await db.shopOrder.findMany({
    where,
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    skip: (page - 1) * SHOP_ORDERS_PAGE_SIZE,
    take: SHOP_ORDERS_PAGE_SIZE,
    select: SHOP_ORDER_SELECT,
  });
  return {
    rows: rows.map(toShopOrderView),
    page,
    pageCount,
    total,
    shopHasOrders: (all ?? total) > 0,
    query: { ...query, page },
  };
}
