import "server-only";
import type { Prisma } from "@/lib/generated/prisma/client";
import { saleEntriesOf } from "./sale-entries";

export { netAmountOf, saleEntriesOf, type SaleAmounts } from "./sale-entries";

export type PaidShopOrder = {
  id: string;
  shopId: string;
  currency: string;
  itemsAmount: number;
  deliveryFeeAmount: number;
  commissionAmount: number;
  feesVatAmount: number;
  paymentFeeAmount: number;
};

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
