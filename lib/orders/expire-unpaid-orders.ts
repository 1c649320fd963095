import "server-only";
import { getDb } from "@/lib/db";
import { releaseUnpaidOrder } from "./release-unpaid-order";

/**
 * Gives back the stock of orders still awaiting payment after their hold (STOCK_HOLD_MINUTES):
 * each is released on its own (conditionally — a payment confirmed meanwhile wins). Run every
 * minute by the job runner. Returns how many were released.
 */
export async function expireUnpaidOrders(now: Date = new Date(), batchSize = 200): Promise<number> {
  const due = await getDb().order.findMany({
    where: { status: "AWAITING_PAYMENT", stockReservedUntil: { lt: now } },
    orderBy: { stockReservedUntil: "asc" },
    take: batchSize,
    select: { id: true },
  });
  let released = 0;
  for (const order of due) {
    if (await releaseUnpaidOrder(order.id, "EXPIRED")) released++;
  }
  return released;
}
