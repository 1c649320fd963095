import "server-only";
import type { LedgerEntryType, Prisma } from "@/lib/generated/prisma/client";

export type PaidShopOrder = {
  id: string;
  shopId: string;
  currency: string;
  itemsAmount: number;
  deliveryFeeAmount: number;
  commissionAmount: number;
  paymentFeeAmount: number;
};

export type SaleAmounts = Pick<
  PaidShopOrder,
  "itemsAmount" | "deliveryFeeAmount" | "commissionAmount" | "paymentFeeAmount"
>;

/** The signed entries a paid shop order adds to its shop's ledger (pure): what the shop is owed. */
export function saleEntriesOf(part: SaleAmounts): { type: LedgerEntryType; amount: number }[] {
  const entries: { type: LedgerEntryType; amount: number }[] = [{ type: "SALE", amount: part.itemsAmount }];
  if (part.deliveryFeeAmount > 0) entries.push({ type: "SHIPPING", amount: part.deliveryFeeAmount });
  if (part.commissionAmount > 0) entries.push({ type: "COMMISSION", amount: -part.commissionAmount });
  if (part.paymentFeeAmount > 0) entries.push({ type: "PAYMENT_FEE", amount: -part.paymentFeeAmount });
  return entries;
}

/** What the shop is owed for a paid part: the sum of its entries (items + shipping − commission − payment fee). */
export function netAmountOf(part: SaleAmounts): number {
  return saleEntriesOf(part).reduce((sum, entry) => sum + entry.amount, 0);
}

/**
 * Writes a paid shop order's entries, in the caller's transaction. None is available yet
 * (availableAt null): the hold rule makes them available once the order is delivered or confirmed.
 */
export async function recordSaleEntries(
  tx: Prisma.TransactionClient,
  part: PaidShopOrder,
  memo: string,
): Promise<void> {
  await tx.ledgerEntry.createMany({
    data: saleEntriesOf(part).map((entry) => ({
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
