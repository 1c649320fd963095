import "server-only";
import type { Prisma } from "@/lib/generated/prisma/client";
import { recordRefundEntries } from "@/lib/ledger/record-refund-entries";
import { refundableAmountOf } from "@/lib/ledger/refund-entries";
import { returnStock } from "./return-stock";

/**
 * A part refused, expired or cancelled (a transition with refundsInFull, lib/orders/rules/transitions.ts),
 * in the caller's transaction, which already holds the part's row (its conditional status update):
 * a PENDING Refund for what the shopper paid for it and has not had back, refundedAmount raised,
 * the ledger entries of the refund (lib/ledger/refund-entries.ts), and the stock of its lines given
 * back. The Refund is sent to the payment provider afterwards (processPendingRefunds). Returns the
 * refund, or null when nothing was left to refund (the stock comes back all the same).
 */
export async function refundPartInFull(
  tx: Prisma.TransactionClient,
  shopOrderId: string,
  reason: string | null,
): Promise<{ id: string; amount: number } | null> {
  const part = await tx.shopOrder.findUniqueOrThrow({
    where: { id: shopOrderId },
    select: {
      id: true,
      shopId: true,
      currency: true,
      itemsAmount: true,
      deliveryFeeAmount: true,
      commissionAmount: true,
      refundedAmount: true,
      order: { select: { number: true } },
      lines: { select: { productId: true, quantity: true } },
    },
  });
  await returnStock(tx, part.lines);
  const amount = refundableAmountOf(part);
  if (amount <= 0) return null;
  await recordRefundEntries(tx, part, amount, part.order.number);
  await tx.shopOrder.update({ where: { id: part.id }, data: { refundedAmount: { increment: amount } } });
  return tx.refund.create({
    data: { shopOrderId: part.id, amount, currency: part.currency, reason },
    select: { id: true, amount: true },
  });
}
