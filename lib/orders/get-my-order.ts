import "server-only";
import type { Actor } from "@/lib/auth/actor";
import { getDb } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { parseIdOrThrow } from "@/lib/parse-id";
import { ORDER_DETAIL_SELECT, toOrderDetail, type OrderDetail } from "./order-detail";

/** One of the signed-in shopper's own orders ("My orders" detail). Another's, or unknown: NOT_FOUND. */
export async function getMyOrder(actor: Actor | null, orderId: string): Promise<OrderDetail> {
  if (!actor) throw new AppError("UNAUTHENTICATED");
  const id = parseIdOrThrow(orderId);
  const row = await getDb().order.findFirst({ where: { id, userId: actor.id }, select: ORDER_DETAIL_SELECT });
  if (!row) throw new AppError("NOT_FOUND");
  return toOrderDetail(row);
}
