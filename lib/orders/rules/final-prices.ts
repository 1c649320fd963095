// Estimated prices (docs/domain.md, estimated prices): a line sold by weight is paid at its
// estimate; when the goods leave (shipped, handed over, made available) the vendor enters its final
// amount, at most the estimate plus the marketplace's margin. Less than paid: the difference goes
// back to the shopper; more than paid: settled at the counter for click & collect, refused for a
// part that travels. Pure: no I/O.
import type { DeliveryMethod } from "@/lib/generated/prisma/enums";
import type { ShopOrderAction } from "./transitions";

/** The actions where the goods leave the shop: each estimated line without a final amount needs one. */
export const FINAL_PRICE_ACTIONS: readonly ShopOrderAction[] = ["SHIP", "HAND_OVER", "MAKE_AVAILABLE"];

/** The form field of a line's final amount ("finalAmounts.<lineId>"), also the key of its error. */
export const FINAL_AMOUNT_PREFIX = "finalAmounts.";
export const finalAmountField = (lineId: string) => `${FINAL_AMOUNT_PREFIX}${lineId}`;

/** MarketplaceSettings.estimatedPriceMarginBps when the row does not exist yet (the schema's default: 10 %). */
export const DEFAULT_MARGIN_BPS = 1000;

export const FINAL_PRICE_ERRORS = {
  required: "orders.finalPrices.errors.required",
  invalid: "orders.finalPrices.errors.invalid",
  notPositive: "orders.finalPrices.errors.notPositive",
  aboveMargin: "orders.finalPrices.errors.aboveMargin",
  abovePaid: "orders.finalPrices.errors.abovePaid",
} as const;

/** What the rule needs of a line: `lineAmount` is what the shopper paid for it (the estimate). */
export type FinalPriceLine = {
  id: string;
  estimatedPrice: boolean;
  lineAmount: number;
  finalLineAmount: number | null;
};

/**
 * The most a line's final amount may be: the estimate × (1 + margin), rounded down to a minor unit.
 * BigInt keeps the product exact whatever the amounts.
 */
export function maxFinalAmount(estimate: number, marginBps: number): number {
  if (!Number.isSafeInteger(estimate) || estimate < 0 || !Number.isSafeInteger(marginBps) || marginBps < 0)
    throw new RangeError("maxFinalAmount: whole, non-negative minor units and basis points");
  return Number((BigInt(estimate) * BigInt(10_000 + marginBps)) / 10_000n);
}

/** The most the vendor may enter for a line: the margin's ceiling, and never above what was paid for a part that travels. */
export function finalAmountCeiling(lineAmount: number, marginBps: number, deliveryMethod: DeliveryMethod): number {
  const max = maxFinalAmount(lineAmount, marginBps);
  return deliveryMethod === "CLICK_AND_COLLECT" ? max : Math.min(max, lineAmount);
}

/** The lines still waiting for their final amount. */
export function pendingFinalLines<L extends FinalPriceLine>(lines: readonly L[]): L[] {
  return lines.filter((line) => line.estimatedPrice && line.finalLineAmount === null);
}

export type FinalPriceSummary = {
  estimatedAmount: number;
  finalAmount: number;
  refundAmount: number;
  settleAmount: number;
};

/**
 * A part's estimated lines once priced: what the shopper paid for them, what they finally cost,
 * what goes back to the shopper (the shortfall) and what is settled at the counter (the excess).
 * Lines are netted within the part: one line lighter and another heavier settle only the balance.
 */
export function finalPriceSummary(lines: readonly FinalPriceLine[]): FinalPriceSummary | null {
  const priced = lines.filter((line) => line.estimatedPrice && line.finalLineAmount !== null);
  if (priced.length === 0) return null;
  const estimatedAmount = priced.reduce((sum, line) => sum + line.lineAmount, 0);
  const finalAmount = priced.reduce((sum, line) => sum + (line.finalLineAmount ?? 0), 0);
  return {
    estimatedAmount,
    finalAmount,
    refundAmount: Math.max(0, estimatedAmount - finalAmount),
    settleAmount: Math.max(0, finalAmount - estimatedAmount),
  };
}

export type FinalPricesResult =
  | {
      ok: true;
      finals: { lineId: string; finalAmount: number }[];
      /** what goes back to the shopper through the platform */
      refundAmount: number;
      /** what the shopper pays at the counter (click & collect only) */
      settleAmount: number;
    }
  | { ok: false; fieldErrors: Record<string, string> };

/**
 * Checks the final amounts typed for the part's pending estimated lines (`typed`: line id → minor
 * units, null when the text was not an amount, absent when not given): each one given, 0 < final ≤
 * max, and for a part that travels (post, courier) never above what was paid — nothing can be
 * collected on the doorstep. Amounts for other lines are ignored.
 */
export function resolveFinalPrices(
  lines: readonly FinalPriceLine[],
  typed: Readonly<Record<string, number | null | undefined>>,
  context: { marginBps: number; deliveryMethod: DeliveryMethod },
): FinalPricesResult {
  const fieldErrors: Record<string, string> = {};
  const finals: { lineId: string; finalAmount: number }[] = [];
  for (const line of pendingFinalLines(lines)) {
    const field = finalAmountField(line.id);
    const value = typed[line.id];
    if (value === undefined) fieldErrors[field] = FINAL_PRICE_ERRORS.required;
    else if (value === null || !Number.isSafeInteger(value)) fieldErrors[field] = FINAL_PRICE_ERRORS.invalid;
    else if (value <= 0) fieldErrors[field] = FINAL_PRICE_ERRORS.notPositive;
    else if (value > maxFinalAmount(line.lineAmount, context.marginBps))
      fieldErrors[field] = FINAL_PRICE_ERRORS.aboveMargin;
    else if (value > line.lineAmount && context.deliveryMethod !== "CLICK_AND_COLLECT")
      fieldErrors[field] = FINAL_PRICE_ERRORS.abovePaid;
    else finals.push({ lineId: line.id, finalAmount: value });
  }
  if (Object.keys(fieldErrors).length > 0) return { ok: false, fieldErrors };
  const summary = finalPriceSummary(
    pendingFinalLines(lines).map((line) => ({
      ...line,
      finalLineAmount: finals.find((final) => final.lineId === line.id)?.finalAmount ?? null,
    })),
  );
  return { ok: true, finals, refundAmount: summary?.refundAmount ?? 0, settleAmount: summary?.settleAmount ?? 0 };
}
