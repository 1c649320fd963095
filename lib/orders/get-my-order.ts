import "server-only";
import type { Actor } from "@/lib/auth/actor";
import { getDb } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { parseIdOrThrow } from "@/lib/parse-id";
import { MY_ORDER_DETAIL_SELECT, toMyOrderDetail, type MyOrderDetail } from "./order-detail";

/**
 * One of the signed-in shopper's own orders ("My orders" detail): each part with its timeline, its
 * next deadline and the actions the shopper may take (allowedActions). Another's, or unknown: NOT_FOUND.
 */
export async function getMyOrder(actor: Actor | null, orderId: string): Promise<MyOrderDetail> {
  if (!actor) throw new AppError("UNAUTHENTICATED");
  const id = parseIdOrThrow(orderId);
  const row = await getDb().order.findFirst({ where: { id, userId: actor.id }, select: MY_ORDER_DETAIL_SELECT });
  if (!row) throw new AppError("NOT_FOUND");
  return toMyOrderDetail(row, new Date());
}
