import "server-only";
import type { Actor } from "@/lib/auth/actor";
import { getDb } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { ORDER_DETAIL_SELECT, toOrderDetail, type OrderDetail } from "./order-detail";

/** One of the signed-in shopper's own orders ("My orders" detail). Another's, or unknown: NOT_FOUND. */
export async function getMyOrder(actor: Actor | null, orderId: string): Promise<OrderDetail> {
  if (!actor) throw new AppError("UNAUTHENTICATED");
  if (typeof orderId !== "string" || orderId.length === 0 || orderId.length > 64) throw new AppError("NOT_FOUND");
  const row = await getDb().order.findFirst({ where: { id: orderId, userId: actor.id }, select: ORDER_DETAIL_SELECT });
  if (!row) throw new AppError("NOT_FOUND");
  return toOrderDetail(row);
}
