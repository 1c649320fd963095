// What a paid shop order adds to its shop's ledger (docs/domain.md, LedgerEntry). Pure: the
// seed and the domain write the same entries. The amounts are the fee engine's
// (lib/fees/compute-fees.ts), stored on the ShopOrder.
import type { LedgerEntryType } from "@/lib/generated/prisma/enums";

export type SaleAmounts = {
  itemsAmount: number;
  deliveryFeeAmount: number;
  /** items and shipping commission together */
  commissionAmount: number;
  /** VAT on the commission (absent: none, as before fees carried VAT) */
  feesVatAmount?: number;
  paymentFeeAmount: number;
};

/**
 * The signed entries a paid shop order adds to its shop's ledger (pure): what the shop is owed.
 * SALE +items, SHIPPING +delivery, COMMISSION −commission (of which shipping), FEE_VAT −VAT on
 * fees, PAYMENT_FEE −the payment fee charged; zero amounts are left out (but SALE).
 */
export function saleEntriesOf(part: SaleAmounts): { type: LedgerEntryType; amount: number }[] {
  const entries: { type: LedgerEntryType; amount: number }[] = [{ type: "SALE", amount: part.itemsAmount }];
  if (part.deliveryFeeAmount > 0) entries.push({ type: "SHIPPING", amount: part.deliveryFeeAmount });
  if (part.commissionAmount > 0) entries.push({ type: "COMMISSION", amount: -part.commissionAmount });
  const feesVat = part.feesVatAmount ?? 0;
  if (feesVat > 0) entries.push({ type: "FEE_VAT", amount: -feesVat });
  if (part.paymentFeeAmount > 0) entries.push({ type: "PAYMENT_FEE", amount: -part.paymentFeeAmount });
  return entries;
}

/** What the shop is owed for a paid part: the sum of its entries (items + shipping − commission − VAT on fees − payment fee). */
export function netAmountOf(part: SaleAmounts): number {
  return saleEntriesOf(part).reduce((sum, entry) => sum + entry.amount, 0);
}
