// Amount limits, in minor units, so that no amount Halle stores overflows a 32-bit column
// (PostgreSQL `integer`, at most 2,147,483,647) — docs/security.md, "Correctness at the edges".
// A unit price is at most MAX_UNIT_PRICE_AMOUNT, high enough for a currency without a minor unit
// (the Iranian rial: 200,000,000 rials), and an order (its lines, delivery, fees), computed in
// JavaScript's safe integers before anything is written, at most MAX_ORDER_AMOUNT, under half of
// 2^31, so its parts, refunds and ledger entries fit with margin: 99 units of a dear product is a
// clear refusal, never an overflow. Sums over many orders are computed in 64 bits (SQL `bigint`).

/** 2,000,000.00 in a two-decimal currency; 200,000,000 in a currency without a minor unit. */
export const MAX_UNIT_PRICE_AMOUNT = 200_000_000;
/** 10,000,000.00 in a two-decimal currency. */
export const MAX_ORDER_AMOUNT = 1_000_000_000;
/** The largest line an order can hold within the limits: the whole order. */
export const MAX_LINE_AMOUNT = MAX_ORDER_AMOUNT;

/** True when an order's amounts (each line and the whole) fit the limits. */
export function orderAmountsFit(lineAmounts: readonly number[], totalAmount: number): boolean {
  const fits = (amount: number) => Number.isSafeInteger(amount) && amount >= 0;
  return (
    lineAmounts.every((amount) => fits(amount) && amount <= MAX_ORDER_AMOUNT) &&
    fits(totalAmount) &&
    totalAmount <= MAX_ORDER_AMOUNT
  );
}
