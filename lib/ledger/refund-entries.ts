// The money rule of a refund (docs/domain.md, LedgerEntry): what goes back to the shopper leaves
// the shop's balance, and the commission Halle took on it, with its VAT, is given back to the shop
// in proportion. The payment provider keeps its fee, so the PAYMENT_FEE entry stays. An
// ambassador's share is reversed in the same proportion (ambassadorReversalsOf). Pure: no I/O.
import type { LedgerEntryType } from "@/lib/generated/prisma/enums";
import { allocateAmount } from "@/lib/money/allocate-amount";

/** What a part's refund depends on, in minor units; `refundedAmount` is what was refunded before this refund. */
export type RefundablePart = {
  itemsAmount: number;
  deliveryFeeAmount: number;
  commissionAmount: number;
  /** VAT on the commission (absent: none) */
  feesVatAmount?: number;
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
 * How much of `amount` (a fee charged on the part) is given back once `refunded` of the part's
 * paid amount is refunded: amount × refunded / paid, rounded half up to the cent (allocateAmount).
 * It only grows with `refunded` and is the whole amount when everything is refunded, so
 * successive refunds never give back more than was charged.
 */
export function reversedAt(amount: number, paid: number, refunded: number): number {
  if (paid <= 0 || amount <= 0) return 0;
  return allocateAmount(amount, [refunded, paid - refunded])[0];
}

/**
 * The signed entries a refund of `refundAmount` adds to the shop's ledger: REFUND (negative, what
 * goes back to the shopper), COMMISSION and FEE_VAT (positive, the commission and its VAT reversed
 * pro rata). Throws a
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
  const paid = paidAmountOf(part);
  const after = part.refundedAmount + refundAmount;
  const giveBack = (amount: number) => reversedAt(amount, paid, after) - reversedAt(amount, paid, part.refundedAmount);
  const commission = giveBack(part.commissionAmount);
  const feesVat = giveBack(part.feesVatAmount ?? 0);
  const entries: { type: LedgerEntryType; amount: number }[] = [{ type: "REFUND", amount: -refundAmount }];
  if (commission > 0) entries.push({ type: "COMMISSION", amount: commission });
  if (feesVat > 0) entries.push({ type: "FEE_VAT", amount: feesVat });
  return entries;
}

/** What an ambassador earned on one line of the part (AMBASSADOR_SHARE) and what was already reversed (a positive number). */
export type AmbassadorLineEarning = {
  ambassadorId: string;
  orderLineId: string | null;
  earned: number;
  reversed: number;
};

/**
 * The AMBASSADOR_REVERSAL entries (negative) a refund of `refundAmount` adds, one per line whose
 * reversal is not 0: each line's share is reversed in the same proportion as the commission
 * (share × refunded / paid, cumulative, rounded half up), so what the marketplace keeps of the
 * commission (commission − share) never turns negative; never more than was earned; a full
 * refund reverses every share. Call it with the part as it was before this refund.
 */
export function ambassadorReversalsOf(
  part: Pick<RefundablePart, "itemsAmount" | "deliveryFeeAmount" | "refundedAmount">,
  refundAmount: number,
  earnings: readonly AmbassadorLineEarning[],
): { ambassadorId: string; orderLineId: string | null; amount: number }[] {
  const paid = paidAmountOf(part);
  const after = Math.min(paid, part.refundedAmount + Math.max(0, refundAmount));
  return earnings.flatMap((line) => {
    const due = Math.min(line.earned, reversedAt(line.earned, paid, after)) - line.reversed;
    const amount = Math.min(due, line.earned - line.reversed);
    return amount > 0 ? [{ ambassadorId: line.ambassadorId, orderLineId: line.orderLineId, amount: -amount }] : [];
  });
}
