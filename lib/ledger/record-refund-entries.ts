import "server-only";
import type { Prisma } from "@/lib/generated/prisma/client";
import { refundEntriesOf, type RefundablePart } from "./refund-entries";

/**
 * Writes a refund's entries (refundEntriesOf) in the caller's transaction, not yet available
 * (availableAt null), like the sale entries they offset.
 */
export async function recordRefundEntries(
  tx: Prisma.TransactionClient,
  part: RefundablePart & { id: string; shopId: string; currency: string; feesVatAmount: number },
  refundAmount: number,
  memo: string,
): Promise<void> {
  const entries = refundEntriesOf(part, refundAmount);
  if (entries.length === 0) return;
  await tx.ledgerEntry.createMany({
    data: entries.map((entry) => ({
      shopId: part.shopId,
      shopOrderId: part.id,
      type: entry.type,
      amount: entry.amount,
      currency: part.currency,
      availableAt: null,
      memo,
    })),
  });
}
