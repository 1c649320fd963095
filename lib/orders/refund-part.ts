import "server-only";
import type { Prisma } from "@/lib/generated/prisma/client";
import { recordAmbassadorReversals } from "@/lib/ambassadors/record-ambassador-entries";
import { recordRefundEntries } from "@/lib/ledger/record-refund-entries";
import type { ShopOrderStatus } from "@/lib/generated/prisma/enums";
import { refundableAmountOf, type RefundablePart } from "@/lib/ledger/refund-entries";
import { returnStock } from "./return-stock";

/** What a refund needs of a part: its amounts (refundableAmountOf), its shop and currency, its order's number (the memo). */
export const refundablePartSelect = {
  id: true,
  shopId: true,
  currency: true,
  itemsAmount: true,
  deliveryFeeAmount: true,
  commissionAmount: true,
  feesVatAmount: true,
  refundedAmount: true,
  order: { select: { number: true } },
} as const;

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
    select: { ...refundablePartSelect, lines: { select: { productId: true, quantity: true } } },
  });
  await returnStock(tx, part.lines);
  const amount = refundableAmountOf(part);
  if (amount <= 0) return null;
  const refund = await writePartRefund(tx, part, amount, { reason, memo: part.order.number });
  if (!refund) throw new Error("refundPartInFull: the part's refunded amount changed within its transaction");
  return refund;
}

/**
 * The one way money goes back for a part (docs/domain.md, Refund), in the caller's transaction:
 * refundedAmount raised only if it is still the value read (and the part still in `status` when
 * given), the ledger entries (REFUND, the commission and its VAT reversed pro rata:
 * lib/ledger/refund-entries.ts), the ambassador's share reversed likewise, and a PENDING Refund, sent to the provider by processPendingRefunds. Null, with nothing written,
 * when the part changed since it was read. Used by refunds in full, refunds after the goods left
 * (refundShopOrder) and the difference of estimated prices (lib/orders/apply-final-prices.ts).
 */
export async function writePartRefund(
  tx: Prisma.TransactionClient,
  part: RefundablePart & { id: string; shopId: string; currency: string; feesVatAmount: number },
  amount: number,
  options: { reason: string | null; memo: string; status?: ShopOrderStatus },
): Promise<{ id: string; amount: number } | null> {
  const updated = await tx.shopOrder.updateMany({
    where: {
      id: part.id,
      refundedAmount: part.refundedAmount,
      ...(options.status ? { status: options.status } : {}),
    },
    data: { refundedAmount: { increment: amount } },
  });
  if (updated.count === 0) return null;
  return recordPartRefund(tx, part, amount, options);
}

/**
 * The refund's records once the part's refundedAmount is raised by the caller's conditional update
 * (writePartRefund's, or a decision's that also moves the part: lib/orders/decide-escalation.ts):
 * the ledger entries, the ambassador's reversals and the PENDING Refund. `part` is as read before
 * this refund (its refundedAmount not yet raised).
 */
export async function recordPartRefund(
  tx: Prisma.TransactionClient,
  part: RefundablePart & { id: string; shopId: string; currency: string; feesVatAmount: number },
  amount: number,
  options: { reason: string | null; memo: string },
): Promise<{ id: string; amount: number }> {
  await recordRefundEntries(tx, part, amount, options.memo);
  await recordAmbassadorReversals(tx, part, amount);
  return tx.refund.create({
    data: { shopOrderId: part.id, amount, currency: part.currency, reason: options.reason },
    select: { id: true, amount: true },
  });
}
