import "server-only";
import { AppError } from "@/lib/errors";
import type { Prisma } from "@/lib/generated/prisma/client";
import { MAX_HELD_UNITS } from "./limits";

export type HeldStockBuyer = {
  /** the account placing the order, if signed in */
  userId: string | null;
  /** the cart the order comes from (the account's, or the guest cookie's) */
  cartId: string;
};

/**
 * The held-stock cap (docs/security.md, "Throttles and client addresses"): the units of tracked
 * stock this buyer (the account, else the guest's cart) already holds in unpaid orders whose hold
 * has not ended, plus `addingUnits`, must not pass MAX_HELD_UNITS. Call it inside the order's
 * transaction, before anything is written: a refusal is CONFLICT with its own message. The cart's
 * orders are counted one at a time (a lock per cart), so two parallel checkouts of one buyer
 * cannot both pass the count.
 */
export async function assertHeldStockWithinCap(
  tx: Prisma.TransactionClient,
  buyer: HeldStockBuyer,
  addingUnits: number,
  now: Date = new Date(),
): Promise<void> {
  if (addingUnits <= 0) return;
  await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtextextended(${`held-stock:${buyer.cartId}`}, 0))`;
  const held = await tx.orderLine.aggregate({
    _sum: { quantity: true },
    where: {
      product: { stockTracked: true },
      shopOrder: {
        order: {
          status: "AWAITING_PAYMENT",
          stockReservedUntil: { gt: now },
          OR: [{ cartId: buyer.cartId }, ...(buyer.userId ? [{ userId: buyer.userId }] : [])],
        },
      },
    },
  });
  if ((held._sum.quantity ?? 0) + addingUnits > MAX_HELD_UNITS)
    throw new AppError("CONFLICT", "held stock cap", { form: "security.throttle.heldStock" });
}
