import "server-only";
import type { getDb } from "@/lib/db";
import type { OrderStatus, Prisma, ShopOrderStatus, ShopStatus } from "@/lib/generated/prisma/client";

type Db = ReturnType<typeof getDb> | Prisma.TransactionClient;

/**
 * What stops an account from being deleted (docs/security.md, personal data), each with what the
 * person must do about it:
 * - an order placed that is not over: unpaid, or a part not yet confirmed, refused, expired,
 *   cancelled or returned (docs/domain.md, shoporder-states) — the shop still needs the buyer;
 * - a shop owned that is not closed — its customers, money and invoices need its owner; a shop
 *   closes when its plan is cancelled and the grace period ends;
 * - an ambassador balance not paid out yet (it would be lost).
 * Operators' accounts are the marketplace's, not deleted from the account page.
 */
export type DeletionBlocker =
  | { kind: "OPERATOR" }
  | { kind: "OPEN_ORDER"; orderNumber: string; status: OrderStatus | ShopOrderStatus }
  | { kind: "OPEN_SHOP"; shopName: string; status: ShopStatus }
  | { kind: "AMBASSADOR_BALANCE"; amount: number; currency: string };

/** A part in one of these states has nothing left to happen that needs the buyer. */
export const FINISHED_PART_STATES: readonly ShopOrderStatus[] = [
  "CONFIRMED",
  "REFUSED",
  "EXPIRED",
  "CANCELLED",
  "RETURNED",
];

export async function listDeletionBlockers(db: Db, user: { id: string; role: string }): Promise<DeletionBlocker[]> {
  if (user.role === "OPERATOR") return [{ kind: "OPERATOR" }];
  // `db` may be a transaction client (delete-account.ts), one connection: one query at a time
  const unpaid = await db.order.findMany({
    where: { userId: user.id, status: "AWAITING_PAYMENT" },
    orderBy: { createdAt: "asc" },
    select: { number: true, status: true },
  });
  const openParts = await db.shopOrder.findMany({
    where: { order: { userId: user.id, status: "PAID" }, status: { notIn: [...FINISHED_PART_STATES] } },
    orderBy: { createdAt: "asc" },
    select: { status: true, order: { select: { number: true } } },
  });
  const shops = await db.shop.findMany({
    where: { ownerId: user.id, status: { not: "CLOSED" } },
    orderBy: { createdAt: "asc" },
    select: { name: true, status: true },
  });
  const balances = await db.ambassadorEntry.groupBy({
    by: ["currency"],
    where: { ambassador: { userId: user.id } },
    _sum: { amount: true },
  });
  return [
    ...unpaid.map((order): DeletionBlocker => ({
      kind: "OPEN_ORDER",
      orderNumber: order.number,
      status: order.status,
    })),
    ...openParts.map((part): DeletionBlocker => ({
      kind: "OPEN_ORDER",
      orderNumber: part.order.number,
      status: part.status,
    })),
    ...shops.map((shop): DeletionBlocker => ({ kind: "OPEN_SHOP", shopName: shop.name, status: shop.status })),
    ...balances
      .filter((balance) => (balance._sum.amount ?? 0) > 0)
      .map((balance): DeletionBlocker => ({
        kind: "AMBASSADOR_BALANCE",
        amount: balance._sum.amount ?? 0,
        currency: balance.currency,
      })),
  ];
}
