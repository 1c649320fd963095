// The money rule of a refund (docs/domain.md, LedgerEntry): what goes back to the shopper leaves
// the shop's balance, and the commission Halle took on it is given back to the shop in proportion.
// The payment provider keeps its fee, so the PAYMENT_FEE entry stays. Pure: no I/O.
import type { LedgerEntryType } from "@/lib/generated/prisma/enums";
import { allocateAmount } from "@/lib/money/allocate-amount";

/** What a part's refund depends on, in minor units; `refundedAmount` is what was refunded before this refund. */
export type RefundablePart = {
  itemsAmount: number;
  deliveryFeeAmount: number;
  commissionAmount: number;
  refundedAmount: number;
};

/** What the shopper paid for the part: its items and its delivery fee. */
export function paidAmountOf(part: Pick<RefundablePart, "itemsAmount" | "deliveryFeeAmount">): number {
  return part.itemsAmount + part.deliveryFeeAmount;
}

/** What may still be refunded on the part. */
export function refundableAmountOf(part: RefundablePart): number {
  return Math.max(0, paidAmountOf(part) - part.refundedAmount);
}

/**
 * The commission given back once `refunded` of the part's paid amount is refunded: the commission
 * × refunded / paid, rounded half up to the cent (allocateAmount). It only grows with `refunded`
 * and is the whole commission when everything is refunded, so successive refunds never give back
 * more than was charged.
 */
function commissionReversedAt(part: RefundablePart, refunded: number): number {
  const paid = paidAmountOf(part);
  if (paid <= 0 || part.commissionAmount <= 0) return 0;
  return allocateAmount(part.commissionAmount, [refunded, paid - refunded])[0];
}

/**
 * The signed entries a refund of `refundAmount` adds to the shop's ledger: REFUND (negative, what
 * goes back to the shopper) and COMMISSION (positive, the commission reversed pro rata). Throws a
 * RangeError for a negative amount or one over what is left to refund.
 */
export function refundEntriesOf(
  part: RefundablePart,
  refundAmount: number,
): { type: LedgerEntryType; amount: number }[] {
  if (!Number.isSafeInteger(refundAmount) || refundAmount < 0)
    throw new RangeError("refundEntriesOf: the refund must be a whole, non-negative number of minor units");
  if (refundAmount > refundableAmountOf(part))
    throw new RangeError("refundEntriesOf: cannot refund more than the shopper paid for the part");
  if (refundAmount === 0) return [];
  const reversed =
    commissionReversedAt(part, part.refundedAmount + refundAmount) - commissionReversedAt(part, part.refundedAmount);
  const entries: { type: LedgerEntryType; amount: number }[] = [{ type: "REFUND", amount: -refundAmount }];
  if (reversed > 0) entries.push({ type: "COMMISSION", amount: reversed });
  return entries;
}
