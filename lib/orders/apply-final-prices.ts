import "server-only";
import { AppError } from "@/lib/errors";
import type { Prisma } from "@/lib/generated/prisma/client";
import { isLocale } from "@/lib/i18n/config";
import { refundableAmountOf } from "@/lib/ledger/refund-entries";
import { parseMoney } from "@/lib/money/parse-money";
import { refundablePartSelect, writePartRefund } from "./refund-part";
import { DEFAULT_MARGIN_BPS, pendingFinalLines, resolveFinalPrices } from "./rules/final-prices";

// Estimated prices at the step where the goods leave (docs/domain.md, estimated prices): the
// transition engine (transition-shop-order.ts) reads the vendor's final amounts before writing
// anything, then applies them in the transition's transaction.

/** What was checked, ready to apply once the transition's conditional update has won. */
export type FinalPrices = {
  finals: { lineId: string; finalAmount: number }[];
  refundAmount: number;
  settleAmount: number;
};

/** A typed amount: minor units when a number, the way a person types a price when text (parseMoney). */
function readAmount(value: unknown, locale: string, currency: string): number | null | undefined {
  if (typeof value === "number") return Number.isSafeInteger(value) ? value : null;
  if (typeof value !== "string" || value.trim() === "") return undefined;
  return parseMoney(value, locale, currency);
}

/**
 * Checks the final amounts given for the part's estimated lines still without one (`finalAmounts`:
 * line id → amount; `locale`: how to read a typed amount, French by default). Throws VALIDATION
 * with one field error per line at fault ("finalAmounts.<lineId>"); nothing is written. Null when
 * the part has no estimated line left to price.
 */
export async function readFinalPrices(
  tx: Prisma.TransactionClient,
  shopOrderId: string,
  input: { finalAmounts?: unknown; locale?: unknown },
): Promise<FinalPrices | null> {
  // one connection: one query at a time
  const part = await tx.shopOrder.findUniqueOrThrow({
    where: { id: shopOrderId },
    select: {
      currency: true,
      deliveryMethod: true,
      lines: { select: { id: true, estimatedPrice: true, lineAmount: true, finalLineAmount: true } },
    },
  });
  const settings = await tx.marketplaceSettings.findUnique({
    where: { id: 1 },
    select: { estimatedPriceMarginBps: true },
  });
  if (pendingFinalLines(part.lines).length === 0) return null;
  const locale = typeof input.locale === "string" && isLocale(input.locale) ? input.locale : "fr";
  const given =
    typeof input.finalAmounts === "object" && input.finalAmounts !== null && !Array.isArray(input.finalAmounts)
      ? (input.finalAmounts as Record<string, unknown>)
      : {};
  const typed: Record<string, number | null | undefined> = {};
  for (const line of part.lines)
    if (Object.hasOwn(given, line.id)) typed[line.id] = readAmount(given[line.id], locale, part.currency);
  const result = resolveFinalPrices(part.lines, typed, {
    marginBps: settings?.estimatedPriceMarginBps ?? DEFAULT_MARGIN_BPS,
    deliveryMethod: part.deliveryMethod,
  });
  if (!result.ok) throw new AppError("VALIDATION", "invalid input", result.fieldErrors);
  return { finals: result.finals, refundAmount: result.refundAmount, settleAmount: result.settleAmount };
}

/**
 * Sets each line's final amount (only if still unset) and, when the shopper paid more than the
 * final amounts, refunds the difference through the one refund writer (writePartRefund: a PENDING
 * Refund, refundedAmount, the REFUND entry and the commission reversed pro rata). Never more than
 * is left to refund. Throws CONFLICT (`movedOn`) when another step priced the lines meanwhile.
 */
export async function applyFinalPrices(
  tx: Prisma.TransactionClient,
  shopOrderId: string,
  prices: FinalPrices,
  movedOn: string,
): Promise<{ refund: { id: string; amount: number } | null; settleAmount: number }> {
  for (const { lineId, finalAmount } of prices.finals) {
    const done = await tx.orderLine.updateMany({
      where: { id: lineId, shopOrderId, estimatedPrice: true, finalLineAmount: null },
      data: { finalLineAmount: finalAmount },
    });
    if (done.count === 0) throw new AppError("CONFLICT", movedOn);
  }
  if (prices.refundAmount <= 0) return { refund: null, settleAmount: prices.settleAmount };
  const part = await tx.shopOrder.findUniqueOrThrow({ where: { id: shopOrderId }, select: refundablePartSelect });
  const amount = Math.min(prices.refundAmount, refundableAmountOf(part));
  if (amount <= 0) return { refund: null, settleAmount: prices.settleAmount };
  const refund = await writePartRefund(tx, part, amount, { reason: null, memo: part.order.number });
  if (!refund) throw new AppError("CONFLICT", movedOn);
  return { refund, settleAmount: prices.settleAmount };
}
