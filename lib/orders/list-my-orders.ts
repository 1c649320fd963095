import "server-only";
import type { Actor } from "@/lib/auth/actor";
import { getDb } from "@/lib/db";
import { AppError } from "@/lib/errors";
import type { DeliveryMethod, OrderStatus, ShopOrderStatus } from "@/lib/generated/prisma/client";
import { paymentStateOf, type PaymentState } from "@/lib/payments/capture-rules";
import { orderProgress, type OrderProgress } from "./order-detail";

export const MY_ORDERS_PAGE_SIZE = 10;

export type MyOrderSummary = {
  id: string;
  number: string;
  status: OrderStatus;
  /** what is happening to the order as a whole (orders.progress.*) */
  progress: OrderProgress;
  /** charged at checkout, or authorized, captured or released (docs/domain.md, capture) */
  payment: PaymentState;
  currency: string;
  totalAmount: number;
  createdAt: Date;
  parts: { id: string; shopName: string; status: ShopOrderStatus; deliveryMethod: DeliveryMethod; itemCount: number }[];
};

export type MyOrdersPage = { orders: MyOrderSummary[]; page: number; pageCount: number; total: number };

/**
 * The signed-in shopper's orders, newest first, each with its shop parts and their statuses.
 * `limit` orders per page (at most MY_ORDERS_PAGE_SIZE): "My orders" pages by ten, the account
 * page shows the latest three.
 */
export async function listMyOrders(
  actor: Actor | null,
  { page = 1, limit = MY_ORDERS_PAGE_SIZE }: { page?: number; limit?: number } = {},
): Promise<MyOrdersPage> {
  if (!actor) throw new AppError("UNAUTHENTICATED");
  const size = Number.isInteger(limit) ? Math.min(Math.max(1, limit), MY_ORDERS_PAGE_SIZE) : MY_ORDERS_PAGE_SIZE;
  const db = getDb();
  const where = { userId: actor.id };
  const total = await db.order.count({ where });
  const pageCount = Math.max(1, Math.ceil(total / size));
  const current = Math.min(Math.max(1, Number.isInteger(page) ? page : 1), pageCount);
  const rows = await db.order.findMany({
    where,
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    skip: (current - 1) * size,
    take: size,
    select: {
      id: true,
      number: true,
      status: true,
      currency: true,
      totalAmount: true,
      createdAt: true,
      captureMode: true,
      capturedAt: true,
      authorizationReleasedAt: true,
      shopOrders: {
        orderBy: [{ createdAt: "asc" }, { id: "asc" }],
        select: {
          id: true,
          status: true,
          deliveryMethod: true,
          shop: { select: { name: true } },
          lines: { select: { quantity: true } },
        },
      },
    },
  });
  return {
    orders: rows.map(({ shopOrders, captureMode, capturedAt, authorizationReleasedAt, ...order }) => ({
      ...order,
      progress: orderProgress(order.status, shopOrders),
      payment: paymentStateOf({ status: order.status, captureMode, capturedAt, authorizationReleasedAt }),
      parts: shopOrders.map((part) => ({
        id: part.id,
        shopName: part.shop.name,
        status: part.status,
        deliveryMethod: part.deliveryMethod,
        itemCount: part.lines.reduce((sum, line) => sum + line.quantity, 0),
      })),
    })),
    page: current,
    pageCount,
    total,
  };
}
