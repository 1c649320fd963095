import "server-only";
import type { Actor } from "@/lib/auth/actor";
import { getDb } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { parseIdOrThrow } from "@/lib/parse-id";
import { canAccessOrder } from "./order-access";
import { ORDER_DETAIL_SELECT, toOrderDetail, type OrderDetail } from "./order-detail";

/**
 * The order behind the payment and confirmation pages: for the signed-in shopper who placed it, or
 * the guest's browser holding its access cookie. Anyone else: NOT_FOUND (its existence is not told).
 */
export async function getOrderForViewer(
  actor: Actor | null,
  accessToken: string | undefined,
  orderId: string,
): Promise<OrderDetail> {
  const id = parseIdOrThrow(orderId);
  const row = await getDb().order.findUnique({
    where: { id },
    select: { ...ORDER_DETAIL_SELECT, userId: true, accessToken: true },
  });
  if (!row || !canAccessOrder(row, actor, accessToken)) throw new AppError("NOT_FOUND");
  return toOrderDetail(row);
}
