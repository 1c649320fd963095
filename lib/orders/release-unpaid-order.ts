import "server-only";
import { getDb } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import { returnStock } from "./return-stock";

export type ReleaseReason = "DECLINED" | "EXPIRED" | "ABANDONED";

/**
 * An unpaid order gives its stock back and disappears: a declined card or an abandoned payment
 * leaves no order and the stock as it was. Conditional on the order still awaiting payment, so a
 * payment confirmed meanwhile wins and nothing is released twice. Returns whether it released.
 */
export async function releaseUnpaidOrder(
  orderId: string,
  reason: ReleaseReason,
  tx?: Prisma.TransactionClient,
): Promise<boolean> {
  const run = async (db: Prisma.TransactionClient) => {
    const lines = await db.orderLine.findMany({
      where: { shopOrder: { orderId, order: { status: "AWAITING_PAYMENT" } } },
      select: { productId: true, quantity: true },
    });
    const deleted = await db.order.deleteMany({ where: { id: orderId, status: "AWAITING_PAYMENT" } });
    if (deleted.count === 0) return false;
    await returnStock(db, lines);
    await db.auditLog.create({ data: { action: "order.released", entityType: "Order", entityId: orderId, reason } });
    return true;
  };
  return tx ? run(tx) : getDb().$transaction(run);
}
