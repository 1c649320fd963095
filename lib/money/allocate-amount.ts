/**
 * Splits `total` minor units across parts in proportion to `weights`, never losing or inventing a
 * cent: the parts always sum to `total` exactly. Largest-remainder method; ties go to the earlier
 * part, so the result is deterministic. Negative totals are split as the mirror of the positive.
 * All weights zero → an even split (as even as cents allow).
 */
export function allocateAmount(total: number, weights: readonly number[]): number[] {
  if (!Number.isSafeInteger(total)) throw new RangeError("allocateAmount: total must be a whole number of minor units");
  if (weights.length === 0) {
    if (total !== 0) throw new RangeError("allocateAmount: cannot split a non-zero total across no parts");
    return [];
  }
  for (const weight of weights) {
    if (!Number.isFinite(weight) || weight < 0)
      throw new RangeError("allocateAmount: weights must be finite and non-negative");
  }
  if (total < 0) return allocateAmount(-total, weights).map((part) => (part === 0 ? 0 : -part));

  const sum = weights.reduce((a, b) => a + b, 0);
  const effective = sum === 0 ? weights.map(() => 1) : weights;

  // BigInt keeps exact arithmetic for large totals × integer weights; fractional weights are scaled.
  const scale = effective.every(Number.isInteger) ? 1 : 1e6;
  const big = effective.map((weight) => BigInt(Math.round(weight * scale)));
  const bigSum = big.reduce((a, b) => a + b, 0n);
  const bigTotal = BigInt(total);
  if (bigSum === 0n)
    return allocateAmount(
      total,
      weights.map(() => 1),
    );

  const parts = big.map((weight) => (bigTotal * weight) / bigSum);
  const remainders = big.map((weight, index) => ({ index, remainder: (bigTotal * weight) % bigSum }));
  let left = bigTotal - parts.reduce((a, b) => a + b, 0n);
  remainders.sort((a, b) => (a.remainder === b.remainder ? a.index - b.index : a.remainder > b.remainder ? -1 : 1));
  for (const { index } of remainders) {
    if (left === 0n) break;
    parts[index] += 1n;
    left -= 1n;
  }
  return parts.map(Number);
}

/** `amount × rateBps / 10 000`, rounded half up to the cent (rates are basis points: 1000 = 10 %). */
export function applyRate(amount: number, rateBps: number): number {
  if (!Number.isSafeInteger(amount) || !Number.isSafeInteger(rateBps))
    throw new RangeError("applyRate: whole numbers only");
  const product = BigInt(amount) * BigInt(rateBps);
  const negative = product < 0n;
  const absolute = negative ? -product : product;
  const rounded = (absolute + 5000n) / 10000n;
  return Number(negative ? -rounded : rounded);
}
