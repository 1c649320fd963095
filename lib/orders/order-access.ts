import { timingSafeEqual } from "node:crypto";
import type { Actor } from "@/lib/auth/actor";

// Who may open an order's payment and confirmation pages: the signed-in shopper who placed it, or
// the browser that placed it as a guest (the order's access token, kept in this cookie by checkout).
export const ORDER_ACCESS_COOKIE = "halle_order_access";
export const ORDER_ACCESS_COOKIE_MAX_AGE = 60 * 60 * 24 * 7;

export function canAccessOrder(
  order: { userId: string | null; accessToken: string | null },
  actor: Actor | null,
  cookieToken: string | undefined,
): boolean {
  if (order.userId) return actor?.id === order.userId;
  if (!order.accessToken || !cookieToken) return false;
  const a = Buffer.from(order.accessToken);
  const b = Buffer.from(cookieToken);
  return a.length === b.length && timingSafeEqual(a, b);
}
